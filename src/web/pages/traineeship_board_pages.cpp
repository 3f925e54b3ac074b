// A cohort's traineeships at a glance: its traineeship period, then every trainee still in it
// with her traineeships (host, dates, status, tutor, how many of the three have signed the
// agreement) or "none yet", and for the job coach the way to record one.

#include "web/pages/traineeship_display.hpp"
#include "web/pages/traineeship_pages.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::traineeships {

domain::Result<Response> cohort_board(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const board = TRY(services.traineeships.board(context.signed_in(), cohort_id));
    auto const& catalogue = *context.catalogue;
    auto const& cohort = board.cohort;
    TemplateValue data = TemplateValue::object();
    data["cohort"] = cohort.name;
    data["cohort_href"] = paths::cohort(cohort_id);
    data["period"] = cohort.traineeship
                         ? dates_of(context, cohort.traineeship->starts_on, cohort.traineeship->ends_on)
                         : std::string(catalogue.text("cohorts.traineeship_none"));
    data["can_manage"] = board.may.manage;
    data["can_open_records"] = board.may.records;
    data["new_href"] = paths::cohort_new_traineeship(cohort_id);
    data["has_trainees"] = !board.trainees.empty();
    for (auto const& trainee : board.trainees) {
        auto& row = data["trainees"].append();
        row["name"] = trainee.last_name + ", " + trainee.first_name;
        row["record_href"] = paths::participant(trainee.participant_id);
        row["record_one_href"] =
            paths::cohort_new_traineeship(cohort_id) + "?enrolment=" + std::to_string(trainee.enrolment_id);
        row["has_traineeships"] = !trainee.traineeships.empty();
        for (auto const& view : trainee.traineeships) {
            auto const& traineeship = view.traineeship;
            auto& item = row["traineeships"].append();
            item["traineeship_href"] = paths::traineeship(traineeship.id);
            item["partner"] = view.partner_name;
            item["dates"] = dates_of(context, traineeship.starts_on, traineeship.ends_on);
            item["status"] = status_label(context, traineeship);
            item["tutor"] = view.tutor_name.empty() ? std::string(catalogue.text("traineeships.no_tutor"))
                                                    : view.tutor_name;
            item["signatures"] = catalogue.format("traineeships.board.signatures_value",
                                                  {{"count", signature_count(traineeship.signatures)}});
        }
    }
    return context.page("traineeships/board",
                        catalogue.format("traineeships.board.title", {{"cohort", cohort.name}}),
                        std::move(data));
}

} // namespace tremplin::web::pages::traineeships
