#include "match/id_index.hpp"
#include "match/lottery.hpp"
#include "match/market.hpp"
#include "match/prefetch.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

namespace tremplin::match {

namespace {

using Clock = std::chrono::steady_clock;

std::string path(std::string_view list, std::size_t index, std::string_view field = {})
{
    auto text = std::string(list) + "[" + std::to_string(index) + "]";
    if (!field.empty())
        text.append(".").append(field);
    return text;
}

std::unexpected<InputError> problem(Problem kind, std::string where, std::string_view id = {})
{
    return std::unexpected(InputError{kind, std::move(where), std::string(id)});
}

// A tied applicant about to be ordered; `number` is her lottery number, or her written
// position when ties keep the written order.
struct Tied {
    std::uint64_t number;
    std::uint32_t applicant;
    std::uint32_t slot;
};

// What the program being ranked knows of an applicant, in one line of memory.
struct alignas(16) Mark {
    std::uint32_t listed_by; // the last program whose priority named her
    std::uint32_t chooses;   // the last program marked as one she chose
    std::uint32_t slot;      // and her choice of it
    std::uint32_t unused;
};

// How far ahead a loop asks for the line it will need.
constexpr std::size_t ahead = 16;

class Preparation {
  public:
    Preparation(Instance const& instance, Market& market) : m_instance(instance), m_market(market) {}

    Result<void> run()
    {
        if (auto done = map_programs(); !done)
            return done;
        if (auto done = map_applicants(); !done)
            return done;
        if (auto done = map_choices(); !done)
            return done;
        group_choosers();
        return rank_candidates();
    }

  private:
    Result<void> map_programs()
    {
        auto const& programs = m_instance.programs;
        if (programs.size() >= unacceptable)
            return problem(Problem::TooLarge, "programs");
        m_market.program_count = static_cast<std::uint32_t>(programs.size());
        m_program_index.emplace(programs.size());
        for (std::uint32_t p = 0; p < programs.size(); ++p) {
            if (!m_program_index->insert(programs[p].id))
                return problem(Problem::DuplicateProgram, path("programs", p, "id"), programs[p].id);
            if (programs[p].capacity < 0)
                return problem(Problem::NegativeCapacity, path("programs", p, "capacity"), programs[p].id);
        }
        return {};
    }

    Result<void> map_applicants()
    {
        auto const& applicants = m_instance.applicants;
        if (applicants.size() >= unacceptable)
            return problem(Problem::TooLarge, "applicants");
        m_market.applicant_count = static_cast<std::uint32_t>(applicants.size());
        m_applicant_index.emplace(applicants.size());
        for (std::uint32_t a = 0; a < applicants.size(); ++a)
            if (!m_applicant_index->insert(applicants[a].id))
                return problem(Problem::DuplicateApplicant, path("applicants", a, "id"), applicants[a].id);
        return {};
    }

    Result<void> map_choices()
    {
        auto const& applicants = m_instance.applicants;
        std::size_t total = 0;
        for (auto const& applicant : applicants)
            total += applicant.choices.size();
        if (total >= unacceptable)
            return problem(Problem::TooLarge, "applicants");
        m_market.choice_begin.reserve(applicants.size() + 1);
        m_market.choices.reserve(total);
        m_chooser_count.assign(m_market.program_count + 1, 0);
        // last_chooser[p] == a: applicant a already chose p (no clearing between applicants).
        std::vector<std::uint32_t> last_chooser(m_market.program_count, unacceptable);
        // The choices of a run of applicants are looked up together (IdIndex::find_all).
        std::uint32_t next = 0;
        for (std::uint32_t a = 0; a < applicants.size(); ++a) {
            if (a == next) {
                m_views.clear();
                for (; next < applicants.size() && m_views.size() < 512; ++next)
                    m_views.insert(m_views.end(), applicants[next].choices.begin(),
                                   applicants[next].choices.end());
                m_found.resize(m_views.size());
                m_program_index->find_all(m_views, m_found);
                m_looked_up = 0;
            }
            m_market.choice_begin.push_back(static_cast<std::uint32_t>(m_market.choices.size()));
            auto const& choices = applicants[a].choices;
            for (std::size_t k = 0; k < choices.size(); ++k) {
                auto const p = m_found[m_looked_up++];
                if (p == IdIndex::absent)
                    return problem(Problem::UnknownProgram, where_in_choices(a, k), choices[k]);
                if (last_chooser[p] == a)
                    return problem(Problem::RepeatedChoice, where_in_choices(a, k), choices[k]);
                last_chooser[p] = a;
                ++m_chooser_count[p + 1];
                m_market.choices.push_back({p, unacceptable});
            }
        }
        m_market.choice_begin.push_back(static_cast<std::uint32_t>(m_market.choices.size()));
        return {};
    }

    // The choices turned around, by program (a counting sort), so that each program's
    // priority meets the applicants who chose it without searching their lists.
    void group_choosers()
    {
        for (std::uint32_t p = 0; p < m_market.program_count; ++p)
            m_chooser_count[p + 1] += m_chooser_count[p];
        m_choosers.resize(m_market.choices.size());
        auto next = m_chooser_count;
        for (std::uint32_t a = 0; a < m_market.applicant_count; ++a)
            for (auto slot = m_market.choice_begin[a]; slot < m_market.choice_begin[a + 1]; ++slot)
                m_choosers[next[m_market.choices[slot].program]++] = {a, slot};
    }

    Result<void> rank_candidates()
    {
        m_marks.assign(m_market.applicant_count, {unacceptable, unacceptable, 0, 0});
        m_market.capacity.resize(m_market.program_count);
        m_market.candidate_begin.reserve(m_market.program_count + 1);
        m_market.candidates.reserve(m_market.choices.size());
        for (std::uint32_t p = 0; p < m_market.program_count; ++p) {
            auto const first = static_cast<std::uint32_t>(m_market.candidates.size());
            m_market.candidate_begin.push_back(first);
            mark_choosers(p);
            if (auto done = rank_program(p); !done)
                return done;
            auto const acceptable = m_market.candidates.size() - first;
            m_market.capacity[p] = static_cast<std::uint32_t>(std::min<std::uint64_t>(
                static_cast<std::uint64_t>(m_instance.programs[p].capacity), acceptable));
        }
        m_market.candidate_begin.push_back(static_cast<std::uint32_t>(m_market.candidates.size()));
        return {};
    }

    void mark_choosers(std::uint32_t p)
    {
        auto const begin = m_chooser_count[p], end = m_chooser_count[p + 1];
        for (auto i = begin; i < end; ++i) {
            if (i + ahead < end)
                prefetch(&m_marks[m_choosers[i + ahead].applicant]);
            auto& mark = m_marks[m_choosers[i].applicant];
            mark.chooses = p;
            mark.slot = m_choosers[i].slot;
        }
    }

    // Orders the applicants of p's priority who chose it: group by group, ties by lottery.
    Result<void> rank_program(std::uint32_t p)
    {
        auto const& groups = m_instance.programs[p].priority;
        m_views.clear();
        for (auto const& group : groups)
            m_views.insert(m_views.end(), group.begin(), group.end());
        m_found.resize(m_views.size());
        m_applicant_index->find_all(m_views, m_found);
        for (auto a : m_found)
            if (a != IdIndex::absent)
                prefetch(&m_marks[a]);

        Lottery const lottery(m_instance.seed);
        auto const first = static_cast<std::uint32_t>(m_market.candidates.size());
        std::size_t at = 0;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            m_tied.clear();
            for (std::size_t i = 0; i < groups[g].size(); ++i) {
                auto const a = m_found[at++];
                if (a == IdIndex::absent)
                    return problem(Problem::UnknownApplicant, where_in_priority(p, g, i), groups[g][i]);
                auto& mark = m_marks[a];
                if (mark.listed_by == p)
                    return problem(Problem::RepeatedInPriority, where_in_priority(p, g, i), groups[g][i]);
                mark.listed_by = p;
                if (mark.chooses != p)
                    continue; // listed but not chosen: she will never ask for it
                auto const number = m_instance.tie_break == TieBreak::Single     ? lottery.number(a)
                                    : m_instance.tie_break == TieBreak::Multiple ? lottery.number(p, a)
                                                                                 : i;
                m_tied.push_back({number, a, mark.slot});
            }
            if (m_instance.tie_break != TieBreak::None)
                std::ranges::sort(m_tied, [](Tied const& x, Tied const& y) {
                    return x.number != y.number ? x.number < y.number : x.applicant < y.applicant;
                });
            for (std::size_t i = 0; i < m_tied.size(); ++i) {
                if (i + ahead < m_tied.size())
                    prefetch(&m_market.choices[m_tied[i + ahead].slot]);
                m_market.choices[m_tied[i].slot].rank =
                    static_cast<std::uint32_t>(m_market.candidates.size()) - first;
                m_market.candidates.push_back({m_tied[i].applicant, m_tied[i].slot});
            }
        }
        return {};
    }

    static std::string where_in_choices(std::uint32_t a, std::size_t k)
    {
        return path("applicants", a, "choices") + "[" + std::to_string(k) + "]";
    }

    static std::string where_in_priority(std::uint32_t p, std::size_t g, std::size_t i)
    {
        return path("programs", p, "priority") + "[" + std::to_string(g) + "][" + std::to_string(i) + "]";
    }

    Instance const& m_instance;
    Market& m_market;
    std::optional<IdIndex> m_program_index;     // once the programs are counted
    std::optional<IdIndex> m_applicant_index;   // once the applicants are counted
    std::vector<std::uint32_t> m_chooser_count; // then where each program's choosers begin
    std::vector<Candidate> m_choosers;          // every choice, grouped by program
    std::vector<Mark> m_marks;                  // per applicant
    std::vector<std::string_view> m_views;      // ids about to be looked up together
    std::vector<std::uint32_t> m_found;         // and their indices
    std::size_t m_looked_up = 0;
    std::vector<Tied> m_tied;
};

} // namespace

Result<Market> prepare(Instance const& instance)
{
    auto const start = Clock::now();
    Market market;
    market.proposing = instance.proposing;
    if (auto done = Preparation(instance, market).run(); !done)
        return std::unexpected(std::move(done.error()));
    market.preparation_time = Clock::now() - start;
    return market;
}

} // namespace tremplin::match
