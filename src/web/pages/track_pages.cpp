// Courses ("tracks" in the code): the list, a new course, its page with the modules of its
// current version, and its details changed.

#include "domain/attendance.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/catalogue_pages.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <charconv>
#include <map>

namespace tremplin::web::pages::catalogue {

namespace {

// CWA 16458-1 (European ICT Professional Role Profiles): those the centre's courses lead to.
constexpr std::string_view ecf_profiles[] = {"developer", "systems_administrator", "network_specialist",
                                             "digital_media_specialist", "service_support"};

constexpr std::string_view languages[] = {"fr", "nl", "en"};

using Typed = std::map<std::string, std::string, std::less<>>;

std::string kind_label(Context const& context, domain::TrackKind kind)
{
    return std::string(context.text("track_kinds." + std::string(domain::code_of(kind))));
}

std::string yes_no(bool value)
{
    return value ? "yes" : "no";
}

std::string& in_language(domain::TranslatedText& text, std::string_view language)
{
    return language == "fr" ? text.fr : language == "nl" ? text.nl : text.en;
}

Typed typed_of(domain::Track track)
{
    Typed typed;
    typed["code"] = track.code;
    typed["kind"] = domain::code_of(track.kind);
    for (auto language : languages) {
        typed["name_" + std::string(language)] = in_language(track.name, language);
        typed["description_" + std::string(language)] = in_language(track.description, language);
    }
    typed["occupations"] = joined_codes(track.occupations);
    typed["ecf_profile"] = track.ecf_profile;
    typed["minimum_attendance_percent"] = std::to_string(track.minimum_attendance_percent);
    typed["requires_all_modules_passed"] = yes_no(track.requires_all_modules_passed);
    typed["active"] = yes_no(track.active);
    return typed;
}

Typed typed_from(FormData const& form)
{
    Typed typed;
    for (auto field : {"code", "kind", "name_fr", "name_nl", "name_en", "description_fr", "description_nl",
                       "description_en", "occupations", "ecf_profile", "minimum_attendance_percent",
                       "requires_all_modules_passed", "active"})
        typed[field] = std::string(form.get(field));
    return typed;
}

// The track as typed, and the errors of what could not be read at all.
domain::Track track_from(Typed const& typed, std::vector<domain::FieldError>& errors)
{
    domain::Track track;
    track.code = typed.at("code");
    auto const kind = domain::from_code<domain::TrackKind>(typed.at("kind"));
    if (!kind)
        errors.push_back({"kind", "errors.track.kind_missing"});
    track.kind = kind.value_or(domain::TrackKind::Other);
    for (auto language : languages) {
        in_language(track.name, language) = typed.at("name_" + std::string(language));
        in_language(track.description, language) = typed.at("description_" + std::string(language));
    }
    track.occupations = split_codes(typed.at("occupations"));
    auto const& profile = typed.at("ecf_profile");
    if (std::ranges::find(ecf_profiles, profile) != std::end(ecf_profiles))
        track.ecf_profile = profile;
    auto const& percent = typed.at("minimum_attendance_percent");
    auto const read =
        std::from_chars(percent.data(), percent.data() + percent.size(), track.minimum_attendance_percent);
    if (read.ec != std::errc() || read.ptr != percent.data() + percent.size())
        track.minimum_attendance_percent = -1; // refused by validation, in its words
    track.requires_all_modules_passed = typed.at("requires_all_modules_passed") != "no";
    track.active = typed.at("active") != "no";
    return track;
}

std::vector<Choice> yes_no_choices(Context const& context)
{
    return {{"yes", std::string(context.text("answers.yes")), {}},
            {"no", std::string(context.text("answers.no")), {}}};
}

// The course form, new (`track_id` 0) or to edit.
Response track_form(Context& context, long long track_id, Typed const& typed,
                    std::vector<domain::FieldError> errors, int status)
{
    for (auto& error : errors)
        if (error.field == "name") // a name in any language: the first one is the place to type it
            error.field = "name_fr";
    auto const& catalogue = *context.catalogue;
    FormView form(
        catalogue, "tracks.fields",
        [&](std::string_view field) -> std::string_view {
            auto const found = typed.find(field);
            return found == typed.end() ? std::string_view() : std::string_view(found->second);
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = track_id == 0 ? std::string("/tracks") : paths::track(track_id);
    data["cancel_href"] = track_id == 0 ? std::string("/tracks") : paths::track(track_id);
    data["code"] = form.text("code", {.width = "width-10"});
    data["kind"] = form.radios("kind", coded_choices<domain::TrackKind>(catalogue, "track_kinds"));
    for (auto language : languages) {
        auto name = form.text("name_" + std::string(language), {.width = "width-20", .spellcheck = true});
        name["lang"] = language;
        data["names"].append(std::move(name));
    }
    for (auto language : languages) {
        auto description = form.textarea("description_" + std::string(language), 4);
        description["lang"] = language;
        data["descriptions"].append(std::move(description));
    }
    data["occupations"] = form.text("occupations", {.width = "width-20"});
    std::vector<Choice> profiles;
    for (auto profile : ecf_profiles)
        profiles.push_back({std::string(profile),
                            std::string(catalogue.text("tracks.ecf_profiles." + std::string(profile))),
                            {}});
    data["ecf_profile"] = form.select("ecf_profile", profiles, catalogue.text("tracks.ecf_profiles.none"));
    data["minimum_attendance_percent"] =
        form.text("minimum_attendance_percent", {.input_mode = "numeric", .width = "width-4"});
    data["requires_all_modules_passed"] =
        form.radios("requires_all_modules_passed", yes_no_choices(context), true);
    if (track_id != 0)
        data["active"] = form.radios("active", yes_no_choices(context), true);
    data["save"] = catalogue.text(track_id == 0 ? "tracks.new.save" : "tracks.edit.save");
    data["error_summary"] = form.error_summary();
    auto const title = track_id == 0 ? std::string(catalogue.text("tracks.new.title"))
                                     : catalogue.format("tracks.edit.title", {{"code", typed.at("code")}});
    return context.page("tracks/form", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> track_list(Context& context, Services& services)
{
    auto const listed = TRY(services.training.catalogue.track_list(context.signed_in()));
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = listed.may.manage;
    data["has_tracks"] = !listed.tracks.empty();
    for (auto const& [track, version] : listed.tracks) {
        auto& row = data["tracks"].append();
        row["href"] = paths::track(track.id);
        row["code"] = track.code;
        row["name"] = in_reader_language(track.name, *context.catalogue);
        row["kind"] = kind_label(context, track.kind);
        row["version"] = version ? std::to_string(*version) : std::string("–");
        row["active"] = track.active;
    }
    return context.page("tracks/index", context.text("tracks.title"), std::move(data));
}

domain::Result<Response> new_track_form(Context& context, Services& services)
{
    TRY(services.training.catalogue.may_manage(context.signed_in()));
    return track_form(context, 0, typed_of({}), {}, 200);
}

namespace {

// The track as sent, and every objection at once when part of it cannot be read.
struct SentTrack {
    Typed typed;
    domain::Track track;
    std::vector<domain::FieldError> errors;
};

SentTrack track_sent(FormData const& form, long long id)
{
    SentTrack sent{typed_from(form), {}, {}};
    sent.track = track_from(sent.typed, sent.errors);
    sent.track.id = id;
    if (!sent.errors.empty())
        for (auto& error : domain::validate_track(sent.track))
            sent.errors.push_back(error);
    return sent;
}

} // namespace

domain::Result<Response> create_track(Context& context, Services& services)
{
    TRY(services.training.catalogue.may_manage(context.signed_in()));
    auto const sent = track_sent(context.form, 0);
    auto const redisplay = [&](auto errors) {
        return track_form(context, 0, sent.typed, std::move(errors), 422);
    };
    if (!sent.errors.empty())
        return redisplay(sent.errors);
    return after_form(services.training.catalogue.create_track(context.signed_in(), sent.track), redisplay,
                      [](long long id) { return Response::redirect(paths::track(id) + "?notice=created"); });
}

domain::Result<Response> edit_track_form(Context& context, Services& services)
{
    auto const details =
        TRY(services.training.catalogue.track_for_editing(context.signed_in(), TRY(context.record_id())));
    return track_form(context, details.track.id, typed_of(details.track), {}, 200);
}

domain::Result<Response> update_track(Context& context, Services& services)
{
    TRY(services.training.catalogue.may_manage(context.signed_in()));
    auto const details =
        TRY(services.training.catalogue.track(context.signed_in(), TRY(context.record_id())));
    auto const id = details.track.id;
    auto const sent = track_sent(context.form, id);
    auto const redisplay = [&](auto errors) {
        return track_form(context, id, sent.typed, std::move(errors), 422);
    };
    if (!sent.errors.empty())
        return redisplay(sent.errors);
    return after_form(services.training.catalogue.update_track(context.signed_in(), sent.track), redisplay,
                      [&] { return Response::redirect(paths::track(id) + "?notice=updated"); });
}

domain::Result<Response> show_track(Context& context, Services& services)
{
    auto const details =
        TRY(services.training.catalogue.track(context.signed_in(), TRY(context.record_id())));
    auto const& catalogue = *context.catalogue;
    auto const& track = details.track;
    auto const& version = details.version;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = details.may.manage;
    data["edit_href"] = paths::track_edit(track.id);
    data["modules_href"] = paths::track_modules(track.id);
    data["code"] = track.code;
    data["kind"] = kind_label(context, track.kind);
    data["description"] = in_reader_language(track.description, catalogue);
    data["occupations"] = joined_codes(track.occupations);
    data["ecf_profile"] =
        catalogue.text("tracks.ecf_profiles." + (track.ecf_profile.empty() ? "none" : track.ecf_profile));
    data["minimum_attendance"] =
        catalogue.format("tracks.percent", {{"value", track.minimum_attendance_percent}});
    data["all_modules"] = catalogue.text(track.requires_all_modules_passed ? "answers.yes" : "answers.no");
    data["status"] = catalogue.text(track.active ? "tracks.active" : "tracks.inactive");
    data["version"] = catalogue.format("tracks.show.version", {{"number", version.number}});
    if (details.version_in_use)
        data["version_in_use"] =
            catalogue.format("tracks.show.version_in_use", {{"next", version.number + 1}});
    data["has_modules"] = !version.modules.empty();
    for (auto const& module : version.modules) {
        auto& row = data["modules"].append();
        row["position"] = module.position;
        row["name"] = in_reader_language(module.name, catalogue);
        row["hours"] = domain::hours_of(module.planned_minutes);
        row["competences"] = joined_codes(module.competences);
    }
    data["total_hours"] = domain::hours_of(version.planned_minutes());
    auto const notice = context.query.get("notice");
    if (notice == "created" || notice == "updated" || notice == "modules")
        data["notice"] = catalogue.text("tracks.notices." + std::string(notice));
    auto const title = track.code + " – " + in_reader_language(track.name, catalogue);
    return context.page("tracks/show", title, std::move(data));
}

} // namespace tremplin::web::pages::catalogue
