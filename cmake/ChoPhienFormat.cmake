# Whole-tree clang-format: `cmake --build build --target format` rewrites, the format-check test
# (tests/CMakeLists.txt) fails on any difference.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
set(CHOPHIEN_FORMAT_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/format.cmake")
if(CLANG_FORMAT_EXECUTABLE)
    add_custom_target(format
        COMMAND "${CMAKE_COMMAND}" -DCLANG_FORMAT=${CLANG_FORMAT_EXECUTABLE}
                -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DMODE=fix -P "${CHOPHIEN_FORMAT_SCRIPT}"
        COMMENT "clang-format on the whole tree"
        VERBATIM)
endif()
