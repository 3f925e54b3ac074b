#pragma once

// The enterprise's page of its offer, opened through the secret link the job coach sent (no
// account): the offer in the contact's language, confirmed as it is or corrected
// (docs/design.md "Offers and the enterprise's link").

#include "web/application.hpp"

namespace tremplin::web::pages::offer_check {

domain::Result<Response> show_offer_check(Context& context, Services& services);
domain::Result<Response> answer_offer_check(Context& context, Services& services);

} // namespace tremplin::web::pages::offer_check
