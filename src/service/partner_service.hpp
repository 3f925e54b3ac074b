#pragma once

// The centre's partner organisations and the people it speaks to there: the job coach keeps
// them, the coordinator reads them (docs/design.md "Partners").

#include "domain/partner.hpp"
#include "domain/partner_event.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/participant_service.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/partner_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::service {

// What the reader may do with the partners: add and change them and their contacts.
struct PartnerMay {
    bool manage = false;
};

struct PartnerListQuery {
    std::string search; // words of the name or commune, or an enterprise number
    std::optional<domain::PartnerKind> kind;
    std::string nace_section;
    std::string commune;
    std::string tag;              // a tag's case-folded key, as the filter sends it
    std::optional<int> hosted_in; // a year, or 0 for ever: the partners that hosted a traineeship
    int limit = 50;
    int offset = 0;
};

struct PartnerList {
    std::vector<store::PartnerLine> rows;
    bool has_more = false;
    std::vector<std::string> communes;   // every commune of a partner, for the filter
    std::vector<store::PartnerTag> tags; // every tag in use, for the filter
    int this_year = 0;                   // by the service's clock
    store::HostingCount hosting;         // this year and ever: the programme's "150+ enterprises"
    PartnerMay may;
};

struct PartnerDetails {
    domain::Partner partner;
    std::vector<domain::PartnerContact> contacts;
    std::vector<domain::PartnerHistoryItem> timeline; // newest first
    domain::PartnerContribution contribution;
    PartnerMay may;
};

// A partner created or changed: its id, or the partners it may duplicate, waiting for confirmation.
struct PartnerSaving {
    std::optional<long long> id; // empty when possible duplicates wait for confirmation
    std::vector<domain::Partner> possible_duplicates;
};

class PartnerService {
  public:
    PartnerService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // Whether she may add or change partners: the refusal a change would give, before a form is
    // shown or read.
    domain::Result<void> may_manage(Actor const& actor) const;

    domain::Result<PartnerList> list(Actor const& actor, PartnerListQuery const& query);
    domain::Result<PartnerDetails> partner(Actor const& actor, long long id);
    // The same, for whoever may change it.
    domain::Result<domain::Partner> for_editing(Actor const& actor, long long id);

    // A partner with the name key or the enterprise number of another is created only once
    // confirmed (`DuplicateCheck::ConfirmedDifferentPerson`): until then the others come back.
    domain::Result<PartnerSaving> create(Actor const& actor, domain::PartnerInput const& input,
                                         DuplicateCheck check);
    // A change that gives it the name key or the enterprise number of another is kept only once
    // confirmed, the same way; a partner already sharing them with another is not asked again.
    domain::Result<PartnerSaving> update(Actor const& actor, long long id, domain::PartnerInput const& input,
                                         DuplicateCheck check = DuplicateCheck::Warn);

    domain::Result<long long> add_contact(Actor const& actor, long long partner_id,
                                          domain::PartnerContactInput const& input);
    // A contact to change, audited as a view of her details.
    domain::Result<domain::PartnerContact> contact_for_editing(Actor const& actor, long long partner_id,
                                                               long long contact_id);
    domain::Result<void> update_contact(Actor const& actor, long long partner_id, long long contact_id,
                                        domain::PartnerContactInput const& input);
    domain::Result<void> remove_contact(Actor const& actor, long long partner_id, long long contact_id);

    // A meeting, call, e-mail, event or note with the partner, by whoever may change it; the
    // contact, when one is chosen, must be one of the partner's. Audited without its summary.
    domain::Result<long long> add_event(Actor const& actor, long long partner_id,
                                        domain::PartnerEventInput const& input);

  private:
    UnitsOfWork m_units;
};

// The keys a partner is found by: its name key, the folded words of its name and commune, and
// its tags case-folded.
store::PartnerKeys partner_keys(domain::Partner const& partner);

} // namespace tremplin::service
