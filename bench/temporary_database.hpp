#pragma once

// A benchmark's SQLite database in a file of the temporary directory, migrated, and removed with
// its journal files, whatever a previous run left there.

#include "store/database.hpp"
#include "store/migrations.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace tremplin::bench {

inline void remove_sqlite_files(std::string const& path)
{
    for (auto suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

inline std::unique_ptr<store::Database> open_sqlite_file(std::string const& path)
{
    remove_sqlite_files(path);
    auto database = store::Database::open("sqlite:" + path, 2);
    store::migrate(*database);
    return database;
}

} // namespace tremplin::bench
