#include "store/admission_repository.hpp"

#include "store/query.hpp"

#include <algorithm>

namespace tremplin::store {

namespace {

// Kept as the reason, so the result page can say why she was not eligible years later.
domain::EligibilityReason eligibility_of(domain::AdmissionApplicant const& applicant, long long cohort)
{
    if (auto const why = applicant.ineligible_because.find(cohort); why != applicant.ineligible_because.end())
        return why->second;
    bool const eligible = std::ranges::find(applicant.eligible_for, cohort) != applicant.eligible_for.end();
    return eligible ? domain::EligibilityReason::Passed : domain::EligibilityReason::NotTaken;
}

} // namespace

long long AdmissionRepository::insert(domain::AdmissionRound const& round)
{
    auto stored = round;
    stored.id =
        Query(m_connection, "INSERT INTO admission_rounds (organisation_id, intake_id, number, lottery, "
                            "seed, status, drawn_at) VALUES (:organisation, :intake, :number, :lottery, "
                            ":seed, :status, :drawn_at) RETURNING id")
            .bind("organisation", round.organisation_id)
            .bind("intake", round.intake_id)
            .bind("number", round.number)
            .bind("lottery", std::string(domain::code_of(round.lottery)))
            .bind("seed", static_cast<long long>(round.seed))
            .bind("status", std::string(domain::code_of(round.status)))
            .bind("drawn_at", round.drawn_at)
            .scalar();
    insert_draw(stored);
    return stored.id;
}

void AdmissionRepository::replace_draw(domain::AdmissionRound const& round)
{
    Query(m_connection, "UPDATE admission_rounds SET lottery = :lottery, seed = :seed, drawn_at = :drawn_at "
                        "WHERE id = :id")
        .bind("lottery", std::string(domain::code_of(round.lottery)))
        .bind("seed", static_cast<long long>(round.seed))
        .bind("drawn_at", round.drawn_at)
        .bind("id", round.id)
        .run();
    for (auto const* table :
         {"admission_round_choices", "admission_round_applicants", "admission_round_seats"})
        Query(m_connection, std::string("DELETE FROM ") + table + " WHERE round_id = :id")
            .bind("id", round.id)
            .run();
    insert_draw(round);
}

void AdmissionRepository::keep_draw(domain::AdmissionRound const& round, std::optional<long long> drawn_by)
{
    Query(m_connection, "INSERT INTO admission_draws (organisation_id, round_id, lottery, seed, admitted, "
                        "drawn_at, drawn_by) VALUES (:organisation, :round, :lottery, :seed, :admitted, "
                        ":drawn_at, :drawn_by)")
        .bind("organisation", round.organisation_id)
        .bind("round", round.id)
        .bind("lottery", std::string(domain::code_of(round.lottery)))
        .bind("seed", static_cast<long long>(round.seed))
        .bind("admitted", static_cast<long long>(round.result.admitted.size()))
        .bind("drawn_at", round.drawn_at)
        .bind("drawn_by", drawn_by)
        .run();
}

std::vector<RoundDraw> AdmissionRepository::draws_of(long long organisation_id, long long round_id)
{
    return Query(m_connection, "SELECT d.lottery, d.seed, d.admitted, d.drawn_at, s.display_name "
                               "FROM admission_draws d LEFT JOIN staff_accounts s ON s.id = d.drawn_by "
                               "WHERE d.organisation_id = :organisation AND d.round_id = :round "
                               "ORDER BY d.id DESC")
        .bind("organisation", organisation_id)
        .bind("round", round_id)
        .rows<RoundDraw>([](Row const& row) {
            return RoundDraw{
                choice_at<domain::LotteryMode>(row, "lottery").value_or(domain::LotteryMode::Single),
                row.integer("seed"), static_cast<int>(row.integer("admitted")), row.text("drawn_at"),
                row.text("display_name")};
        });
}

void AdmissionRepository::insert_draw(domain::AdmissionRound const& round)
{
    for (auto const& cohort : round.seats)
        Query(m_connection, "INSERT INTO admission_round_seats (round_id, cohort_id, seats) "
                            "VALUES (:round, :cohort, :seats)")
            .bind("round", round.id)
            .bind("cohort", cohort.cohort_id)
            .bind("seats", cohort.seats)
            .run();
    for (auto const& applicant : round.applicants) {
        auto const admitted = round.result.admitted.find(applicant.application_id);
        auto const enrolment = round.enrolments.find(applicant.application_id);
        Query(m_connection,
              "INSERT INTO admission_round_applicants (round_id, application_id, tier, held_cohort_id, "
              "admitted_cohort_id, enrolment_id) VALUES (:round, :application, :tier, :held, "
              ":admitted, :enrolment)")
            .bind("round", round.id)
            .bind("application", applicant.application_id)
            .bind("tier", applicant.tier)
            .bind("held", applicant.holds)
            .bind("admitted",
                  admitted == round.result.admitted.end() ? std::nullopt : std::optional(admitted->second))
            .bind("enrolment",
                  enrolment == round.enrolments.end() ? std::nullopt : std::optional(enrolment->second))
            .run();
        int position = 0;
        for (auto const cohort : applicant.choices) {
            std::optional<long long> waiting;
            if (auto const list = round.result.waitlists.find(cohort); list != round.result.waitlists.end())
                if (auto const at = std::ranges::find(list->second, applicant.application_id);
                    at != list->second.end())
                    waiting = at - list->second.begin() + 1;
            Query(m_connection, "INSERT INTO admission_round_choices (round_id, application_id, position, "
                                "cohort_id, eligibility, waitlist_position) VALUES (:round, :application, "
                                ":position, :cohort, :eligibility, :waiting)")
                .bind("round", round.id)
                .bind("application", applicant.application_id)
                .bind("position", ++position)
                .bind("cohort", cohort)
                .bind("eligibility", std::string(domain::code_of(eligibility_of(applicant, cohort))))
                .bind("waiting", waiting)
                .run();
        }
    }
}

void AdmissionRepository::confirm(long long id, std::map<long long, long long> const& enrolments,
                                  std::string const& now)
{
    Query(m_connection, "UPDATE admission_rounds SET status = :status, confirmed_at = :now WHERE id = :id")
        .bind("status", std::string(domain::code_of(domain::RoundStatus::Confirmed)))
        .bind("now", now)
        .bind("id", id)
        .run();
    for (auto const& [application, enrolment] : enrolments)
        Query(m_connection, "UPDATE admission_round_applicants SET enrolment_id = :enrolment "
                            "WHERE round_id = :id AND application_id = :application")
            .bind("enrolment", enrolment)
            .bind("id", id)
            .bind("application", application)
            .run();
}

void AdmissionRepository::decline(long long id, long long application_id, std::string const& now)
{
    Query(m_connection, "UPDATE admission_round_applicants SET declined_at = :now "
                        "WHERE round_id = :id AND application_id = :application")
        .bind("now", now)
        .bind("id", id)
        .bind("application", application_id)
        .run();
}

std::optional<domain::AdmissionRound> AdmissionRepository::find(long long organisation_id, long long id)
{
    auto round =
        Query(m_connection, "SELECT id, intake_id, number, lottery, seed, status, drawn_at, confirmed_at "
                            "FROM admission_rounds WHERE id = :id AND organisation_id = :organisation")
            .bind("id", id)
            .bind("organisation", organisation_id)
            .first_row<domain::AdmissionRound>([&](Row const& row) {
                domain::AdmissionRound found;
                found.id = row.integer("id");
                found.organisation_id = organisation_id;
                found.intake_id = row.integer("intake_id");
                found.number = static_cast<int>(row.integer("number"));
                found.lottery =
                    choice_at<domain::LotteryMode>(row, "lottery").value_or(domain::LotteryMode::Single);
                found.seed = row.integer("seed");
                found.status =
                    choice_at<domain::RoundStatus>(row, "status").value_or(domain::RoundStatus::Draft);
                found.drawn_at = row.text("drawn_at");
                found.confirmed_at = row.text("confirmed_at");
                return found;
            });
    if (!round)
        return std::nullopt;
    Query(m_connection,
          "SELECT cohort_id, seats FROM admission_round_seats WHERE round_id = :id ORDER BY cohort_id")
        .bind("id", id)
        .for_each_row([&](Row const& row) {
            round->seats.push_back({row.integer("cohort_id"), row.integer("seats")});
        });
    Query(m_connection,
          "SELECT application_id, tier, held_cohort_id, admitted_cohort_id, enrolment_id, declined_at "
          "FROM admission_round_applicants WHERE round_id = :id ORDER BY application_id")
        .bind("id", id)
        .for_each_row([&](Row const& row) {
            auto const application = row.integer("application_id");
            round->applicants.push_back({application,
                                         static_cast<int>(row.integer("tier")),
                                         {},
                                         {},
                                         {},
                                         row.optional_integer("held_cohort_id")});
            if (auto const admitted = row.optional_integer("admitted_cohort_id"))
                round->result.admitted[application] = *admitted;
            if (auto const enrolment = row.optional_integer("enrolment_id"))
                round->enrolments[application] = *enrolment;
            if (!row.is_null("declined_at"))
                round->declined.insert(application);
        });
    // Choices come in the applicants' order, so each finds hers by a forward walk.
    std::map<long long, std::vector<std::pair<long long, long long>>>
        waiting; // cohort → (position, application)
    auto applicant = round->applicants.begin();
    Query(m_connection,
          "SELECT application_id, cohort_id, eligibility, waitlist_position FROM admission_round_choices "
          "WHERE round_id = :id ORDER BY application_id, position")
        .bind("id", id)
        .for_each_row([&](Row const& row) {
            auto const application = row.integer("application_id");
            while (applicant != round->applicants.end() && applicant->application_id < application)
                ++applicant;
            if (applicant == round->applicants.end() || applicant->application_id != application)
                return;
            auto const cohort = row.integer("cohort_id");
            applicant->choices.push_back(cohort);
            auto const eligibility = choice_at<domain::EligibilityReason>(row, "eligibility")
                                         .value_or(domain::EligibilityReason::NotTaken);
            if (eligibility == domain::EligibilityReason::Passed ||
                eligibility == domain::EligibilityReason::NoTest)
                applicant->eligible_for.push_back(cohort);
            else
                applicant->ineligible_because[cohort] = eligibility;
            if (auto const position = row.optional_integer("waitlist_position"))
                waiting[cohort].push_back({*position, applicant->application_id});
        });
    for (auto const& cohort : round->seats)
        round->result.waitlists[cohort.cohort_id]; // every cohort has a waitlist, perhaps empty
    for (auto& [cohort, list] : waiting) {
        std::ranges::sort(list);
        for (auto const& [position, application] : list)
            round->result.waitlists[cohort].push_back(application);
    }
    return round;
}

std::vector<RoundSummary> AdmissionRepository::of_intake(long long organisation_id, long long intake_id)
{
    return Query(m_connection,
                 "SELECT r.id, r.number, r.status, r.drawn_at, r.confirmed_at, "
                 "COUNT(a.application_id) AS applicants, COUNT(a.admitted_cohort_id) AS admitted "
                 "FROM admission_rounds r LEFT JOIN admission_round_applicants a "
                 "ON a.round_id = r.id WHERE r.organisation_id = :organisation AND r.intake_id = :intake "
                 "GROUP BY r.id, r.number, r.status, r.drawn_at, r.confirmed_at ORDER BY r.number DESC")
        .bind("organisation", organisation_id)
        .bind("intake", intake_id)
        .rows<RoundSummary>([](Row const& row) {
            return RoundSummary{
                row.integer("id"),
                static_cast<int>(row.integer("number")),
                choice_at<domain::RoundStatus>(row, "status").value_or(domain::RoundStatus::Draft),
                row.text("drawn_at"),
                row.text("confirmed_at"),
                static_cast<int>(row.integer("applicants")),
                static_cast<int>(row.integer("admitted"))};
        });
}

std::optional<RoundOutcome> AdmissionRepository::outcome_of(long long organisation_id,
                                                            long long application_id)
{
    auto outcome =
        Query(m_connection,
              "SELECT r.id AS round_id, r.number, r.status, a.admitted_cohort_id, a.declined_at "
              "FROM admission_round_applicants a JOIN admission_rounds r ON r.id = a.round_id "
              "WHERE a.application_id = :application AND r.organisation_id = :organisation "
              "ORDER BY r.number DESC")
            .bind("application", application_id)
            .bind("organisation", organisation_id)
            .first_row<RoundOutcome>([](Row const& row) {
                RoundOutcome found;
                found.round_id = row.integer("round_id");
                found.number = static_cast<int>(row.integer("number"));
                found.status =
                    choice_at<domain::RoundStatus>(row, "status").value_or(domain::RoundStatus::Draft);
                found.admitted_cohort_id = row.optional_integer("admitted_cohort_id");
                found.declined = !row.is_null("declined_at");
                return found;
            });
    if (!outcome || outcome->admitted_cohort_id)
        return outcome;
    Query(m_connection,
          "SELECT cohort_id, waitlist_position FROM admission_round_choices WHERE round_id = :round "
          "AND application_id = :application AND waitlist_position IS NOT NULL ORDER BY position")
        .bind("round", outcome->round_id)
        .bind("application", application_id)
        .for_each_row([&](Row const& row) {
            if (outcome->waiting_cohort_id)
                return;
            outcome->waiting_cohort_id = row.integer("cohort_id");
            outcome->waiting_position = static_cast<int>(row.integer("waitlist_position"));
        });
    return outcome;
}

} // namespace tremplin::store
