# Runs clang-format over every C++ file of the tree. MODE=fix rewrites in place; MODE=check
# fails (non-zero exit) and lists the files that differ.
file(GLOB_RECURSE files
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
if(MODE STREQUAL "fix")
    execute_process(COMMAND "${CLANG_FORMAT}" -i ${files} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "clang-format failed")
    endif()
    return()
endif()
set(bad "")
foreach(f IN LISTS files)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror "${f}"
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        list(APPEND bad "${rel}")
    endif()
endforeach()
list(LENGTH files total)
if(bad)
    list(JOIN bad "\n  " shown)
    message(FATAL_ERROR "Not clang-formatted (run: cmake --build <build> --target format):\n  ${shown}")
endif()
message(STATUS "format-check: ${total} files clean")
