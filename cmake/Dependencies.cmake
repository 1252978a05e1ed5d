# Every dependency comes from Debian 12 packages (installed by scripts/install-deps.sh).
find_package(Threads REQUIRED)
find_package(Boost 1.81.0 EXACT REQUIRED CONFIG COMPONENTS json url)
find_package(OpenSSL REQUIRED)
find_package(CURL REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(GTest REQUIRED)
find_package(benchmark REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(CTEMPLATE REQUIRED IMPORTED_TARGET libctemplate)
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)
# Documents: XLSX out and in (only src/platform/xlsx includes these headers).
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
# Documents: PDF out (only src/platform/pdf includes the cairo and pango headers).
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo)

# SOCI 4.0.3 ships no CMake config in Debian; link the static backends so no dlopen is needed.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
# The static archives: Debian's shared SOCI libraries do not export typeinfo the sanitizer
# build needs, so linking the .so files breaks the asan preset.
find_library(SOCI_CORE_LIB NAMES libsoci_core.a soci_core REQUIRED)
find_library(SOCI_SQLITE_LIB NAMES libsoci_sqlite3.a soci_sqlite3 REQUIRED)
find_library(SOCI_PG_LIB NAMES libsoci_postgresql.a soci_postgresql REQUIRED)
add_library(mf_soci INTERFACE)
target_include_directories(mf_soci SYSTEM INTERFACE ${SOCI_INCLUDE_DIR} ${PostgreSQL_INCLUDE_DIRS})
target_link_libraries(mf_soci INTERFACE ${SOCI_SQLITE_LIB} ${SOCI_PG_LIB} ${SOCI_CORE_LIB}
  SQLite::SQLite3 PostgreSQL::PostgreSQL ${CMAKE_DL_LIBS} Threads::Threads)
