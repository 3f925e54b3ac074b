#include "web/api/traineeships_api.hpp"

#include "web/api/json_io.hpp"
#include "web/api/problem.hpp"

namespace tremplin::web::api::traineeships {

namespace {

nlohmann::json day_or_null(std::optional<domain::Date> const& day)
{
    return day ? nlohmann::json(day->iso()) : nlohmann::json(nullptr);
}

nlohmann::json id_or_null(long long id)
{
    return id == 0 ? nlohmann::json(nullptr) : nlohmann::json(id);
}

nlohmann::json traineeship_json(domain::Traineeship const& traineeship)
{
    auto const& signed_on = traineeship.signatures;
    return {{"id", traineeship.id},
            {"enrolment_id", traineeship.enrolment_id},
            {"participant_id", traineeship.participant_id},
            {"partner_id", traineeship.partner_id},
            {"offer_id", id_or_null(traineeship.offer_id)},
            {"tutor_contact_id", id_or_null(traineeship.tutor_contact_id)},
            {"starts_on", traineeship.starts_on.iso()},
            {"ends_on", traineeship.ends_on.iso()},
            {"hours_per_week", traineeship.hours_per_week},
            {"status", domain::code_of(traineeship.status)},
            {"interruption", traineeship.interruption
                                 ? nlohmann::json(domain::code_of(*traineeship.interruption))
                                 : nlohmann::json(nullptr)},
            {"hired_by_host", traineeship.hired_by_host},
            {"agreement_signed_on",
             {{"centre", day_or_null(signed_on.centre)},
              {"host", day_or_null(signed_on.host)},
              {"trainee", day_or_null(signed_on.trainee)}}}};
}

} // namespace

domain::Result<Response> of_cohort(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return api_problem(context, 404);
    auto items = nlohmann::json::array();
    for (auto const& view : TRY(services.traineeships.of_cohort(context.signed_in(), *id))) {
        auto& item = items.emplace_back(traineeship_json(view.traineeship));
        item["first_name"] = view.first_name;
        item["last_name"] = view.last_name;
        item["partner_name"] = view.partner_name;
    }
    return json_response({{"items", std::move(items)}});
}

domain::Result<Response> get(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return api_problem(context, 404);
    auto const details = TRY(services.traineeships.details(context.signed_in(), *id));
    auto json = traineeship_json(details.traineeship);
    json["first_name"] = details.first_name;
    json["last_name"] = details.last_name;
    json["cohort_id"] = details.cohort.id;
    json["partner_name"] = details.partner.name;
    return json_response(json);
}

} // namespace tremplin::web::api::traineeships
