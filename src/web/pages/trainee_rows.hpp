#pragma once

// Forms with one row per trainee (the attendance sheet, the results grid): each input is named
// "<field>-<enrolment id>", and each error message names the trainee it is about, beside her
// row and in the error summary (GOV.UK "Validation" pattern).

#include "domain/error.hpp"
#include "locale/catalogue.hpp"
#include "web/template_value.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::web {

std::string row_field(std::string_view field, long long enrolment_id);

class RowErrors {
  public:
    // Errors on `form_field` (about the whole form) link to the form itself.
    RowErrors(locale::Catalogue const& catalogue, std::vector<domain::FieldError> const& errors,
              std::string_view form_field);

    // The message for `field` naming `name`, or "". A message joins the summary, linked to
    // `anchor`, and marks `row` as having an error.
    std::string show(std::string const& field, std::string const& name, std::string const& anchor,
                     TemplateValue& row);

    // A message that is about no row.
    void add(std::string const& message, std::string const& anchor);

    // The error summary, once every row is shown (a page's data may move while it grows).
    TemplateValue take_summary() { return std::move(m_summary); }

  private:
    locale::Catalogue const& m_catalogue;
    std::vector<domain::FieldError> const& m_errors;
    TemplateValue m_summary = TemplateValue::object();
};

} // namespace tremplin::web
