// The result of an admission round: who is admitted where, each cohort's waitlist and why
// each woman got what she got; staff confirm it, record a declined seat and re-run the round to
// fill it. The round can be downloaded as the input of `tremplin match` for an audit.

#include "service/admission_allocation.hpp"
#include "web/application.hpp"
#include "web/form_view.hpp"
#include "web/pages/admission_display.hpp"
#include "web/pages/admission_pages.hpp"
#include "web/pages/priority_display.hpp"
#include "web/paths.hpp"

#include <map>

#include <nlohmann/json.hpp>

namespace tremplin::web::pages::admission {

namespace {

using domain::AdmissionRound;

using domain::ChoiceOutcome;

using domain::RoundStatus;

// The applicants' names and references, and the intake's cohorts, by id.
struct Names {
    std::map<long long, store::ApplicationSummary> applications;
    std::map<long long, std::string> cohorts;

    std::string cohort(long long id) const
    {
        auto const found = cohorts.find(id);
        return found == cohorts.end() ? std::to_string(id) : found->second;
    }
};

domain::Result<Names> names_of(Context& context, Services& services, long long intake_id)
{
    auto const& actor = context.signed_in();
    auto offer = services.recruitment.intakes.intake(actor, intake_id);
    if (!offer)
        return domain::fail(std::move(offer.error()));
    auto applications = services.recruitment.applications.pipeline(actor, {intake_id, {}, {}});
    if (!applications)
        return domain::fail(std::move(applications.error()));
    Names names;
    for (auto const& offered : offer->cohorts)
        names.cohorts[offered.cohort.id] = offered.cohort.name;
    for (auto& application : *applications)
        names.applications[application.id] = std::move(application);
    return names;
}

// One woman of the round: her name, linked to her application, and her tier.
TemplateValue woman_view(Names const& names, locale::Catalogue const& catalogue, long long application_id,
                         int tier)
{
    TemplateValue woman = TemplateValue::object();
    auto const found = names.applications.find(application_id);
    woman["name"] = found == names.applications.end()
                        ? std::to_string(application_id)
                        : found->second.first_name + " " + found->second.last_name;
    woman["reference"] = found == names.applications.end() ? std::string() : found->second.reference;
    woman["href"] = paths::application(application_id);
    woman["application_id"] = application_id;
    woman["tier"] = tier_label(tier, catalogue);
    return woman;
}

// Each of her choices in a sentence: admitted, waiting and why, not eligible, not needed.
std::string choice_sentence(locale::Catalogue const& catalogue, Names const& names,
                            domain::AdmissionApplicant const& applicant,
                            domain::ChoiceExplanation const& choice)
{
    auto const tier = applicant.tier;
    std::string key;
    switch (choice.outcome) {
    case ChoiceOutcome::Admitted:
        key = "admission.choices.admitted";
        break;
    case ChoiceOutcome::NotEligible: {
        auto const why = applicant.ineligible_because.find(choice.cohort_id);
        key = why != applicant.ineligible_because.end() &&
                      why->second == domain::EligibilityReason::BelowPassMark
                  ? "admission.choices.below_pass_mark"
                  : "admission.choices.not_taken";
        break;
    }
    case ChoiceOutcome::NotNeeded:
        key = "admission.choices.not_needed";
        break;
    case ChoiceOutcome::Waitlisted:
        key = choice.reason == domain::WaitlistReason::HigherTiers     ? "admission.choices.higher_tiers"
              : choice.reason == domain::WaitlistReason::LotteryInTier ? "admission.choices.lottery_in_tier"
                                                                       : "admission.choices.no_seats";
        break;
    }
    return catalogue.format(key, {{"cohort", names.cohort(choice.cohort_id)},
                                  {"position", std::to_string(choice.waitlist_position)},
                                  {"tier", tier_label(tier, catalogue)},
                                  {"last_tier", tier_label(choice.last_admitted_tier, catalogue)}});
}

// What the round gave her, in a few words.
std::string outcome_of(locale::Catalogue const& catalogue, Names const& names, AdmissionRound const& round,
                       std::vector<domain::ChoiceExplanation> const& choices, long long application_id)
{
    if (auto const admitted = round.result.admitted.find(application_id);
        admitted != round.result.admitted.end())
        return catalogue.format(round.declined.contains(application_id) ? "admission.outcome.declined"
                                                                        : "admission.outcome.admitted",
                                {{"cohort", names.cohort(admitted->second)}});
    for (auto const& choice : choices)
        if (choice.outcome == ChoiceOutcome::Waitlisted && choice.waitlist_position > 0)
            return catalogue.format("admission.outcome.waiting",
                                    {{"cohort", names.cohort(choice.cohort_id)},
                                     {"position", std::to_string(choice.waitlist_position)}});
    return std::string(catalogue.text("admission.outcome.not_admitted"));
}

Response round_result(Context& context, Services& services, long long round_id,
                      std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    auto const& actor = context.signed_in();
    auto round = services.recruitment.admission.round(actor, round_id);
    if (!round)
        return context.failure(round.error());
    auto names = names_of(context, services, round->intake_id);
    if (!names)
        return context.failure(names.error());
    auto rounds = services.recruitment.admission.rounds(actor, round->intake_id);
    if (!rounds)
        return context.failure(rounds.error());
    bool const latest = !rounds->empty() && rounds->front().id == round->id;
    bool const confirmed = round->status == RoundStatus::Confirmed;

    bool const has_errors = !errors.empty();
    FormView form(
        catalogue, "admission.fields", [](std::string_view) { return std::string_view(); },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["intake_href"] = paths::intake_admission(round->intake_id);
    data["audit_href"] = paths::round_match_input(round->id);
    data["status"] = round_status_text(catalogue, round->status);
    data["draft"] = !confirmed;
    data["lottery"] = catalogue.text("admission.lottery." + std::string(domain::code_of(round->lottery)));
    data["seed"] = std::to_string(round->seed);
    data["drawn"] = local_time(context, round->drawn_at);
    if (confirmed)
        data["confirmed_at"] = local_time(context, round->confirmed_at);
    data["counts"] =
        catalogue.format("admission.counts", {{"admitted", std::to_string(round->result.admitted.size())},
                                              {"applicants", std::to_string(round->applicants.size())}});
    if (!confirmed && latest) {
        data["confirm"]["action"] = paths::round_confirmation(round->id);
        data["confirm"]["error"] = form.error_for("confirm");
        data["confirm"]["rerun_lead"] = round->number > 1;
    }
    auto const actions = services.recruitment.admission.actions(actor, *round);
    if (!actions)
        return context.failure(actions.error());
    if (actions->may_rerun || !form.error_for("rerun").empty()) {
        data["rerun"]["action"] = paths::round_reruns(round->id);
        data["rerun"]["declined"] = static_cast<long long>(round->declined.size());
        data["rerun"]["error"] = form.error_for("rerun");
    }
    data["decline_error"] = form.error_for("decline");

    std::map<long long, int> tier_of;
    for (auto const& applicant : round->applicants)
        tier_of[applicant.application_id] = applicant.tier;
    for (auto const& seats : round->seats) {
        auto& cohort = data["cohorts"].append();
        cohort["name"] = names->cohort(seats.cohort_id);
        cohort["id"] = "cohort-" + std::to_string(seats.cohort_id);
        long long admitted = 0;
        for (auto const& [application, where] : round->result.admitted) {
            if (where != seats.cohort_id)
                continue;
            ++admitted;
            auto woman = woman_view(*names, catalogue, application, tier_of[application]);
            woman["declined"] = round->declined.contains(application);
            woman["can_decline"] = actions->may_decline.contains(application);
            woman["decline_action"] = paths::round_declines(round->id);
            cohort["admitted"].append(std::move(woman));
        }
        cohort["seats"] = catalogue.format("admission.seats", {{"admitted", std::to_string(admitted)},
                                                               {"seats", std::to_string(seats.seats)}});
        int position = 0;
        for (auto const application : round->result.waitlists[seats.cohort_id]) {
            auto woman = woman_view(*names, catalogue, application, tier_of[application]);
            woman["position"] = static_cast<long long>(++position);
            cohort["waitlist"].append(std::move(woman));
        }
        cohort["has_admitted"] = admitted > 0;
        cohort["has_waitlist"] = position > 0;
    }
    for (auto const& applicant : round->applicants) {
        auto woman = woman_view(*names, catalogue, applicant.application_id, applicant.tier);
        auto const choices = domain::explain_choices(applicant, round->result, round->applicants);
        woman["outcome"] = outcome_of(catalogue, *names, *round, choices, applicant.application_id);
        for (auto const& choice : choices)
            woman["choices"].append()["sentence"] = choice_sentence(catalogue, *names, applicant, choice);
        if (applicant.holds)
            woman["held"] = catalogue.format("admission.held", {{"cohort", names->cohort(*applicant.holds)}});
        data["applicants"].append(std::move(woman));
    }
    data["error_summary"] = form.error_summary();
    if (context.query.get("notice") == "confirmed")
        data["notice"] = catalogue.text("admission.notices.confirmed");
    else if (context.query.get("notice") == "declined")
        data["notice"] = catalogue.text("admission.notices.declined");
    auto const title = catalogue.format("admission.round_title", {{"number", std::to_string(round->number)}});
    return context.page("admission/round", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

// The round in the input format of `tremplin match` (README, "Match"), ties already broken by
// the round's lottery: running it gives the round's result.
std::string match_input_of(match::Instance const& instance)
{
    auto programs = nlohmann::json::array();
    for (auto const& program : instance.programs)
        programs.push_back(
            {{"id", program.id}, {"capacity", program.capacity}, {"priority", program.priority}});
    auto applicants = nlohmann::json::array();
    for (auto const& applicant : instance.applicants)
        applicants.push_back({{"id", applicant.id}, {"choices", applicant.choices}});
    nlohmann::json input{{"programs", std::move(programs)},
                         {"applicants", std::move(applicants)},
                         {"tie_break", {{"mode", "none"}}},
                         {"proposing", "applicants"}};
    return input.dump(1) + "\n";
}

} // namespace

Response round_for_audit(Context& context, Services& services)
{
    auto round = services.recruitment.admission.round(context.signed_in(), context.id_value().value_or(0));
    if (!round)
        return context.failure(round.error());
    auto const instance =
        service::admission_instance(round->applicants, round->seats, {round->lottery, round->seed});
    auto response = Response::json(match_input_of(instance));
    response.set_header("Content-Disposition",
                        "attachment; filename=\"round-" + std::to_string(round->id) + "-match-input.json\"");
    return response;
}

Response round_page(Context& context, Services& services)
{
    return round_result(context, services, context.id_value().value_or(0), {});
}

Response confirm_round(Context& context, Services& services)
{
    auto const id = context.id_value().value_or(0);
    auto confirmed = services.recruitment.admission.confirm(context.signed_in(), id);
    if (!confirmed) {
        if (confirmed.error().fields.empty())
            return context.failure(confirmed.error());
        return round_result(context, services, id, confirmed.error().fields);
    }
    return Response::redirect(paths::admission_round(id) + "?notice=confirmed");
}

Response decline_seat(Context& context, Services& services)
{
    auto const id = context.id_value().value_or(0);
    auto const application_id = whole_number(context.form.get("application_id")).value_or(0);
    auto declined = services.recruitment.admission.decline(context.signed_in(), id, application_id);
    if (!declined) {
        if (declined.error().fields.empty())
            return context.failure(declined.error());
        return round_result(context, services, id, declined.error().fields);
    }
    return Response::redirect(paths::admission_round(id) + "?notice=declined");
}

Response rerun_round(Context& context, Services& services)
{
    auto const id = context.id_value().value_or(0);
    auto next = services.recruitment.admission.rerun(context.signed_in(), id);
    if (!next) {
        if (next.error().fields.empty())
            return context.failure(next.error());
        return round_result(context, services, id, next.error().fields);
    }
    return Response::redirect(paths::admission_round(*next));
}

} // namespace tremplin::web::pages::admission
