#include "web/pages/trainee_rows.hpp"

namespace tremplin::web {

std::string row_field(std::string_view field, long long enrolment_id)
{
    return std::string(field) + "-" + std::to_string(enrolment_id);
}

RowErrors::RowErrors(locale::Catalogue const& catalogue, std::vector<domain::FieldError> const& errors,
                     std::string_view form_field)
    : m_catalogue(catalogue), m_errors(errors)
{
    m_summary["has_errors"] = !errors.empty();
    for (auto const& error : errors)
        if (error.field == form_field)
            add(m_catalogue.format(error.message_key, {{"name", std::string()}}), std::string(form_field));
}

std::string RowErrors::show(std::string const& field, std::string const& name, std::string const& anchor,
                            TemplateValue& row)
{
    for (auto const& error : m_errors) {
        if (error.field != field)
            continue;
        auto message = m_catalogue.format(error.message_key, {{"name", name}});
        row["has_error"] = true;
        add(message, anchor);
        return message;
    }
    return {};
}

void RowErrors::add(std::string const& message, std::string const& anchor)
{
    m_summary["has_errors"] = true;
    auto& entry = m_summary["errors"].append();
    entry["href"] = "#" + anchor;
    entry["message"] = message;
}

} // namespace tremplin::web
