// The tracks recommended at the end of an orientation course: checkboxes of the centre's
// active tracks and a note, recorded on the enrolment; her record shows them to admission.

#include "web/pages/orientation_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::orientation {

namespace {

Response recommendation_page(Context& context, service::RecommendationForm const& form_data,
                             std::vector<long long> const& chosen, std::string const& note,
                             std::vector<domain::FieldError> errors, int status)
{
    auto const& catalogue = *context.catalogue;
    std::vector<Choice> choices;
    for (auto const& track : form_data.tracks)
        choices.push_back(
            {std::to_string(track.id), track.code + " – " + track.name.in(catalogue.language()), {}});
    FormView form(
        catalogue, "orientation.fields",
        [&](std::string_view field) -> std::string_view {
            return field == "note" ? std::string_view(note) : "";
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::enrolment_recommendations(form_data.enrolment.enrolment.id);
    data["back_href"] = paths::participant(form_data.enrolment.enrolment.participant_id);
    data["cohort"] = catalogue.format("orientation.cohort", {{"cohort", form_data.enrolment.cohort_name}});
    data["has_tracks"] = !choices.empty();
    // The radios' fieldset, label and messages, with a checkbox per track.
    auto tracks = form.radios("track_ids", choices);
    for (auto const& choice : choices) {
        auto& option = data["track_options"].append();
        option["id"] = "track_ids-" + choice.value;
        option["value"] = choice.value;
        option["label"] = choice.label;
        option["checked"] = std::ranges::find(chosen, std::atoll(choice.value.c_str())) != chosen.end();
    }
    data["tracks"] = std::move(tracks);
    data["note"] = form.textarea("note", 3);
    data["error_summary"] = form.error_summary();
    auto const title =
        catalogue.format("orientation.title",
                         {{"name", form_data.enrolment.first_name + " " + form_data.enrolment.last_name}});
    return context.page("orientation/recommendations", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_recommendations(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const form = TRY(services.training.assessments.recommendation_form(context.signed_in(), id));
    return recommendation_page(context, form,
                               form.current ? form.current->track_ids : std::vector<long long>{},
                               form.current ? form.current->note : std::string(), {}, 200);
}

domain::Result<Response> save_recommendations(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const form = TRY(services.training.assessments.recommendation_form(context.signed_in(), id));
    std::vector<long long> chosen;
    for (auto const& [name, value] : context.form.fields())
        if (name == "track_ids")
            chosen.push_back(std::atoll(value.c_str()));
    auto const note = std::string(context.form.get("note"));
    return after_form(
        services.training.assessments.recommend(context.signed_in(), form.enrolment.enrolment.id, chosen,
                                                note),
        [&](auto errors) { return recommendation_page(context, form, chosen, note, std::move(errors), 422); },
        [&]() {
            return Response::redirect(paths::participant(form.enrolment.enrolment.participant_id) +
                                      "?notice=recommended#training-title");
        });
}

} // namespace tremplin::web::pages::orientation
