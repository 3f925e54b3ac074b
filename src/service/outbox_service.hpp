#pragma once

// The outbox: letters and e-mails to applicants waiting to leave, and those sent. E-mails go
// by the mail server when one is configured; the others wait here for staff, who post them
// or read them out on the phone, and mark them sent.

#include "domain/error.hpp"
#include "domain/letter.hpp"
#include "report/letter.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <vector>

namespace tremplin::service {

// Puts a letter in the outbox, in the caller's transaction; facts about the centre (its name
// and phone, for the signature) are added to the letter's.
void queue_letter(store::Connection& connection, Clock const& clock, domain::Letter letter);

class OutboxService {
  public:
    OutboxService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    domain::Result<std::vector<domain::Letter>> letters(Actor const& actor, bool sent);
    domain::Result<domain::Letter> letter(Actor const& actor, long long id);
    // Posted or read out by a member of staff, with the words she gave; audited.
    domain::Result<void> sent_by_hand(Actor const& actor, long long id, report::LetterText const& text);

    // For the mail sender: e-mails still to send (tried fewer than 5 times), of every centre.
    std::vector<domain::Letter> to_email(int limit);
    void emailed(domain::Letter const& letter, report::LetterText const& text);
    void not_emailed(domain::Letter const& letter, std::string const& failure);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service
