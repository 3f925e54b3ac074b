// A cohort's placement round: its trainees and their wishes, its offers and their hosts' views,
// its result once run, and the round downloaded as the input of `tremplin match` (README,
// "Match") so that anyone can run it again with its seed. docs/domain.md "Placement round"

#include "web/pages/admission_display.hpp"
#include "web/pages/placement_display.hpp"
#include "web/pages/placement_pages.hpp"
#include "web/paths.hpp"

#include <nlohmann/json.hpp>

namespace tremplin::web::pages::placement {

namespace {

// The round in the input format of `tremplin match`: ties already broken by the round's lottery,
// its seed written in for the record.
std::string match_input_of(service::PlacementMatchInput const& input)
{
    auto programs = nlohmann::json::array();
    for (auto const& program : input.instance.programs)
        programs.push_back(
            {{"id", program.id}, {"capacity", program.capacity}, {"priority", program.priority}});
    auto applicants = nlohmann::json::array();
    for (auto const& applicant : input.instance.applicants)
        applicants.push_back({{"id", applicant.id}, {"choices", applicant.choices}});
    nlohmann::json document{{"programs", std::move(programs)},
                            {"applicants", std::move(applicants)},
                            {"tie_break", {{"mode", "none"}, {"seed", input.seed}}},
                            {"proposing", "applicants"}};
    return document.dump(1) + "\n";
}

std::string notice_of(Context const& context)
{
    auto const notice = context.query.get("notice");
    for (auto const* known : {"opened", "wishes", "views", "run", "adjusted", "confirmed"})
        if (notice == known)
            return std::string(context.catalogue->text("placement.notices." + std::string(known)));
    return {};
}

} // namespace

domain::Result<Response> round_page(Context& context, Services& services, long long cohort_id,
                                    Refused refused)
{
    auto const& catalogue = *context.catalogue;
    auto const page = TRY(services.placement.page(context.signed_in(), cohort_id));
    auto const& cohort = page.cohort;
    TemplateValue data = TemplateValue::object();
    data["cohort_href"] = paths::cohort(cohort.id);
    if (cohort.traineeship)
        data["period"] = catalogue.date(cohort.traineeship->starts_on) + " – " +
                         catalogue.date(cohort.traineeship->ends_on);
    if (auto notice = notice_of(context); !notice.empty())
        data["notice"] = std::move(notice);

    TemplateValue summary = TemplateValue::object();
    for (auto const& error : refused.errors) {
        auto& item = summary["errors"].append();
        item["href"] = "#" + refused.form_id + "-error";
        item["message"] = std::string(catalogue.text(error.message_key));
    }
    summary["has_errors"] = !refused.errors.empty();
    data["error_summary"] = std::move(summary);

    if (!page.round) {
        data["no_round"] = true;
        if (page.may_manage && cohort.traineeship) {
            data["open"]["action"] = paths::cohort_placement(cohort.id);
            Shown const shown{context, page, false, refused};
            shown.add_error(data["open"], "open");
        }
    } else {
        auto const& round = *page.round;
        bool const confirmed = round.status == domain::PlacementRoundStatus::Confirmed;
        Shown const shown{context, page, page.may_manage && !confirmed, refused};
        data["status"] =
            std::string(catalogue.text("placement.statuses." + std::string(domain::code_of(round.status))));
        if (round.seed && round.status != domain::PlacementRoundStatus::Draft) {
            data["seed"] = std::to_string(*round.seed);
            data["run_at"] = local_time(context, round.run_at);
            data["match_href"] = paths::cohort_placement(cohort.id, "/match.json");
        }
        if (confirmed)
            data["confirmed_at"] = local_time(context, round.confirmed_at);
        data["trainees"] = trainees_view(shown);
        data["has_trainees"] = !page.trainees.empty();
        data["offers"] = offers_view(shown);
        data["has_offers"] = !page.offers.empty();
        if (shown.changeable) {
            data["run"]["action"] = paths::cohort_placement(cohort.id, "/run");
            data["run"]["again"] = round.status == domain::PlacementRoundStatus::Run;
            shown.add_error(data["run"], "run");
        }
        if (round.status != domain::PlacementRoundStatus::Draft)
            data["result"] = result_view(shown);
    }
    auto const title = catalogue.format("placement.title", {{"cohort", cohort.name}});
    bool const has_errors = !refused.errors.empty();
    return context.page("placement/round", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

domain::Result<Response> show_round(Context& context, Services& services)
{
    return round_page(context, services, TRY(context.record_id()));
}

domain::Result<Response> match_input(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const input = TRY(services.placement.match_input(context.signed_in(), cohort_id));
    auto response = Response::json(match_input_of(input));
    response.set_header(
        "Content-Disposition",
        content_disposition("placement-round-" + std::to_string(input.round_id) + "-match-input.json"));
    return response;
}

} // namespace tremplin::web::pages::placement
