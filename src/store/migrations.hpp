#pragma once

// Schema changes: the files `migrations/NNNN_verb_object.sql` embedded in the binary, applied
// in order, each once, each in its own transaction. A landed file is never edited. Where the
// two databases need different SQL (triggers), a migration comes as two files of one number,
// `NNNN_verb_object.sqlite.sql` and `NNNN_verb_object.postgresql.sql`, and each database applies
// its own.

#include "store/database.hpp"

#include <string>
#include <vector>

namespace tremplin::store {

// The SQL of a migration file for one backend: its placeholders replaced, split into statements.
std::vector<std::string> statements_for(std::string_view migration_sql, Backend backend);

// Whether a migration file is for this backend: a plain `.sql` for both, a `.sqlite.sql` or a
// `.postgresql.sql` for one.
bool migration_applies_to(std::string_view name, Backend backend);

// Applies the migrations this database has not seen yet; returns their names. Safe to run from
// several processes at once: they wait for each other.
std::vector<std::string> migrate(Database& database);

} // namespace tremplin::store
