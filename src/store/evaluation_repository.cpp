#include "store/evaluation_repository.hpp"

#include "store/query.hpp"
#include "store/word_list.hpp"

namespace tremplin::store {

namespace {

constexpr auto traineeship_columns =
    "t.id, t.organisation_id, t.enrolment_id, t.participant_id, t.partner_id, t.tutor_contact_id, "
    "t.starts_on, t.ends_on, t.status, p.first_name, p.last_name, pa.name AS partner_name, "
    "COALESCE(c.name, '') AS tutor_name, "
    "(SELECT COUNT(*) FROM traineeship_evaluations m WHERE m.traineeship_id = t.id "
    "AND m.kind = 'mid_term') AS mid_term_sent, "
    "(SELECT COUNT(*) FROM traineeship_evaluations f WHERE f.traineeship_id = t.id "
    "AND f.kind = 'final') AS final_sent "
    "FROM traineeships t JOIN participants p ON p.id = t.participant_id "
    "JOIN partners pa ON pa.id = t.partner_id "
    "LEFT JOIN partner_contacts c ON c.id = t.tutor_contact_id ";

EvaluatedTraineeship traineeship_at(Row const& row)
{
    EvaluatedTraineeship found;
    auto& traineeship = found.traineeship;
    traineeship.id = row.integer("id");
    traineeship.organisation_id = row.integer("organisation_id");
    traineeship.enrolment_id = row.integer("enrolment_id");
    traineeship.participant_id = row.integer("participant_id");
    traineeship.partner_id = row.integer("partner_id");
    traineeship.tutor_contact_id = row.integer("tutor_contact_id");
    traineeship.starts_on = row.date("starts_on");
    traineeship.ends_on = row.date("ends_on");
    traineeship.status =
        choice_at<domain::TraineeshipStatus>(row, "status").value_or(domain::TraineeshipStatus::Planned);
    found.first_name = row.text("first_name");
    found.last_name = row.text("last_name");
    found.partner_name = row.text("partner_name");
    found.tutor_name = row.text("tutor_name");
    found.mid_term_sent = row.integer("mid_term_sent") > 0;
    found.final_sent = row.integer("final_sent") > 0;
    return found;
}

// "B.1=mostly C.1=fully": the competences' ratings in one column.
std::string joined_ratings(std::map<std::string, std::optional<domain::Rating>> const& competences)
{
    std::vector<std::string> words;
    for (auto const& [code, rating] : competences)
        if (rating)
            words.push_back(code + "=" + std::string(domain::code_of(*rating)));
    return join_words(words);
}

std::map<std::string, std::optional<domain::Rating>> ratings_in(std::string const& text)
{
    std::map<std::string, std::optional<domain::Rating>> competences;
    for (auto const& word : split_words(text)) {
        auto const equals = word.find('=');
        if (equals != std::string::npos)
            competences[word.substr(0, equals)] = domain::from_code<domain::Rating>(word.substr(equals + 1));
    }
    return competences;
}

constexpr auto link_columns = "l.id, l.organisation_id, l.traineeship_id, l.kind, l.contact_id, "
                              "l.created_at, l.expires_at, l.used_at";

domain::EvaluationLink link_at(Row const& row)
{
    return {row.integer("id"),
            row.integer("traineeship_id"),
            choice_at<domain::EvaluationKind>(row, "kind").value_or(domain::EvaluationKind::MidTerm),
            row.integer("contact_id"),
            row.text("created_at"),
            row.text("expires_at"),
            row.text("used_at")};
}

} // namespace

std::optional<EvaluatedTraineeship> EvaluationRepository::traineeship(long long organisation_id,
                                                                      long long traineeship_id)
{
    return Query(m_connection, std::string("SELECT ") + traineeship_columns +
                                   "WHERE t.organisation_id = :organisation AND t.id = :id")
        .bind("organisation", organisation_id)
        .bind("id", traineeship_id)
        .first_row<EvaluatedTraineeship>(traineeship_at);
}

std::vector<EvaluatedTraineeship> EvaluationRepository::awaiting(long long organisation_id,
                                                                 domain::Date today)
{
    return Query(m_connection,
                 std::string("SELECT ") + traineeship_columns +
                     "WHERE t.organisation_id = :organisation AND t.starts_on <= :today "
                     "AND t.status <> 'interrupted' AND NOT EXISTS (SELECT 1 FROM traineeship_evaluations f "
                     "WHERE f.traineeship_id = t.id AND f.kind = 'final') "
                     "ORDER BY t.starts_on, t.id")
        .bind("organisation", organisation_id)
        .bind("today", today.iso())
        .rows<EvaluatedTraineeship>(traineeship_at);
}

bool EvaluationRepository::insert(long long organisation_id, long long traineeship_id,
                                  domain::Evaluation const& evaluation, long long contact_id,
                                  std::string const& now)
{
    auto const kind = std::string(domain::code_of(evaluation.kind));
    auto const already = Query(m_connection, "SELECT COUNT(*) FROM traineeship_evaluations "
                                             "WHERE traineeship_id = :traineeship AND kind = :kind")
                             .bind("traineeship", traineeship_id)
                             .bind("kind", kind)
                             .scalar();
    if (already > 0)
        return false;
    Query(
        m_connection,
        "INSERT INTO traineeship_evaluations (organisation_id, traineeship_id, kind, competences, "
        "punctuality, teamwork, would_hire, comment, submitted_at, contact_id) VALUES (:organisation, "
        ":traineeship, :kind, :competences, :punctuality, :teamwork, :would_hire, :comment, :now, :contact)")
        .bind("organisation", organisation_id)
        .bind("traineeship", traineeship_id)
        .bind("kind", kind)
        .bind("competences", joined_ratings(evaluation.competences))
        .bind("punctuality", code_or_null(evaluation.punctuality))
        .bind("teamwork", code_or_null(evaluation.teamwork))
        .bind("would_hire", code_or_null(evaluation.would_hire))
        .bind("comment", evaluation.comment)
        .bind("now", now)
        .bind("contact", id_or_null(contact_id))
        .run();
    return true;
}

std::vector<StoredEvaluation> EvaluationRepository::of_traineeship(long long traineeship_id)
{
    return Query(m_connection,
                 "SELECT e.kind, e.competences, e.punctuality, e.teamwork, e.would_hire, e.comment, "
                 "e.submitted_at, COALESCE(c.name, '') AS contact_name FROM traineeship_evaluations e "
                 "LEFT JOIN partner_contacts c ON c.id = e.contact_id WHERE e.traineeship_id = :traineeship "
                 "ORDER BY e.submitted_at, e.id")
        .bind("traineeship", traineeship_id)
        .rows<StoredEvaluation>([](Row const& row) {
            StoredEvaluation stored;
            auto& evaluation = stored.evaluation;
            evaluation.kind =
                choice_at<domain::EvaluationKind>(row, "kind").value_or(domain::EvaluationKind::MidTerm);
            evaluation.competences = ratings_in(row.text("competences"));
            evaluation.punctuality = choice_at<domain::Rating>(row, "punctuality");
            evaluation.teamwork = choice_at<domain::Rating>(row, "teamwork");
            evaluation.would_hire = choice_at<domain::WouldHire>(row, "would_hire");
            evaluation.comment = row.text("comment");
            stored.submitted_at = row.text("submitted_at");
            stored.contact_name = row.text("contact_name");
            return stored;
        });
}

long long EvaluationRepository::replace_link(long long organisation_id, domain::EvaluationLink const& link,
                                             std::string const& token_hash,
                                             std::optional<long long> created_by)
{
    auto const kind = std::string(domain::code_of(link.kind));
    Query(m_connection, "DELETE FROM evaluation_links WHERE traineeship_id = :traineeship AND kind = :kind")
        .bind("traineeship", link.traineeship_id)
        .bind("kind", kind)
        .run();
    return Query(
               m_connection,
               "INSERT INTO evaluation_links (organisation_id, traineeship_id, kind, contact_id, token_hash, "
               "created_at, expires_at, created_by) VALUES (:organisation, :traineeship, :kind, :contact, "
               ":token_hash, :created_at, :expires_at, :created_by) RETURNING id")
        .bind("organisation", organisation_id)
        .bind("traineeship", link.traineeship_id)
        .bind("kind", kind)
        .bind("contact", link.contact_id)
        .bind("token_hash", token_hash)
        .bind("created_at", link.created_at)
        .bind("expires_at", link.expires_at)
        .bind("created_by", created_by)
        .scalar();
}

std::optional<EvaluationLinkFound> EvaluationRepository::link_by_token_hash(std::string const& token_hash)
{
    return Query(m_connection, std::string("SELECT ") + link_columns +
                                   " FROM evaluation_links l WHERE l.token_hash = :token_hash")
        .bind("token_hash", token_hash)
        .first_row<EvaluationLinkFound>([](Row const& row) {
            return EvaluationLinkFound{link_at(row), row.integer("organisation_id")};
        });
}

std::optional<domain::EvaluationLink> EvaluationRepository::link_of(long long traineeship_id,
                                                                    domain::EvaluationKind kind)
{
    return Query(m_connection, std::string("SELECT ") + link_columns +
                                   " FROM evaluation_links l WHERE l.traineeship_id = :traineeship "
                                   "AND l.kind = :kind ORDER BY l.id DESC")
        .bind("traineeship", traineeship_id)
        .bind("kind", std::string(domain::code_of(kind)))
        .first_row<domain::EvaluationLink>(link_at);
}

bool EvaluationRepository::use_link(long long id, std::string const& now)
{
    return Query(m_connection,
                 "UPDATE evaluation_links SET used_at = :now WHERE id = :id AND used_at IS NULL")
               .bind("now", now)
               .bind("id", id)
               .run() == 1;
}

} // namespace tremplin::store
