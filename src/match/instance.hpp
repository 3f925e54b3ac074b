#pragma once

// The input of an allocation round: programs (cohorts, traineeship offers) with their seats
// and priorities, applicants with their ordered choices, and how ties are broken. Ids are
// the caller's; the engine maps them to dense indices once (`prepare`).

#include <cstdint>
#include <expected>
#include <string>
#include <vector>

namespace tremplin::match {

struct Program {
    std::string id;
    std::int64_t capacity = 0; // seats; an error when negative
    // Ordered groups: the first group has the highest priority, members of one group are
    // tied. An applicant missing from every group is not acceptable to the program.
    std::vector<std::vector<std::string>> priority;
};

struct Applicant {
    std::string id;
    std::vector<std::string> choices; // program ids, most wanted first
};

// How applicants tied in a program's priority group are ordered.
enum class TieBreak {
    Single,   // one lottery number per applicant, used by every program
    Multiple, // an independent lottery number per (program, applicant)
    None,     // the order in which the group is written
};

// Who makes the offers in deferred acceptance.
enum class Proposing {
    Applicants, // the stable matching every applicant prefers (and strategy-proof for her)
    Programs,   // the stable matching every program prefers
};

struct Instance {
    std::vector<Program> programs;
    std::vector<Applicant> applicants;
    TieBreak tie_break = TieBreak::Single;
    std::uint64_t seed = 0; // the lottery's seed: the same seed gives the same lottery anywhere
    Proposing proposing = Proposing::Applicants;
};

// What makes an instance unusable. `where` is the path of the offending value in the
// instance, e.g. "applicants[3].choices[1]"; `id` is the id involved.
enum class Problem {
    DuplicateProgram,   // two programs with one id
    DuplicateApplicant, // two applicants with one id
    NegativeCapacity,
    UnknownProgram,     // a choice names no program
    RepeatedChoice,     // an applicant lists one program twice
    UnknownApplicant,   // a priority names no applicant
    RepeatedInPriority, // an applicant twice in one program's priority
    TooLarge,           // more applicants or choices than 32-bit indices can count
};

struct InputError {
    Problem problem;
    std::string where;
    std::string id;

    bool operator==(InputError const&) const = default;
};

// One English sentence naming the problem and where it is.
std::string describe(InputError const& error);

template <class T> using Result = std::expected<T, InputError>;

} // namespace tremplin::match
