#include "service/aptitude_service.hpp"

#include "domain/text.hpp"
#include "service/application_service.hpp"
#include "service/audit_trail.hpp"
#include "store/application_repository.hpp"
#include "store/aptitude_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::FieldError;
using domain::Permission;
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

} // namespace

domain::Result<std::vector<TrackAptitude>> AptitudeService::tests(Actor const& actor)
{
    if (!actor.can(Permission::ViewParticipants) && !actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    auto const tests = store::AptitudeRepository(connection).tests(actor.organisation_id());
    std::vector<TrackAptitude> tracks;
    for (auto& track : store::TrackRepository(connection).all(actor.organisation_id())) {
        auto const test = tests.find(track.id);
        if (!track.active && test == tests.end())
            continue;
        tracks.push_back(
            {std::move(track), test == tests.end() ? std::nullopt : std::optional(test->second)});
    }
    return tracks;
}

domain::Result<void> AptitudeService::save_tests(Actor const& actor,
                                                 std::vector<AptitudeTestInput> const& typed)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
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
        auto const pass = read_score(row.pass_mark, prefix + "pass_mark", "errors.aptitude.pass_mark_missing",
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

    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::TrackRepository tracks(connection);
    store::AptitudeRepository aptitude(connection);
    auto const current = aptitude.tests(actor.organisation_id());
    auto const now = m_clock.now_iso();
    for (auto const& [track_id, test] : tests) {
        auto const track = tracks.find(actor.organisation_id(), track_id);
        if (!track)
            return fail(Error::not_found());
        auto const before = current.find(track_id);
        bool const unchanged = before == current.end()
                                   ? !test
                                   : test && test->maximum_score == before->second.maximum_score &&
                                         test->pass_mark == before->second.pass_mark;
        if (unchanged)
            continue;
        aptitude.set_test(actor.organisation_id(), track_id, test, now);
        record_audit(connection, m_clock, actor,
                     {"aptitude_test.changed", "track", track_id,
                      test ? std::to_string(test->pass_mark) + "/" + std::to_string(test->maximum_score)
                           : std::string("none")});
    }
    transaction.commit();
    return {};
}

domain::Result<long long> AptitudeService::record_score(Actor const& actor, long long application_id,
                                                        AptitudeScoreInput const& typed)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto const organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    auto const application = store::ApplicationRepository(connection).find(organisation_id, application_id);
    if (!application)
        return fail(Error::not_found());

    std::vector<FieldError> errors;
    // Only the track of a cohort she chose, and one with a test, can be scored.
    std::optional<domain::AptitudeTest> test;
    store::AptitudeRepository aptitude(connection);
    auto const track_id = whole_number(typed.track_id);
    if (track_id) {
        store::CohortRepository cohorts(connection);
        bool const chosen = std::ranges::any_of(application->choices, [&](long long cohort_id) {
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
    domain::AptitudeScore recorded{0, application_id, track_id.value_or(0), taken_on.value_or(domain::Date()),
                                   score.value_or(0)};
    if (test && taken_on && score)
        for (auto const& error : domain::check_aptitude_score(recorded, *test, m_clock.today()))
            errors.push_back(error);
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));

    auto const id = aptitude.insert_score(organisation_id, recorded, actor.account.id, m_clock.now_iso());
    record_audit(connection, m_clock, actor,
                 {"aptitude_score.recorded", "application", application_id,
                  std::to_string(recorded.score) + "/" + std::to_string(test->maximum_score) + " track " +
                      std::to_string(recorded.track_id)});
    advance_applications(connection, m_clock, actor, {*application}, domain::ApplicationStage::TestTaken,
                         "aptitude score");
    transaction.commit();
    return id;
}

} // namespace tremplin::service
