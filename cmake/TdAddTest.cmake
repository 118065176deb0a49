# td_add_test(NAME SOURCES ... LIBS ... [GUI] [LABELS ...])
# One Qt Test executable registered with ctest. GUI tests run on the offscreen platform;
# every test gets a fixed locale, a private runtime/config dir and the test data path.

function(td_add_test NAME)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${NAME} ${ARG_SOURCES})
    target_link_libraries(${NAME} PRIVATE td_common_cfg Qt6::Test ${ARG_LIBS})
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
