#include "store/offer_repository.hpp"

#include "store/query.hpp"
#include "store/word_list.hpp"

namespace tremplin::store {

namespace {

constexpr auto offer_columns =
    "o.id, o.organisation_id, o.partner_id, o.title, o.description, o.occupation, o.places, o.starts_on, "
    "o.ends_on, o.hours_per_week, o.languages, o.street, o.postcode, o.commune, o.transport_note, "
    "o.tutor_contact_id, o.status, o.confirmed_at, o.confirmed_by_contact_id";

// The offer without its tracks, which another query reads.
domain::Offer offer_at(Row const& row)
{
    domain::Offer offer;
    offer.id = row.integer("id");
    offer.organisation_id = row.integer("organisation_id");
    offer.partner_id = row.integer("partner_id");
    offer.title = row.text("title");
    offer.description = row.text("description");
    offer.occupation = row.text("occupation");
    offer.places = static_cast<int>(row.integer("places"));
    offer.starts_on = row.date("starts_on");
    offer.ends_on = row.date("ends_on");
    offer.hours_per_week = static_cast<int>(row.integer("hours_per_week"));
    offer.languages = split_words(row.text("languages"));
    offer.street = row.text("street");
    offer.postcode = row.text("postcode");
    offer.commune = row.text("commune");
    offer.transport_note = row.text("transport_note");
    offer.tutor_contact_id = row.optional_integer("tutor_contact_id");
    offer.status = choice_at<domain::OfferStatus>(row, "status").value_or(domain::OfferStatus::Draft);
    offer.confirmed_at = row.text("confirmed_at");
    offer.confirmed_by_contact_id = row.optional_integer("confirmed_by_contact_id");
    return offer;
}

constexpr auto link_columns =
    "l.id, l.organisation_id, l.offer_id, l.contact_id, l.created_at, l.expires_at, "
    "l.used_at";

domain::OfferLink link_at(Row const& row)
{
    return {row.integer("id"),      row.integer("offer_id"), row.integer("contact_id"),
            row.text("created_at"), row.text("expires_at"),  row.text("used_at")};
}

// The typed values, bound by the names the insert and the update share.
Query& bind_offer(Query& query, domain::Offer const& offer)
{
    return query.bind("title", offer.title)
        .bind("description", offer.description)
        .bind("occupation", offer.occupation)
        .bind("places", offer.places)
        .bind("starts_on", offer.starts_on.iso())
        .bind("ends_on", offer.ends_on.iso())
        .bind("hours_per_week", offer.hours_per_week)
        .bind("languages", join_words(offer.languages))
        .bind("street", offer.street)
        .bind("postcode", offer.postcode)
        .bind("commune", offer.commune)
        .bind("transport_note", offer.transport_note)
        .bind("tutor", offer.tutor_contact_id);
}

} // namespace

long long OfferRepository::insert(domain::Offer const& offer, std::string const& now)
{
    Query query(
        m_connection,
        "INSERT INTO offers (organisation_id, partner_id, title, description, occupation, places, "
        "starts_on, ends_on, hours_per_week, languages, street, postcode, commune, transport_note, "
        "tutor_contact_id, status, created_at, updated_at) VALUES (:organisation, :partner, :title, "
        ":description, :occupation, :places, :starts_on, :ends_on, :hours_per_week, :languages, :street, "
        ":postcode, :commune, :transport_note, :tutor, :status, :now, :now) RETURNING id");
    auto const id = bind_offer(query, offer)
                        .bind("organisation", offer.organisation_id)
                        .bind("partner", offer.partner_id)
                        .bind("status", std::string(domain::code_of(offer.status)))
                        .bind("now", now)
                        .scalar();
    replace_tracks(id, offer.track_ids);
    return id;
}

void OfferRepository::update(domain::Offer const& offer, std::string const& now)
{
    Query query(
        m_connection,
        "UPDATE offers SET title = :title, description = :description, occupation = :occupation, "
        "places = :places, starts_on = :starts_on, ends_on = :ends_on, hours_per_week = :hours_per_week, "
        "languages = :languages, street = :street, postcode = :postcode, commune = :commune, "
        "transport_note = :transport_note, tutor_contact_id = :tutor, updated_at = :now "
        "WHERE organisation_id = :organisation AND id = :id");
    bind_offer(query, offer)
        .bind("now", now)
        .bind("organisation", offer.organisation_id)
        .bind("id", offer.id)
        .run();
    replace_tracks(offer.id, offer.track_ids);
}

void OfferRepository::set_status(long long organisation_id, long long id, domain::OfferStatus status,
                                 std::string const& now)
{
    Query(m_connection, "UPDATE offers SET status = :status, updated_at = :now "
                        "WHERE organisation_id = :organisation AND id = :id")
        .bind("status", std::string(domain::code_of(status)))
        .bind("now", now)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .run();
}

void OfferRepository::set_confirmed(long long organisation_id, long long id, long long contact_id,
                                    std::string const& now)
{
    Query(m_connection, "UPDATE offers SET confirmed_at = :now, confirmed_by_contact_id = :contact, "
                        "updated_at = :now WHERE organisation_id = :organisation AND id = :id")
        .bind("now", now)
        .bind("contact", contact_id)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .run();
}

std::optional<domain::Offer> OfferRepository::find(long long organisation_id, long long id)
{
    auto offer =
        Query(m_connection, std::string("SELECT ") + offer_columns +
                                " FROM offers o WHERE o.organisation_id = :organisation AND o.id = :id")
            .bind("organisation", organisation_id)
            .bind("id", id)
            .first_row<domain::Offer>(offer_at);
    if (offer)
        offer->track_ids = tracks_of(offer->id);
    return offer;
}

std::vector<domain::Offer> OfferRepository::of_partner(long long organisation_id, long long partner_id)
{
    auto offers = Query(m_connection, std::string("SELECT ") + offer_columns +
                                          " FROM offers o WHERE o.organisation_id = :organisation "
                                          "AND o.partner_id = :partner ORDER BY o.starts_on DESC, o.id DESC")
                      .bind("organisation", organisation_id)
                      .bind("partner", partner_id)
                      .rows<domain::Offer>(offer_at);
    for (auto& offer : offers)
        offer.track_ids = tracks_of(offer.id);
    return offers;
}

std::vector<OfferLine> OfferRepository::search(OfferSearch const& search)
{
    std::string sql = std::string("SELECT ") + offer_columns +
                      ", p.name AS partner_name FROM offers o JOIN partners p ON p.id = o.partner_id "
                      "WHERE o.organisation_id = :organisation";
    if (search.status)
        sql += " AND o.status = :status";
    if (search.track_id != 0)
        sql += " AND EXISTS (SELECT 1 FROM offer_tracks t WHERE t.offer_id = o.id AND t.track_id = :track)";
    sql += " ORDER BY o.starts_on DESC, o.id DESC LIMIT :limit OFFSET :offset";
    Query query(m_connection, sql);
    query.bind("organisation", search.organisation_id);
    if (search.status)
        query.bind("status", std::string(domain::code_of(*search.status)));
    if (search.track_id != 0)
        query.bind("track", search.track_id);
    query.bind("limit", search.limit).bind("offset", search.offset);
    auto lines = query.rows<OfferLine>([](Row const& row) {
        return OfferLine{offer_at(row), row.text("partner_name")};
    });
    for (auto& line : lines)
        line.offer.track_ids = tracks_of(line.offer.id);
    return lines;
}

long long OfferRepository::replace_link(long long organisation_id, domain::OfferLink const& link,
                                        std::string const& token_hash, std::optional<long long> created_by)
{
    Query(m_connection, "DELETE FROM offer_links WHERE offer_id = :offer").bind("offer", link.offer_id).run();
    return Query(m_connection,
                 "INSERT INTO offer_links (organisation_id, offer_id, contact_id, token_hash, created_at, "
                 "expires_at, created_by) VALUES (:organisation, :offer, :contact, :token_hash, :created_at, "
                 ":expires_at, :created_by) RETURNING id")
        .bind("organisation", organisation_id)
        .bind("offer", link.offer_id)
        .bind("contact", link.contact_id)
        .bind("token_hash", token_hash)
        .bind("created_at", link.created_at)
        .bind("expires_at", link.expires_at)
        .bind("created_by", created_by)
        .scalar();
}

std::optional<OfferLinkFound> OfferRepository::link_by_token_hash(std::string const& token_hash)
{
    return Query(m_connection, std::string("SELECT ") + link_columns +
                                   " FROM offer_links l WHERE l.token_hash = :token_hash")
        .bind("token_hash", token_hash)
        .first_row<OfferLinkFound>([](Row const& row) {
            return OfferLinkFound{link_at(row), row.integer("organisation_id")};
        });
}

std::optional<domain::OfferLink> OfferRepository::link_of(long long offer_id)
{
    return Query(m_connection, std::string("SELECT ") + link_columns +
                                   " FROM offer_links l WHERE l.offer_id = :offer ORDER BY l.id DESC")
        .bind("offer", offer_id)
        .first_row<domain::OfferLink>(link_at);
}

bool OfferRepository::use_link(long long id, std::string const& now)
{
    return Query(m_connection, "UPDATE offer_links SET used_at = :now WHERE id = :id AND used_at IS NULL")
               .bind("now", now)
               .bind("id", id)
               .run() == 1;
}

std::vector<long long> OfferRepository::tracks_of(long long offer_id)
{
    return Query(m_connection, "SELECT track_id FROM offer_tracks WHERE offer_id = :offer ORDER BY track_id")
        .bind("offer", offer_id)
        .rows<long long>([](Row const& row) { return row.integer("track_id"); });
}

void OfferRepository::replace_tracks(long long offer_id, std::vector<long long> const& track_ids)
{
    Query(m_connection, "DELETE FROM offer_tracks WHERE offer_id = :offer").bind("offer", offer_id).run();
    for (auto const track_id : track_ids)
        Query(m_connection, "INSERT INTO offer_tracks (offer_id, track_id) VALUES (:offer, :track)")
            .bind("offer", offer_id)
            .bind("track", track_id)
            .run();
}

} // namespace tremplin::store
