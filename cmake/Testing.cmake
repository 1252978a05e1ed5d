# Test registration shared by every part.
#
# Tests labelled `db` run on SQLite and PostgreSQL. One throwaway PostgreSQL cluster serves a
# whole ctest run (CTest fixture `mf_pg`; each test still gets its own database); a test binary run
# directly starts a private cluster instead (src/platform/db/testing). The directory is under /tmp
# because, when run as root, the server runs as `postgres`, which cannot enter private homes.
string(MD5 MF_TEST_PG_HASH "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${MF_TEST_PG_HASH}" 0 12 MF_TEST_PG_HASH)
set(MF_TEST_PG_DIR /tmp/mf-pg-ctest-${MF_TEST_PG_HASH})
set(MF_TEST_PG_URL_FILE ${CMAKE_BINARY_DIR}/mf-test-pg.url)
set(MF_PG_SCRIPT ${PROJECT_SOURCE_DIR}/scripts/pg-throwaway.sh)

function(mf_add_pg_fixture)
  add_test(NAME mf_pg_cluster_start COMMAND sh -c
    "'${MF_PG_SCRIPT}' stop '${MF_TEST_PG_DIR}' && '${MF_PG_SCRIPT}' start '${MF_TEST_PG_DIR}' --watch $PPID > '${MF_TEST_PG_URL_FILE}'")
  set_tests_properties(mf_pg_cluster_start PROPERTIES FIXTURES_SETUP mf_pg LABELS db)
  add_test(NAME mf_pg_cluster_stop COMMAND ${MF_PG_SCRIPT} stop ${MF_TEST_PG_DIR})
  set_tests_properties(mf_pg_cluster_stop PROPERTIES FIXTURES_CLEANUP mf_pg LABELS db)
endfunction()

# mf_add_test(<name> LABEL unit|db SOURCES <files...> LIBS <libs...>)
# One GoogleTest executable; each test case becomes a CTest test carrying the label, so
# `ctest -L unit` runs the fast ones and CI runs everything.
function(mf_add_test name)
  cmake_parse_arguments(ARG "" "LABEL" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gmock GTest::gtest_main mf_warnings)
  set(properties LABELS ${ARG_LABEL})
  if(ARG_LABEL STREQUAL "db")
    list(APPEND properties FIXTURES_REQUIRED mf_pg
      ENVIRONMENT MASSEFLYT_TEST_PG_URL_FILE=${MF_TEST_PG_URL_FILE})
  endif()
  gtest_discover_tests(${name} PROPERTIES ${properties} DISCOVERY_TIMEOUT 120)
endfunction()
