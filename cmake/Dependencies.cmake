# Finds the Debian packages of the stack (see README "Building").
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED CONFIG)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED CONFIG)
find_package(CLI11 REQUIRED CONFIG)
find_package(fmt REQUIRED CONFIG)
find_package(spdlog REQUIRED CONFIG)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
find_package(GTest)
find_package(benchmark QUIET)

# SOCI ships no CMake configuration on Debian: wrap its libraries in interface targets.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIBRARY soci_core REQUIRED)
find_library(SOCI_SQLITE3_LIBRARY soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL_LIBRARY soci_postgresql REQUIRED)

add_library(soci_core INTERFACE)
target_include_directories(soci_core SYSTEM INTERFACE ${SOCI_INCLUDE_DIR})
target_link_libraries(soci_core INTERFACE ${SOCI_CORE_LIBRARY} Threads::Threads ${CMAKE_DL_LIBS})

add_library(soci_sqlite3 INTERFACE)
target_link_libraries(soci_sqlite3 INTERFACE ${SOCI_SQLITE3_LIBRARY} soci_core SQLite::SQLite3)

add_library(soci_postgresql INTERFACE)
target_link_libraries(soci_postgresql INTERFACE ${SOCI_POSTGRESQL_LIBRARY} soci_core PostgreSQL::PostgreSQL)

set(TREMPLIN_NODE_MODULES ${PROJECT_SOURCE_DIR}/node_modules)
if(NOT EXISTS ${TREMPLIN_NODE_MODULES}/htmx.org/dist/htmx.min.js)
    message(FATAL_ERROR "The front-end packages are missing: run `npm ci` in ${PROJECT_SOURCE_DIR} first "
        "(scripts/demo and scripts/test do it for you).")
endif()
