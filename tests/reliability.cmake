# Reliability tests (docs/reliability.md), included by tests/CMakeLists.txt:
# the threads suite's link to pthreads, the fuzz targets' regression runner,
# the kill-during-save helper, the coverage report target and the test of
# `cchc verify`.

# The threads suite runs plans on several pthreads at once.
if(TARGET check_threads)
  find_package(Threads REQUIRED)
  target_link_libraries(check_threads PRIVATE Threads::Threads)
  if(CCHC_VALGRIND)
    set_property(TEST check_threads APPEND PROPERTY ENVIRONMENT "CCHC_THREAD_ROUNDS=2")
  endif()
endif()

# Regression inputs of the fuzz targets, replayed without libFuzzer.
add_subdirectory(fuzz)

# Nothing lost on save: check_files kills tests/files/save_loop at random
# moments while it saves (a few rounds here; tests/files/run-save-tests.sh
# runs the suite 100 times in a row).
if(TARGET check_files)
  add_executable(save_loop files/save_loop.c)
  target_link_libraries(save_loop PRIVATE cchc)
  target_compile_options(save_loop PRIVATE ${CCHC_WARNINGS})
  set_property(TEST check_files APPEND PROPERTY ENVIRONMENT
    "CCHC_SAVE_LOOP=$<TARGET_FILE:save_loop>" "CCHC_KILL_ROUNDS=10")
  set_property(TEST check_files APPEND PROPERTY LABELS "files")
endif()

# Coverage (the coverage preset): `cmake --build --preset coverage --target
# coverage_report` after the tests ran writes line and branch coverage of
# lib/ with gcovr: coverage/lines.txt, coverage/branches.txt (per file) and
# coverage/summary.json in the build folder, and prints the totals.
# tests/coverage/run-coverage.sh does it all from a clean build.
find_program(GCOVR gcovr)
if(GCOVR AND CMAKE_C_FLAGS MATCHES "--coverage")
  set(CCHC_COVERAGE_DIR ${PROJECT_BINARY_DIR}/coverage)
  set(CCHC_GCOVR ${GCOVR} --root ${PROJECT_SOURCE_DIR} --object-directory ${PROJECT_BINARY_DIR}
      --filter ${PROJECT_SOURCE_DIR}/lib/ --exclude-unreachable-branches)
  add_custom_target(coverage_report
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CCHC_COVERAGE_DIR}
    COMMAND ${CCHC_GCOVR} --txt ${CCHC_COVERAGE_DIR}/lines.txt
    COMMAND ${CCHC_GCOVR} --branches --txt ${CCHC_COVERAGE_DIR}/branches.txt
    COMMAND ${CCHC_GCOVR} --json-summary-pretty --json-summary ${CCHC_COVERAGE_DIR}/summary.json
            --print-summary
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
    COMMENT "gcovr: line and branch coverage of lib/ (${CCHC_COVERAGE_DIR})"
    VERBATIM)
endif()

# ---- integrity (needs the scorecard and ranking code of issue 5) ----------
# `cchc verify`: digests of published scorecards survive re-indenting and
# catch any changed score, evidence reference or appraisal reason.
if(CCHC_BUILD_EXAMPLES)
  add_test(NAME cli_verify
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_verify.py
            $<TARGET_FILE:cchc-cli> ${CCHC_BUNDLED_DATA_DIR})
  set_tests_properties(cli_verify PROPERTIES ENVIRONMENT
    "${CCHC_TEST_ENV};CCHC_TEST_LAUNCHER=${CCHC_CLI_LAUNCHER}")
endif()
# ---- end of integrity ------------------------------------------------------
