#include "service/aptitude_service.hpp"

#include "domain/text.hpp"
#include "service/application_service.hpp"
#include "store/application_repository.hpp"
#include "store/aptitude_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::FieldError;
using domain::found;
using domain::Permission;
using domain::Result;
using domain::trimmed;
using domain::whole_number;

namespace {

// A number the form asks for, or the error that says why not.
std::optional<int> read_score(std::string_view text, std::string const& field, std::string_view missing_key,
                              std::string_view wrong_key, std::vector<FieldError>& errors)
{
    if (trimmed(text).empty()) {
        errors.push_back({field, std::string(missing_key)});
        return std::nullopt;
    }
    auto const value = whole_number(text);
    if (!value || *value < 0 || *value > domain::highest_maximum_score) {
        errors.push_back({field, std::string(wrong_key)});
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

// Every active track, and every inactive one that still has a test, with its test.
std::vector<TrackAptitude> tracks_with_tests(UnitOfWork& unit)
{
    auto const tests = unit.repository<store::AptitudeRepository>().tests(unit.organisation_id());
    std::vector<TrackAptitude> tracks;
    for (auto& track : unit.repository<store::TrackRepository>().all(unit.organisation_id())) {
        auto const test = tests.find(track.id);
        if (!track.active && test == tests.end())
            continue;
        tracks.push_back(
            {std::move(track), test == tests.end() ? std::nullopt : std::optional(test->second)});
    }
    return tracks;
}

} // namespace

Result<std::vector<TrackAptitude>> AptitudeService::tests(Actor const& actor)
{
    // Read by those who follow applications and by those who keep the catalogue.
    auto const reading =
        actor.can(Permission::ManageCatalogue) ? Permission::ManageCatalogue : Permission::ViewParticipants;
    return m_units.read(actor, reading, [&](UnitOfWork& unit) -> Result<std::vector<TrackAptitude>> {
        return tracks_with_tests(unit);
    });
}

Result<std::vector<TrackAptitude>> AptitudeService::for_editing(Actor const& actor)
{
    return m_units.read(
        actor, Permission::ManageCatalogue,
        [&](UnitOfWork& unit) -> Result<std::vector<TrackAptitude>> { return tracks_with_tests(unit); });
}

Result<void> AptitudeService::save_tests(Actor const& actor, std::vector<AptitudeTestInput> const& typed)
{
    return m_units.write(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<void> {
        std::vector<FieldError> errors;
        std::vector<std::pair<long long, std::optional<domain::AptitudeTest>>> tests;
        for (auto const& row : typed) {
            auto const prefix = "tests-" + std::to_string(row.track_id) + "-";
            if (trimmed(row.maximum_score).empty() && trimmed(row.pass_mark).empty()) {
                tests.emplace_back(row.track_id, std::nullopt);
                continue;
            }
            auto const maximum =
                read_score(row.maximum_score, prefix + "maximum_score", "errors.aptitude.maximum_missing",
                           "errors.aptitude.maximum_out_of_range", errors);
            auto const pass =
                read_score(row.pass_mark, prefix + "pass_mark", "errors.aptitude.pass_mark_missing",
                           "errors.aptitude.pass_mark_out_of_range", errors);
            if (!maximum || !pass)
                continue;
            domain::AptitudeTest const test{row.track_id, *maximum, *pass};
            for (auto const& error : domain::check_aptitude_test(test))
                errors.push_back({prefix + error.field, error.message_key});
            tests.emplace_back(row.track_id, test);
        }
        if (!errors.empty())
            return fail(Error::invalid(std::move(errors)));

        auto tracks = unit.repository<store::TrackRepository>();
        auto aptitude = unit.repository<store::AptitudeRepository>();
        auto const current = aptitude.tests(unit.organisation_id());
        auto const now = unit.clock().now_iso();
        for (auto const& [track_id, test] : tests) {
            TRY(found(tracks.find(unit.organisation_id(), track_id)));
            auto const before = current.find(track_id);
            bool const unchanged = before == current.end()
                                       ? !test
                                       : test && test->maximum_score == before->second.maximum_score &&
                                             test->pass_mark == before->second.pass_mark;
            if (unchanged)
                continue;
            aptitude.set_test(unit.organisation_id(), track_id, test, now);
            unit.audit({"aptitude_test.changed", "track", track_id,
                        test ? std::to_string(test->pass_mark) + "/" + std::to_string(test->maximum_score)
                             : std::string("none")});
        }
        return {};
    });
}

Result<long long> AptitudeService::record_score(Actor const& actor, long long application_id,
                                                AptitudeScoreInput const& typed)
{
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<long long> {
        auto const organisation_id = unit.organisation_id();
        auto const application =
            TRY(found(unit.repository<store::ApplicationRepository>().find(organisation_id, application_id)));

        std::vector<FieldError> errors;
        // Only the track of a cohort she chose, and one with a test, can be scored.
        std::optional<domain::AptitudeTest> test;
        auto aptitude = unit.repository<store::AptitudeRepository>();
        auto const track_id = whole_number(typed.track_id);
        if (track_id) {
            auto cohorts = unit.repository<store::CohortRepository>();
            bool const chosen = std::ranges::any_of(application.choices, [&](long long cohort_id) {
                auto const cohort = cohorts.find(organisation_id, cohort_id);
                return cohort && cohort->track_id == *track_id;
            });
            if (chosen)
                test = aptitude.test(organisation_id, *track_id);
        }
        if (!test)
            errors.push_back({"track_id", "errors.aptitude.track_missing"});

        domain::DateProblem problem{};
        auto const taken_on = domain::read_date_fields(typed.taken_on, problem);
        if (!taken_on) {
            switch (problem) {
            case domain::DateProblem::Missing:
                errors.push_back({"taken_on", "errors.aptitude.taken_on_missing"});
                break;
            case domain::DateProblem::MissingDay:
                errors.push_back({"taken_on_day", "errors.aptitude.taken_on_missing_day"});
                break;
            case domain::DateProblem::MissingMonth:
                errors.push_back({"taken_on_month", "errors.aptitude.taken_on_missing_month"});
                break;
            case domain::DateProblem::MissingYear:
                errors.push_back({"taken_on_year", "errors.aptitude.taken_on_missing_year"});
                break;
            case domain::DateProblem::NotReal:
                errors.push_back({"taken_on", "errors.aptitude.taken_on_not_real"});
                break;
            }
        }
        auto const score = read_score(typed.score, "score", "errors.aptitude.score_missing",
                                      "errors.aptitude.score_out_of_range", errors);
        domain::AptitudeScore recorded{0, application_id, track_id.value_or(0),
                                       taken_on.value_or(domain::Date()), score.value_or(0)};
        if (test && taken_on && score)
            for (auto const& error : domain::check_aptitude_score(recorded, *test, unit.clock().today()))
                errors.push_back(error);
        if (!errors.empty())
            return fail(Error::invalid(std::move(errors)));

        auto const id =
            aptitude.insert_score(organisation_id, recorded, unit.actor().account.id, unit.clock().now_iso());
        unit.audit({"aptitude_score.recorded", "application", application_id,
                    std::to_string(recorded.score) + "/" + std::to_string(test->maximum_score) + " track " +
                        std::to_string(recorded.track_id)});
        advance_applications(unit, {application}, domain::ApplicationStage::TestTaken, "aptitude score");
        return id;
    });
}

} // namespace tremplin::service
