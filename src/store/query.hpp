#pragma once

// A parameterised statement and the rows it returns, read the same way on SQLite and
// PostgreSQL: values are bound by name (":organisation"), never pasted into the SQL.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "store/database.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class row;
}

namespace tremplin::store {

// A value given to a named placeholder (":organisation").
struct BoundValue {
    std::string name;
    bool is_integer = false;
    long long integer = 0;
    std::string text;
    bool is_null = false;
};

// The positions of a statement's columns by name, learnt once from its first row, so that a
// read by name costs a short search instead of the driver's lookup and a string at each column
// of each row.
class Columns {
  public:
    bool known() const { return !m_by_name.empty(); }
    void learn(soci::row const& row);
    std::size_t position(std::string_view name) const; // throws when the statement has no such column

  private:
    std::vector<std::pair<std::string, std::size_t>> m_by_name; // sorted by name
};

// One row, read by column name: its name in the select list, or its alias. A name does not
// move when a column is added, a position does; only an integer is read by position, the one
// value of a statement that returns a single value (Query::scalar). Each reader accepts
// whatever type the backend reports (SQLite and PostgreSQL describe the same column
// differently) and converts it.
class Row {
  public:
    Row(soci::row const& row, Columns const& columns) : m_row(row), m_columns(columns) {}

    bool is_null(std::string_view column) const;
    std::string text(std::string_view column) const; // "" when NULL
    std::optional<std::string> optional_text(std::string_view column) const;
    long long integer(std::string_view column) const; // 0 when NULL
    long long integer(std::size_t column) const;      // a single value: column 0
    std::optional<long long> optional_integer(std::string_view column) const;
    bool boolean(std::string_view column) const { return integer(column) != 0; }
    // A date stored as "YYYY-MM-DD"; 1970-01-01 when NULL (a NOT NULL column never is).
    domain::Date date(std::string_view column) const
    {
        return domain::Date::parse_iso(text(column)).value_or(domain::Date());
    }

    // No other reading by position: without these, a literal 0 would become a null string_view.
    bool is_null(std::size_t) const = delete;
    std::string text(std::size_t) const = delete;
    std::optional<std::string> optional_text(std::size_t) const = delete;
    std::optional<long long> optional_integer(std::size_t) const = delete;
    bool boolean(std::size_t) const = delete;
    domain::Date date(std::size_t) const = delete;

  private:
    soci::row const& m_row;
    Columns const& m_columns;
};

// A reference to another row, or NULL for 0 ("none yet").
inline std::optional<long long> id_or_null(long long id)
{
    return id ? std::optional(id) : std::nullopt;
}

// A coded answer as stored: its code, or NULL when there is no answer.
template <class E> std::optional<std::string> code_or_null(std::optional<E> const& value)
{
    return value ? std::optional(std::string(domain::code_of(*value))) : std::nullopt;
}

// A coded answer read back; nothing when NULL or no longer a code.
template <class E> std::optional<E> choice_at(Row const& row, std::string_view column)
{
    return domain::from_code<E>(row.text(column));
}
template <class E> std::optional<E> choice_at(Row const& row, std::size_t column) = delete;

// The smallest text greater than every text starting with `prefix` (byte order), so that
// `column >= prefix AND column < upper` finds the prefix with an index on any backend.
std::string prefix_upper_bound(std::string prefix);

// ":prefix0, :prefix1, …", the placeholders to write `column IN (…)` for `count` values; bind
// them with Query::bind_each. The list is padded to one of a few lengths (1, 2, 4, 8, …, 512,
// then multiples of 512), so that lists of 3 and 4 values share one prepared statement.
// Callers keep the lists to a few hundred values, and never empty: `IN ()` is no SQL.
std::string placeholders(std::string_view prefix, std::size_t count);

class Query {
  public:
    Query(Connection& connection, std::string sql);
    ~Query();

    Query& bind(std::string_view name, long long value);
    Query& bind(std::string_view name, std::string value);
    Query& bind(std::string_view name, char const* value) { return bind(name, std::string(value)); }
    Query& bind(std::string_view name, std::optional<std::string> value); // NULL when empty
    Query& bind(std::string_view name, std::optional<long long> value);   // NULL when empty
    Query& bind(std::string_view name, bool value) { return bind(name, static_cast<long long>(value)); }
    Query& bind(std::string_view name, int value) { return bind(name, static_cast<long long>(value)); }
    // Binds `values` to the placeholders(prefix, values.size()), the last value repeated in the
    // places the padding added.
    Query& bind_each(std::string_view prefix, std::vector<long long> const& values);

    // Runs a statement that returns no rows; returns how many rows it changed.
    long long run();

    // Runs a statement and calls `each` for every row it returns.
    void for_each_row(std::function<void(Row const&)> const& each);

    template <class T> std::vector<T> rows(std::function<T(Row const&)> const& read)
    {
        std::vector<T> result;
        for_each_row([&](Row const& row) { result.push_back(read(row)); });
        return result;
    }

    template <class T> std::optional<T> first_row(std::function<T(Row const&)> const& read)
    {
        std::optional<T> result;
        for_each_row([&](Row const& row) {
            if (!result)
                result = read(row);
        });
        return result;
    }

    // The single integer a statement returns (an id from RETURNING, a COUNT).
    long long scalar();

  private:
    Connection& m_connection;
    std::string m_sql;
    std::vector<BoundValue> m_values;
};

} // namespace tremplin::store
