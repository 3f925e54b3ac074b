#include "match_instances.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace tremplin::bench {

namespace {

std::array<RoundShape, 5> const shapes{{
    {"100k_uniform", 100'000, 5'000, 20, 20, 20, 0, Priority::Groups},
    {"100k_zipf", 100'000, 5'000, 20, 20, 20, 1, Priority::Groups},
    {"100k_zipf0.8", 100'000, 5'000, 20, 20, 20, 0.8, Priority::Groups},
    {"1m_uniform", 1'000'000, 50'000, 20, 20, 20, 0, Priority::Groups},
    {"placement_10k", 10'000, 2'000, 5, 1, 3, 0.8, Priority::Scores},
}};

// Draws programs by popularity from raw generator output (no std distributions, so the
// instance is the same with every standard library).
class ProgramDraw {
  public:
    ProgramDraw(int programs, double zipf_exponent) : m_programs(static_cast<std::uint64_t>(programs))
    {
        if (zipf_exponent == 0)
            return;
        double total = 0;
        for (int k = 1; k <= programs; ++k)
            // 1/k written as such for exponent 1: the same table, so the same instance, as
            // before other exponents were drawn.
            m_cumulative.push_back(total += zipf_exponent == 1 ? 1.0 / k : std::pow(k, -zipf_exponent));
        for (auto& value : m_cumulative)
            value /= total;
    }

    int operator()(std::mt19937_64& random) const
    {
        if (m_cumulative.empty()) // multiply-shift: the high word of raw × n
            return static_cast<int>((static_cast<unsigned __int128>(random()) * m_programs) >> 64);
        auto const unit = static_cast<double>(random() >> 11) * 0x1.0p-53;
        auto const found = std::ranges::upper_bound(m_cumulative, unit);
        return static_cast<int>(std::min<std::ptrdiff_t>(found - m_cumulative.begin(),
                                                         static_cast<std::ptrdiff_t>(m_programs) - 1));
    }

  private:
    std::uint64_t m_programs;
    std::vector<double> m_cumulative;
};

int group_of(int applicant)
{
    auto const tenth = applicant % 10;
    return tenth < 2 ? 0 : tenth < 5 ? 1 : 2;
}

} // namespace

RoundShape const* find_shape(std::string const& name)
{
    for (auto const& shape : shapes)
        if (shape.name == name)
            return &shape;
    return nullptr;
}

std::string shape_names()
{
    std::string names;
    for (auto const& shape : shapes)
        names += (names.empty() ? "" : ", ") + shape.name;
    return names;
}

match::Instance generate(RoundShape const& shape, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    // Seats and scores come from their own stream, so the choices of a shape do not depend on them.
    std::mt19937_64 other_random(seed + 1);
    ProgramDraw const draw(shape.programs, shape.zipf_exponent);
    match::Instance instance;
    instance.tie_break = shape.priority == Priority::Groups ? match::TieBreak::Single : match::TieBreak::None;
    instance.seed = seed;
    instance.programs.resize(static_cast<std::size_t>(shape.programs));
    auto const seat_choices = static_cast<std::uint64_t>(shape.max_seats - shape.min_seats + 1);
    for (int p = 0; p < shape.programs; ++p) {
        auto& program = instance.programs[static_cast<std::size_t>(p)];
        program.id = "c" + std::to_string(p);
        program.capacity = shape.min_seats;
        if (seat_choices > 1)
            program.capacity += static_cast<int>(other_random() % seat_choices);
        if (shape.priority == Priority::Groups)
            program.priority.resize(3);
    }
    // Per program, (score, applicant) of those who chose it, when programs rank by scores.
    std::vector<std::vector<std::pair<std::uint64_t, int>>> scored(
        shape.priority == Priority::Scores ? static_cast<std::size_t>(shape.programs) : 0);
    instance.applicants.resize(static_cast<std::size_t>(shape.applicants));
    std::vector<int> chosen;
    for (int a = 0; a < shape.applicants; ++a) {
        auto& applicant = instance.applicants[static_cast<std::size_t>(a)];
        applicant.id = "a" + std::to_string(a);
        chosen.clear();
        while (static_cast<int>(chosen.size()) < shape.choices) {
            auto const p = draw(random);
            if (std::ranges::find(chosen, p) == chosen.end())
                chosen.push_back(p);
        }
        for (int p : chosen) {
            auto& program = instance.programs[static_cast<std::size_t>(p)];
            applicant.choices.push_back(program.id);
            if (shape.priority == Priority::Groups)
                program.priority[static_cast<std::size_t>(group_of(a))].push_back(applicant.id);
            else
                scored[static_cast<std::size_t>(p)].emplace_back(other_random(), a);
        }
    }
    for (std::size_t p = 0; p < scored.size(); ++p) {
        std::ranges::sort(scored[p]); // highest priority first: the smallest score
        for (auto const& [score, a] : scored[p])
            instance.programs[p].priority.push_back({instance.applicants[static_cast<std::size_t>(a)].id});
    }
    return instance;
}

void write_json(match::Instance const& instance, std::ostream& out)
{
    // Ids are letters and digits: nothing to escape.
    auto strings = [&](std::vector<std::string> const& ids) {
        out << '[';
        for (std::size_t i = 0; i < ids.size(); ++i)
            out << (i ? ",\"" : "\"") << ids[i] << '"';
        out << ']';
    };
    out << "{\"programs\":[";
    for (std::size_t p = 0; p < instance.programs.size(); ++p) {
        auto const& program = instance.programs[p];
        out << (p ? ",\n" : "\n") << "{\"id\":\"" << program.id << "\",\"capacity\":" << program.capacity
            << ",\"priority\":[";
        for (std::size_t g = 0; g < program.priority.size(); ++g) {
            out << (g ? "," : "");
            strings(program.priority[g]);
        }
        out << "]}";
    }
    out << "],\n\"applicants\":[";
    for (std::size_t a = 0; a < instance.applicants.size(); ++a) {
        out << (a ? ",\n" : "\n") << "{\"id\":\"" << instance.applicants[a].id << "\",\"choices\":";
        strings(instance.applicants[a].choices);
        out << '}';
    }
    auto const mode = instance.tie_break == match::TieBreak::Single     ? "single"
                      : instance.tie_break == match::TieBreak::Multiple ? "multiple"
                                                                        : "none";
    out << "],\n\"tie_break\":{\"mode\":\"" << mode << "\",\"seed\":" << instance.seed
        << "},\n\"proposing\":\""
        << (instance.proposing == match::Proposing::Applicants ? "applicants" : "programs") << "\"}\n";
}

} // namespace tremplin::bench
