// The job coach's list of the tutors' evaluations due and not sent, the late ones first: the
// reminder that an evaluation is late (docs/domain.md "Tutor evaluation").

#include "web/pages/evaluation_display.hpp"
#include "web/pages/evaluation_pages.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::evaluations {

domain::Result<Response> due_list(Context& context, Services& services)
{
    auto const due = TRY(services.evaluations.due(context.signed_in()));
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["has_rows"] = !due.empty();
    for (auto const& line : due) {
        auto& row = data["rows"].append();
        auto const& traineeship = line.traineeship;
        row["href"] = paths::traineeship_evaluations(traineeship.traineeship.id);
        row["trainee"] = traineeship.first_name + " " + traineeship.last_name;
        row["partner"] = traineeship.partner_name;
        row["tutor"] = traineeship.tutor_name.empty() ? std::string(catalogue.text("partners.not_given"))
                                                      : traineeship.tutor_name;
        row["kind"] = kind_label(context, line.kind);
        row["due_on"] = catalogue.date(line.due_on);
        row["late_since"] = line.late_since ? catalogue.date(*line.late_since) : std::string();
    }
    return context.page("evaluations/index", context.text("evaluations.due.title"), std::move(data));
}

} // namespace tremplin::web::pages::evaluations
