#pragma once

// A woman who writes in from a public page (an information session, an application) gets a
// record of her own, made of what she typed. A public page never changes a record the centre
// keeps: anyone who knows a woman's phone number could otherwise redirect her letters or learn
// which session she attends. When the new record may be a known woman's (the register's
// duplicate rules: same name and birth date, or same e-mail, phone or Actiris number), the
// pair waits for staff as a possible match, to merge or keep apart. The public page says the
// same either way, so it tells nobody who is known. docs/design.md "Public forms".

#include "domain/participant.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

#include <string>

namespace tremplin::service {

struct PublicRecord {
    long long participant_id = 0;
    int possible_matches = 0; // known records she may be
};

// `typed` has passed validation; `source` names the public page in the audit trail
// ("application", "information_session"). Runs in the caller's transaction.
PublicRecord record_from_public_page(store::Connection& connection, Clock const& clock,
                                     long long organisation_id, domain::Participant typed,
                                     std::string const& source);

} // namespace tremplin::service
