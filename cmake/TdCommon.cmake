# Compile settings every TuneDesk target shares, carried by one INTERFACE target.

add_library(td_common_cfg INTERFACE)
target_compile_features(td_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(td_common_cfg INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    TD_VERSION="${PROJECT_VERSION}")
target_compile_options(td_common_cfg INTERFACE
    -Wall -Wextra -pedantic -Wnon-virtual-dtor -Wold-style-cast -Wno-missing-field-initializers)

option(TD_DEV_BUILD "Treat warnings as errors" OFF)
option(TD_ASAN "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_feature_info(TD_DEV_BUILD TD_DEV_BUILD "warnings are errors")
add_feature_info(TD_ASAN TD_ASAN "AddressSanitizer + UndefinedBehaviorSanitizer")

if(TD_DEV_BUILD)
    target_compile_options(td_common_cfg INTERFACE -Werror)
endif()
# A unity build (CI's, for speed) compiles each .cpp as an included file, where GCC takes a class
# holding a type from that file's anonymous namespace for a header's mistake; it is not one here.
if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(td_common_cfg INTERFACE -Wno-subobject-linkage)
endif()
# How much debug information to emit: FULL (the build type's), LINES (enough for stack traces) or
# NONE. CI asks for less: on a cold two-core machine debug information is a large part of the build.
set(TD_DEBUG_INFO FULL CACHE STRING "Debug information: FULL, LINES or NONE")
set_property(CACHE TD_DEBUG_INFO PROPERTY STRINGS FULL LINES NONE)
if(TD_DEBUG_INFO STREQUAL "LINES")
    target_compile_options(td_common_cfg INTERFACE -g1)
elseif(TD_DEBUG_INFO STREQUAL "NONE")
    target_compile_options(td_common_cfg INTERFACE -g0)
elseif(NOT TD_DEBUG_INFO STREQUAL "FULL")
    message(FATAL_ERROR "TD_DEBUG_INFO must be FULL, LINES or NONE, not ${TD_DEBUG_INFO}")
endif()

if(TD_ASAN)
    target_compile_options(td_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
    target_link_options(td_common_cfg INTERFACE -fsanitize=address,undefined)
    # -O1, whatever the build type: the optimization the sanitizers' documentation recommends
    # (tests run nearly as fast as at -O2, stack traces stay exact), and it compiles faster.
    target_compile_options(td_common_cfg INTERFACE -O1)
    # GCC 12 warns falsely about overlapping copies inside libstdc++'s std::string once the
    # sanitizers' checks are inlined (GCC bug 105651); the plain build keeps -Wrestrict.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(td_common_cfg INTERFACE -Wno-restrict)
    endif()
endif()

# Production code also forbids implicit conversions between bytes and text (every string says
# which encoding it is); tests, which are full of literals, link only td_common_cfg.
add_library(td_strict_cfg INTERFACE)
target_link_libraries(td_strict_cfg INTERFACE td_common_cfg)
target_compile_definitions(td_strict_cfg INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY)

# Fuzzing: everything instrumented for libFuzzer coverage, with ASan and UBSan (clang only).
option(TD_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
add_feature_info(TD_FUZZ TD_FUZZ "libFuzzer targets")
if(TD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TD_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
    endif()
    # -O1 as in the sanitized build (see TD_ASAN).
    target_compile_options(td_common_cfg INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                                                   -O1)
    target_link_options(td_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
