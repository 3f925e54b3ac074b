#pragma once

// The partners' traineeship offers: the job coach keeps them, the coordinator reads them, and the
// enterprise confirms or corrects its own through a secret link, without an account
// (docs/design.md "Offers and the enterprise's link").

#include "domain/offer.hpp"
#include "domain/partner.hpp"
#include "domain/track.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/public_desk.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/offer_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::service {

struct OfferMay {
    bool manage = false;
};

struct OfferListQuery {
    std::optional<domain::OfferStatus> status;
    long long track_id = 0; // 0: any
    int limit = 50;
    int offset = 0;
};

struct OfferList {
    std::vector<store::OfferLine> rows;
    bool has_more = false;
    std::vector<domain::Track> tracks; // the centre's, for the filter and the rows' labels
    OfferMay may;
};

// What an offer's form offers to choose from: its partner's contacts and the centre's tracks.
struct OfferForm {
    domain::Partner partner;
    std::vector<domain::PartnerContact> contacts;
    std::vector<domain::Track> tracks;
};

struct OfferDetails {
    domain::Offer offer;
    domain::Partner partner;
    std::vector<domain::PartnerContact> contacts;
    std::vector<domain::Track> tracks; // the centre's
    std::optional<domain::OfferLink> link;
    domain::OfferLinkState link_state = domain::OfferLinkState::Usable; // by the service's clock
    OfferMay may;
};

// What the enterprise's link opens.
struct OfferCheck {
    domain::Offer offer;
    std::string partner_name;
    domain::PartnerContact contact;
    std::vector<domain::Track> tracks; // those the offer suits
};

// How the enterprise answers: the offer as it is, or with its corrections.
enum class EnterpriseAnswer { Confirm, Correct };

class OfferService {
  public:
    OfferService(store::Database& database, Clock const& clock) : m_units(database, clock), m_desk(clock) {}

    // Whether she may add or change offers: the refusal a change would give, before a form is
    // shown or read.
    domain::Result<void> may_manage(Actor const& actor) const;

    domain::Result<OfferList> list(Actor const& actor, OfferListQuery const& query);
    // A partner's offers, for its page; nothing for a role that may not see partners.
    domain::Result<std::vector<domain::Offer>> of_partner(Actor const& actor, long long partner_id);
    domain::Result<OfferDetails> offer(Actor const& actor, long long id);
    // The choices of a new offer's form for the partner.
    domain::Result<OfferForm> form_for(Actor const& actor, long long partner_id);

    domain::Result<long long> create(Actor const& actor, long long partner_id,
                                     domain::OfferInput const& input);
    domain::Result<void> update(Actor const& actor, long long id, domain::OfferInput const& input);
    // docs/domain.md "Offer statuses": a move not allowed is a conflict.
    domain::Result<void> change_status(Actor const& actor, long long id, domain::OfferStatus status);

    // A new link for the contact (one of the offer's partner) to confirm or correct the offer,
    // valid `domain::offer_link_days`; it replaces the offer's previous one. The secret, to show
    // once: only its hash is kept.
    domain::Result<std::string> make_link(Actor const& actor, long long offer_id, long long contact_id);

    // What a link opens. Not found for a link that never was or has expired; a conflict
    // ("errors.offer_link.used") for a link already answered.
    domain::Result<OfferCheck> check(std::string const& token);
    // The enterprise's answer: the link is used, the offer confirmed (and corrected, through
    // the same rules as the staff form), all at once or nothing. Errors as `check`, field errors
    // with the link left unused, TooManyAttempts past the public forms' limit.
    domain::Result<void> answer(std::string const& token, EnterpriseAnswer answer,
                                domain::OfferInput const& corrections, std::string const& remote_address);

  private:
    UnitsOfWork m_units;
    PublicDesk m_desk;
};

} // namespace tremplin::service
