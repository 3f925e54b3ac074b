#include "service/assessment_service.hpp"

#include "domain/text.hpp"
#include "service/audit_trail.hpp"
#include "store/assessment_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/lesson_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::Permission;
using store::Transaction;

namespace {

domain::Result<ResultsGrid> load_grid(store::Connection& connection, Actor const& actor, long long cohort_id,
                                      long long module_id)
{
    auto cohort = store::CohortRepository(connection).find(actor.organisation_id(), cohort_id);
    if (!cohort)
        return fail(Error::not_found());
    auto version =
        store::TrackRepository(connection).version(actor.organisation_id(), cohort->track_version_id);
    if (!version || version->modules.empty())
        return fail(Error::not_found());
    auto const module = module_id == 0 ? version->modules.begin()
                                       : std::ranges::find(version->modules, module_id, &domain::Module::id);
    if (module == version->modules.end())
        return fail(Error::not_found());
    ResultsGrid grid{std::move(*cohort), *module, version->modules, {}, {}};
    grid.trainees = store::EnrolmentRepository(connection).of_cohort(actor.organisation_id(), cohort_id);
    for (auto const& result : store::AssessmentRepository(connection).of_module(cohort_id, grid.module.id))
        grid.results[result.enrolment_id] = result;
    return grid;
}

// The enrolment and the tracks she may be recommended, if it is an orientation enrolment.
domain::Result<RecommendationForm> load_recommendation_form(store::Connection& connection, Actor const& actor,
                                                            long long enrolment_id)
{
    auto enrolment = store::EnrolmentRepository(connection).view(actor.organisation_id(), enrolment_id);
    if (!enrolment)
        return fail(Error::not_found());
    auto const cohort =
        store::CohortRepository(connection).find(actor.organisation_id(), enrolment->enrolment.cohort_id);
    store::TrackRepository tracks(connection);
    auto const track = cohort ? tracks.find(actor.organisation_id(), cohort->track_id) : std::nullopt;
    if (!track || track->kind != domain::TrackKind::Orientation)
        return fail(Error{domain::ErrorCode::Conflict, "errors.orientation.not_orientation", {}});
    RecommendationForm form{std::move(*enrolment), {}, {}};
    for (auto& candidate : tracks.all(actor.organisation_id()))
        if (candidate.active && candidate.kind != domain::TrackKind::Orientation)
            form.tracks.push_back(std::move(candidate));
    form.current = store::AssessmentRepository(connection).recommendation(enrolment_id);
    return form;
}

// A trainer records the results of the cohorts where she teaches at least one lesson; other
// roles that may record, of every cohort.
bool teaches_in(store::Connection& connection, Actor const& actor, long long cohort_id)
{
    if (actor.account.role != domain::Role::Trainer)
        return true;
    auto const trainer =
        store::TrainerRepository(connection).find_by_account(actor.organisation_id(), actor.account.id);
    if (!trainer)
        return false;
    auto const lessons = store::LessonRepository(connection).of_cohort(actor.organisation_id(), cohort_id);
    return std::ranges::any_of(
        lessons, [&](store::LessonView const& view) { return view.lesson.trainer_id == trainer->id; });
}

std::string summary_of(domain::ModuleResult const& result)
{
    auto text = std::string(domain::code_of(result.outcome.value_or(domain::ModuleOutcome::Failed)));
    if (result.score)
        text += " " + std::to_string(*result.score);
    return text;
}

} // namespace

domain::Result<ResultsGrid> AssessmentService::grid(Actor const& actor, long long cohort_id,
                                                    long long module_id)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return load_grid(connection, actor, cohort_id, module_id);
}

domain::Result<void> AssessmentService::save_results(Actor const& actor, long long cohort_id,
                                                     long long module_id,
                                                     std::vector<domain::ModuleResult> results)
{
    if (!actor.can(Permission::TakeAttendance))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    auto const grid = load_grid(connection, actor, cohort_id, module_id);
    if (!grid)
        return fail(grid.error());
    if (!teaches_in(connection, actor, grid->cohort.id))
        return fail(Error::forbidden());
    std::vector<domain::FieldError> errors;
    for (auto& result : results) {
        result.module_id = grid->module.id;
        if (result.assessed_on == domain::Date())
            result.assessed_on = m_clock.today();
        if (std::ranges::find(grid->trainees, result.enrolment_id, [](store::EnrolmentView const& view) {
                return view.enrolment.id;
            }) == grid->trainees.end()) {
            errors.push_back({"results", "errors.results.not_in_cohort"});
            continue;
        }
        auto row_errors = domain::validate_module_result(result);
        errors.insert(errors.end(), row_errors.begin(), row_errors.end());
    }
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    store::AssessmentRepository repository(connection);
    for (auto const& result : results) {
        auto const before = grid->results.find(result.enrolment_id);
        if (before != grid->results.end() && before->second.outcome == result.outcome &&
            before->second.score == result.score)
            continue; // unchanged: neither rewritten nor audited
        repository.replace(actor.organisation_id(), result, actor.account.id, m_clock.now_iso());
        if (before == grid->results.end())
            record_audit(connection, m_clock, actor,
                         {"module_result.recorded", "enrolment", result.enrolment_id,
                          "module " + std::to_string(result.module_id) + ": " + summary_of(result)});
        else
            record_audit(connection, m_clock, actor,
                         {"module_result.replaced", "enrolment", result.enrolment_id,
                          "module " + std::to_string(result.module_id) + ": " + summary_of(before->second) +
                              " -> " + summary_of(result)});
    }
    transaction.commit();
    return {};
}

domain::Result<std::vector<domain::CertificationExam>> AssessmentService::exams_of(Actor const& actor,
                                                                                   long long participant_id)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::AssessmentRepository(connection).exams_of(actor.organisation_id(), participant_id);
}

domain::Result<long long> AssessmentService::add_exam(Actor const& actor, domain::CertificationExam exam)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    exam.provider = std::string(domain::trimmed(exam.provider));
    exam.exam_code = std::string(domain::trimmed(exam.exam_code));
    exam.voucher_number = std::string(domain::trimmed(exam.voucher_number));
    if (auto errors = domain::validate_exam(exam); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    if (!store::ParticipantRepository(connection).find(actor.organisation_id(), exam.participant_id))
        return fail(Error::not_found());
    if (exam.enrolment_id) {
        auto const enrolment =
            store::EnrolmentRepository(connection).find(actor.organisation_id(), exam.enrolment_id);
        if (!enrolment || enrolment->participant_id != exam.participant_id)
            return fail(Error::invalid({{"enrolment_id", "errors.exams.enrolment_not_hers"}}));
    }
    exam.organisation_id = actor.organisation_id();
    auto const id =
        store::AssessmentRepository(connection).insert_exam(exam, actor.account.id, m_clock.now_iso());
    record_audit(connection, m_clock, actor,
                 {"certification_exam.recorded", "participant", exam.participant_id,
                  exam.provider + " " + exam.exam_code + " " +
                      std::string(domain::code_of(exam.result.value_or(domain::ExamResult::Pending)))});
    transaction.commit();
    return id;
}

domain::Result<RecommendationForm> AssessmentService::recommendation_form(Actor const& actor,
                                                                          long long enrolment_id)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return load_recommendation_form(connection, actor, enrolment_id);
}

domain::Result<void> AssessmentService::recommend(Actor const& actor, long long enrolment_id,
                                                  std::vector<long long> track_ids, std::string note)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    auto const form = load_recommendation_form(connection, actor, enrolment_id);
    if (!form)
        return fail(form.error());
    std::ranges::sort(track_ids);
    auto const repeated = std::ranges::unique(track_ids);
    track_ids.erase(repeated.begin(), repeated.end());
    if (track_ids.empty())
        return fail(Error::invalid({{"track_ids", "errors.orientation.track_missing"}}));
    std::string codes;
    for (auto const id : track_ids) {
        auto const track = std::ranges::find(form->tracks, id, &domain::Track::id);
        if (track == form->tracks.end())
            return fail(Error::invalid({{"track_ids", "errors.orientation.track_not_offered"}}));
        codes += (codes.empty() ? "" : ", ") + track->code;
    }
    store::AssessmentRepository(connection)
        .replace_recommendations(actor.organisation_id(), enrolment_id, track_ids,
                                 std::string(domain::trimmed(note)), m_clock.today(), actor.account.id);
    record_audit(connection, m_clock, actor, {"orientation.recommended", "enrolment", enrolment_id, codes});
    transaction.commit();
    return {};
}

domain::Result<std::vector<store::Recommendation>>
AssessmentService::recommendations_of(Actor const& actor, long long participant_id)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::AssessmentRepository(connection)
        .recommendations_of(actor.organisation_id(), participant_id);
}

domain::Result<std::vector<long long>> AssessmentService::orientation_enrolments(Actor const& actor,
                                                                                 long long participant_id)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::AssessmentRepository(connection)
        .orientation_enrolments(actor.organisation_id(), participant_id);
}

} // namespace tremplin::service
