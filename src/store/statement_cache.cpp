#include "store/statement_cache.hpp"

#include <algorithm>
#include <map>

namespace tremplin::store {

namespace {

bool is_name_character(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// SOCI binds a name to its first placeholder only: every placeholder gets a name of its own
// ("organisation", then "organisation__2", …). Returns the SQL so renamed, and for each
// placeholder, in order, its new name and the name of the value it reads.
std::string name_every_placeholder(std::string const& sql,
                                   std::vector<std::pair<std::string, std::string>>& placeholders)
{
    std::string rewritten;
    std::map<std::string, int, std::less<>> uses;
    bool in_quotes = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char const c = sql[i];
        if (c == '\'')
            in_quotes = !in_quotes;
        bool const placeholder = !in_quotes && c == ':' && i + 1 < sql.size() &&
                                 is_name_character(sql[i + 1]) && (i == 0 || sql[i - 1] != ':');
        if (!placeholder) {
            rewritten += c;
            continue;
        }
        auto end = i + 1;
        while (end < sql.size() && is_name_character(sql[end]))
            ++end;
        auto const name = sql.substr(i + 1, end - i - 1);
        int const use = ++uses[name];
        auto const unique = use == 1 ? name : name + "__" + std::to_string(use);
        rewritten += ":" + unique;
        placeholders.emplace_back(unique, name);
        i = end - 1;
    }
    return rewritten;
}

std::string cache_key(std::string const& sql, PreparedStatement::Returns returns)
{
    return (returns == PreparedStatement::Returns::Rows ? "R" : "N") + sql;
}

} // namespace

PreparedStatement::PreparedStatement(soci::session& session, std::string const& sql, Returns returns,
                                     std::vector<BoundValue> const& values)
    : m_statement(session)
{
    std::vector<std::pair<std::string, std::string>> placeholders;
    auto const rewritten = name_every_placeholder(sql, placeholders);
    if (returns == Returns::Rows) {
        m_row = std::make_unique<soci::row>();
        m_statement.exchange(soci::into(*m_row));
    }
    for (auto const& [unique, source] : placeholders) {
        auto value = std::ranges::find(values, source, &BoundValue::name);
        auto& slot = m_slots.emplace_back();
        slot.source = source;
        slot.is_integer = value != values.end() && value->is_integer;
        if (slot.is_integer)
            m_statement.exchange(soci::use(slot.integer, unique));
        else
            m_statement.exchange(soci::use(slot.text, slot.indicator, unique));
    }
    m_statement.alloc();
    m_statement.prepare(rewritten);
    m_statement.define_and_bind();
    rebind(values);
}

bool PreparedStatement::rebind(std::vector<BoundValue> const& values)
{
    // Values are mostly bound in the order the statement names them: look at the one after the
    // last found first, so that a long `IN (…)` list is not searched once per value.
    std::size_t next = 0;
    for (auto& slot : m_slots) {
        auto value = next < values.size() && values[next].name == slot.source
                         ? values.begin() + static_cast<std::ptrdiff_t>(next)
                         : std::ranges::find(values, slot.source, &BoundValue::name);
        if (value == values.end() || value->is_integer != slot.is_integer)
            return false;
        next = static_cast<std::size_t>(value - values.begin()) + 1;
        if (slot.is_integer) {
            slot.integer = value->integer;
        } else {
            slot.text = value->text;
            slot.indicator = value->is_null ? soci::i_null : soci::i_ok;
        }
    }
    return true;
}

std::shared_ptr<PreparedStatement> StatementCache::prepare(soci::session& session, std::string const& sql,
                                                           PreparedStatement::Returns returns,
                                                           std::vector<BoundValue> const& values)
{
    auto const key = cache_key(sql, returns);
    if (auto it = m_statements.find(key); it != m_statements.end()) {
        if (it->second->busy)
            return std::make_shared<PreparedStatement>(session, sql, returns, values);
        if (it->second->rebind(values))
            return it->second;
        m_statements.erase(it);
    }
    if (m_statements.size() >= capacity)
        std::erase_if(m_statements, [](auto const& entry) { return !entry.second->busy; });
    auto prepared = std::make_shared<PreparedStatement>(session, sql, returns, values);
    m_statements.emplace(key, prepared);
    return prepared;
}

void StatementCache::forget(std::string const& sql, PreparedStatement::Returns returns)
{
    m_statements.erase(cache_key(sql, returns));
}

} // namespace tremplin::store
