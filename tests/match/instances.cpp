#include "instances.hpp"

#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

namespace tremplin::match::testing {

Instance random_instance(std::uint64_t seed, Shape const& shape)
{
    Random random(seed);
    Instance instance;
    for (int p = 0; p < shape.programs; ++p) {
        Program program{"p" + std::to_string(p), random.below(shape.max_capacity + 1), {}};
        std::vector<int> listed;
        for (int a = 0; a < shape.applicants; ++a)
            if (random.chance(shape.listed_percent))
                listed.push_back(a);
        random.shuffle(listed);
        if (shape.groups == 0) {
            for (int a : listed)
                program.priority.push_back({"a" + std::to_string(a)});
        } else {
            program.priority.resize(static_cast<std::size_t>(shape.groups));
            for (int a : listed)
                program.priority[static_cast<std::size_t>(random.below(shape.groups))].push_back(
                    "a" + std::to_string(a));
        }
        instance.programs.push_back(std::move(program));
    }
    for (int a = 0; a < shape.applicants; ++a) {
        std::vector<int> chosen;
        for (int p = 0; p < shape.programs; ++p)
            if (random.chance(shape.chosen_percent))
                chosen.push_back(p);
        random.shuffle(chosen);
        Applicant applicant{"a" + std::to_string(a), {}};
        for (int p : chosen)
            applicant.choices.push_back("p" + std::to_string(p));
        instance.applicants.push_back(std::move(applicant));
    }
    instance.seed = seed;
    return instance;
}

Instance contested_instance(std::uint64_t seed, int applicants)
{
    Random random(seed);
    int const percent[] = {100, 90, 80};
    auto const chosen = percent[random.below(3)];
    auto instance = random_instance(seed, {applicants, 3, 1, 0, chosen, chosen});
    instance.tie_break = TieBreak::None;
    for (int p = 0; p < 3; ++p)
        instance.programs[static_cast<std::size_t>(p)].capacity = applicants / 3 + (p < applicants % 3);
    if (random.chance(50))
        return instance;
    auto const model = model_of(instance);
    for (int p = 0; p < 3; ++p) {
        auto& priority = instance.programs[static_cast<std::size_t>(p)].priority;
        std::vector<std::pair<int, std::string>> keyed; // (lower first, id)
        for (auto& group : priority) {
            auto const a = std::stoi(group[0].substr(1));
            keyed.emplace_back(-3 * model.preference(a, p) + random.below(4), group[0]);
        }
        std::ranges::sort(keyed);
        for (std::size_t i = 0; i < keyed.size(); ++i)
            priority[i] = {keyed[i].second};
    }
    return instance;
}

Instance skewed_instance(std::uint64_t seed, int applicants, int programs, int choices)
{
    Random random(seed);
    std::vector<double> cumulative;
    double total = 0;
    for (int k = 1; k <= programs; ++k)
        cumulative.push_back(total += std::pow(k, -0.8));
    auto const draw = [&] {
        auto const unit = total * random.below(1 << 30) / (1 << 30);
        auto const found = std::ranges::upper_bound(cumulative, unit) - cumulative.begin();
        return static_cast<int>(std::min<std::ptrdiff_t>(found, programs - 1));
    };
    Instance instance;
    for (int p = 0; p < programs; ++p)
        instance.programs.push_back({"p" + std::to_string(p), 1 + random.below(3), {}});
    std::vector<std::vector<int>> choosers(static_cast<std::size_t>(programs));
    for (int a = 0; a < applicants; ++a) {
        Applicant applicant{"a" + std::to_string(a), {}};
        std::vector<int> chosen;
        while (static_cast<int>(chosen.size()) < std::min(choices, programs))
            if (auto const p = draw(); std::ranges::find(chosen, p) == chosen.end())
                chosen.push_back(p);
        for (int p : chosen) {
            applicant.choices.push_back("p" + std::to_string(p));
            choosers[static_cast<std::size_t>(p)].push_back(a);
        }
        instance.applicants.push_back(std::move(applicant));
    }
    for (int p = 0; p < programs; ++p) {
        auto& listed = choosers[static_cast<std::size_t>(p)];
        random.shuffle(listed);
        for (int a : listed)
            instance.programs[static_cast<std::size_t>(p)].priority.push_back({"a" + std::to_string(a)});
    }
    instance.tie_break = TieBreak::None;
    instance.seed = seed;
    return instance;
}

int Model::preference(int a, int p) const
{
    auto const& list = choices[static_cast<std::size_t>(a)];
    for (std::size_t k = 0; k < list.size(); ++k)
        if (list[k] == p)
            return static_cast<int>(k);
    return static_cast<int>(list.size());
}

Model model_of(Instance const& instance)
{
    auto index_of = [](auto const& items, std::string const& id) {
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].id == id)
                return static_cast<int>(i);
        throw std::logic_error("no id " + id);
    };
    Model model;
    auto const applicants = instance.applicants.size();
    for (auto const& program : instance.programs) {
        model.capacity.push_back(program.capacity);
        model.group.emplace_back(applicants, -1);
        for (std::size_t g = 0; g < program.priority.size(); ++g)
            for (auto const& id : program.priority[g])
                model.group.back()[static_cast<std::size_t>(index_of(instance.applicants, id))] =
                    static_cast<int>(g);
    }
    for (auto const& applicant : instance.applicants) {
        model.choices.emplace_back();
        for (auto const& id : applicant.choices)
            model.choices.back().push_back(index_of(instance.programs, id));
    }
    return model;
}

std::vector<int> assignment_of(Matching const& matching)
{
    std::vector<int> assignment;
    for (auto p : matching.assignment)
        assignment.push_back(p == unassigned ? -1 : static_cast<int>(p));
    return assignment;
}

namespace {

// Calls visit(a, p) for every program p that applicant a prefers to what she has and that
// accepts her; stops and returns false as soon as visit does.
template <class Visit> bool each_wish(Model const& model, std::vector<int> const& assignment, Visit visit)
{
    for (std::size_t a = 0; a < model.choices.size(); ++a) {
        auto const held = model.preference(static_cast<int>(a), assignment[a]);
        for (int k = 0; k < held; ++k) {
            auto const p = static_cast<std::size_t>(model.choices[a][static_cast<std::size_t>(k)]);
            if (model.group[p][a] >= 0 && !visit(a, p))
                return false;
        }
    }
    return true;
}

std::vector<std::int64_t> seats_taken(Model const& model, std::vector<int> const& assignment)
{
    std::vector<std::int64_t> taken(model.capacity.size(), 0);
    for (int p : assignment)
        if (p >= 0)
            ++taken[static_cast<std::size_t>(p)];
    return taken;
}

} // namespace

bool feasible(Model const& model, std::vector<int> const& assignment)
{
    auto const taken = seats_taken(model, assignment);
    for (std::size_t p = 0; p < taken.size(); ++p)
        if (taken[p] > model.capacity[p])
            return false;
    for (std::size_t a = 0; a < assignment.size(); ++a) {
        auto const p = assignment[a];
        if (p < 0)
            continue;
        if (model.preference(static_cast<int>(a), p) == static_cast<int>(model.choices[a].size()))
            return false; // a program she did not choose
        if (model.group[static_cast<std::size_t>(p)][a] < 0)
            return false; // a program that does not accept her
    }
    return true;
}

bool free_of_justified_envy(Model const& model, std::vector<int> const& assignment)
{
    return each_wish(model, assignment, [&](std::size_t a, std::size_t p) {
        for (std::size_t b = 0; b < assignment.size(); ++b)
            if (assignment[b] == static_cast<int>(p) && model.group[p][b] > model.group[p][a])
                return false;
        return true;
    });
}

bool non_wasteful(Model const& model, std::vector<int> const& assignment)
{
    auto const taken = seats_taken(model, assignment);
    return each_wish(model, assignment,
                     [&](std::size_t, std::size_t p) { return taken[p] >= model.capacity[p]; });
}

std::vector<std::vector<int>> all_stable_matchings(Model const& model)
{
    std::vector<std::vector<int>> stable;
    std::vector<int> assignment(model.choices.size(), -1);
    // Each applicant in turn: nothing, or one of her choices (odometer over all of them).
    auto const n = assignment.size();
    std::vector<std::size_t> digit(n, 0);
    for (;;) {
        for (std::size_t a = 0; a < n; ++a)
            assignment[a] = digit[a] == 0 ? -1 : model.choices[a][digit[a] - 1];
        if (feasible(model, assignment) && free_of_justified_envy(model, assignment) &&
            non_wasteful(model, assignment))
            stable.push_back(assignment);
        std::size_t a = 0;
        while (a < n && ++digit[a] > model.choices[a].size())
            digit[a++] = 0;
        if (a == n)
            return stable;
    }
}

std::vector<int> round_by_round_deferred_acceptance(Model const& model)
{
    auto const n = model.choices.size();
    std::vector<std::size_t> next(n, 0);
    std::vector<std::vector<int>> held(model.capacity.size());
    std::vector<bool> is_free(n, true);
    for (bool proposed = true; proposed;) {
        proposed = false;
        for (std::size_t a = 0; a < n; ++a)
            while (is_free[a] && next[a] < model.choices[a].size()) {
                auto const p = static_cast<std::size_t>(model.choices[a][next[a]++]);
                if (model.group[p][a] < 0)
                    continue;
                held[p].push_back(static_cast<int>(a));
                is_free[a] = false;
                proposed = true;
            }
        for (std::size_t p = 0; p < held.size(); ++p) {
            std::ranges::sort(held[p], {},
                              [&](int a) { return model.group[p][static_cast<std::size_t>(a)]; });
            while (static_cast<std::int64_t>(held[p].size()) > model.capacity[p]) {
                is_free[static_cast<std::size_t>(held[p].back())] = true;
                held[p].pop_back();
            }
        }
    }
    std::vector<int> assignment(n, -1);
    for (std::size_t p = 0; p < held.size(); ++p)
        for (int a : held[p])
            assignment[static_cast<std::size_t>(a)] = static_cast<int>(p);
    return assignment;
}

std::vector<std::vector<std::uint32_t>> waitlists_by_definition(Model const& model,
                                                                std::vector<int> const& assignment)
{
    std::vector<std::vector<std::uint32_t>> lists(model.capacity.size());
    for (std::size_t p = 0; p < lists.size(); ++p) {
        for (std::size_t a = 0; a < assignment.size(); ++a) {
            auto const wants = model.preference(static_cast<int>(a), static_cast<int>(p));
            if (model.group[p][a] >= 0 && wants < static_cast<int>(model.choices[a].size()) &&
                wants < model.preference(static_cast<int>(a), assignment[a]))
                lists[p].push_back(static_cast<std::uint32_t>(a));
        }
        // Strict instances: an applicant's group is her rank.
        std::ranges::sort(lists[p], {}, [&](std::uint32_t a) { return model.group[p][a]; });
    }
    return lists;
}

Matching solved(Instance const& instance)
{
    auto matching = match(instance);
    if (!matching) {
        ADD_FAILURE() << describe(matching.error());
        return {};
    }
    return *std::move(matching);
}

} // namespace tremplin::match::testing
