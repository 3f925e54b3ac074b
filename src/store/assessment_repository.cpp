#include "store/assessment_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

domain::ModuleResult read_result(Row const& row)
{
    auto const score = row.optional_integer("score");
    return {row.integer("enrolment_id"), row.integer("module_id"),
            domain::from_code<domain::ModuleOutcome>(row.text("outcome")),
            score ? std::optional<int>(static_cast<int>(*score)) : std::nullopt,
            domain::Date::parse_iso(row.text("assessed_on")).value_or(domain::Date())};
}

} // namespace

std::vector<domain::ModuleResult> AssessmentRepository::of_module(long long cohort_id, long long module_id)
{
    return Query(
               m_connection,
               "SELECT r.enrolment_id, r.module_id, r.outcome, r.score, r.assessed_on FROM module_results r "
               "JOIN enrolments e ON e.id = r.enrolment_id WHERE e.cohort_id = :cohort AND r.module_id = "
               ":module ORDER BY r.enrolment_id")
        .bind("cohort", cohort_id)
        .bind("module", module_id)
        .rows<domain::ModuleResult>(read_result);
}

std::optional<domain::ModuleResult> AssessmentRepository::find(long long enrolment_id, long long module_id)
{
    return Query(m_connection,
                 "SELECT enrolment_id, module_id, outcome, score, assessed_on FROM module_results "
                 "WHERE enrolment_id = :enrolment AND module_id = :module")
        .bind("enrolment", enrolment_id)
        .bind("module", module_id)
        .first_row<domain::ModuleResult>(read_result);
}

void AssessmentRepository::replace(long long organisation_id, domain::ModuleResult const& result,
                                   long long recorded_by, std::string const& now)
{
    Query(m_connection, "DELETE FROM module_results WHERE enrolment_id = :enrolment AND module_id = :module")
        .bind("enrolment", result.enrolment_id)
        .bind("module", result.module_id)
        .run();
    Query(
        m_connection,
        "INSERT INTO module_results (organisation_id, enrolment_id, module_id, outcome, score, assessed_on, "
        "recorded_at, recorded_by) VALUES (:organisation, :enrolment, :module, :outcome, :score, :on, :now, "
        ":by)")
        .bind("organisation", organisation_id)
        .bind("enrolment", result.enrolment_id)
        .bind("module", result.module_id)
        .bind("outcome", std::string(domain::code_of(result.outcome.value_or(domain::ModuleOutcome::Failed))))
        .bind("score", result.score ? std::optional<long long>(*result.score) : std::nullopt)
        .bind("on", result.assessed_on.iso())
        .bind("now", now)
        .bind("by", recorded_by ? std::optional(recorded_by) : std::nullopt)
        .run();
}

std::vector<long long> AssessmentRepository::modules_passed(long long enrolment_id)
{
    return Query(
               m_connection,
               "SELECT module_id FROM module_results WHERE enrolment_id = :enrolment AND outcome = 'passed' "
               "ORDER BY module_id")
        .bind("enrolment", enrolment_id)
        .rows<long long>([](Row const& row) { return row.integer("module_id"); });
}

long long AssessmentRepository::insert_exam(domain::CertificationExam const& exam, long long recorded_by,
                                            std::string const& now)
{
    return Query(
               m_connection,
               "INSERT INTO certification_exams (organisation_id, participant_id, enrolment_id, provider, "
               "exam_code, taken_on, attempt, result, score, voucher_number, recorded_at, recorded_by) "
               "VALUES "
               "(:organisation, :participant, :enrolment, :provider, :code, :on, :attempt, :result, :score, "
               ":voucher, :now, :by) RETURNING id")
        .bind("organisation", exam.organisation_id)
        .bind("participant", exam.participant_id)
        .bind("enrolment", exam.enrolment_id ? std::optional(exam.enrolment_id) : std::nullopt)
        .bind("provider", exam.provider)
        .bind("code", exam.exam_code)
        .bind("on", exam.taken_on.iso())
        .bind("attempt", exam.attempt)
        .bind("result", std::string(domain::code_of(exam.result.value_or(domain::ExamResult::Pending))))
        .bind("score", exam.score ? std::optional<long long>(*exam.score) : std::nullopt)
        .bind("voucher", exam.voucher_number)
        .bind("now", now)
        .bind("by", recorded_by ? std::optional(recorded_by) : std::nullopt)
        .scalar();
}

std::vector<domain::CertificationExam> AssessmentRepository::exams_of(long long organisation_id,
                                                                      long long participant_id)
{
    return Query(m_connection,
                 "SELECT id, organisation_id, participant_id, enrolment_id, provider, exam_code, taken_on, "
                 "attempt, result, score, voucher_number FROM certification_exams WHERE organisation_id = "
                 ":organisation AND participant_id = :participant ORDER BY taken_on DESC, id DESC")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .rows<domain::CertificationExam>([](Row const& row) {
            domain::CertificationExam exam;
            exam.id = row.integer("id");
            exam.organisation_id = row.integer("organisation_id");
            exam.participant_id = row.integer("participant_id");
            exam.enrolment_id = row.integer("enrolment_id");
            exam.provider = row.text("provider");
            exam.exam_code = row.text("exam_code");
            exam.taken_on = domain::Date::parse_iso(row.text("taken_on")).value_or(domain::Date());
            exam.attempt = static_cast<int>(row.integer("attempt"));
            exam.result = domain::from_code<domain::ExamResult>(row.text("result"));
            if (auto const score = row.optional_integer("score"))
                exam.score = static_cast<int>(*score);
            exam.voucher_number = row.text("voucher_number");
            return exam;
        });
}

void AssessmentRepository::replace_recommendations(long long organisation_id, long long enrolment_id,
                                                   std::vector<long long> const& track_ids,
                                                   std::string const& note, domain::Date on,
                                                   long long recorded_by)
{
    Query(m_connection, "DELETE FROM orientation_recommendations WHERE enrolment_id = :enrolment")
        .bind("enrolment", enrolment_id)
        .run();
    for (auto const track_id : track_ids)
        Query(m_connection,
              "INSERT INTO orientation_recommendations (organisation_id, enrolment_id, track_id, note, "
              "recorded_on, recorded_by) VALUES (:organisation, :enrolment, :track, :note, :on, :by)")
            .bind("organisation", organisation_id)
            .bind("enrolment", enrolment_id)
            .bind("track", track_id)
            .bind("note", note)
            .bind("on", on.iso())
            .bind("by", recorded_by ? std::optional(recorded_by) : std::nullopt)
            .run();
}

namespace {

std::vector<Recommendation> read_recommendations(Query& query)
{
    std::vector<Recommendation> recommendations;
    query.for_each_row([&](Row const& row) {
        auto const enrolment_id = row.integer("enrolment_id");
        if (recommendations.empty() || recommendations.back().enrolment_id != enrolment_id)
            recommendations.push_back(
                {enrolment_id,
                 {},
                 {},
                 row.text("note"),
                 domain::Date::parse_iso(row.text("recorded_on")).value_or(domain::Date())});
        recommendations.back().track_ids.push_back(row.integer("track_id"));
        recommendations.back().track_codes.push_back(row.text("track_code"));
    });
    return recommendations;
}

} // namespace

std::optional<Recommendation> AssessmentRepository::recommendation(long long enrolment_id)
{
    auto found = read_recommendations(
        Query(m_connection,
              "SELECT r.enrolment_id, r.track_id, t.code AS track_code, r.note, r.recorded_on FROM "
              "orientation_recommendations r JOIN tracks t ON t.id = r.track_id WHERE "
              "r.enrolment_id = :enrolment ORDER BY t.code, t.id")
            .bind("enrolment", enrolment_id));
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Recommendation> AssessmentRepository::recommendations_of(long long organisation_id,
                                                                     long long participant_id)
{
    return read_recommendations(
        Query(
            m_connection,
            "SELECT r.enrolment_id, r.track_id, t.code AS track_code, r.note, r.recorded_on FROM "
            "orientation_recommendations r "
            "JOIN tracks t ON t.id = r.track_id JOIN enrolments e ON e.id = r.enrolment_id WHERE "
            "e.organisation_id = :organisation AND e.participant_id = :participant ORDER BY r.enrolment_id, "
            "t.code, t.id")
            .bind("organisation", organisation_id)
            .bind("participant", participant_id));
}

std::vector<long long> AssessmentRepository::orientation_enrolments(long long organisation_id,
                                                                    long long participant_id)
{
    return Query(m_connection,
                 "SELECT e.id FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN tracks t ON t.id = "
                 "c.track_id WHERE e.organisation_id = :organisation AND e.participant_id = :participant AND "
                 "t.kind = 'orientation' ORDER BY e.id")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .rows<long long>([](Row const& row) { return row.integer("id"); });
}

} // namespace tremplin::store
