#include "store/partner_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

constexpr auto partner_columns = "p.id, p.organisation_id, p.name, p.kind, p.nace_section, p.size_band, "
                                 "p.street, p.postcode, p.commune, p.website, p.enterprise_number";

domain::Partner partner_at(Row const& row)
{
    domain::Partner partner;
    partner.id = row.integer("id");
    partner.organisation_id = row.integer("organisation_id");
    partner.name = row.text("name");
    partner.kind = choice_at<domain::PartnerKind>(row, "kind").value_or(domain::PartnerKind::Other);
    partner.nace_section = row.text("nace_section");
    partner.size_band = choice_at<domain::SizeBand>(row, "size_band");
    partner.street = row.text("street");
    partner.postcode = row.text("postcode");
    partner.commune = row.text("commune");
    partner.website = row.text("website");
    partner.enterprise_number = row.text("enterprise_number");
    return partner;
}

constexpr auto contact_columns = "c.id, c.partner_id, c.name, c.role, c.language, c.phone, c.email";

domain::PartnerContact contact_at(Row const& row)
{
    return {row.integer("id"),    row.integer("partner_id"), row.text("name"), row.text("role"),
            row.text("language"), row.text("phone"),         row.text("email")};
}

// The partner's values, bound by the names the insert and the update share.
Query& bind_partner(Query& query, domain::Partner const& partner, PartnerKeys const& keys)
{
    return query.bind("name", partner.name)
        .bind("name_key", keys.name_key)
        .bind("search_key", keys.search_key)
        .bind("kind", std::string(domain::code_of(partner.kind)))
        .bind("nace_section", partner.nace_section)
        .bind("size_band", code_or_null(partner.size_band))
        .bind("street", partner.street)
        .bind("postcode", partner.postcode)
        .bind("commune", partner.commune)
        .bind("website", partner.website)
        .bind("enterprise_number", partner.enterprise_number);
}

Query& bind_contact(Query& query, domain::PartnerContact const& contact)
{
    return query.bind("name", contact.name)
        .bind("role", contact.role)
        .bind("language", contact.language)
        .bind("phone", contact.phone)
        .bind("email", contact.email);
}

} // namespace

long long PartnerRepository::insert(domain::Partner const& partner, PartnerKeys const& keys,
                                    std::string const& now)
{
    Query query(m_connection,
                "INSERT INTO partners (organisation_id, name, name_key, search_key, kind, nace_section, "
                "size_band, street, postcode, commune, website, enterprise_number, created_at, updated_at) "
                "VALUES (:organisation, :name, :name_key, :search_key, :kind, :nace_section, :size_band, "
                ":street, :postcode, :commune, :website, :enterprise_number, :now, :now) RETURNING id");
    auto const id = bind_partner(query, partner, keys)
                        .bind("organisation", partner.organisation_id)
                        .bind("now", now)
                        .scalar();
    replace_tags(partner, id, keys);
    return id;
}

void PartnerRepository::update(domain::Partner const& partner, PartnerKeys const& keys,
                               std::string const& now)
{
    Query query(m_connection,
                "UPDATE partners SET name = :name, name_key = :name_key, search_key = :search_key, "
                "kind = :kind, nace_section = :nace_section, size_band = :size_band, street = :street, "
                "postcode = :postcode, commune = :commune, website = :website, "
                "enterprise_number = :enterprise_number, updated_at = :now "
                "WHERE organisation_id = :organisation AND id = :id");
    bind_partner(query, partner, keys)
        .bind("now", now)
        .bind("organisation", partner.organisation_id)
        .bind("id", partner.id)
        .run();
    replace_tags(partner, partner.id, keys);
}

void PartnerRepository::replace_tags(domain::Partner const& partner, long long id, PartnerKeys const& keys)
{
    Query(m_connection, "DELETE FROM partner_tags WHERE partner_id = :partner").bind("partner", id).run();
    for (std::size_t i = 0; i < partner.tags.size() && i < keys.tag_keys.size(); ++i)
        Query(m_connection, "INSERT INTO partner_tags (organisation_id, partner_id, tag, tag_key) "
                            "VALUES (:organisation, :partner, :tag, :tag_key)")
            .bind("organisation", partner.organisation_id)
            .bind("partner", id)
            .bind("tag", partner.tags[i])
            .bind("tag_key", keys.tag_keys[i])
            .run();
}

void PartnerRepository::read_tags(std::vector<domain::Partner*> const& partners)
{
    if (partners.empty())
        return;
    // The ids are numbers read from the database: written in the statement, nothing typed is.
    std::string ids;
    for (auto const* partner : partners)
        ids += (ids.empty() ? "" : ", ") + std::to_string(partner->id);
    auto const rows = Query(m_connection, "SELECT partner_id, tag FROM partner_tags WHERE partner_id IN (" +
                                              ids + ") ORDER BY partner_id, tag_key")
                          .rows<std::pair<long long, std::string>>([](Row const& row) {
                              return std::pair{row.integer("partner_id"), row.text("tag")};
                          });
    for (auto* partner : partners)
        for (auto const& [partner_id, tag] : rows)
            if (partner_id == partner->id)
                partner->tags.push_back(tag);
}

std::optional<domain::Partner> PartnerRepository::find(long long organisation_id, long long id)
{
    auto partner =
        Query(m_connection, std::string("SELECT ") + partner_columns +
                                " FROM partners p WHERE p.organisation_id = :organisation AND p.id = :id")
            .bind("organisation", organisation_id)
            .bind("id", id)
            .first_row<domain::Partner>(partner_at);
    if (partner)
        read_tags({&*partner});
    return partner;
}

std::vector<PartnerLine> PartnerRepository::search(PartnerSearch const& search)
{
    std::string sql = std::string("SELECT ") + partner_columns +
                      ", (SELECT COUNT(*) FROM partner_contacts c WHERE c.partner_id = p.id) AS contacts "
                      "FROM partners p WHERE p.organisation_id = :organisation";
    for (std::size_t i = 0; i < search.words.size(); ++i)
        sql += " AND p.search_key LIKE :word" + std::to_string(i);
    if (!search.enterprise_number.empty())
        sql += " AND p.enterprise_number = :enterprise_number";
    if (search.kind)
        sql += " AND p.kind = :kind";
    if (!search.nace_section.empty())
        sql += " AND p.nace_section = :nace_section";
    if (!search.commune.empty())
        sql += " AND p.commune = :commune";
    if (!search.tag_key.empty())
        sql +=
            " AND EXISTS (SELECT 1 FROM partner_tags t WHERE t.partner_id = p.id AND t.tag_key = :tag_key)";
    if (search.hosted_in)
        sql +=
            " AND EXISTS (SELECT 1 FROM traineeships t WHERE t.partner_id = p.id AND t.status <> 'planned'" +
            std::string(*search.hosted_in ? " AND t.starts_on <= :year_ends AND t.ends_on >= :year_starts"
                                          : "") +
            ")";
    sql += " ORDER BY p.name, p.id LIMIT :limit OFFSET :offset";
    Query query(m_connection, sql);
    query.bind("organisation", search.organisation_id);
    // A folded word is letters and digits only: no LIKE wildcard can come from it.
    for (std::size_t i = 0; i < search.words.size(); ++i)
        query.bind("word" + std::to_string(i), "% " + search.words[i] + "%");
    if (!search.enterprise_number.empty())
        query.bind("enterprise_number", search.enterprise_number);
    if (search.kind)
        query.bind("kind", std::string(domain::code_of(*search.kind)));
    if (!search.nace_section.empty())
        query.bind("nace_section", search.nace_section);
    if (!search.commune.empty())
        query.bind("commune", search.commune);
    if (!search.tag_key.empty())
        query.bind("tag_key", search.tag_key);
    if (search.hosted_in && *search.hosted_in)
        query.bind("year_starts", std::to_string(*search.hosted_in) + "-01-01")
            .bind("year_ends", std::to_string(*search.hosted_in) + "-12-31");
    query.bind("limit", search.limit).bind("offset", search.offset);
    auto lines = query.rows<PartnerLine>([](Row const& row) {
        return PartnerLine{partner_at(row), row.integer("contacts")};
    });
    std::vector<domain::Partner*> partners;
    for (auto& line : lines)
        partners.push_back(&line.partner);
    read_tags(partners);
    return lines;
}

std::vector<PartnerTag> PartnerRepository::tags_in_use(long long organisation_id)
{
    return Query(m_connection, "SELECT tag_key, MIN(tag) AS tag FROM partner_tags WHERE organisation_id = "
                               ":organisation GROUP BY tag_key ORDER BY tag_key")
        .bind("organisation", organisation_id)
        .rows<PartnerTag>([](Row const& row) {
            return PartnerTag{row.text("tag_key"), row.text("tag")};
        });
}

namespace {

std::vector<domain::Partner> partners_where(Connection& connection, long long organisation_id,
                                            std::string_view condition)
{
    return Query(connection, std::string("SELECT ") + partner_columns +
                                 " FROM partners p WHERE p.organisation_id = :organisation" +
                                 std::string(condition) + " ORDER BY p.name, p.id")
        .bind("organisation", organisation_id)
        .rows<domain::Partner>(partner_at);
}

} // namespace

std::vector<domain::Partner> PartnerRepository::possible_funders(long long organisation_id)
{
    return partners_where(m_connection, organisation_id, " AND p.kind <> 'enterprise'");
}

std::vector<domain::Partner> PartnerRepository::all_by_name(long long organisation_id)
{
    return partners_where(m_connection, organisation_id, "");
}

// A traineeship counts for every year it runs in: one from December to February counts for both.
HostingCount PartnerRepository::hosting(long long organisation_id, int year)
{
    return Query(m_connection,
                 "SELECT COUNT(DISTINCT CASE WHEN starts_on <= :year_ends AND ends_on >= :year_starts "
                 "THEN partner_id END) AS in_year, COUNT(DISTINCT partner_id) AS ever FROM traineeships "
                 "WHERE organisation_id = :organisation AND status <> 'planned'")
        .bind("organisation", organisation_id)
        .bind("year_starts", std::to_string(year) + "-01-01")
        .bind("year_ends", std::to_string(year) + "-12-31")
        .first_row<HostingCount>([](Row const& row) {
            return HostingCount{row.integer("in_year"), row.integer("ever")};
        })
        .value_or(HostingCount{});
}

std::vector<std::string> PartnerRepository::communes(long long organisation_id)
{
    return Query(m_connection, "SELECT DISTINCT commune FROM partners WHERE organisation_id = :organisation "
                               "AND commune <> '' ORDER BY commune")
        .bind("organisation", organisation_id)
        .rows<std::string>([](Row const& row) { return row.text("commune"); });
}

std::vector<domain::Partner> PartnerRepository::possible_duplicates(long long organisation_id,
                                                                    std::string const& name_key,
                                                                    std::string const& enterprise_number,
                                                                    long long excluding)
{
    std::string sql = std::string("SELECT ") + partner_columns +
                      " FROM partners p WHERE p.organisation_id = :organisation AND p.id <> :excluding "
                      "AND (p.name_key = :name_key";
    if (!enterprise_number.empty())
        sql += " OR p.enterprise_number = :enterprise_number";
    sql += ") ORDER BY p.name, p.id LIMIT 20";
    Query query(m_connection, sql);
    query.bind("organisation", organisation_id).bind("excluding", excluding).bind("name_key", name_key);
    if (!enterprise_number.empty())
        query.bind("enterprise_number", enterprise_number);
    return query.rows<domain::Partner>(partner_at);
}

long long PartnerRepository::count(long long organisation_id)
{
    return Query(m_connection, "SELECT COUNT(*) FROM partners WHERE organisation_id = :organisation")
        .bind("organisation", organisation_id)
        .scalar();
}

long long PartnerRepository::insert_contact(long long organisation_id, domain::PartnerContact const& contact,
                                            std::string const& now)
{
    Query query(m_connection,
                "INSERT INTO partner_contacts (organisation_id, partner_id, name, role, language, phone, "
                "email, created_at, updated_at) VALUES (:organisation, :partner, :name, :role, :language, "
                ":phone, :email, :now, :now) RETURNING id");
    return bind_contact(query, contact)
        .bind("organisation", organisation_id)
        .bind("partner", contact.partner_id)
        .bind("now", now)
        .scalar();
}

void PartnerRepository::update_contact(domain::PartnerContact const& contact, std::string const& now)
{
    Query query(m_connection, "UPDATE partner_contacts SET name = :name, role = :role, language = :language, "
                              "phone = :phone, email = :email, updated_at = :now "
                              "WHERE partner_id = :partner AND id = :id");
    bind_contact(query, contact)
        .bind("now", now)
        .bind("partner", contact.partner_id)
        .bind("id", contact.id)
        .run();
}

void PartnerRepository::remove_contact(long long partner_id, long long id)
{
    Query(m_connection, "DELETE FROM partner_contacts WHERE partner_id = :partner AND id = :id")
        .bind("partner", partner_id)
        .bind("id", id)
        .run();
}

std::optional<domain::PartnerContact> PartnerRepository::contact(long long partner_id, long long id)
{
    return Query(m_connection, std::string("SELECT ") + contact_columns +
                                   " FROM partner_contacts c WHERE c.partner_id = :partner AND c.id = :id")
        .bind("partner", partner_id)
        .bind("id", id)
        .first_row<domain::PartnerContact>(contact_at);
}

std::vector<domain::PartnerContact> PartnerRepository::contacts(long long partner_id)
{
    return Query(m_connection,
                 std::string("SELECT ") + contact_columns +
                     " FROM partner_contacts c WHERE c.partner_id = :partner ORDER BY c.name, c.id")
        .bind("partner", partner_id)
        .rows<domain::PartnerContact>(contact_at);
}

long long PartnerRepository::insert_event(long long organisation_id, domain::PartnerEvent const& event,
                                          std::optional<long long> author_staff_account_id)
{
    return Query(m_connection,
                 "INSERT INTO partner_events (organisation_id, partner_id, kind, happened_on, contact_id, "
                 "summary, author_staff_account_id, created_at) VALUES (:organisation, :partner, :kind, "
                 ":happened_on, :contact, :summary, :author, :created_at) RETURNING id")
        .bind("organisation", organisation_id)
        .bind("partner", event.partner_id)
        .bind("kind", std::string(domain::code_of(event.kind)))
        .bind("happened_on", event.happened_on.iso())
        .bind("contact", event.contact_id)
        .bind("summary", event.summary)
        .bind("author", author_staff_account_id)
        .bind("created_at", event.created_at)
        .scalar();
}

std::vector<domain::PartnerEvent> PartnerRepository::events(long long partner_id)
{
    return Query(m_connection,
                 "SELECT e.id, e.partner_id, e.kind, e.happened_on, e.contact_id, "
                 "COALESCE(c.name, '') AS contact_name, e.summary, COALESCE(a.display_name, '') AS author, "
                 "e.created_at FROM partner_events e "
                 "LEFT JOIN partner_contacts c ON c.id = e.contact_id "
                 "LEFT JOIN staff_accounts a ON a.id = e.author_staff_account_id "
                 "WHERE e.partner_id = :partner ORDER BY e.happened_on DESC, e.id DESC")
        .bind("partner", partner_id)
        .rows<domain::PartnerEvent>([](Row const& row) {
            domain::PartnerEvent event;
            event.id = row.integer("id");
            event.partner_id = row.integer("partner_id");
            event.kind =
                choice_at<domain::PartnerEventKind>(row, "kind").value_or(domain::PartnerEventKind::Note);
            event.happened_on = domain::Date::parse_iso(row.text("happened_on")).value_or(domain::Date());
            event.contact_id = row.optional_integer("contact_id");
            event.contact_name = row.text("contact_name");
            event.summary = row.text("summary");
            event.author = row.text("author");
            event.created_at = row.text("created_at");
            return event;
        });
}

std::string PartnerRepository::created_at(long long partner_id)
{
    return Query(m_connection, "SELECT created_at FROM partners WHERE id = :id")
        .bind("id", partner_id)
        .first_row<std::string>([](Row const& row) { return row.text("created_at"); })
        .value_or("");
}

std::vector<domain::ContactAdded> PartnerRepository::contacts_added(long long partner_id)
{
    return Query(m_connection, "SELECT name, created_at FROM partner_contacts WHERE partner_id = :partner "
                               "ORDER BY created_at DESC, id DESC")
        .bind("partner", partner_id)
        .rows<domain::ContactAdded>([](Row const& row) {
            return domain::ContactAdded{row.text("name"), row.text("created_at")};
        });
}

domain::PartnerContribution PartnerRepository::contribution(long long organisation_id, long long partner_id)
{
    return Query(m_connection,
                 "SELECT (SELECT COUNT(*) FROM participants w WHERE w.organisation_id = :organisation "
                 "AND w.referral_partner_id = :partner) AS referred, "
                 "(SELECT COUNT(*) FROM traineeships t WHERE t.organisation_id = :organisation "
                 "AND t.partner_id = :partner AND t.status <> 'planned') AS hosted, "
                 "(SELECT COUNT(*) FROM traineeships t WHERE t.organisation_id = :organisation "
                 "AND t.partner_id = :partner AND t.hired_by_host = 1) AS hired, "
                 "(SELECT COUNT(*) FROM cohorts c WHERE c.organisation_id = :organisation "
                 "AND c.funding_partner_id = :partner) AS funded")
        .bind("organisation", organisation_id)
        .bind("partner", partner_id)
        .first_row<domain::PartnerContribution>([](Row const& row) {
            return domain::PartnerContribution{row.integer("referred"), row.integer("hosted"),
                                               row.integer("hired"), row.integer("funded")};
        })
        .value_or(domain::PartnerContribution{});
}

} // namespace tremplin::store
