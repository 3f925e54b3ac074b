#include "store/letter_repository.hpp"

#include "store/query.hpp"

#include <nlohmann/json.hpp>

namespace tremplin::store {

namespace {

constexpr auto letter_columns = "SELECT l.id, l.organisation_id, l.participant_id, l.application_id, l.kind, "
                                "l.language, l.email, l.facts, "
                                "l.queued_at, l.sent_at, l.sent_how, l.subject, l.body, l.attempts, "
                                "l.failure, p.first_name, p.last_name, "
                                "p.phone FROM letters l JOIN participants p ON p.id = l.participant_id ";

std::string facts_json(domain::LetterFacts const& facts)
{
    nlohmann::json json = nlohmann::json::object();
    for (auto const& [name, value] : facts)
        json[name] = value;
    return json.dump();
}

domain::LetterFacts facts_of(std::string const& text)
{
    domain::LetterFacts facts;
    auto const json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_object())
        for (auto const& [name, value] : json.items())
            if (value.is_string())
                facts[name] = value.get<std::string>();
    return facts;
}

domain::Letter letter_of(Row const& row)
{
    domain::Letter letter;
    letter.id = row.integer("id");
    letter.organisation_id = row.integer("organisation_id");
    letter.participant_id = row.integer("participant_id");
    letter.application_id = row.optional_integer("application_id");
    letter.kind = domain::from_code<domain::LetterKind>(row.text("kind"))
                      .value_or(domain::LetterKind::ApplicationReceived);
    letter.language = row.text("language");
    letter.email = row.text("email");
    letter.facts = facts_of(row.text("facts"));
    letter.queued_at = row.text("queued_at");
    letter.sent_at = row.optional_text("sent_at");
    letter.sent_how = domain::from_code<domain::LetterDelivery>(row.text("sent_how"));
    letter.subject = row.text("subject");
    letter.body = row.text("body");
    letter.attempts = static_cast<int>(row.integer("attempts"));
    letter.failure = row.text("failure");
    letter.recipient_name = row.text("first_name") + " " + row.text("last_name");
    letter.phone = row.text("phone");
    return letter;
}

} // namespace

long long LetterRepository::queue(domain::Letter const& letter)
{
    return Query(m_connection, "INSERT INTO letters (organisation_id, participant_id, application_id, kind, "
                               "language, email, facts, "
                               "queued_at) VALUES (:organisation, :participant, :application, :kind, "
                               ":language, :email, :facts, "
                               ":queued_at) RETURNING id")
        .bind("organisation", letter.organisation_id)
        .bind("participant", letter.participant_id)
        .bind("application", letter.application_id)
        .bind("kind", std::string(domain::code_of(letter.kind)))
        .bind("language", letter.language)
        .bind("email", letter.email)
        .bind("facts", facts_json(letter.facts))
        .bind("queued_at", letter.queued_at)
        .scalar();
}

std::vector<domain::Letter> LetterRepository::list(LetterFilter const& filter)
{
    std::string sql = letter_columns;
    sql += "WHERE l.organisation_id = :organisation AND l.sent_at IS ";
    sql += filter.sent ? "NOT NULL ORDER BY l.sent_at DESC, l.id DESC" : "NULL ORDER BY l.queued_at, l.id";
    sql += " LIMIT :limit";
    return Query(m_connection, sql)
        .bind("organisation", filter.organisation_id)
        .bind("limit", filter.limit)
        .rows<domain::Letter>(letter_of);
}

std::optional<domain::Letter> LetterRepository::find(long long organisation_id, long long id)
{
    return Query(m_connection,
                 std::string(letter_columns) + "WHERE l.organisation_id = :organisation AND l.id = :id")
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<domain::Letter>(letter_of);
}

std::vector<domain::Letter> LetterRepository::to_email(int attempts, int limit)
{
    return Query(m_connection, std::string(letter_columns) +
                                   "WHERE l.sent_at IS NULL AND l.email <> '' AND l.attempts < :attempts "
                                   "ORDER BY l.queued_at, l.id LIMIT :limit")
        .bind("attempts", attempts)
        .bind("limit", limit)
        .rows<domain::Letter>(letter_of);
}

void LetterRepository::mark_sent(long long id, domain::LetterDelivery how, std::string const& subject,
                                 std::string const& body, std::string const& now)
{
    Query(m_connection,
          "UPDATE letters SET sent_at = :now, sent_how = :how, subject = :subject, body = :body, "
          "failure = '' WHERE id = :id AND sent_at IS NULL")
        .bind("now", now)
        .bind("how", std::string(domain::code_of(how)))
        .bind("subject", subject)
        .bind("body", body)
        .bind("id", id)
        .run();
}

void LetterRepository::mark_failed(long long id, std::string const& failure)
{
    Query(m_connection, "UPDATE letters SET attempts = attempts + 1, failure = :failure WHERE id = :id")
        .bind("failure", failure)
        .bind("id", id)
        .run();
}

} // namespace tremplin::store
