#pragma once

// What the traineeship pages share: the labels of a status and of a traineeship's dates and
// signatures.

#include "domain/traineeship.hpp"
#include "web/context.hpp"

#include <string>

namespace tremplin::web::pages::traineeships {

// "Interrupted (She found a job)"
std::string status_label(Context const& context, domain::Traineeship const& traineeship);
// "1 June 2026 – 26 June 2026"
std::string dates_of(Context const& context, domain::Date starts_on, domain::Date ends_on);
// How many of the three parties have signed its agreement.
long long signature_count(domain::AgreementSignatures const& signatures);

} // namespace tremplin::web::pages::traineeships
