#pragma once

// The seats of an information session: when one frees up, the first women waiting take it and
// are told.

#include "domain/information_session.hpp"
#include "service/unit_of_work.hpp"

#include <string>

namespace tremplin::service {

// A session as the audit trail names it: its day and place.
std::string what_of(domain::InformationSession const& session);

// Gives the seats freed (by a cancellation, more seats, or two registrations of one woman
// made one) to the first on the waitlist, and tells each of them.
void fill_free_seats(UnitOfWork& unit, domain::InformationSession const& session);

} // namespace tremplin::service
