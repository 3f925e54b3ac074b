// A new partner and a partner changed: the form, its errors beside each field, and the warning
// when the centre may already know the organisation (docs/design.md "Partners").

#include "web/form_outcome.hpp"
#include "web/pages/partner_display.hpp"
#include "web/pages/partner_pages.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::partners {

namespace {

Response partner_form(Context& context, long long id, domain::PartnerInput const& input,
                      std::vector<domain::FieldError> errors, int status,
                      std::vector<domain::Partner> const& duplicates = {})
{
    auto const& catalogue = *context.catalogue;
    FormView form(catalogue, "partners.fields", typed_in(input, domain::partner_inputs), std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = id == 0 ? std::string("/partners") : paths::partner(id);
    data["cancel_href"] = id == 0 ? std::string("/partners") : paths::partner(id);
    data["name"] = form.text("name", {.autocomplete = "organization", .width = "width-20"});
    data["kind"] = form.select("kind", kind_choices(context), catalogue.text("partners.choose"));
    data["enterprise_number"] = form.text("enterprise_number", {.width = "width-10"});
    data["nace_section"] =
        form.select("nace_section", sector_choices(context), catalogue.text("partners.not_known"));
    data["size_band"] =
        form.select("size_band", size_band_choices(context), catalogue.text("partners.not_known"));
    data["street"] = form.text("street", {.autocomplete = "street-address", .width = "width-20"});
    data["postcode"] =
        form.text("postcode", {.autocomplete = "postal-code", .input_mode = "numeric", .width = "width-4"});
    data["commune"] = form.text("commune", {.autocomplete = "address-level2", .width = "width-10"});
    data["website"] = form.text("website", {.type = "url", .autocomplete = "url", .width = "width-20"});
    data["tags"] = form.text("tags", {.autocomplete = "off", .width = "width-20"});
    for (auto const& duplicate : duplicates) {
        auto& item = data["duplicates"].append();
        item["href"] = paths::partner(duplicate.id);
        item["name"] = duplicate.name;
        item["detail"] =
            duplicate.enterprise_number.empty() ? duplicate.commune : duplicate.enterprise_number;
    }
    data["has_duplicates"] = !duplicates.empty();
    data["save"] = catalogue.text(id == 0 ? "partners.new.save" : "partners.edit.save");
    data["error_summary"] = form.error_summary();
    auto const title = id == 0 ? std::string(catalogue.text("partners.new.title"))
                               : catalogue.format("partners.edit.title", {{"name", input.name}});
    return context.page("partners/form", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

// Whether she confirmed, on the warning, that the organisation is none of those it named.
service::DuplicateCheck duplicate_check(Context const& context)
{
    return context.form.get("confirm_different_partner") == "yes"
               ? service::DuplicateCheck::ConfirmedDifferentPerson
               : service::DuplicateCheck::Warn;
}

} // namespace

domain::Result<Response> new_partner(Context& context, Services& services)
{
    TRY(services.partners.may_manage(context.signed_in()));
    return partner_form(context, 0, {.kind = "enterprise"}, {}, 200);
}

domain::Result<Response> create_partner(Context& context, Services& services)
{
    TRY(services.partners.may_manage(context.signed_in()));
    auto const input = input_from<domain::PartnerInput>(context.form, domain::partner_inputs);
    return after_form(
        services.partners.create(context.signed_in(), input, duplicate_check(context)),
        [&](auto errors) { return partner_form(context, 0, input, std::move(errors), 422); },
        [&](service::PartnerSaving const& created) {
            if (!created.id)
                return partner_form(context, 0, input, {}, 409, created.possible_duplicates);
            return Response::redirect(paths::partner(*created.id) + "?notice=created");
        });
}

domain::Result<Response> edit_partner(Context& context, Services& services)
{
    auto const partner = TRY(services.partners.for_editing(context.signed_in(), TRY(context.record_id())));
    return partner_form(context, partner.id, domain::input_of(partner), {}, 200);
}

domain::Result<Response> update_partner(Context& context, Services& services)
{
    TRY(services.partners.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const input = input_from<domain::PartnerInput>(context.form, domain::partner_inputs);
    return after_form(
        services.partners.update(context.signed_in(), id, input, duplicate_check(context)),
        [&](auto errors) { return partner_form(context, id, input, std::move(errors), 422); },
        [&](service::PartnerSaving const& saved) {
            if (!saved.id)
                return partner_form(context, id, input, {}, 409, saved.possible_duplicates);
            return Response::redirect(paths::partner(id) + "?notice=updated");
        });
}

} // namespace tremplin::web::pages::partners
