#pragma once

// The documents: attestations, statements, registers, calendars.

#include "web/application.hpp"

namespace tremplin::web::pages::documents {

Response attestation(Context& context, Services& services);
Response statement_xlsx(Context& context, Services& services);
Response statement_csv(Context& context, Services& services);
Response attendance_register(Context& context, Services& services);
Response calendar(Context& context, Services& services);

} // namespace tremplin::web::pages::documents
