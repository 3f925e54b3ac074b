// `tremplin match`: the seats of an admission round, from a JSON file to a JSON file.

#include "cli/commands.hpp"
#include "cli/match_input.hpp"
#include "match/matching.hpp"

#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace tremplin::cli {

namespace {

std::string quoted(std::string const& text)
{
    return nlohmann::json(text).dump();
}

// Written by hand rather than through nlohmann::ordered_json, whose objects find each new key
// by a linear search: 100,000 applicants would cost billions of comparisons. Keys keep the
// order of the input.
void write_matching(match::Instance const& instance, match::Matching const& matching, std::ostream& out)
{
    out << "{\"assignments\":{";
    for (std::size_t a = 0; a < instance.applicants.size(); ++a) {
        auto const p = matching.assignment[a];
        out << (a ? "," : "") << quoted(instance.applicants[a].id) << ':'
            << (p == match::unassigned ? std::string("null") : quoted(instance.programs[p].id));
    }
    out << "},\"waitlists\":{";
    for (std::size_t p = 0; p < instance.programs.size(); ++p) {
        out << (p ? "," : "") << quoted(instance.programs[p].id) << ":[";
        auto const& waitlist = matching.waitlists[p];
        for (std::size_t i = 0; i < waitlist.size(); ++i)
            out << (i ? "," : "") << quoted(instance.applicants[waitlist[i]].id);
        out << ']';
    }
    auto const solve_ms = std::round(static_cast<double>(matching.stats.solve_time.count()) / 1e3) / 1e3;
    out << "},\"stats\":{\"proposals\":" << matching.stats.proposals
        << ",\"solve_ms\":" << nlohmann::json(solve_ms).dump() << "}}\n";
}

} // namespace

int match_round(MatchOptions const& options)
{
    std::ifstream in(options.input, std::ios::binary);
    std::stringstream text;
    if (!in || !(text << in.rdbuf())) {
        std::cerr << options.input << ": cannot be read\n";
        return 2;
    }
    auto instance = read_match_input(std::move(text).str()); // the text moved out, not copied
    if (!instance) {
        std::cerr << options.input << ": " << instance.error() << "\n";
        return 2;
    }
    auto const matching = match::match(*instance);
    if (!matching) {
        std::cerr << options.input << ": " << match::describe(matching.error()) << "\n";
        return 2;
    }
    if (options.output.empty()) {
        write_matching(*instance, *matching, std::cout);
        return std::cout.flush() ? 0 : 1;
    }
    std::ofstream out(options.output, std::ios::binary);
    write_matching(*instance, *matching, out);
    out.close();
    if (!out) {
        std::cerr << options.output << ": cannot be written\n";
        return 1;
    }
    return 0;
}

} // namespace tremplin::cli
