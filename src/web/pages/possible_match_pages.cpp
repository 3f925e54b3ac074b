// Possible matches: a record made from a public page beside the known record it may duplicate,
// to merge field by field or keep apart (docs/design.md "Public forms").

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/pages/participant_display.hpp"
#include "web/pages/participant_pages.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::participants {

namespace {

std::string source_of(locale::Catalogue const& catalogue, std::string const& source)
{
    auto const key = "possible_matches.sources." + source;
    return catalogue.has(key) ? std::string(catalogue.text(key)) : source;
}

// The item an error is about: a field's input ("birth_date_year") belongs to its field.
std::string item_of(domain::FieldError const& error)
{
    for (auto const& item : domain::merge_items())
        if (item.name == error.field || std::ranges::find(item.inputs, error.field) != item.inputs.end())
            return item.name;
    return error.field;
}

std::string value_or_missing(locale::Catalogue const& catalogue, std::string const& value)
{
    return value.empty() ? std::string(catalogue.text("forms.not_given")) : value;
}

// One choice per field where the records differ, as `taken` says (what she chose, or the
// suggestion); the fields both say alike, listed apart.
void add_fields(TemplateValue& data, Context const& context, service::MatchComparison const& comparison,
                std::set<std::string> const& taken, std::vector<domain::FieldError> const& errors)
{
    auto const& catalogue = *context.catalogue;
    auto const kept = shown_fields(comparison.kept, catalogue, context.site.catalogues);
    auto const other = shown_fields(comparison.other, catalogue, context.site.catalogues);
    for (std::size_t i = 0; i < kept.size() && i < other.size(); ++i) {
        auto const& name = kept[i].name;
        auto const label = catalogue.text("participant.fields." + name + ".label");
        bool const differs = std::ranges::find(comparison.differing, name, &domain::MergeItem::name) !=
                             comparison.differing.end();
        if (!differs) {
            if (!kept[i].value.empty()) {
                auto& row = data["same"].append();
                row["label"] = label;
                row["value"] = kept[i].value;
            }
            continue;
        }
        auto& row = data["fields"].append();
        row["name"] = "take_" + name;
        row["id"] = "item-" + name;
        row["label"] = label;
        row["kept_value"] = value_or_missing(catalogue, kept[i].value);
        row["kept_lang"] = kept[i].lang;
        row["other_value"] = value_or_missing(catalogue, other[i].value);
        row["other_lang"] = other[i].lang;
        row["take_other"] = taken.contains(name);
        auto const error = std::ranges::find(errors, name, item_of);
        if (error != errors.end()) {
            row["error"] = catalogue.text(error->message_key);
            row["error_id"] = "item-" + name + "-error";
        }
    }
    data["has_same"] = data.field("same") != nullptr;
    data["has_fields"] = data.field("fields") != nullptr;
}

domain::Result<Response> comparison_page(Context& context, Services& services, long long id,
                                         std::optional<std::set<std::string>> chosen,
                                         std::vector<domain::FieldError> errors)
{
    auto const comparison = TRY(services.participants.comparison(context.signed_in(), id));
    auto const& catalogue = *context.catalogue;
    auto const& match = comparison.match;
    TemplateValue data = TemplateValue::object();
    data["back_href"] = paths::possible_matches();
    data["kept_href"] = paths::participant(match.known_id);
    data["kept_name"] = comparison.kept.full_name();
    data["kept_since"] = day_of(catalogue, comparison.kept.created_at);
    data["other_href"] = paths::participant(match.participant_id);
    data["other_name"] = comparison.other.full_name();
    data["lead"] =
        catalogue.format("possible_matches.compare.lead", {{"source", source_of(catalogue, match.source)},
                                                           {"date", day_of(catalogue, match.found_at)}});
    data["resolved"] = match.resolved_at.has_value();
    data["merge_action"] = paths::possible_match_merge(id);
    data["keep_apart_action"] = paths::possible_match_keep_apart(id);
    add_fields(data, context, comparison, chosen.value_or(comparison.suggested), errors);

    TemplateValue summary = TemplateValue::object();
    summary["has_errors"] = !errors.empty();
    for (auto const& error : errors) {
        auto& item = summary["errors"].append();
        item["href"] = "#item-" + item_of(error) + "-kept";
        item["message"] = catalogue.text(error.message_key);
    }
    data["error_summary"] = std::move(summary);
    auto const title =
        catalogue.format("possible_matches.compare.title", {{"name", comparison.kept.full_name()}});
    return context.page("participants/possible_match", title, std::move(data), errors.empty() ? 200 : 422,
                        errors.empty() ? Context::Errors::None : Context::Errors::Shown);
}

std::set<std::string> taken_from_the_form(Context const& context)
{
    std::set<std::string> taken;
    for (auto const& item : domain::merge_items())
        if (context.form.get("take_" + item.name) == "other")
            taken.insert(item.name);
    return taken;
}

} // namespace

domain::Result<Response> possible_match_list(Context& context, Services& services)
{
    auto const& catalogue = *context.catalogue;
    auto const matches = TRY(services.participants.possible_matches(context.signed_in()));
    TemplateValue data = TemplateValue::object();
    for (auto const& view : matches.open) {
        auto& row = data["matches"].append();
        row["href"] = paths::possible_match(view.match.id);
        row["other_name"] = view.participant_name;
        row["kept_name"] = view.known_name;
        row["kept_href"] = paths::participant(view.match.known_id);
        row["source"] = source_of(catalogue, view.match.source);
        row["found"] = day_of(catalogue, view.match.found_at);
    }
    data["has_matches"] = !matches.open.empty();
    data["count"] = catalogue.format("possible_matches.count", {{"count", matches.total}});
    auto const notice = context.query.get("notice");
    if (notice == "merged" || notice == "kept_apart")
        data["notice"] = catalogue.text("possible_matches.notices." + std::string(notice));
    return context.page("participants/possible_matches", catalogue.text("possible_matches.title"),
                        std::move(data));
}

domain::Result<Response> show_possible_match(Context& context, Services& services)
{
    return comparison_page(context, services, TRY(context.record_id()), std::nullopt, {});
}

domain::Result<Response> merge_possible_match(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const taken = taken_from_the_form(context);
    return after_form(
        services.participants.merge(context.signed_in(), id, taken),
        [&](auto errors) { return comparison_page(context, services, id, taken, std::move(errors)); },
        [&](long long kept) { return Response::redirect(paths::participant(kept) + "?notice=merged"); });
}

domain::Result<Response> keep_apart(Context& context, Services& services)
{
    TRY(services.participants.keep_apart(context.signed_in(), TRY(context.record_id())));
    return Response::redirect(paths::possible_matches() + "?notice=kept_apart");
}

} // namespace tremplin::web::pages::participants
