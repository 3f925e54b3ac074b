#include "match_instances.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace tremplin::bench {

namespace {

std::array<RoundShape, 3> const shapes{{
    {"100k_uniform", 100'000, 5'000, 20, 20, Popularity::Uniform},
    {"100k_zipf", 100'000, 5'000, 20, 20, Popularity::Zipf},
    {"1m_uniform", 1'000'000, 50'000, 20, 20, Popularity::Uniform},
}};

// Draws programs by popularity from raw generator output (no std distributions, so the
// instance is the same with every standard library).
class ProgramDraw {
  public:
    ProgramDraw(int programs, Popularity popularity) : m_programs(static_cast<std::uint64_t>(programs))
    {
        if (popularity == Popularity::Uniform)
            return;
        double total = 0;
        for (int k = 1; k <= programs; ++k)
            m_cumulative.push_back(total += 1.0 / k);
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

match::Instance generate(RoundShape const& shape, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    ProgramDraw const draw(shape.programs, shape.popularity);
    match::Instance instance;
    instance.tie_break = match::TieBreak::Single;
    instance.seed = seed;
    instance.programs.resize(static_cast<std::size_t>(shape.programs));
    for (int p = 0; p < shape.programs; ++p) {
        instance.programs[static_cast<std::size_t>(p)].id = "c" + std::to_string(p);
        instance.programs[static_cast<std::size_t>(p)].capacity = shape.seats;
        instance.programs[static_cast<std::size_t>(p)].priority.resize(3);
    }
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
            program.priority[static_cast<std::size_t>(group_of(a))].push_back(applicant.id);
        }
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
