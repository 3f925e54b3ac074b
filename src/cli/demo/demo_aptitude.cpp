#include "cli/demo/demo_aptitude.hpp"

#include "cli/demo/demo_catalogue.hpp"

#include <algorithm>
#include <cmath>
#include <set>

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

int create_aptitude_scores(service::Recruitment& recruitment, DemoClock const& clock,
                           service::Actor const& actor, std::mt19937_64& random)
{
    std::vector<service::AptitudeTestInput> tests;
    std::set<long long> tested;
    for (auto const& track : expect(recruitment.aptitude.tests(actor), "the aptitude tests"))
        if (track.track.kind == domain::TrackKind::Qualifying) {
            tests.push_back({track.track.id, std::to_string(maximum_score), std::to_string(pass_mark)});
            tested.insert(track.track.id);
        }
    expect(recruitment.aptitude.save_tests(actor, tests), "the aptitude tests");

    auto const applications = expect(recruitment.applications.pipeline(actor, {}), "the applications");
    std::vector<long long> ids;
    for (auto const& application : applications)
        if (application.stage >= domain::ApplicationStage::TestTaken)
            ids.push_back(application.id);
    auto const standings = expect(recruitment.priority.standings(actor, ids), "the applicants' standing");

    int recorded = 0;
    auto const today = clock.today();
    for (std::size_t index = 0; index < standings.size(); ++index) {
        auto const& application =
            *std::ranges::find(applications, standings[index].application_id, &store::ApplicationSummary::id);
        // She took the test a few days before her application moved on from it.
        auto taken_on = domain::Date::parse_iso(application.stage_changed_at.substr(0, 10)).value_or(today);
        taken_on = domain::Date::from_days_since_epoch(
            std::min(taken_on.days_since_epoch(), today.days_since_epoch()) -
            std::uniform_int_distribution<long>(0, 6)(random));
        std::set<long long> done;
        for (auto const& choice : standings[index].choices) {
            if (!tested.contains(choice.track.id) || !done.insert(choice.track.id).second)
                continue;
            auto const day = domain::date_fields_of(taken_on);
            expect(recruitment.aptitude.record_score(
                       actor, application.id,
                       {std::to_string(choice.track.id), day, std::to_string(invented_score(random))}),
                   "an aptitude score");
            ++recorded;
        }
    }
    return recorded;
}

} // namespace tremplin::cli
