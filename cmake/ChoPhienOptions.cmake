# One INTERFACE target carries the language standard, warnings and strict Qt defines.
# Every target of the project links it; nothing edits CMAKE_CXX_FLAGS.
option(CHOPHIEN_WERROR "Treat compiler warnings as errors" ON)

add_library(chophien_options INTERFACE)
add_library(ChoPhien::options ALIAS chophien_options)

target_compile_features(chophien_options INTERFACE cxx_std_20)
target_compile_definitions(chophien_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(chophien_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        $<$<BOOL:${CHOPHIEN_WERROR}>:-Werror>)
elseif(MSVC)
    target_compile_options(chophien_options INTERFACE /W4 /permissive- /utf-8
        $<$<BOOL:${CHOPHIEN_WERROR}>:/WX>)
endif()
