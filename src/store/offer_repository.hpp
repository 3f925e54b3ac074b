#pragma once

// The partners' traineeship offers, the tracks each suits, and the enterprise's links.

#include "domain/offer.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// A page of all the centre's offers: every condition given must hold.
struct OfferSearch {
    long long organisation_id = 0;
    std::optional<domain::OfferStatus> status;
    long long track_id = 0; // 0: any track
    int limit = 50;
    int offset = 0;
};

// An offer as the lists show it.
struct OfferLine {
    domain::Offer offer;
    std::string partner_name;
};

// A link with what its page needs to say who it was for.
struct OfferLinkFound {
    domain::OfferLink link;
    long long organisation_id = 0;
};

class OfferRepository {
  public:
    explicit OfferRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Offer const& offer, std::string const& now);
    // The typed fields and the tracks; the status and the confirmation stay.
    void update(domain::Offer const& offer, std::string const& now);
    void set_status(long long organisation_id, long long id, domain::OfferStatus status,
                    std::string const& now);
    void set_confirmed(long long organisation_id, long long id, long long contact_id, std::string const& now);
    std::optional<domain::Offer> find(long long organisation_id, long long id);
    // In order of their start, the latest first.
    std::vector<domain::Offer> of_partner(long long organisation_id, long long partner_id);
    // In order of their start, the latest first; `limit` at most from `offset`.
    std::vector<OfferLine> search(OfferSearch const& search);

    // The offer's link, replacing any it had.
    long long replace_link(long long organisation_id, domain::OfferLink const& link,
                           std::string const& token_hash, std::optional<long long> created_by);
    std::optional<OfferLinkFound> link_by_token_hash(std::string const& token_hash);
    std::optional<domain::OfferLink> link_of(long long offer_id);
    // Marks the link answered, unless it already was: whether this call did.
    bool use_link(long long id, std::string const& now);

  private:
    std::vector<long long> tracks_of(long long offer_id);
    void replace_tracks(long long offer_id, std::vector<long long> const& track_ids);

    Connection& m_connection;
};

} // namespace tremplin::store
