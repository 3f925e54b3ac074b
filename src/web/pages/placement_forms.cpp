// The forms of a cohort's placement round: open it, record a trainee's wishes and languages or a
// host's views of its candidates, run it, adjust one result and confirm it. Each answers with
// the round's page again and the form's error beside it, or goes back to the page with a notice.
// docs/domain.md "Placement round"

#include "web/form_outcome.hpp"
#include "web/pages/placement_pages.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::placement {

namespace {

// Back to the round's page, with a notice of what was done and the form's place in it.
Response back_to_round(long long cohort_id, std::string_view notice, std::string const& anchor = {})
{
    return Response::redirect(paths::cohort_placement(cohort_id) + "?notice=" + std::string(notice) +
                              (anchor.empty() ? "" : "#" + anchor));
}

// Sends `outcome` back: the page with the error beside form `form_id`, or the page again.
template <class T>
domain::Result<Response> answer(Context& context, Services& services, long long cohort_id,
                                domain::Result<T> outcome, std::string const& form_id,
                                std::string_view notice)
{
    return after_form(
        std::move(outcome),
        [&](std::vector<domain::FieldError> errors) {
            return round_page(context, services, cohort_id, {form_id, std::move(errors)});
        },
        [&](auto const&...) { return back_to_round(cohort_id, notice, form_id); });
}

std::optional<long long> id_in(FormData const& form, std::string_view field)
{
    return whole_number(form.get(field));
}

} // namespace

domain::Result<Response> open_round(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    return answer(context, services, cohort_id, services.placement.open(context.signed_in(), cohort_id),
                  "open", "opened");
}

domain::Result<Response> save_wishes(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const round_id = TRY(services.placement.round_of(context.signed_in(), cohort_id));
    service::PlacementWishes wishes;
    wishes.enrolment_id = id_in(context.form, "enrolment_id").value_or(0);
    for (auto const* field : {"wish_1", "wish_2", "wish_3"})
        if (auto const offer_id = id_in(context.form, field))
            wishes.offer_ids.push_back(*offer_id);
    for (auto const& [name, value] : context.form.fields())
        if (name == "languages")
            wishes.languages.push_back(value);
    return answer(context, services, cohort_id,
                  services.placement.set_wishes(context.signed_in(), round_id, wishes),
                  "wishes-" + std::to_string(wishes.enrolment_id), "wishes");
}

domain::Result<Response> save_host_views(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const round_id = TRY(services.placement.round_of(context.signed_in(), cohort_id));
    auto const offer_id = id_in(context.form, "offer_id").value_or(0);
    std::vector<domain::HostView> views;
    for (auto const& [name, value] : context.form.fields()) {
        if (!name.starts_with("view_"))
            continue;
        domain::HostView view{.offer_id = offer_id};
        view.enrolment_id = whole_number(std::string_view(name).substr(5)).value_or(0);
        if (value == "refused")
            view.refused = true;
        else if (auto const rank = whole_number(value))
            view.rank = static_cast<int>(*rank);
        views.push_back(view);
    }
    return answer(context, services, cohort_id,
                  services.placement.set_host_views(context.signed_in(), round_id, offer_id, views),
                  "views-" + std::to_string(offer_id), "views");
}

domain::Result<Response> run_round(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const round_id = TRY(services.placement.round_of(context.signed_in(), cohort_id));
    return answer(context, services, cohort_id, services.placement.run(context.signed_in(), round_id), "run",
                  "run");
}

domain::Result<Response> adjust_result(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const round_id = TRY(services.placement.round_of(context.signed_in(), cohort_id));
    auto const enrolment_id = id_in(context.form, "enrolment_id").value_or(0);
    return answer(context, services, cohort_id,
                  services.placement.adjust(context.signed_in(), round_id, enrolment_id,
                                            id_in(context.form, "offer_id"),
                                            std::string(context.form.get("reason"))),
                  "adjust-" + std::to_string(enrolment_id), "adjusted");
}

domain::Result<Response> confirm_round(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const round_id = TRY(services.placement.round_of(context.signed_in(), cohort_id));
    return answer(context, services, cohort_id, services.placement.confirm(context.signed_in(), round_id),
                  "confirm", "confirmed");
}

} // namespace tremplin::web::pages::placement
