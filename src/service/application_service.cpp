#include "service/application_service.hpp"

#include "locale/countries.hpp"
#include "service/audit_trail.hpp"
#include "service/known_person.hpp"
#include "service/outbox_service.hpp"
#include "service/secrets.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::ApplicationQuestion;
using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::Permission;

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
    : m_database(database), m_clock(clock), m_intakes(intakes), m_desk(desk),
      m_languages(std::move(languages))
{
}

domain::ValidationContext ApplicationService::validation_context() const
{
    return {
        m_clock.today(), [](std::string_view code) { return locale::is_country_code(code); },
        [this](std::string_view code) { return std::ranges::find(m_languages, code) != m_languages.end(); }};
}

domain::Result<std::string> ApplicationService::start(long long intake_id, std::string const& language,
                                                      std::string const& remote_address)
{
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    auto const centre = PublicDesk::centre(connection);
    if (!centre)
        return fail(Error::not_found());
    auto const offer = m_intakes.offer(connection, *centre, intake_id);
    if (!offer)
        return fail(Error::not_found());
    if (!offer->intake.open_on(m_clock.today()))
        return fail({ErrorCode::Conflict, "errors.apply.intake_closed", {}});
    if (auto admitted = m_desk.admit(connection, *centre, "application", remote_address); !admitted)
        return fail(std::move(admitted.error()));

    auto token = random_token();
    store::ApplicationRepository applications(connection);
    auto const now = m_clock.now_iso();
    auto const id = applications.insert_draft(*centre, intake_id, token_hash(token), language, now);
    // She is reading the form in the language she will most likely want letters in.
    applications.save_answers(id, {{std::string(domain::participant_fields::preferred_language), language}},
                              now);
    transaction.commit();
    return token;
}

domain::Result<ApplicationForm> ApplicationService::form(std::string const& token)
{
    auto connection = m_database.connect();
    auto draft = store::ApplicationRepository(connection).find_by_token_hash(token_hash(token));
    if (!draft)
        return fail(draft_not_found());
    auto offer = m_intakes.offer(connection, draft->organisation_id, draft->intake_id);
    if (!offer)
        return fail(draft_not_found());
    return ApplicationForm{draft->id, draft->language, draft->reference, std::move(draft->answers),
                           std::move(*offer)};
}

domain::Result<void> ApplicationService::answer(std::string const& token, ApplicationQuestion question,
                                                domain::ApplicationAnswers const& typed)
{
    auto const draft = form(token);
    if (!draft)
        return fail(draft.error());
    if (!draft->reference.empty())
        return fail({ErrorCode::Conflict, "errors.apply.already_sent", {}});

    auto answers = draft->answers;
    std::vector<std::pair<std::string, std::string>> page;
    for (auto const field : domain::fields_of(question)) {
        page.emplace_back(std::string(field), std::string(typed[field]));
        answers.set(field, std::string(typed[field]));
    }
    auto problems = domain::problems_on(question, answers, validation_context(), draft->offer.intake);
    if (!problems.empty())
        return fail(Error::invalid(std::move(problems)));

    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::ApplicationRepository(connection).save_answers(draft->application_id, page, m_clock.now_iso());
    transaction.commit();
    return {};
}

domain::Result<std::string> ApplicationService::submit(std::string const& token,
                                                       std::string const& remote_address)
{
    auto const draft = form(token);
    if (!draft)
        return fail(draft.error());
    if (!draft->reference.empty())
        return draft->reference;
    auto const context = validation_context();
    auto complete = domain::check_application(draft->answers, context, draft->offer.intake);
    if (!complete)
        return fail(std::move(complete.error()));

    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    auto const organisation_id = draft->offer.intake.organisation_id;
    if (auto admitted = m_desk.admit(connection, organisation_id, "application", remote_address); !admitted)
        return fail(std::move(admitted.error()));
    auto const applicant =
        attach_or_register(connection, m_clock, organisation_id, complete->applicant, context, "application");
    store::ApplicationRepository applications(connection);
    auto const reference = fresh_reference(applications, m_clock.today().year());
    applications.submit(draft->application_id, reference, applicant.participant_id, complete->choices,
                        m_clock.now_iso());
    domain::Letter received;
    received.organisation_id = organisation_id;
    received.participant_id = applicant.participant_id;
    received.application_id = draft->application_id;
    received.kind = domain::LetterKind::ApplicationReceived;
    received.language = complete->applicant.preferred_language;
    received.email = complete->applicant.email;
    received.facts = {{"first_name", complete->applicant.first_name}, {"reference", reference}};
    queue_letter(connection, m_clock, std::move(received));
    record_system_audit(connection, m_clock, organisation_id,
                        {"application.submitted", "application", draft->application_id,
                         applicant.was_known ? "attached to a known record" : "new record"});
    transaction.commit();
    return reference;
}

domain::Result<std::vector<store::ApplicationSummary>>
ApplicationService::pipeline(Actor const& actor, PipelineQuery const& query)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::ApplicationRepository(connection)
        .list({.organisation_id = actor.organisation_id(),
               .intake_id = query.intake_id,
               .stage = query.stage,
               .cohort_id = query.cohort_id});
}

domain::Result<std::vector<store::ApplicationSummary>>
ApplicationService::of_participant(Actor const& actor, long long participant_id)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::ApplicationRepository(connection)
        .list({.organisation_id = actor.organisation_id(), .participant_id = participant_id});
}

domain::Result<ApplicationDetails> ApplicationService::application(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::ApplicationRepository applications(connection);
    auto summary = applications.find(actor.organisation_id(), id);
    if (!summary)
        return fail(Error::not_found());
    auto offer = m_intakes.offer(connection, actor.organisation_id(), summary->intake_id);
    ApplicationDetails details{std::move(*summary), applications.answers(id), offer.value_or(IntakeOffer{})};
    record_audit(connection, m_clock, actor, {"application.viewed", "application", id, {}});
    transaction.commit();
    return details;
}

void advance_applications(store::Connection& connection, Clock const& clock, Actor const& actor,
                          std::vector<store::ApplicationSummary> const& applications,
                          domain::ApplicationStage stage, std::string_view cause)
{
    store::ApplicationRepository repository(connection);
    auto const now = clock.now_iso();
    for (auto const& application : applications) {
        if (application.reference.empty() || application.stage >= stage)
            continue;
        repository.move(actor.organisation_id(), application.id, stage, now);
        record_audit(connection, clock, actor,
                     {"application.moved", "application", application.id,
                      std::string(domain::code_of(application.stage)) + " -> " +
                          std::string(domain::code_of(stage)) + " (" + std::string(cause) + ")"});
    }
}

domain::Result<int> ApplicationService::move(Actor const& actor, std::vector<long long> const& ids,
                                             domain::ApplicationStage stage)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::ApplicationRepository applications(connection);
    auto const now = m_clock.now_iso();
    int moved = 0;
    for (auto const id : ids) {
        auto const current = applications.find(actor.organisation_id(), id);
        if (!current)
            return fail(Error::not_found());
        if (current->stage == stage)
            continue;
        applications.move(actor.organisation_id(), id, stage, now);
        record_audit(
            connection, m_clock, actor,
            {"application.moved", "application", id,
             std::string(domain::code_of(current->stage)) + " -> " + std::string(domain::code_of(stage))});
        ++moved;
    }
    transaction.commit();
    return moved;
}

} // namespace tremplin::service
