#include "cli/demo/demo_aptitude.hpp"

#include "cli/demo/demo_catalogue.hpp"

#include <algorithm>
#include <cmath>

namespace tremplin::cli {

namespace {

constexpr int maximum_score = 20;
constexpr int pass_mark = 12;

// Scores spread around the pass mark: most pass, about a third do not.
int invented_score(std::mt19937_64& random)
{
    std::normal_distribution<double> score(13.5, 3.5);
    return std::clamp(static_cast<int>(std::lround(score(random))), 0, maximum_score);
}

} // namespace

std::set<long long> create_aptitude_tests(service::Recruitment& recruitment, service::Actor const& actor)
{
    std::vector<service::AptitudeTestInput> tests;
    std::set<long long> tested;
    for (auto const& track : expect(recruitment.aptitude.tests(actor), "the aptitude tests"))
        if (track.track.kind == domain::TrackKind::Qualifying) {
            tests.push_back({track.track.id, std::to_string(maximum_score), std::to_string(pass_mark)});
            tested.insert(track.track.id);
        }
    expect(recruitment.aptitude.save_tests(actor, tests), "the aptitude tests");
    return tested;
}

int record_aptitude_scores(service::Recruitment& recruitment, DemoClock const& clock,
                           service::Actor const& actor, std::mt19937_64& random,
                           std::set<long long> const& tested_tracks,
                           std::vector<long long> const& application_ids)
{
    if (application_ids.empty())
        return 0;
    auto const standings =
        expect(recruitment.priority.standings(actor, application_ids), "the applicants' standing");
    int recorded = 0;
    auto const today = clock.today();
    for (auto const& standing : standings) {
        // She took the test in the week before her application moved on from it.
        auto const taken_on = today.plus_days(-std::uniform_int_distribution<long>(0, 6)(random));
        std::set<long long> done;
        for (auto const& choice : standing.choices) {
            if (!tested_tracks.contains(choice.track.id) || !done.insert(choice.track.id).second)
                continue;
            expect(recruitment.aptitude.record_score(actor, standing.application_id,
                                                     {std::to_string(choice.track.id),
                                                      domain::date_fields_of(taken_on),
                                                      std::to_string(invented_score(random))}),
                   "an aptitude score");
            ++recorded;
        }
    }
    return recorded;
}

} // namespace tremplin::cli
