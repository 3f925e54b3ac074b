#include "store/placement_repository.hpp"

#include "store/query.hpp"
#include "store/word_list.hpp"

namespace tremplin::store {

using domain::PlacementRoundStatus;

long long PlacementRepository::insert(StoredPlacementRound const& round)
{
    auto const id =
        Query(m_connection, "INSERT INTO placement_rounds (organisation_id, cohort_id, status, opened_at) "
                            "VALUES (:organisation, :cohort, :status, :opened_at) RETURNING id")
            .bind("organisation", round.organisation_id)
            .bind("cohort", round.cohort_id)
            .bind("status", std::string(domain::code_of(PlacementRoundStatus::Draft)))
            .bind("opened_at", round.opened_at)
            .scalar();
    for (auto const offer_id : round.offer_ids)
        Query(m_connection, "INSERT INTO placement_round_offers (round_id, offer_id) VALUES (:round, :offer)")
            .bind("round", id)
            .bind("offer", offer_id)
            .run();
    return id;
}

std::optional<StoredPlacementRound> PlacementRepository::find(long long organisation_id, long long id)
{
    return read("id", organisation_id, id);
}

std::optional<StoredPlacementRound> PlacementRepository::of_cohort(long long organisation_id,
                                                                   long long cohort_id)
{
    return read("cohort_id", organisation_id, cohort_id);
}

std::optional<StoredPlacementRound> PlacementRepository::read(std::string const& condition,
                                                              long long organisation_id, long long value)
{
    auto round =
        Query(m_connection, "SELECT id, organisation_id, cohort_id, status, seed, opened_at, run_at, "
                            "confirmed_at, confirmed_by FROM placement_rounds "
                            "WHERE organisation_id = :organisation AND " +
                                condition + " = :value")
            .bind("organisation", organisation_id)
            .bind("value", value)
            .first_row<StoredPlacementRound>([](Row const& row) {
                StoredPlacementRound stored;
                stored.id = row.integer("id");
                stored.organisation_id = row.integer("organisation_id");
                stored.cohort_id = row.integer("cohort_id");
                stored.status =
                    choice_at<PlacementRoundStatus>(row, "status").value_or(PlacementRoundStatus::Draft);
                stored.seed = row.optional_integer("seed");
                stored.opened_at = row.text("opened_at");
                stored.run_at = row.text("run_at");
                stored.confirmed_at = row.text("confirmed_at");
                stored.confirmed_by = row.optional_integer("confirmed_by");
                return stored;
            });
    if (!round)
        return round;
    auto const id = round->id;
    Query(m_connection,
          "SELECT offer_id FROM placement_round_offers WHERE round_id = :round ORDER BY offer_id")
        .bind("round", id)
        .for_each_row([&](Row const& row) { round->offer_ids.push_back(row.integer("offer_id")); });
    Query(m_connection, "SELECT enrolment_id, languages FROM placement_trainees WHERE round_id = :round")
        .bind("round", id)
        .for_each_row([&](Row const& row) {
            round->languages[row.integer("enrolment_id")] = split_words(row.text("languages"));
        });
    Query(m_connection, "SELECT enrolment_id, offer_id FROM placement_wishes WHERE round_id = :round "
                        "ORDER BY enrolment_id, rank")
        .bind("round", id)
        .for_each_row([&](Row const& row) {
            round->wishes[row.integer("enrolment_id")].push_back(row.integer("offer_id"));
        });
    Query(m_connection, "SELECT offer_id, enrolment_id, rank, refused FROM placement_host_views "
                        "WHERE round_id = :round ORDER BY offer_id, enrolment_id")
        .bind("round", id)
        .for_each_row([&](Row const& row) {
            auto const rank = row.optional_integer("rank");
            round->host_views.push_back({row.integer("offer_id"), row.integer("enrolment_id"),
                                         rank ? std::optional(static_cast<int>(*rank)) : std::nullopt,
                                         row.boolean("refused")});
        });
    Query(m_connection,
          "SELECT enrolment_id, offer_id, unplaced, adjusted, adjustment_reason, traineeship_id "
          "FROM placement_results WHERE round_id = :round ORDER BY enrolment_id")
        .bind("round", id)
        .for_each_row([&](Row const& row) {
            round->results.push_back({row.integer("enrolment_id"), row.optional_integer("offer_id"),
                                      row.text("unplaced"), row.boolean("adjusted"),
                                      row.text("adjustment_reason"), row.optional_integer("traineeship_id")});
        });
    Query(m_connection,
          "SELECT enrolment_id, offer_id, reason FROM placement_exclusions WHERE round_id = :round "
          "ORDER BY enrolment_id, offer_id")
        .bind("round", id)
        .for_each_row([&](Row const& row) {
            if (auto const reason = choice_at<domain::PlacementExclusion>(row, "reason"))
                round->exclusions.push_back({row.integer("enrolment_id"), row.integer("offer_id"), *reason});
        });
    return round;
}

void PlacementRepository::set_languages(long long round_id, long long enrolment_id,
                                        std::vector<std::string> const& languages)
{
    Query(m_connection,
          "DELETE FROM placement_trainees WHERE round_id = :round AND enrolment_id = :enrolment")
        .bind("round", round_id)
        .bind("enrolment", enrolment_id)
        .run();
    Query(m_connection, "INSERT INTO placement_trainees (round_id, enrolment_id, languages) "
                        "VALUES (:round, :enrolment, :languages)")
        .bind("round", round_id)
        .bind("enrolment", enrolment_id)
        .bind("languages", join_words(languages))
        .run();
}

void PlacementRepository::set_wishes(long long round_id, long long enrolment_id,
                                     std::vector<long long> const& offer_ids)
{
    Query(m_connection, "DELETE FROM placement_wishes WHERE round_id = :round AND enrolment_id = :enrolment")
        .bind("round", round_id)
        .bind("enrolment", enrolment_id)
        .run();
    int rank = 0;
    for (auto const offer_id : offer_ids)
        Query(m_connection, "INSERT INTO placement_wishes (round_id, enrolment_id, rank, offer_id) "
                            "VALUES (:round, :enrolment, :rank, :offer)")
            .bind("round", round_id)
            .bind("enrolment", enrolment_id)
            .bind("rank", ++rank)
            .bind("offer", offer_id)
            .run();
}

void PlacementRepository::set_host_view(long long round_id, domain::HostView const& view)
{
    Query(m_connection, "DELETE FROM placement_host_views WHERE round_id = :round AND offer_id = :offer "
                        "AND enrolment_id = :enrolment")
        .bind("round", round_id)
        .bind("offer", view.offer_id)
        .bind("enrolment", view.enrolment_id)
        .run();
    if (!view.rank && !view.refused)
        return;
    Query(m_connection, "INSERT INTO placement_host_views (round_id, offer_id, enrolment_id, rank, refused) "
                        "VALUES (:round, :offer, :enrolment, :rank, :refused)")
        .bind("round", round_id)
        .bind("offer", view.offer_id)
        .bind("enrolment", view.enrolment_id)
        .bind("rank", view.refused || !view.rank ? std::nullopt : std::optional<long long>(*view.rank))
        .bind("refused", view.refused)
        .run();
}

void PlacementRepository::keep_run(StoredPlacementRound const& round)
{
    forget_run(round.id);
    Query(m_connection, "UPDATE placement_rounds SET status = :status, seed = :seed, run_at = :run_at "
                        "WHERE id = :id")
        .bind("status", std::string(domain::code_of(PlacementRoundStatus::Run)))
        .bind("seed", round.seed ? std::optional<long long>(*round.seed) : std::nullopt)
        .bind("run_at", round.run_at)
        .bind("id", round.id)
        .run();
    for (auto const& result : round.results)
        Query(m_connection, "INSERT INTO placement_results (round_id, enrolment_id, offer_id, unplaced) "
                            "VALUES (:round, :enrolment, :offer, :unplaced)")
            .bind("round", round.id)
            .bind("enrolment", result.enrolment_id)
            .bind("offer", result.offer_id)
            .bind("unplaced", result.unplaced.empty() ? std::nullopt : std::optional(result.unplaced))
            .run();
    for (auto const& excluded : round.exclusions)
        Query(m_connection, "INSERT INTO placement_exclusions (round_id, enrolment_id, offer_id, reason) "
                            "VALUES (:round, :enrolment, :offer, :reason)")
            .bind("round", round.id)
            .bind("enrolment", excluded.enrolment_id)
            .bind("offer", excluded.offer_id)
            .bind("reason", std::string(domain::code_of(excluded.reason)))
            .run();
}

void PlacementRepository::forget_run(long long round_id)
{
    for (auto const* table : {"placement_results", "placement_exclusions"})
        Query(m_connection, std::string("DELETE FROM ") + table + " WHERE round_id = :round")
            .bind("round", round_id)
            .run();
    Query(m_connection, "UPDATE placement_rounds SET status = :status WHERE id = :id")
        .bind("status", std::string(domain::code_of(PlacementRoundStatus::Draft)))
        .bind("id", round_id)
        .run();
}

void PlacementRepository::adjust(long long round_id, PlacementResult const& result)
{
    Query(m_connection, "UPDATE placement_results SET offer_id = :offer, unplaced = NULL, adjusted = 1, "
                        "adjustment_reason = :reason WHERE round_id = :round AND enrolment_id = :enrolment")
        .bind("offer", result.offer_id)
        .bind("reason", result.adjustment_reason)
        .bind("round", round_id)
        .bind("enrolment", result.enrolment_id)
        .run();
}

void PlacementRepository::confirm(StoredPlacementRound const& round)
{
    Query(m_connection,
          "UPDATE placement_rounds SET status = :status, confirmed_at = :at, confirmed_by = :by "
          "WHERE id = :id")
        .bind("status", std::string(domain::code_of(PlacementRoundStatus::Confirmed)))
        .bind("at", round.confirmed_at)
        .bind("by", round.confirmed_by)
        .bind("id", round.id)
        .run();
    for (auto const& result : round.results)
        if (result.traineeship_id)
            Query(m_connection, "UPDATE placement_results SET traineeship_id = :traineeship "
                                "WHERE round_id = :round AND enrolment_id = :enrolment")
                .bind("traineeship", result.traineeship_id)
                .bind("round", round.id)
                .bind("enrolment", result.enrolment_id)
                .run();
}

} // namespace tremplin::store
