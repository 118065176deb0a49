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
    # A target with the property TD_UNINSTRUMENTED (tests' own files, see TdAddTest.cmake) is
    # compiled without the checks and still linked with their runtime.
    target_compile_options(td_common_cfg INTERFACE
        $<$<NOT:$<BOOL:$<TARGET_PROPERTY:TD_UNINSTRUMENTED>>>:-fsanitize=address,undefined>
        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(td_common_cfg INTERFACE -fsanitize=address,undefined)
    # The sanitizers' documentation recommends -O1 (tests run nearly as fast as at -O2, stack
    # traces stay exact). CI asks for -O0: measured on a GUI test's file, GCC 12 takes 42 s at -O1
    # with both sanitizers and 20 s at -O0 (the sanitizers' checks are what the optimizer chews
    # on), and the build, not the tests, is most of CI's time.
    set(TD_SANITIZE_OPT "-O1" CACHE STRING "Optimization of the sanitized build: -O0 or -O1")
    set_property(CACHE TD_SANITIZE_OPT PROPERTY STRINGS -O0 -O1)
    # A library whose loops the tests run hard (the tokenizer: millions of tokens against
    # Hugging Face's) sets TD_HOT and stays at -O1: at -O0 under the sanitizers its tests took
    # longer than compiling it at -O1 costs.
    target_compile_options(td_common_cfg INTERFACE $<IF:$<BOOL:$<TARGET_PROPERTY:TD_HOT>>,-O1,${TD_SANITIZE_OPT}>)
    # GCC 12 warns falsely about overlapping copies inside libstdc++'s std::string once the
    # sanitizers' checks are inlined (GCC bug 105651); the plain build keeps -Wrestrict.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(td_common_cfg INTERFACE -Wno-restrict)
    endif()
endif()

# mold links an executable several times faster than GNU ld (a sanitized GUI test took 6-7 s with
# ld); GCC 12 and clang pass -fuse-ld=mold on. The output is the same program, so any build may use it.
find_program(TD_MOLD mold)
if(TD_MOLD AND ((CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12.1) OR
                 CMAKE_CXX_COMPILER_ID MATCHES "Clang"))
    target_link_options(td_common_cfg INTERFACE -fuse-ld=mold)
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
