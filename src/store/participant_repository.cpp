#include "store/participant_repository.hpp"

#include "domain/participant_fields.hpp"
#include "store/organisation_repository.hpp"
#include "store/query.hpp"

#include <algorithm>
#include <stdexcept>

namespace tremplin::store {

namespace {

using domain::code_of;

constexpr auto summary_columns =
    "p.id, p.first_name, p.last_name, p.birth_date, p.phone, p.email, p.postcode, p.municipality, "
    "p.actiris_number, p.updated_at";

domain::ParticipantSummary read_summary(Row const& row)
{
    domain::ParticipantSummary summary;
    summary.id = row.integer("id");
    summary.first_name = row.text("first_name");
    summary.last_name = row.text("last_name");
    summary.birth_date = domain::Date::parse_iso(row.text("birth_date"));
    summary.phone = row.text("phone");
    summary.email = row.text("email");
    summary.postcode = row.text("postcode");
    summary.municipality = row.text("municipality");
    summary.actiris_number = row.text("actiris_number");
    summary.updated_at = row.text("updated_at");
    return summary;
}

// The stored columns of the record, in the order of the table of fields, then the keys derived
// from them.
std::vector<std::string_view> record_column_names()
{
    std::vector<std::string_view> columns;
    for (auto const& field : domain::participant_fields::table())
        if (!field.column.empty())
            columns.push_back(field.column);
    for (std::string_view key :
         {"name_key", "sort_key", "email_key", "phone_key", "actiris_key", "updated_at"})
        columns.push_back(key);
    return columns;
}

// "first_name, last_name, ...", ":first_name, :last_name, ..." or "first_name = :first_name, ...".
enum class ColumnList { Names, Placeholders, Assignments };

std::string record_columns(ColumnList list)
{
    std::string result;
    for (auto const column : record_column_names()) {
        if (!result.empty())
            result += ", ";
        if (list == ColumnList::Assignments)
            result.append(column).append(" = ");
        if (list != ColumnList::Names)
            result += ":";
        result.append(column);
    }
    return result;
}

// Binds every stored column of the record, in the names the INSERT and UPDATE below use.
void bind_record(Query& query, domain::Participant const& p, ParticipantKeys const& keys)
{
    // A copy read without its special categories would store them as never answered.
    if (p.special_categories_withheld)
        throw std::logic_error("a participant read without her special categories is never stored");
    query.bind("organisation", p.organisation_id);
    for (auto const& field : domain::participant_fields::table()) {
        if (field.column.empty())
            continue;
        // Text is kept as typed, "" included; an answer never given is NULL.
        if (auto value = field.stored(p))
            query.bind(field.column, std::move(*value));
        else
            query.bind(field.column, std::optional<std::string>());
    }
    query.bind("name_key", keys.name_key)
        .bind("sort_key", keys.sort_key)
        .bind("email_key", keys.email_key)
        .bind("phone_key", keys.phone_key)
        .bind("actiris_key", keys.actiris_key)
        .bind("updated_at", p.updated_at);
}

} // namespace

long long ParticipantRepository::insert(domain::Participant const& participant, ParticipantKeys const& keys)
{
    static auto const sql = "INSERT INTO participants (organisation_id, " +
                            record_columns(ColumnList::Names) + ", created_at) VALUES (:organisation, " +
                            record_columns(ColumnList::Placeholders) + ", :created_at) RETURNING id";
    Query query(m_connection, sql);
    bind_record(query, participant, keys);
    auto const id = query.bind("created_at", participant.created_at).scalar();

    auto saved = participant;
    saved.id = id;
    save_consents(saved);
    save_search_terms(participant.organisation_id, id, keys);
    OrganisationRepository(m_connection).advance_register_version(participant.organisation_id);
    return id;
}

void ParticipantRepository::update(domain::Participant const& participant, ParticipantKeys const& keys)
{
    static auto const sql = "UPDATE participants SET " + record_columns(ColumnList::Assignments) +
                            " WHERE organisation_id = :organisation AND id = :id";
    Query query(m_connection, sql);
    bind_record(query, participant, keys);
    query.bind("id", participant.id).run();
    save_consents(participant);
    save_search_terms(participant.organisation_id, participant.id, keys);
    OrganisationRepository(m_connection).advance_register_version(participant.organisation_id);
}

void ParticipantRepository::save_consents(domain::Participant const& participant)
{
    Query(m_connection, "DELETE FROM participant_consents WHERE participant_id = :id")
        .bind("id", participant.id)
        .run();
    for (auto const& consent : participant.consents) {
        Query(m_connection, "INSERT INTO participant_consents (organisation_id, participant_id, kind, given, "
                            "recorded_on) VALUES (:organisation, :participant, :kind, :given, :recorded_on)")
            .bind("organisation", participant.organisation_id)
            .bind("participant", participant.id)
            .bind("kind", std::string(code_of(consent.kind)))
            .bind("given", consent.given)
            .bind("recorded_on", consent.recorded_on.iso())
            .run();
    }
}

void ParticipantRepository::save_search_terms(long long organisation_id, long long participant_id,
                                              ParticipantKeys const& keys)
{
    Query(m_connection, "DELETE FROM participant_search_terms WHERE participant_id = :id")
        .bind("id", participant_id)
        .run();
    auto unique_terms = keys.search_terms;
    std::ranges::sort(unique_terms);
    auto const [first_duplicate, end] = std::ranges::unique(unique_terms);
    unique_terms.erase(first_duplicate, end);
    for (auto const& term : unique_terms) {
        if (term.empty())
            continue;
        Query(m_connection,
              "INSERT INTO participant_search_terms (organisation_id, term, participant_id, sort_key) "
              "VALUES (:organisation, :term, :participant, :sort_key)")
            .bind("organisation", organisation_id)
            .bind("term", term)
            .bind("participant", participant_id)
            .bind("sort_key", keys.sort_key)
            .run();
    }
}

namespace {

std::string const participant_sql =
    "SELECT id, organisation_id, " + record_columns(ColumnList::Names) +
    ", created_at, (SELECT name FROM partners WHERE partners.id = participants.referral_partner_id) "
    "AS referral_partner_name FROM participants";

domain::Participant read_participant(Row const& row)
{
    domain::Participant p;
    p.id = row.integer("id");
    p.organisation_id = row.integer("organisation_id");
    for (auto const& field : domain::participant_fields::table())
        if (!field.column.empty())
            field.restore(p, row.text(field.column));
    p.updated_at = row.text("updated_at");
    p.created_at = row.text("created_at");
    p.referral_partner_name = row.text("referral_partner_name");
    return p;
}

void read_consent(Row const& row, domain::Participant& participant)
{
    auto kind = domain::from_code<domain::ConsentKind>(row.text("kind"));
    auto recorded_on = domain::Date::parse_iso(row.text("recorded_on"));
    if (kind && recorded_on)
        participant.consents.push_back({*kind, row.boolean("given"), *recorded_on});
}

} // namespace

std::optional<domain::Participant> ParticipantRepository::find(long long organisation_id, long long id)
{
    auto participant =
        Query(m_connection, participant_sql + " WHERE organisation_id = :organisation AND id = :id")
            .bind("organisation", organisation_id)
            .bind("id", id)
            .first_row<domain::Participant>(read_participant);
    if (!participant)
        return std::nullopt;
    Query(m_connection,
          "SELECT kind, given, recorded_on FROM participant_consents WHERE participant_id = :id "
          "ORDER BY kind")
        .bind("id", id)
        .for_each_row([&](Row const& row) { read_consent(row, *participant); });
    return participant;
}

std::map<long long, domain::Participant> ParticipantRepository::find_each(long long organisation_id,
                                                                          std::vector<long long> const& ids)
{
    std::map<long long, domain::Participant> participants;
    if (ids.empty())
        return participants;
    auto const in = placeholders("p", ids.size());
    Query(m_connection, participant_sql + " WHERE organisation_id = :organisation AND id IN (" + in + ")")
        .bind("organisation", organisation_id)
        .bind_each("p", ids)
        .for_each_row([&](Row const& row) {
            auto participant = read_participant(row);
            participants.emplace(participant.id, std::move(participant));
        });
    Query(m_connection, "SELECT participant_id, kind, given, recorded_on FROM participant_consents "
                        "WHERE participant_id IN (" +
                            in + ") ORDER BY participant_id, kind")
        .bind_each("p", ids)
        .for_each_row([&](Row const& row) {
            if (auto const found = participants.find(row.integer("participant_id"));
                found != participants.end())
                read_consent(row, found->second);
        });
    return participants;
}

long long ParticipantRepository::count_terms_up_to(long long organisation_id, std::string const& prefix,
                                                   long long bound)
{
    return Query(m_connection,
                 "SELECT COUNT(*) FROM (SELECT 1 FROM participant_search_terms WHERE organisation_id = "
                 ":organisation AND term >= :from AND term < :to LIMIT :bound) counted")
        .bind("organisation", organisation_id)
        .bind("from", prefix)
        .bind("to", prefix_upper_bound(prefix))
        .bind("bound", bound)
        .scalar();
}

// A search must be fast whether its words are rare ("yilmaz": a few records) or common
// ("b": a fifth of them), and names cluster in list order, so walking the list until a page
// is full can mean walking most of it. Instead, the most selective word (counted up to a
// bound) leads: its terms carry the sort key, so its matches are ordered from the terms'
// index alone, every other word is checked on each of them (EXISTS), and only the page
// shown is read from participants.
std::vector<domain::ParticipantSummary> ParticipantRepository::search(ParticipantSearch const& search)
{
    if (search.prefixes.empty())
        return list(search);

    std::size_t leading = 0;
    long long fewest = 0;
    for (std::size_t i = 0; i < search.prefixes.size(); ++i) {
        auto const count = count_terms_up_to(search.organisation_id, search.prefixes[i], 5000);
        // Past the bound, the longer word is likely the rarer.
        bool const better = count < fewest ||
                            (count == fewest && search.prefixes[i].size() > search.prefixes[leading].size());
        if (i == 0 || better) {
            leading = i;
            fewest = count;
        }
    }
    if (fewest == 0)
        return {};

    // A record whose several terms start with the word appears once (DISTINCT): all her terms
    // carry the same sort key.
    auto range = [](std::string_view column, std::size_t word) {
        auto const n = std::to_string(word);
        return std::string(column) + " >= :from" + n + " AND " + std::string(column) + " < :to" + n;
    };
    std::string sql =
        std::string("SELECT ") + summary_columns +
        " FROM (SELECT DISTINCT t.sort_key, t.participant_id AS id FROM participant_search_terms t"
        " WHERE t.organisation_id = :organisation AND " +
        range("t.term", leading);
    constexpr auto also_has = " AND EXISTS (SELECT 1 FROM participant_search_terms o"
                              " WHERE o.participant_id = t.participant_id AND ";
    for (std::size_t i = 0; i < search.prefixes.size(); ++i)
        if (i != leading)
            sql += also_has + range("o.term", i) + ")";
    // In name order and without a date filter, the page is cut before reading participants;
    // otherwise every match is read, and the page cut after.
    bool const cut_early = search.order == ParticipantOrder::Name && search.updated_since.empty();
    if (cut_early)
        sql += " ORDER BY t.sort_key, t.participant_id LIMIT :limit OFFSET :offset";
    sql += ") found JOIN participants p ON p.id = found.id";
    if (!search.updated_since.empty())
        sql += " WHERE p.updated_at >= :since";
    if (search.order == ParticipantOrder::Name)
        sql += " ORDER BY found.sort_key, found.id";
    else
        sql += " ORDER BY p.updated_at DESC, p.id DESC";
    if (!cut_early)
        sql += " LIMIT :limit OFFSET :offset";

    Query query(m_connection, sql);
    query.bind("organisation", search.organisation_id);
    for (std::size_t i = 0; i < search.prefixes.size(); ++i) {
        auto const n = std::to_string(i);
        query.bind("from" + n, search.prefixes[i]).bind("to" + n, prefix_upper_bound(search.prefixes[i]));
    }
    query.bind("limit", search.limit).bind("offset", search.offset);
    if (!search.updated_since.empty())
        query.bind("since", search.updated_since);
    return query.rows<domain::ParticipantSummary>(read_summary);
}

std::vector<domain::ParticipantSummary> ParticipantRepository::list(ParticipantSearch const& search)
{
    std::string sql = std::string("SELECT ") + summary_columns +
                      " FROM participants p WHERE p.organisation_id = :organisation";
    if (!search.updated_since.empty())
        sql += " AND p.updated_at >= :since";
    if (search.order == ParticipantOrder::Name)
        sql += " ORDER BY p.sort_key, p.id";
    else
        sql += " ORDER BY p.updated_at DESC, p.id DESC";
    sql += " LIMIT :limit OFFSET :offset";

    Query query(m_connection, sql);
    query.bind("organisation", search.organisation_id)
        .bind("limit", search.limit)
        .bind("offset", search.offset);
    if (!search.updated_since.empty())
        query.bind("since", search.updated_since);
    return query.rows<domain::ParticipantSummary>(read_summary);
}

std::vector<domain::ParticipantSummary>
ParticipantRepository::possible_duplicates(DuplicateProbe const& probe)
{
    // One indexed lookup per rule, united: each branch uses its own index.
    std::vector<std::string> branches;
    if (probe.birth_date)
        branches.emplace_back(
            "SELECT id FROM participants WHERE organisation_id = :organisation AND name_key = "
            ":name_key AND birth_date = :birth_date");
    if (!probe.email_key.empty())
        branches.emplace_back(
            "SELECT id FROM participants WHERE organisation_id = :organisation AND email_key = :email_key");
    if (!probe.phone_key.empty())
        branches.emplace_back(
            "SELECT id FROM participants WHERE organisation_id = :organisation AND phone_key = :phone_key");
    if (!probe.actiris_key.empty())
        branches.emplace_back("SELECT id FROM participants WHERE organisation_id = :organisation AND "
                              "actiris_key = :actiris_key");
    if (branches.empty())
        return {};

    std::string sql = std::string("SELECT ") + summary_columns + " FROM participants p WHERE p.id IN (";
    for (std::size_t i = 0; i < branches.size(); ++i)
        sql += (i ? " UNION " : "") + branches[i];
    sql += ") AND p.id <> :excluding ORDER BY p.sort_key, p.id LIMIT 20";

    Query query(m_connection, sql);
    query.bind("organisation", probe.organisation_id).bind("excluding", probe.excluding_id);
    if (probe.birth_date)
        query.bind("name_key", probe.name_key).bind("birth_date", probe.birth_date->iso());
    if (!probe.email_key.empty())
        query.bind("email_key", probe.email_key);
    if (!probe.phone_key.empty())
        query.bind("phone_key", probe.phone_key);
    if (!probe.actiris_key.empty())
        query.bind("actiris_key", probe.actiris_key);
    return query.rows<domain::ParticipantSummary>(read_summary);
}

} // namespace tremplin::store
