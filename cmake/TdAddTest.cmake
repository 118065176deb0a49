# td_add_test(NAME SOURCES ... LIBS ... [GUI] [LABELS ...])
# One Qt Test executable registered with ctest. GUI tests run on the offscreen platform;
# every test gets a fixed locale, a private runtime/config dir and the test data path.

# One precompiled header for every test. A precompiled header only applies where the macros it
# depends on are the same, so every test links the same Qt modules (the union; the linker drops
# what a test does not use) and so gets the same QT_*_LIB definitions.
add_library(td_test_pch_cfg INTERFACE)
target_link_libraries(td_test_pch_cfg INTERFACE td_common_cfg Qt6::Core Qt6::Concurrent Qt6::Network
                                                nlohmann_json::nlohmann_json)
foreach(module Gui Widgets Svg Charts DBus)
    if(TARGET Qt6::${module})
        target_link_libraries(td_test_pch_cfg INTERFACE Qt6::${module})
    endif()
endforeach()
add_library(td_test_pch OBJECT ${PROJECT_SOURCE_DIR}/tests/support/TestPch.cpp)
target_link_libraries(td_test_pch PRIVATE td_test_pch_cfg)
target_compile_definitions(td_test_pch PRIVATE
    TD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    TD_TEST_TOOLS_DIR="${PROJECT_SOURCE_DIR}/tests/tools")
target_precompile_headers(td_test_pch PRIVATE ${PROJECT_SOURCE_DIR}/tests/support/TestPch.h)
set_target_properties(td_test_pch PROPERTIES UNITY_BUILD OFF)
# A sanitized build may leave the tests' own files uninstrumented (CI does, for build time): the
# code under test, in the libraries, is checked either way, and the tests link the sanitizers'
# runtime. The precompiled header takes the same flags as the tests that reuse it.
option(TD_SANITIZE_TEST_SOURCES "Instrument the tests' own files too in a sanitized build" ON)
if(TD_ASAN AND NOT TD_SANITIZE_TEST_SOURCES)
    set_target_properties(td_test_pch PROPERTIES TD_UNINSTRUMENTED ON)
endif()

function(td_add_test NAME)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${NAME} ${ARG_SOURCES})
    target_link_libraries(${NAME} PRIVATE td_test_pch_cfg Qt6::Test ${ARG_LIBS})
    target_precompile_headers(${NAME} REUSE_FROM td_test_pch)
    if(TD_ASAN AND NOT TD_SANITIZE_TEST_SOURCES)
        set_target_properties(${NAME} PROPERTIES TD_UNINSTRUMENTED ON)
    endif()
    # AUTOMOC's mocs_compilation.cpp is empty for a test that includes its own .moc, yet loading
    # the precompiled header took a second of each test's build.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${NAME}_autogen/mocs_compilation.cpp
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    target_compile_definitions(${NAME} PRIVATE
        TD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        TD_TEST_TOOLS_DIR="${PROJECT_SOURCE_DIR}/tests/tools")
    add_test(NAME ${NAME} COMMAND ${NAME})
    set(env "LANG=en_US.UTF-8" "LC_ALL=C.UTF-8" "TD_TESTING=1")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300 LABELS "${ARG_LABELS}")
endfunction()
