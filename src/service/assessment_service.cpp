#include "service/assessment_service.hpp"

#include "domain/text.hpp"
#include "service/cohort_scope.hpp"
#include "store/assessment_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

// A trainer reads and records the results of the cohorts where she teaches at least one lesson;
// any other cohort is not found (service/cohort_scope.hpp).
Result<ResultsGrid> load_grid(UnitOfWork& unit, long long cohort_id, long long module_id)
{
    auto const organisation_id = unit.organisation_id();
    TRY(CohortScope::of(unit).require(cohort_id));
    auto cohort = TRY(found(unit.repository<store::CohortRepository>().find(organisation_id, cohort_id)));
    auto version =
        unit.repository<store::TrackRepository>().version(organisation_id, cohort.track_version_id);
    if (!version || version->modules.empty())
        return fail(Error::not_found());
    auto const module = module_id == 0 ? version->modules.begin()
                                       : std::ranges::find(version->modules, module_id, &domain::Module::id);
    if (module == version->modules.end())
        return fail(Error::not_found());
    ResultsGrid grid{std::move(cohort), *module, version->modules, {}, {}, {}};
    grid.trainees = unit.repository<store::EnrolmentRepository>().of_cohort(organisation_id, cohort_id);
    for (auto const& result :
         unit.repository<store::AssessmentRepository>().of_module(cohort_id, grid.module.id))
        grid.results[result.enrolment_id] = result;
    return grid;
}

// The enrolment and the tracks she may be recommended, if it is an orientation enrolment.
Result<RecommendationForm> load_recommendation_form(UnitOfWork& unit, long long enrolment_id)
{
    auto const organisation_id = unit.organisation_id();
    auto enrolment =
        TRY(found(unit.repository<store::EnrolmentRepository>().view(organisation_id, enrolment_id)));
    auto const cohort =
        unit.repository<store::CohortRepository>().find(organisation_id, enrolment.enrolment.cohort_id);
    auto tracks = unit.repository<store::TrackRepository>();
    auto const track = cohort ? tracks.find(organisation_id, cohort->track_id) : std::nullopt;
    if (!track || track->kind != domain::TrackKind::Orientation)
        return fail(Error{domain::ErrorCode::Conflict, "errors.orientation.not_orientation", {}});
    RecommendationForm form{std::move(enrolment), {}, {}};
    for (auto& candidate : tracks.all(organisation_id))
        if (candidate.active && candidate.kind != domain::TrackKind::Orientation)
            form.tracks.push_back(std::move(candidate));
    form.current = unit.repository<store::AssessmentRepository>().recommendation(enrolment_id);
    return form;
}

std::string summary_of(domain::ModuleResult const& result)
{
    auto text = std::string(domain::code_of(result.outcome.value_or(domain::ModuleOutcome::Failed)));
    if (result.score)
        text += " " + std::to_string(*result.score);
    return text;
}

} // namespace

Result<ResultsGrid> AssessmentService::grid(Actor const& actor, long long cohort_id, long long module_id)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<ResultsGrid> {
        auto grid = TRY(load_grid(unit, cohort_id, module_id));
        grid.may.record = actor.can(Permission::TakeAttendance);
        return grid;
    });
}

Result<void> AssessmentService::may_add_exam(Actor const& actor) const
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    return {};
}

Result<void> AssessmentService::save_results(Actor const& actor, long long cohort_id, long long module_id,
                                             std::vector<domain::ModuleResult> results)
{
    return m_units.write(actor, Permission::TakeAttendance, [&](UnitOfWork& unit) -> Result<void> {
        auto const grid = TRY(load_grid(unit, cohort_id, module_id));
        std::vector<domain::FieldError> errors;
        for (auto& result : results) {
            result.module_id = grid.module.id;
            if (result.assessed_on == domain::Date())
                result.assessed_on = unit.clock().today();
            if (std::ranges::find(grid.trainees, result.enrolment_id, [](store::EnrolmentView const& view) {
                    return view.enrolment.id;
                }) == grid.trainees.end()) {
                errors.push_back({"results", "errors.results.not_in_cohort"});
                continue;
            }
            auto row_errors = domain::validate_module_result(result);
            errors.insert(errors.end(), row_errors.begin(), row_errors.end());
        }
        if (!errors.empty())
            return fail(Error::invalid(std::move(errors)));
        auto repository = unit.repository<store::AssessmentRepository>();
        for (auto const& result : results) {
            auto const before = grid.results.find(result.enrolment_id);
            if (before != grid.results.end() && before->second.outcome == result.outcome &&
                before->second.score == result.score)
                continue; // unchanged: neither rewritten nor audited
            repository.replace(unit.organisation_id(), result, actor.account.id, unit.clock().now_iso());
            if (before == grid.results.end())
                unit.audit({"module_result.recorded", "enrolment", result.enrolment_id,
                            "module " + std::to_string(result.module_id) + ": " + summary_of(result)});
            else
                unit.audit({"module_result.replaced", "enrolment", result.enrolment_id,
                            "module " + std::to_string(result.module_id) + ": " + summary_of(before->second) +
                                " -> " + summary_of(result)});
        }
        return {};
    });
}

Result<std::vector<domain::CertificationExam>> AssessmentService::exams_of(Actor const& actor,
                                                                           long long participant_id)
{
    return m_units.read(actor, Permission::ViewParticipants,
                        [&](UnitOfWork& unit) -> Result<std::vector<domain::CertificationExam>> {
                            return unit.repository<store::AssessmentRepository>().exams_of(
                                unit.organisation_id(), participant_id);
                        });
}

Result<long long> AssessmentService::add_exam(Actor const& actor, domain::CertificationExam exam)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    exam.provider = std::string(domain::trimmed(exam.provider));
    exam.exam_code = std::string(domain::trimmed(exam.exam_code));
    exam.voucher_number = std::string(domain::trimmed(exam.voucher_number));
    if (auto errors = domain::validate_exam(exam); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<long long> {
        auto const organisation_id = unit.organisation_id();
        TRY(found(
            unit.repository<store::ParticipantRepository>().find(organisation_id, exam.participant_id)));
        if (exam.enrolment_id) {
            auto const enrolment =
                unit.repository<store::EnrolmentRepository>().find(organisation_id, exam.enrolment_id);
            if (!enrolment || enrolment->participant_id != exam.participant_id)
                return fail(Error::invalid({{"enrolment_id", "errors.exams.enrolment_not_hers"}}));
        }
        exam.organisation_id = organisation_id;
        auto const id = unit.repository<store::AssessmentRepository>().insert_exam(exam, actor.account.id,
                                                                                   unit.clock().now_iso());
        unit.audit({"certification_exam.recorded", "participant", exam.participant_id,
                    exam.provider + " " + exam.exam_code + " " +
                        std::string(domain::code_of(exam.result.value_or(domain::ExamResult::Pending)))});
        return id;
    });
}

Result<RecommendationForm> AssessmentService::recommendation_form(Actor const& actor, long long enrolment_id)
{
    return m_units.read(actor, Permission::ManageCohorts,
                        [&](UnitOfWork& unit) { return load_recommendation_form(unit, enrolment_id); });
}

Result<void> AssessmentService::recommend(Actor const& actor, long long enrolment_id,
                                          std::vector<long long> track_ids, std::string note)
{
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<void> {
        auto const form = TRY(load_recommendation_form(unit, enrolment_id));
        if (auto refused =
                domain::control_characters_error("note", domain::trimmed(note), domain::Lines::Several))
            return fail(Error::invalid({std::move(*refused)}));
        std::ranges::sort(track_ids);
        auto const repeated = std::ranges::unique(track_ids);
        track_ids.erase(repeated.begin(), repeated.end());
        if (track_ids.empty())
            return fail(Error::invalid({{"track_ids", "errors.orientation.track_missing"}}));
        std::string codes;
        for (auto const id : track_ids) {
            auto const track = std::ranges::find(form.tracks, id, &domain::Track::id);
            if (track == form.tracks.end())
                return fail(Error::invalid({{"track_ids", "errors.orientation.track_not_offered"}}));
            codes += (codes.empty() ? "" : ", ") + track->code;
        }
        unit.repository<store::AssessmentRepository>().replace_recommendations(
            unit.organisation_id(), enrolment_id, track_ids, std::string(domain::trimmed(note)),
            unit.clock().today(), actor.account.id);
        unit.audit({"orientation.recommended", "enrolment", enrolment_id, codes});
        return {};
    });
}

Result<std::vector<store::Recommendation>> AssessmentService::recommendations_of(Actor const& actor,
                                                                                 long long participant_id)
{
    return m_units.read(actor, Permission::ViewParticipants,
                        [&](UnitOfWork& unit) -> Result<std::vector<store::Recommendation>> {
                            return unit.repository<store::AssessmentRepository>().recommendations_of(
                                unit.organisation_id(), participant_id);
                        });
}

Result<std::vector<long long>> AssessmentService::orientation_enrolments(Actor const& actor,
                                                                         long long participant_id)
{
    return m_units.read(actor, Permission::ViewParticipants,
                        [&](UnitOfWork& unit) -> Result<std::vector<long long>> {
                            return unit.repository<store::AssessmentRepository>().orientation_enrolments(
                                unit.organisation_id(), participant_id);
                        });
}

} // namespace tremplin::service
