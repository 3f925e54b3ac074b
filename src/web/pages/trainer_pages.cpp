// Trainers: the list, a new trainer and a trainer's details changed. Their gender is asked
// for the teaching parity figure (share of teaching hours given by women).

#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/catalogue_pages.hpp"
#include "web/paths.hpp"

#include <map>

namespace tremplin::web::pages::catalogue {

namespace {

using Typed = std::map<std::string, std::string, std::less<>>;

Typed typed_of(domain::Trainer const& trainer)
{
    return {{"name", trainer.name},
            {"gender", std::string(domain::code_of(trainer.gender))},
            {"external", trainer.external ? "yes" : "no"},
            {"email", trainer.email},
            {"active", trainer.active ? "yes" : "no"}};
}

Typed typed_from(FormData const& form)
{
    Typed typed;
    for (auto field : {"name", "gender", "external", "email", "active"})
        typed[field] = std::string(form.get(field));
    return typed;
}

std::vector<Choice> yes_no_choices(Context const& context)
{
    return {{"yes", std::string(context.text("answers.yes")), {}},
            {"no", std::string(context.text("answers.no")), {}}};
}

Response trainer_form(Context& context, long long trainer_id, Typed const& typed,
                      std::vector<domain::FieldError> errors, int status)
{
    auto const& catalogue = *context.catalogue;
    FormView form(
        catalogue, "trainers.fields",
        [&](std::string_view field) -> std::string_view {
            auto const found = typed.find(field);
            return found == typed.end() ? std::string_view() : std::string_view(found->second);
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = trainer_id == 0 ? std::string("/trainers") : paths::trainer(trainer_id);
    data["name"] = form.text("name", {.autocomplete = "off", .width = "width-20"});
    data["gender"] = form.radios("gender", coded_choices<domain::Gender>(catalogue, "genders"));
    data["external"] = form.radios("external", yes_no_choices(context), true);
    data["email"] = form.text("email", {.type = "email", .autocomplete = "off", .width = "width-20"});
    if (trainer_id != 0)
        data["active"] = form.radios("active", yes_no_choices(context), true);
    data["save"] = catalogue.text(trainer_id == 0 ? "trainers.new.save" : "trainers.edit.save");
    data["error_summary"] = form.error_summary();
    auto const title = trainer_id == 0
                           ? std::string(catalogue.text("trainers.new.title"))
                           : catalogue.format("trainers.edit.title", {{"name", typed.at("name")}});
    return context.page("trainers/form", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

// Saves the trainer as typed: `id` 0 adds one.
domain::Result<Response> save_trainer(Context& context, Services& services, long long id)
{
    TRY(services.training.catalogue.may_manage(context.signed_in()));
    auto const typed = typed_from(context.form);
    domain::Trainer trainer;
    trainer.id = id;
    trainer.name = typed.at("name");
    auto const gender = domain::from_code<domain::Gender>(typed.at("gender"));
    trainer.gender = gender.value_or(domain::Gender::NotSaid);
    trainer.external = typed.at("external") == "yes";
    trainer.email = typed.at("email");
    trainer.active = typed.at("active") != "no";
    // Every problem at once, in the order of the fields.
    auto errors = domain::validate_trainer(trainer);
    if (!gender) {
        bool const name_first = !errors.empty() && errors.front().field == "name";
        errors.insert(errors.begin() + (name_first ? 1 : 0), {"gender", "errors.trainer.gender_missing"});
    }
    auto const redisplay = [&](auto errors) {
        return trainer_form(context, id, typed, std::move(errors), 422);
    };
    if (!errors.empty())
        return redisplay(std::move(errors));
    return after_form(
        services.training.catalogue.save_trainer(context.signed_in(), trainer), redisplay, [&](long long) {
            return Response::redirect(id == 0 ? "/trainers?notice=created" : "/trainers?notice=updated");
        });
}

} // namespace

domain::Result<Response> trainer_list(Context& context, Services& services)
{
    auto const listed = TRY(services.training.catalogue.trainers(context.signed_in()));
    bool const can_manage = listed.may.manage;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = can_manage;
    data["has_trainers"] = !listed.trainers.empty();
    for (auto const& trainer : listed.trainers) {
        auto& row = data["trainers"].append();
        row["name"] = trainer.name;
        row["gender"] = context.text("genders." + std::string(domain::code_of(trainer.gender)));
        row["employment"] = context.text(trainer.external ? "trainers.external_trainer" : "trainers.staff");
        row["email"] = trainer.email;
        row["active"] = trainer.active;
        row["edit_href"] = can_manage ? paths::trainer_edit(trainer.id) : std::string();
        row["edit_label"] = context.catalogue->format("trainers.change_named", {{"name", trainer.name}});
    }
    auto const notice = context.query.get("notice");
    if (notice == "created" || notice == "updated")
        data["notice"] = context.text("trainers.notices." + std::string(notice));
    return context.page("trainers/index", context.text("trainers.title"), std::move(data));
}

domain::Result<Response> new_trainer_form(Context& context, Services& services)
{
    TRY(services.training.catalogue.may_manage(context.signed_in()));
    return trainer_form(context, 0, {{"external", "no"}}, {}, 200);
}

domain::Result<Response> create_trainer(Context& context, Services& services)
{
    return save_trainer(context, services, 0);
}

domain::Result<Response> edit_trainer_form(Context& context, Services& services)
{
    auto const trainer =
        TRY(services.training.catalogue.trainer_for_editing(context.signed_in(), TRY(context.record_id())));
    return trainer_form(context, trainer.id, typed_of(trainer), {}, 200);
}

domain::Result<Response> update_trainer(Context& context, Services& services)
{
    auto const trainer =
        TRY(services.training.catalogue.trainer(context.signed_in(), TRY(context.record_id())));
    return save_trainer(context, services, trainer.id);
}

} // namespace tremplin::web::pages::catalogue
