#include "match/lottery.hpp"
#include "match/market.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace tremplin::match {

namespace {

using Clock = std::chrono::steady_clock;
using IdIndex = std::unordered_map<std::string_view, std::uint32_t>;

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
        m_program_index.reserve(programs.size());
        for (std::uint32_t p = 0; p < programs.size(); ++p) {
            if (!m_program_index.emplace(programs[p].id, p).second)
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
        m_applicant_index.reserve(applicants.size());
        for (std::uint32_t a = 0; a < applicants.size(); ++a)
            if (!m_applicant_index.emplace(applicants[a].id, a).second)
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
        for (std::uint32_t a = 0; a < applicants.size(); ++a) {
            m_market.choice_begin.push_back(static_cast<std::uint32_t>(m_market.choices.size()));
            auto const& choices = applicants[a].choices;
            for (std::size_t k = 0; k < choices.size(); ++k) {
                auto const found = m_program_index.find(choices[k]);
                if (found == m_program_index.end())
                    return problem(Problem::UnknownProgram,
                                   path("applicants", a, "choices") + "[" + std::to_string(k) + "]",
                                   choices[k]);
                auto const p = found->second;
                if (last_chooser[p] == a)
                    return problem(Problem::RepeatedChoice,
                                   path("applicants", a, "choices") + "[" + std::to_string(k) + "]",
                                   choices[k]);
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
        auto const applicant_count = m_market.applicant_count;
        std::vector<std::uint32_t> listed_by(applicant_count, unacceptable); // last program that listed her
        std::vector<std::uint32_t> chooses(applicant_count,
                                           unacceptable); // the program being ranked, if she chose it
        std::vector<std::uint32_t> chooser_slot(applicant_count, 0); // and her choice of it
        std::vector<Tied> tied;
        Lottery const lottery(m_instance.seed);
        auto const tie_break = m_instance.tie_break;

        m_market.capacity.resize(m_market.program_count);
        m_market.candidate_begin.reserve(m_market.program_count + 1);
        m_market.candidates.reserve(m_market.choices.size());
        for (std::uint32_t p = 0; p < m_market.program_count; ++p) {
            auto const first = static_cast<std::uint32_t>(m_market.candidates.size());
            m_market.candidate_begin.push_back(first);
            for (auto i = m_chooser_count[p]; i < m_chooser_count[p + 1]; ++i) {
                chooses[m_choosers[i].applicant] = p;
                chooser_slot[m_choosers[i].applicant] = m_choosers[i].slot;
            }
            auto const& groups = m_instance.programs[p].priority;
            for (std::size_t g = 0; g < groups.size(); ++g) {
                tied.clear();
                for (std::size_t i = 0; i < groups[g].size(); ++i) {
                    auto const found = m_applicant_index.find(groups[g][i]);
                    if (found == m_applicant_index.end())
                        return problem(Problem::UnknownApplicant, where_in_priority(p, g, i), groups[g][i]);
                    auto const a = found->second;
                    if (listed_by[a] == p)
                        return problem(Problem::RepeatedInPriority, where_in_priority(p, g, i), groups[g][i]);
                    listed_by[a] = p;
                    if (chooses[a] != p)
                        continue; // listed but not chosen: she will never ask for it
                    auto const number = tie_break == TieBreak::Single     ? lottery.number(a)
                                        : tie_break == TieBreak::Multiple ? lottery.number(p, a)
                                                                          : i;
                    tied.push_back({number, a, chooser_slot[a]});
                }
                if (tie_break != TieBreak::None)
                    std::ranges::sort(tied, [](Tied const& x, Tied const& y) {
                        return x.number != y.number ? x.number < y.number : x.applicant < y.applicant;
                    });
                for (auto const& candidate : tied) {
                    m_market.choices[candidate.slot].rank =
                        static_cast<std::uint32_t>(m_market.candidates.size()) - first;
                    m_market.candidates.push_back({candidate.applicant, candidate.slot});
                }
            }
            auto const acceptable = m_market.candidates.size() - first;
            m_market.capacity[p] = static_cast<std::uint32_t>(std::min<std::uint64_t>(
                static_cast<std::uint64_t>(m_instance.programs[p].capacity), acceptable));
        }
        m_market.candidate_begin.push_back(static_cast<std::uint32_t>(m_market.candidates.size()));
        return {};
    }

    static std::string where_in_priority(std::uint32_t p, std::size_t g, std::size_t i)
    {
        return path("programs", p, "priority") + "[" + std::to_string(g) + "][" + std::to_string(i) + "]";
    }

    Instance const& m_instance;
    Market& m_market;
    IdIndex m_program_index;
    IdIndex m_applicant_index;
    std::vector<std::uint32_t> m_chooser_count; // then where each program's choosers begin
    std::vector<Candidate> m_choosers;          // every choice, grouped by program
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
