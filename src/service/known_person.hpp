#pragma once

// A woman who writes in from a public page (an information session, an application) may
// already be known to the centre. She is found by the register's duplicate rules (same name
// and birth date, or same e-mail, phone or Actiris number) and her record is completed, never
// overwritten: what staff recorded stays, what she adds fills the gaps. Otherwise her record
// is created. Either way the public page says the same, so it tells nobody who is known.

#include "domain/participant.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

#include <string>

namespace tremplin::service {

struct Attachment {
    long long participant_id = 0;
    bool was_known = false;
};

// `typed` has passed validate_participant with `context`; `source` names the public page in
// the audit trail ("application", "information_session"). Runs in the caller's transaction.
Attachment attach_or_register(store::Connection& connection, Clock const& clock, long long organisation_id,
                              domain::Participant typed, domain::ValidationContext const& context,
                              std::string const& source);

} // namespace tremplin::service
