#pragma once

// Admission rounds, kept whole: the seats, each applicant as she stood, and the result.

#include "domain/admission.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace tremplin::store {

// A round in the list of an intake's rounds.
struct RoundSummary {
    long long id = 0;
    int number = 0;
    domain::RoundStatus status = domain::RoundStatus::Draft;
    std::string drawn_at;
    std::string confirmed_at;
    int applicants = 0;
    int admitted = 0;
};

// What the latest round an application was in gave her.
struct RoundOutcome {
    long long round_id = 0;
    int number = 0;
    domain::RoundStatus status = domain::RoundStatus::Draft;
    std::optional<long long> admitted_cohort_id;
    bool declined = false;
    std::optional<long long> waiting_cohort_id; // the first of her choices she waits for
    int waiting_position = 0;
};

// One draw of a round, as its history lists it.
struct RoundDraw {
    domain::LotteryMode lottery = domain::LotteryMode::Single;
    std::int64_t seed = 0;
    int admitted = 0;
    std::string drawn_at;
    std::string drawn_by; // the account's display name; empty for a draw made before history was kept
};

class AdmissionRepository {
  public:
    explicit AdmissionRepository(Connection& connection) : m_connection(connection) {}

    // Inserts the round with its seats, applicants and result; returns its id.
    long long insert(domain::AdmissionRound const& round);
    // Replaces the draw of a draft round: its seed, seats, applicants and result.
    void replace_draw(domain::AdmissionRound const& round);
    // Keeps a draw in the round's history (round.id set), with the account that drew it.
    void keep_draw(domain::AdmissionRound const& round, std::optional<long long> drawn_by);
    void confirm(long long id, std::map<long long, long long> const& enrolments, std::string const& now);
    void decline(long long id, long long application_id, std::string const& now);

    std::optional<domain::AdmissionRound> find(long long organisation_id, long long id);
    // Latest first.
    std::vector<RoundSummary> of_intake(long long organisation_id, long long intake_id);
    std::optional<RoundOutcome> outcome_of(long long organisation_id, long long application_id);
    // Every draw of a round, the latest first.
    std::vector<RoundDraw> draws_of(long long organisation_id, long long round_id);

  private:
    void insert_draw(domain::AdmissionRound const& round);

    Connection& m_connection;
};

} // namespace tremplin::store
