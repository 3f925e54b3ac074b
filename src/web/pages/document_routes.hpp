#pragma once

// The documents: attestations, traineeship agreements, statements, registers, calendars.

#include "web/application.hpp"

namespace tremplin::web::pages::documents {

domain::Result<Response> attestation(Context& context, Services& services);
domain::Result<Response> traineeship_agreement(Context& context, Services& services);
domain::Result<Response> statement_xlsx(Context& context, Services& services);
domain::Result<Response> statement_csv(Context& context, Services& services);
domain::Result<Response> attendance_register(Context& context, Services& services);
domain::Result<Response> calendar(Context& context, Services& services);

} // namespace tremplin::web::pages::documents
