#include "service/application_service.hpp"

#include "domain/participant_fields.hpp"
#include "locale/countries.hpp"
#include "service/outbox_service.hpp"
#include "service/public_record.hpp"
#include "service/secrets.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::ApplicationQuestion;
using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

Error draft_not_found()
{
    return {ErrorCode::NotFound, "errors.apply.link_unknown", {}};
}

// A reference no other application has.
std::string fresh_reference(store::ApplicationRepository& applications, int year)
{
    for (;;) {
        auto const random = random_token();
        auto const reference = domain::application_reference(
            year, std::span(reinterpret_cast<unsigned char const*>(random.data()), random.size()));
        if (!applications.reference_taken(reference))
            return reference;
    }
}

} // namespace

ApplicationService::ApplicationService(store::Database& database, Clock const& clock, IntakeService& intakes,
                                       PublicDesk const& desk, std::vector<std::string> languages)
    : m_units(database, clock), m_clock(clock), m_intakes(intakes), m_desk(desk),
      m_languages(std::move(languages))
{
}

domain::ValidationContext ApplicationService::validation_context() const
{
    return {
        m_clock.today(), [](std::string_view code) { return locale::is_country_code(code); },
        [this](std::string_view code) { return std::ranges::find(m_languages, code) != m_languages.end(); }};
}

Result<std::string> ApplicationService::start(long long intake_id, std::string const& language,
                                              std::string const& remote_address)
{
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<std::string> {
        auto& connection = unit.connection();
        auto const centre = TRY(found(PublicDesk::centre(connection)));
        auto const offer = TRY(found(m_intakes.offer(connection, centre, intake_id)));
        if (!offer.intake.open_on(m_clock.today()))
            return fail({ErrorCode::Conflict, "errors.apply.intake_closed", {}});
        TRY(m_desk.admit(connection, centre, "application", remote_address));

        auto token = random_token();
        auto applications = unit.repository<store::ApplicationRepository>();
        auto const now = m_clock.now_iso();
        auto const id = applications.insert_draft(centre, intake_id, token_hash(token), language, now);
        // She is reading the form in the language she will most likely want letters in.
        applications.save_answers(
            id, {{std::string(domain::participant_fields::preferred_language), language}}, now);
        return token;
    });
}

Result<ApplicationForm> ApplicationService::form(std::string const& token)
{
    return m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<ApplicationForm> {
        auto draft = unit.repository<store::ApplicationRepository>().find_by_token_hash(token_hash(token));
        if (!draft)
            return fail(draft_not_found());
        auto offer = m_intakes.offer(unit.connection(), draft->organisation_id, draft->intake_id);
        if (!offer)
            return fail(draft_not_found());
        return ApplicationForm{draft->id, draft->language, draft->reference, std::move(draft->answers),
                               std::move(*offer)};
    });
}

Result<void> ApplicationService::answer(std::string const& token, ApplicationQuestion question,
                                        domain::ApplicationAnswers const& typed)
{
    auto const draft = TRY(form(token));
    if (!draft.reference.empty())
        return fail({ErrorCode::Conflict, "errors.apply.already_sent", {}});

    auto answers = draft.answers;
    std::vector<std::pair<std::string, std::string>> page;
    for (auto const field : domain::fields_of(question)) {
        page.emplace_back(std::string(field), std::string(typed[field]));
        answers.set(field, std::string(typed[field]));
    }
    auto problems = domain::problems_on(question, answers, validation_context(), draft.offer.intake);
    if (!problems.empty())
        return fail(Error::invalid(std::move(problems)));

    return m_units.write(NoActor{draft.offer.intake.organisation_id}, [&](UnitOfWork& unit) -> Result<void> {
        unit.repository<store::ApplicationRepository>().save_answers(draft.application_id, page,
                                                                     m_clock.now_iso());
        return {};
    });
}

Result<std::string> ApplicationService::submit(std::string const& token, std::string const& remote_address)
{
    auto const draft = TRY(form(token));
    if (!draft.reference.empty())
        return draft.reference;
    auto const context = validation_context();
    auto const complete = TRY(domain::check_application(draft.answers, context, draft.offer.intake));

    auto const organisation_id = draft.offer.intake.organisation_id;
    return m_units.write(NoActor{organisation_id}, [&](UnitOfWork& unit) -> Result<std::string> {
        auto& connection = unit.connection();
        TRY(m_desk.admit(connection, organisation_id, "application", remote_address));
        auto const applicant =
            record_from_public_page(connection, m_clock, organisation_id, complete.applicant, "application");
        auto applications = unit.repository<store::ApplicationRepository>();
        auto const reference = fresh_reference(applications, m_clock.today().year());
        applications.submit(draft.application_id, reference, applicant.participant_id, complete.choices,
                            m_clock.now_iso());
        domain::Letter received;
        received.organisation_id = organisation_id;
        received.participant_id = applicant.participant_id;
        received.application_id = draft.application_id;
        received.kind = domain::LetterKind::ApplicationReceived;
        received.language = complete.applicant.preferred_language;
        received.email = complete.applicant.email;
        received.facts = {{"first_name", complete.applicant.first_name}, {"reference", reference}};
        queue_letter(connection, m_clock, std::move(received));
        unit.audit({"application.submitted", "application", draft.application_id,
                    applicant.possible_matches ? "possible match of a known record" : "new record"});
        return reference;
    });
}

long long ApplicationService::forget_stale_drafts()
{
    return m_units
        .write(NoActor{},
               [&](UnitOfWork& unit) -> Result<long long> {
                   auto const before = domain::iso_timestamp(unit.clock().now() -
                                                             std::chrono::days(domain::draft_lifetime_days));
                   return unit.repository<store::ApplicationRepository>().delete_drafts_untouched_since(
                       before);
               })
        .value();
}

Result<Pipeline> ApplicationService::pipeline(Actor const& actor, PipelineQuery const& query)
{
    return m_units.read(actor, Permission::ViewParticipants, [&](UnitOfWork& unit) -> Result<Pipeline> {
        Pipeline pipeline;
        pipeline.applications =
            unit.repository<store::ApplicationRepository>().list({.organisation_id = unit.organisation_id(),
                                                                  .intake_id = query.intake_id,
                                                                  .stage = query.stage,
                                                                  .cohort_id = query.cohort_id});
        unit.audit({"applications.listed", "application", std::nullopt,
                    audit_detail({{"rows", std::to_string(pipeline.applications.size())},
                                  {"intake", query.intake_id ? std::to_string(*query.intake_id) : ""},
                                  {"stage", query.stage ? std::string(domain::code_of(*query.stage)) : ""},
                                  {"cohort", query.cohort_id ? std::to_string(*query.cohort_id) : ""}})});
        pipeline.may.move = actor.can(Permission::EditParticipants);
        pipeline.may.manage_priority = actor.can(Permission::ManagePriority);
        pipeline.may.manage_tests = actor.can(Permission::ManageCatalogue);
        return pipeline;
    });
}

Result<std::vector<store::ApplicationSummary>> ApplicationService::of_participant(Actor const& actor,
                                                                                  long long participant_id)
{
    return m_units.read(
        actor, Permission::ViewParticipants,
        [&](UnitOfWork& unit) -> Result<std::vector<store::ApplicationSummary>> {
            return unit.repository<store::ApplicationRepository>().list(
                {.organisation_id = unit.organisation_id(), .participant_id = participant_id});
        });
}

Result<ApplicationDetails> ApplicationService::application(Actor const& actor, long long id)
{
    // A write: reading her application is audited.
    return m_units.write(
        actor, Permission::ViewParticipants, [&](UnitOfWork& unit) -> Result<ApplicationDetails> {
            auto applications = unit.repository<store::ApplicationRepository>();
            auto summary = TRY(found(applications.find(unit.organisation_id(), id)));
            auto offer = m_intakes.offer(unit.connection(), unit.organisation_id(), summary.intake_id);
            ApplicationDetails details{
                std::move(summary), applications.answers(id), offer.value_or(IntakeOffer{}), {}, {}};
            details.sees.special_categories = actor.can(Permission::ViewSpecialCategories);
            if (!details.sees.special_categories)
                domain::withhold_special_categories(details.answers);
            details.may.edit = actor.can(Permission::EditParticipants);
            details.may.see_admission = actor.can(Permission::AdmitApplicants);
            unit.audit({"application.viewed", "application", id, {}});
            return details;
        });
}

void advance_applications(UnitOfWork& unit, std::vector<store::ApplicationSummary> const& applications,
                          domain::ApplicationStage stage, std::string_view cause)
{
    auto repository = unit.repository<store::ApplicationRepository>();
    auto const now = unit.clock().now_iso();
    for (auto const& application : applications) {
        if (application.reference.empty() || application.stage >= stage ||
            !domain::may_move(application.stage, stage, domain::ApplicationMover::Staff))
            continue;
        repository.move(unit.organisation_id(), application.id, stage, now);
        unit.audit({"application.moved", "application", application.id,
                    std::string(domain::code_of(application.stage)) + " -> " +
                        std::string(domain::code_of(stage)) + " (" + std::string(cause) + ")"});
    }
}

Result<void> ApplicationService::may_move(Actor const& actor) const
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    return {};
}

Result<int> ApplicationService::move(Actor const& actor, std::vector<long long> const& ids,
                                     domain::ApplicationStage stage)
{
    // A page of the pipeline holds 100; more at once is no coordinator's click, and would hold
    // the write lock for as long as it takes.
    if (ids.size() > domain::applications_moved_at_once)
        return fail(Error{ErrorCode::InvalidInput,
                          "errors.application.too_many_at_once",
                          {{"ids", "errors.application.too_many_at_once"}}});
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<int> {
        auto applications = unit.repository<store::ApplicationRepository>();
        auto const now = unit.clock().now_iso();
        int moved = 0;
        for (auto const id : ids) {
            auto const current = TRY(found(applications.find(unit.organisation_id(), id)));
            if (current.stage == stage)
                continue;
            TRY(domain::may_move(current.stage, stage, domain::ApplicationMover::Staff));
            applications.move(unit.organisation_id(), id, stage, now);
            unit.audit(
                {"application.moved", "application", id,
                 std::string(domain::code_of(current.stage)) + " -> " + std::string(domain::code_of(stage))});
            ++moved;
        }
        return moved;
    });
}

} // namespace tremplin::service
