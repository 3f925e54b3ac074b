#include "store/query.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <ctime>
#include <stdexcept>

#include <soci/soci.h>

namespace tremplin::store {

struct Query::Binding {
    std::string name;
    long long integer = 0;
    std::string text;
    soci::indicator indicator = soci::i_ok;
    bool is_integer = false;
};

bool Row::is_null(std::size_t column) const
{
    return m_row.get_indicator(column) == soci::i_null;
}

std::string Row::text(std::size_t column) const
{
    if (is_null(column))
        return {};
    switch (m_row.get_properties(column).get_data_type()) {
    case soci::dt_string:
    case soci::dt_xml:
    case soci::dt_blob:
        return m_row.get<std::string>(column);
    case soci::dt_integer:
        return std::to_string(m_row.get<int>(column));
    case soci::dt_long_long:
        return std::to_string(m_row.get<long long>(column));
    case soci::dt_unsigned_long_long:
        return std::to_string(m_row.get<unsigned long long>(column));
    case soci::dt_double:
        return std::to_string(m_row.get<double>(column));
    case soci::dt_date: {
        auto const time = m_row.get<std::tm>(column);
        char buffer[32];
        std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &time);
        return buffer;
    }
    }
    return {};
}

std::optional<std::string> Row::optional_text(std::size_t column) const
{
    if (is_null(column))
        return std::nullopt;
    return text(column);
}

long long Row::integer(std::size_t column) const
{
    if (is_null(column))
        return 0;
    switch (m_row.get_properties(column).get_data_type()) {
    case soci::dt_integer:
        return m_row.get<int>(column);
    case soci::dt_long_long:
        return m_row.get<long long>(column);
    case soci::dt_unsigned_long_long:
        return static_cast<long long>(m_row.get<unsigned long long>(column));
    case soci::dt_double:
        return std::llround(m_row.get<double>(column));
    case soci::dt_string:
    case soci::dt_xml:
    case soci::dt_blob:
        return std::stoll(m_row.get<std::string>(column));
    case soci::dt_date:
        break;
    }
    throw std::runtime_error("column " + std::to_string(column) + " is not a number");
}

std::optional<long long> Row::optional_integer(std::size_t column) const
{
    if (is_null(column))
        return std::nullopt;
    return integer(column);
}

Query::Query(Connection& connection, std::string sql) : m_connection(connection), m_sql(std::move(sql)) {}

Query::~Query() = default;

Query& Query::bind(std::string_view name, long long value)
{
    m_bindings.push_back({std::string(name), value, {}, soci::i_ok, true});
    return *this;
}

Query& Query::bind(std::string_view name, std::string value)
{
    m_bindings.push_back({std::string(name), 0, std::move(value), soci::i_ok, false});
    return *this;
}

Query& Query::bind(std::string_view name, std::optional<std::string> value)
{
    bool const null = !value || value->empty();
    m_bindings.push_back({std::string(name), 0, null ? std::string() : std::move(*value),
                          null ? soci::i_null : soci::i_ok, false});
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

namespace {

bool is_name_character(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// SOCI binds a name to its first placeholder only: give every further use of a name a name of
// its own ("organisation" → "organisation__2") and bind a copy of the value to it.
template <class Bindings> std::string spread_repeated_names(std::string const& sql, Bindings& bindings)
{
    std::string rewritten;
    std::map<std::string, int, std::less<>> uses;
    bool in_quotes = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char const c = sql[i];
        if (c == '\'')
            in_quotes = !in_quotes;
        bool const placeholder = !in_quotes && c == ':' && i + 1 < sql.size() && is_name_character(sql[i + 1]) &&
                                 (i == 0 || sql[i - 1] != ':');
        if (!placeholder) {
            rewritten += c;
            continue;
        }
        auto end = i + 1;
        while (end < sql.size() && is_name_character(sql[end]))
            ++end;
        auto const name = sql.substr(i + 1, end - i - 1);
        int const use = ++uses[name];
        rewritten += ':';
        rewritten += name;
        if (use > 1) {
            auto const alias = name + "__" + std::to_string(use);
            rewritten += "__" + std::to_string(use);
            auto original = std::ranges::find(bindings, name, [](auto const& binding) { return binding.name; });
            if (original != bindings.end()) {
                auto copy = *original;
                copy.name = alias;
                bindings.push_back(std::move(copy));
            }
        }
        i = end - 1;
    }
    return rewritten;
}

void exchange_bindings(soci::statement& statement, auto& bindings)
{
    for (auto& binding : bindings) {
        if (binding.is_integer)
            statement.exchange(soci::use(binding.integer, binding.name));
        else
            statement.exchange(soci::use(binding.text, binding.indicator, binding.name));
    }
}

}

long long Query::run()
{
    auto const sql = spread_repeated_names(m_sql, m_bindings);
    soci::statement statement(m_connection.session());
    exchange_bindings(statement, m_bindings);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute(true);
    return statement.get_affected_rows();
}

void Query::for_each_row(std::function<void(Row const&)> const& each)
{
    auto const sql = spread_repeated_names(m_sql, m_bindings);
    soci::row row;
    soci::statement statement(m_connection.session());
    statement.exchange(soci::into(row));
    exchange_bindings(statement, m_bindings);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    bool has_row = statement.execute(true);
    Row const reader(row);
    while (has_row) {
        each(reader);
        has_row = statement.fetch();
    }
}

long long Query::scalar()
{
    auto value = first_row<long long>([](Row const& row) { return row.integer(0); });
    if (!value)
        throw std::runtime_error("the statement returned no row: " + m_sql);
    return *value;
}

}
