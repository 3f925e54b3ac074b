#include "store/query.hpp"

#include "store/statement_cache.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <ctime>
#include <stdexcept>

#include <soci/soci.h>

namespace tremplin::store {

namespace {

// Every length of list is another statement to prepare on each connection, and enough of them
// would push the statements of ordinary pages out of the cache: a list is written for a few
// lengths only, the next power of two, and past 512 (more than the services ask for at once)
// the next multiple of 512, which stays far below the backends' limits on placeholders.
std::size_t padded_length(std::size_t count)
{
    constexpr std::size_t step = 512;
    if (count > step)
        return (count + step - 1) / step * step;
    return count == 0 ? 0 : std::bit_ceil(count);
}

// The readers below, by position: Row finds a name's position first (Columns).
bool is_null_at(soci::row const& row, std::size_t column)
{
    return row.get_indicator(column) == soci::i_null;
}

std::string text_at(soci::row const& row, std::size_t column)
{
    if (is_null_at(row, column))
        return {};
    switch (row.get_properties(column).get_data_type()) {
    case soci::dt_string:
    case soci::dt_xml:
    case soci::dt_blob:
        return row.get<std::string>(column);
    case soci::dt_integer:
        return std::to_string(row.get<int>(column));
    case soci::dt_long_long:
        return std::to_string(row.get<long long>(column));
    case soci::dt_unsigned_long_long:
        return std::to_string(row.get<unsigned long long>(column));
    case soci::dt_double:
        return std::to_string(row.get<double>(column));
    case soci::dt_date: {
        auto const time = row.get<std::tm>(column);
        char buffer[32];
        std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &time);
        return buffer;
    }
    }
    return {};
}

std::string column_name(std::size_t column)
{
    return std::to_string(column);
}

long long integer_at(soci::row const& row, std::size_t column)
{
    if (is_null_at(row, column))
        return 0;
    switch (row.get_properties(column).get_data_type()) {
    case soci::dt_integer:
        return row.get<int>(column);
    case soci::dt_long_long:
        return row.get<long long>(column);
    case soci::dt_unsigned_long_long:
        return static_cast<long long>(row.get<unsigned long long>(column));
    case soci::dt_double:
        return std::llround(row.get<double>(column));
    case soci::dt_string:
    case soci::dt_xml:
    case soci::dt_blob:
        return std::stoll(row.get<std::string>(column));
    case soci::dt_date:
        break;
    }
    throw std::runtime_error("column " + column_name(column) + " is not a number");
}

} // namespace

void Columns::learn(soci::row const& row)
{
    m_by_name.clear();
    for (std::size_t i = 0; i < row.size(); ++i)
        m_by_name.emplace_back(row.get_properties(i).get_name(), i);
    std::ranges::sort(m_by_name);
}

std::size_t Columns::position(std::string_view name) const
{
    auto const found = std::ranges::lower_bound(m_by_name, name, {},
                                                [](auto const& c) -> std::string_view { return c.first; });
    if (found == m_by_name.end() || found->first != name)
        throw std::runtime_error("the statement has no column " + std::string(name));
    return found->second;
}

bool Row::is_null(std::string_view column) const
{
    return is_null_at(m_row, m_columns.position(column));
}

std::string Row::text(std::string_view column) const
{
    return text_at(m_row, m_columns.position(column));
}

std::optional<std::string> Row::optional_text(std::string_view column) const
{
    if (is_null(column))
        return std::nullopt;
    return text(column);
}

long long Row::integer(std::size_t column) const
{
    return integer_at(m_row, column);
}

long long Row::integer(std::string_view column) const
{
    return integer_at(m_row, m_columns.position(column));
}

std::optional<long long> Row::optional_integer(std::string_view column) const
{
    if (is_null(column))
        return std::nullopt;
    return integer(column);
}

Query::Query(Connection& connection, std::string sql) : m_connection(connection), m_sql(std::move(sql)) {}

Query::~Query() = default;

Query& Query::bind(std::string_view name, long long value)
{
    m_values.push_back({std::string(name), true, value, {}, false});
    return *this;
}

Query& Query::bind_each(std::string_view prefix, std::vector<long long> const& values)
{
    // The places past the list's own repeat its last value, which `IN` counts once.
    for (std::size_t index = 0; index < padded_length(values.size()); ++index)
        bind(std::string(prefix) + std::to_string(index), values[std::min(index, values.size() - 1)]);
    return *this;
}

std::string placeholders(std::string_view prefix, std::size_t count)
{
    std::string list;
    for (std::size_t index = 0; index < padded_length(count); ++index)
        list += (index ? ", :" : ":") + std::string(prefix) + std::to_string(index);
    return list;
}

Query& Query::bind(std::string_view name, std::string value)
{
    m_values.push_back({std::string(name), false, 0, std::move(value), false});
    return *this;
}

Query& Query::bind(std::string_view name, std::optional<std::string> value)
{
    bool const null = !value || value->empty();
    m_values.push_back({std::string(name), false, 0, null ? std::string() : std::move(*value), null});
    return *this;
}

Query& Query::bind(std::string_view name, std::optional<long long> value)
{
    if (value)
        return bind(name, *value);
    return bind(name, std::optional<std::string>());
}

std::string prefix_upper_bound(std::string prefix)
{
    while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff)
        prefix.pop_back();
    if (!prefix.empty())
        prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
    return prefix;
}

long long Query::run()
{
    using Returns = PreparedStatement::Returns;
    auto prepared =
        m_connection.statements().prepare(m_connection.session(), m_sql, Returns::Nothing, m_values);
    try {
        prepared->statement().execute(true);
        return prepared->statement().get_affected_rows();
    } catch (...) {
        m_connection.statements().forget(m_sql, Returns::Nothing);
        throw;
    }
}

void Query::for_each_row(std::function<void(Row const&)> const& each)
{
    using Returns = PreparedStatement::Returns;
    auto prepared = m_connection.statements().prepare(m_connection.session(), m_sql, Returns::Rows, m_values);
    prepared->busy = true;
    try {
        bool has_row = prepared->statement().execute(true);
        if (has_row && !prepared->columns.known())
            prepared->columns.learn(prepared->row());
        Row const reader(prepared->row(), prepared->columns);
        while (has_row) {
            each(reader);
            has_row = prepared->statement().fetch();
        }
    } catch (...) {
        prepared->busy = false;
        m_connection.statements().forget(m_sql, Returns::Rows);
        throw;
    }
    prepared->busy = false;
}

long long Query::scalar()
{
    auto value = first_row<long long>([](Row const& row) { return row.integer(0); });
    if (!value)
        throw std::runtime_error("the statement returned no row: " + m_sql);
    return *value;
}

} // namespace tremplin::store
