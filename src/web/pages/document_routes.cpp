// The documents as files: a trainee's attestation and a traineeship's agreement (PDF), a cohort's monthly
// statement of hours (XLSX, CSV) and attendance register (XLSX), and the timetable for phones (iCalendar,
// through a secret link that needs no account).

#include "web/pages/document_routes.hpp"

#include "report/documents.hpp"
#include "web/application.hpp"

namespace tremplin::web::pages::documents {

namespace {

Response file(std::string body, std::string_view content_type, std::string const& file_name)
{
    auto response = Response::text(std::move(body));
    response.set_header("Content-Type", std::string(content_type));
    response.set_header("Content-Disposition", content_disposition(file_name));
    return response;
}

constexpr auto xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

} // namespace

domain::Result<Response> attestation(Context& context, Services& services)
{
    auto const data = TRY(services.training.documents.attestation(
        context.signed_in(), TRY(context.record_id()), context.catalogue->language()));
    auto const* catalogue = context.site.catalogues.find(data.language);
    auto response = Response::text(
        report::attestation_pdf(data.attestation, catalogue ? *catalogue : *context.catalogue));
    response.set_header("Content-Type", "application/pdf");
    response.set_header("Content-Disposition", content_disposition(data.file_name, Disposition::Inline));
    return response;
}

// In her language, like the attestation: she reads and signs it.
domain::Result<Response> traineeship_agreement(Context& context, Services& services)
{
    auto const data = TRY(services.training.documents.traineeship_agreement(
        context.signed_in(), TRY(context.record_id()), context.catalogue->language()));
    auto const* catalogue = context.site.catalogues.find(data.language);
    auto response = Response::text(
        report::traineeship_agreement_pdf(data.agreement, catalogue ? *catalogue : *context.catalogue));
    response.set_header("Content-Type", "application/pdf");
    response.set_header("Content-Disposition", content_disposition(data.file_name, Disposition::Inline));
    return response;
}

namespace {

// The month asked for, else the current one.
domain::YearMonth month_asked(Context const& context, Services& services)
{
    if (auto month = domain::YearMonth::parse_iso(context.query.get("month")))
        return *month;
    auto const today = services.training.attendance.clock().today();
    return *domain::YearMonth::from_parts(today.year(), today.month());
}

domain::Result<Response> statement(Context& context, Services& services, bool as_csv)
{
    auto const month = month_asked(context, services);
    auto const cohort_id = TRY(context.record_id());
    auto const data = TRY(services.training.documents.monthly_statement(context.signed_in(), cohort_id, month,
                                                                        as_csv ? service::FileFormat::Csv
                                                                               : service::FileFormat::Xlsx));
    auto const name = "hours-" + month.iso() + "-" + std::to_string(cohort_id);
    if (as_csv)
        return file(report::monthly_statement_csv(data, *context.catalogue), "text/csv; charset=utf-8",
                    name + ".csv");
    return file(report::monthly_statement_xlsx(data, *context.catalogue), xlsx_type, name + ".xlsx");
}

} // namespace

domain::Result<Response> statement_xlsx(Context& context, Services& services)
{
    return statement(context, services, false);
}

domain::Result<Response> statement_csv(Context& context, Services& services)
{
    return statement(context, services, true);
}

domain::Result<Response> attendance_register(Context& context, Services& services)
{
    auto const cohort_id = TRY(context.record_id());
    auto const data = TRY(services.training.documents.attendance_register(context.signed_in(), cohort_id,
                                                                          context.catalogue->language()));
    return file(report::attendance_register_xlsx(data, *context.catalogue), xlsx_type,
                "register-" + std::to_string(cohort_id) + ".xlsx");
}

domain::Result<Response> calendar(Context& context, Services& services)
{
    auto token = context.route_values.empty() ? std::string() : context.route_values[0];
    if (!token.ends_with(".ics"))
        return context.error_page(404);
    token.resize(token.size() - 4);
    auto feed =
        services.training.documents.calendar(token, context.catalogue->language(), context.site_host());
    if (!feed)
        return context.error_page(404);
    auto response = Response::text(report::icalendar(*feed));
    response.set_header("Content-Type", "text/calendar; charset=utf-8");
    return response;
}

} // namespace tremplin::web::pages::documents
