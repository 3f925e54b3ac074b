#include "store/aptitude_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

std::map<long long, domain::AptitudeTest> AptitudeRepository::tests(long long organisation_id)
{
    std::map<long long, domain::AptitudeTest> tests;
    Query(m_connection, "SELECT track_id, maximum_score, pass_mark FROM aptitude_tests "
                        "WHERE organisation_id = :organisation")
        .bind("organisation", organisation_id)
        .for_each_row([&](Row const& row) {
            tests[row.integer("track_id")] = {row.integer("track_id"),
                                              static_cast<int>(row.integer("maximum_score")),
                                              static_cast<int>(row.integer("pass_mark"))};
        });
    return tests;
}

std::optional<domain::AptitudeTest> AptitudeRepository::test(long long organisation_id, long long track_id)
{
    auto const all = tests(organisation_id);
    if (auto const found = all.find(track_id); found != all.end())
        return found->second;
    return std::nullopt;
}

void AptitudeRepository::set_test(long long organisation_id, long long track_id,
                                  std::optional<domain::AptitudeTest> const& test, std::string const& now)
{
    Query(m_connection,
          "DELETE FROM aptitude_tests WHERE track_id = :track AND organisation_id = :organisation")
        .bind("track", track_id)
        .bind("organisation", organisation_id)
        .run();
    if (!test)
        return;
    Query(m_connection,
          "INSERT INTO aptitude_tests (track_id, organisation_id, maximum_score, pass_mark, updated_at) "
          "VALUES (:track, :organisation, :maximum, :pass, :now)")
        .bind("track", track_id)
        .bind("organisation", organisation_id)
        .bind("maximum", test->maximum_score)
        .bind("pass", test->pass_mark)
        .bind("now", now)
        .run();
}

long long AptitudeRepository::insert_score(long long organisation_id, domain::AptitudeScore const& score,
                                           long long recorded_by, std::string const& now)
{
    return Query(m_connection,
                 "INSERT INTO aptitude_scores (organisation_id, application_id, track_id, taken_on, "
                 "score, recorded_by, created_at) VALUES (:organisation, :application, :track, "
                 ":taken_on, :score, :recorded_by, :now) RETURNING id")
        .bind("organisation", organisation_id)
        .bind("application", score.application_id)
        .bind("track", score.track_id)
        .bind("taken_on", score.taken_on.iso())
        .bind("score", score.score)
        .bind("recorded_by", id_or_null(recorded_by))
        .bind("now", now)
        .scalar();
}

std::vector<domain::AptitudeScore> AptitudeRepository::scores(long long organisation_id,
                                                              std::vector<long long> const& application_ids)
{
    std::vector<domain::AptitudeScore> scores;
    if (application_ids.empty())
        return scores;
    Query query(m_connection, "SELECT id, application_id, track_id, taken_on, score FROM aptitude_scores "
                              "WHERE organisation_id = :organisation AND application_id IN (" +
                                  placeholders("a", application_ids.size()) + ") ORDER BY taken_on, id");
    query.bind("organisation", organisation_id).bind_each("a", application_ids);
    query.for_each_row([&](Row const& row) {
        scores.push_back({row.integer("id"), row.integer("application_id"), row.integer("track_id"),
                          row.date("taken_on"), static_cast<int>(row.integer("score"))});
    });
    return scores;
}

} // namespace tremplin::store
