#pragma once

// Pieces of pages rendered once and shown again while what they show has not changed. The key
// names everything a piece depends on (the centre, the version of its data, the language, the
// query), so a piece is never out of date: a change makes a new key, and old keys fall out
// when the cache is full.

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tremplin::web {

// The results of a list page: the sentence that says what is shown, and the table (with its
// pagination) as HTML.
struct RenderedResults {
    std::string status;
    std::string table_html;
    std::size_t rows = 0; // how many it shows, for the audit row of each showing
};

template <class Value> class RenderCache {
  public:
    explicit RenderCache(std::size_t capacity) : m_capacity(capacity) {}

    std::shared_ptr<Value const> find(std::string const& key) const
    {
        std::lock_guard lock(m_mutex);
        auto it = m_values.find(key);
        return it == m_values.end() ? nullptr : it->second;
    }

    // With a capacity of 0 nothing is kept: every page is rendered anew.
    void keep(std::string key, std::shared_ptr<Value const> value)
    {
        if (m_capacity == 0)
            return;
        std::lock_guard lock(m_mutex);
        if (m_values.size() >= m_capacity)
            m_values.clear(); // simpler than tracking use, and refilled by the next requests
        m_values.insert_or_assign(std::move(key), std::move(value));
    }

  private:
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, std::shared_ptr<Value const>> m_values;
    std::size_t m_capacity;
};

// The caches the pages share, owned by the Application.
struct RenderCaches {
    explicit RenderCaches(std::size_t entries) : participant_results(entries) {}

    RenderCache<RenderedResults> participant_results;
};

} // namespace tremplin::web
