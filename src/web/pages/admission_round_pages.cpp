// The result of an admission round: who is admitted where, each cohort's waitlist and why
// each woman got what she got; staff confirm it, record a declined seat and re-run the round to
// fill it. The round can be downloaded as the input of `tremplin match` for an audit.

#include "service/admission_allocation.hpp"
#include "web/application.hpp"
#include "web/form_outcome.hpp"
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
    std::map<long long, service::ApplicationSummary> applications;
    std::map<long long, std::string> cohorts;

    std::string cohort(long long id) const
    {
        auto const found = cohorts.find(id);
        return found == cohorts.end() ? std::to_string(id) : found->second;
    }
};

Names names_of(service::RoundPage& page)
{
    Names names;
    names.cohorts = std::move(page.cohort_names);
    for (auto& application : page.applications)
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

// The round's draw and status, and the forms that confirm it and re-run it.
void add_round(TemplateValue& data, Context const& context, AdmissionRound const& round, bool latest,
               service::RoundActions const& actions, FormView const& form)
{
    auto const& catalogue = *context.catalogue;
    bool const confirmed = round.status == RoundStatus::Confirmed;
    data["intake_href"] = paths::intake_admission(round.intake_id);
    data["audit_href"] = paths::round_match_input(round.id);
    data["status"] = round_status_text(catalogue, round.status);
    data["draft"] = !confirmed;
    data["lottery"] = catalogue.text("admission.lottery." + std::string(domain::code_of(round.lottery)));
    data["seed"] = std::to_string(round.seed);
    data["drawn"] = local_time(context, round.drawn_at);
    if (confirmed)
        data["confirmed_at"] = local_time(context, round.confirmed_at);
    data["counts"] =
        catalogue.format("admission.counts", {{"admitted", std::to_string(round.result.admitted.size())},
                                              {"applicants", std::to_string(round.applicants.size())}});
    if (!confirmed && latest) {
        data["confirm"]["action"] = paths::round_confirmation(round.id);
        data["confirm"]["error"] = form.error_for("confirm");
        data["confirm"]["rerun_lead"] = round.number > 1;
    }
    if (actions.may_rerun || !form.error_for("rerun").empty()) {
        data["rerun"]["action"] = paths::round_reruns(round.id);
        data["rerun"]["declined"] = static_cast<long long>(round.declined.size());
        data["rerun"]["error"] = form.error_for("rerun");
    }
    data["decline_error"] = form.error_for("decline");
}

// Every draw of the round, the latest first: a draft drawn again keeps its earlier draws in view.
TemplateValue draws_view(Context const& context, std::vector<service::RoundDraw> const& draws)
{
    auto const& catalogue = *context.catalogue;
    TemplateValue rows = TemplateValue::list();
    for (auto const& draw : draws) {
        auto& row = rows.append();
        row["drawn"] = local_time(context, draw.drawn_at);
        row["by"] = draw.drawn_by.empty() ? std::string("–") : draw.drawn_by;
        row["lottery"] = catalogue.text("admission.lottery." + std::string(domain::code_of(draw.lottery)));
        row["seed"] = std::to_string(draw.seed);
        row["admitted"] = static_cast<long long>(draw.admitted);
    }
    return rows;
}

// Each cohort: its seats, the women admitted (with the form that records a declined seat) and
// its waitlist.
TemplateValue cohorts_view(locale::Catalogue const& catalogue, Names const& names,
                           AdmissionRound const& round, service::RoundActions const& actions)
{
    std::map<long long, int> tier_of;
    for (auto const& applicant : round.applicants)
        tier_of[applicant.application_id] = applicant.tier;
    TemplateValue cohorts = TemplateValue::list();
    for (auto const& seats : round.seats) {
        auto& cohort = cohorts.append();
        cohort["name"] = names.cohort(seats.cohort_id);
        cohort["id"] = "cohort-" + std::to_string(seats.cohort_id);
        long long admitted = 0;
        for (auto const& [application, where] : round.result.admitted) {
            if (where != seats.cohort_id)
                continue;
            ++admitted;
            auto woman = woman_view(names, catalogue, application, tier_of[application]);
            woman["declined"] = round.declined.contains(application);
            woman["can_decline"] = actions.may_decline.contains(application);
            woman["decline_action"] = paths::round_declines(round.id);
            cohort["admitted"].append(std::move(woman));
        }
        cohort["seats"] = catalogue.format("admission.seats", {{"admitted", std::to_string(admitted)},
                                                               {"seats", std::to_string(seats.seats)}});
        int position = 0;
        if (auto const waitlist = round.result.waitlists.find(seats.cohort_id);
            waitlist != round.result.waitlists.end())
            for (auto const application : waitlist->second) {
                auto woman = woman_view(names, catalogue, application, tier_of[application]);
                woman["position"] = static_cast<long long>(++position);
                cohort["waitlist"].append(std::move(woman));
            }
        cohort["has_admitted"] = admitted > 0;
        cohort["has_waitlist"] = position > 0;
    }
    return cohorts;
}

// Each woman of the round: what it gave her, and each of her choices in a sentence.
TemplateValue applicants_view(locale::Catalogue const& catalogue, Names const& names,
                              AdmissionRound const& round)
{
    TemplateValue applicants = TemplateValue::list();
    for (auto const& applicant : round.applicants) {
        auto woman = woman_view(names, catalogue, applicant.application_id, applicant.tier);
        auto const choices = domain::explain_choices(applicant, round.result, round.applicants);
        woman["outcome"] = outcome_of(catalogue, names, round, choices, applicant.application_id);
        for (auto const& choice : choices)
            woman["choices"].append()["sentence"] = choice_sentence(catalogue, names, applicant, choice);
        if (applicant.holds)
            woman["held"] = catalogue.format("admission.held", {{"cohort", names.cohort(*applicant.holds)}});
        applicants.append(std::move(woman));
    }
    return applicants;
}

domain::Result<Response> round_result(Context& context, Services& services, long long round_id,
                                      std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    auto page = TRY(services.recruitment.admission.round_page(context.signed_in(), round_id));
    auto const& round = page.round;
    auto const names = names_of(page);

    bool const has_errors = !errors.empty();
    FormView form(
        catalogue, "admission.fields", [](std::string_view) { return std::string_view(); },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    add_round(data, context, round, page.latest, page.actions, form);
    data["cohorts"] = cohorts_view(catalogue, names, round, page.actions);
    data["applicants"] = applicants_view(catalogue, names, round);
    data["draws"] = draws_view(context, page.draws);
    data["error_summary"] = form.error_summary();
    if (context.query.get("notice") == "confirmed")
        data["notice"] = catalogue.text("admission.notices.confirmed");
    else if (context.query.get("notice") == "declined")
        data["notice"] = catalogue.text("admission.notices.declined");
    auto const title = catalogue.format("admission.round_title", {{"number", std::to_string(round.number)}});
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

domain::Result<Response> round_for_audit(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const round = TRY(services.recruitment.admission.round(context.signed_in(), id));
    auto const instance =
        service::admission_instance(round.applicants, round.seats, {round.lottery, round.seed});
    auto response = Response::json(match_input_of(instance));
    response.set_header("Content-Disposition",
                        content_disposition("round-" + std::to_string(round.id) + "-match-input.json"));
    return response;
}

domain::Result<Response> round_page(Context& context, Services& services)
{
    return round_result(context, services, TRY(context.record_id()), {});
}

domain::Result<Response> confirm_round(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    return after_form(
        services.recruitment.admission.confirm(context.signed_in(), id),
        [&](auto errors) { return round_result(context, services, id, std::move(errors)); },
        [&]() { return Response::redirect(paths::admission_round(id) + "?notice=confirmed"); });
}

domain::Result<Response> decline_seat(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const application_id = whole_number(context.form.get("application_id")).value_or(0);
    return after_form(
        services.recruitment.admission.decline(context.signed_in(), id, application_id),
        [&](auto errors) { return round_result(context, services, id, std::move(errors)); },
        [&]() { return Response::redirect(paths::admission_round(id) + "?notice=declined"); });
}

domain::Result<Response> rerun_round(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    return after_form(
        services.recruitment.admission.rerun(context.signed_in(), id),
        [&](auto errors) { return round_result(context, services, id, std::move(errors)); },
        [&](long long next) { return Response::redirect(paths::admission_round(next)); });
}

} // namespace tremplin::web::pages::admission
