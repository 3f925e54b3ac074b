#include "store/application_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

long long ApplicationRepository::insert_draft(long long organisation_id, long long intake_id,
                                              std::string const& token_hash, std::string const& language,
                                              std::string const& now)
{
    return Query(m_connection,
                 "INSERT INTO applications (organisation_id, intake_id, resume_token_hash, language, "
                 "created_at, updated_at) VALUES (:organisation, :intake, :token, :language, :now, "
                 ":now) RETURNING id")
        .bind("organisation", organisation_id)
        .bind("intake", intake_id)
        .bind("token", token_hash)
        .bind("language", language)
        .bind("now", now)
        .scalar();
}

std::optional<ApplicationDraft> ApplicationRepository::find_by_token_hash(std::string const& token_hash)
{
    auto draft =
        Query(m_connection, "SELECT id, organisation_id, intake_id, language, reference FROM applications "
                            "WHERE resume_token_hash = :token")
            .bind("token", token_hash)
            .first_row<ApplicationDraft>([](Row const& row) {
                return ApplicationDraft{row.integer("id"),        row.integer("organisation_id"),
                                        row.integer("intake_id"), row.text("language"),
                                        row.text("reference"),    {}};
            });
    if (draft)
        draft->answers = answers(draft->id);
    return draft;
}

void ApplicationRepository::save_answers(long long id,
                                         std::vector<std::pair<std::string, std::string>> const& answers,
                                         std::string const& now)
{
    for (auto const& [field, value] : answers) {
        Query(m_connection, "DELETE FROM application_answers WHERE application_id = :id AND field = :field")
            .bind("id", id)
            .bind("field", field)
            .run();
        Query(m_connection,
              "INSERT INTO application_answers (application_id, field, value) VALUES (:id, :field, :value)")
            .bind("id", id)
            .bind("field", field)
            .bind("value", value)
            .run();
    }
    Query(m_connection, "UPDATE applications SET updated_at = :now WHERE id = :id")
        .bind("now", now)
        .bind("id", id)
        .run();
}

domain::ApplicationAnswers ApplicationRepository::answers(long long id)
{
    domain::ApplicationAnswers answers;
    Query(m_connection, "SELECT field, value FROM application_answers WHERE application_id = :id")
        .bind("id", id)
        .for_each_row([&](Row const& row) { answers.set(row.text("field"), row.text("value")); });
    return answers;
}

long long ApplicationRepository::delete_drafts_untouched_since(std::string const& before)
{
    // A draft is nobody's yet: only its answers and its choices name it.
    std::string const stale =
        "SELECT id FROM applications WHERE submitted_at IS NULL AND updated_at < :before";
    for (auto const* table : {"application_answers", "application_choices"})
        Query(m_connection, std::string("DELETE FROM ") + table + " WHERE application_id IN (" + stale + ")")
            .bind("before", before)
            .run();
    return Query(m_connection, "DELETE FROM applications WHERE submitted_at IS NULL AND updated_at < :before")
        .bind("before", before)
        .run();
}

bool ApplicationRepository::reference_taken(std::string const& reference)
{
    return Query(m_connection, "SELECT COUNT(*) FROM applications WHERE reference = :reference")
               .bind("reference", reference)
               .scalar() > 0;
}

void ApplicationRepository::submit(long long id, std::string const& reference, long long participant_id,
                                   std::vector<long long> const& choices, std::string const& now)
{
    Query(m_connection, "UPDATE applications SET reference = :reference, participant_id = :participant, "
                        "stage = :stage, stage_changed_at = :now, submitted_at = :now, updated_at = :now "
                        "WHERE id = :id")
        .bind("reference", reference)
        .bind("participant", participant_id)
        .bind("stage", std::string(domain::code_of(domain::ApplicationStage::Submitted)))
        .bind("now", now)
        .bind("id", id)
        .run();
    int position = 1;
    for (auto const cohort_id : choices)
        Query(m_connection, "INSERT INTO application_choices (application_id, position, cohort_id) "
                            "VALUES (:id, :position, :cohort)")
            .bind("id", id)
            .bind("position", position++)
            .bind("cohort", cohort_id)
            .run();
}

std::vector<ApplicationSummary> ApplicationRepository::list(ApplicationFilter const& filter)
{
    std::string sql = "SELECT a.id, a.intake_id, a.reference, a.participant_id, p.first_name, p.last_name, "
                      "a.stage, a.stage_changed_at, a.submitted_at, c.cohort_id FROM applications a "
                      "JOIN participants p ON p.id = a.participant_id "
                      "LEFT JOIN application_choices c ON c.application_id = a.id "
                      "WHERE a.organisation_id = :organisation AND a.reference IS NOT NULL";
    if (filter.id)
        sql += " AND a.id = :id";
    if (filter.intake_id)
        sql += " AND a.intake_id = :intake";
    if (filter.stage)
        sql += " AND a.stage = :stage";
    if (filter.participant_id)
        sql += " AND a.participant_id = :participant";
    if (!filter.ids.empty())
        sql += " AND a.id IN (" + placeholders("id", filter.ids.size()) + ")";
    if (filter.cohort_id)
        sql += " AND EXISTS (SELECT 1 FROM application_choices w WHERE w.application_id = a.id "
               "AND w.cohort_id = :cohort)";
    Query query(m_connection, sql + " ORDER BY a.stage_changed_at, a.id, c.position");
    query.bind("organisation", filter.organisation_id);
    if (filter.id)
        query.bind("id", *filter.id);
    if (filter.intake_id)
        query.bind("intake", *filter.intake_id);
    if (filter.stage)
        query.bind("stage", std::string(domain::code_of(*filter.stage)));
    if (filter.cohort_id)
        query.bind("cohort", *filter.cohort_id);
    if (filter.participant_id)
        query.bind("participant", *filter.participant_id);
    query.bind_each("id", filter.ids);
    std::vector<ApplicationSummary> applications;
    query.for_each_row([&](Row const& row) {
        if (applications.empty() || applications.back().id != row.integer("id"))
            applications.push_back({row.integer("id"),
                                    row.integer("intake_id"),
                                    row.text("reference"),
                                    row.integer("participant_id"),
                                    row.text("first_name"),
                                    row.text("last_name"),
                                    choice_at<domain::ApplicationStage>(row, "stage")
                                        .value_or(domain::ApplicationStage::Submitted),
                                    row.text("stage_changed_at"),
                                    row.text("submitted_at"),
                                    {}});
        if (auto const cohort = row.optional_integer("cohort_id"))
            applications.back().choices.push_back(*cohort);
    });
    return applications;
}

std::optional<ApplicationSummary> ApplicationRepository::find(long long organisation_id, long long id)
{
    auto found = list({.organisation_id = organisation_id, .id = id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

void ApplicationRepository::move(long long organisation_id, long long id, domain::ApplicationStage stage,
                                 std::string const& now)
{
    Query(m_connection, "UPDATE applications SET stage = :stage, stage_changed_at = :now, updated_at = :now "
                        "WHERE id = :id AND organisation_id = :organisation")
        .bind("stage", std::string(domain::code_of(stage)))
        .bind("now", now)
        .bind("id", id)
        .bind("organisation", organisation_id)
        .run();
}

} // namespace tremplin::store
