#include "store/participant_merge_repository.hpp"

#include "store/organisation_repository.hpp"
#include "store/query.hpp"

#include <string>

namespace tremplin::store {

namespace {

// A registration's hold on a session: a seat beats a place in line beats a cancellation.
int hold_of(std::string const& status)
{
    return status == "registered" ? 2 : status == "waitlisted" ? 1 : 0;
}

struct Clash {
    long long session_id = 0;
    long long from_id = 0;
    std::string from_status;
    std::string from_attendance;
    long long into_id = 0;
    std::string into_status;
};

} // namespace

bool ParticipantMergeRepository::enrolled_in_one_cohort(long long organisation_id, long long from,
                                                        long long into)
{
    return Query(m_connection,
                 "SELECT COUNT(*) FROM enrolments f JOIN enrolments i ON i.cohort_id = f.cohort_id "
                 "WHERE f.organisation_id = :organisation AND f.participant_id = :from "
                 "AND i.participant_id = :into")
               .bind("organisation", organisation_id)
               .bind("from", from)
               .bind("into", into)
               .scalar() > 0;
}

std::vector<long long> ParticipantMergeRepository::move_records(long long organisation_id, long long from,
                                                                long long into)
{
    auto const clashes =
        Query(
            m_connection,
            "SELECT f.session_id, f.id AS from_id, f.status AS from_status, f.attendance AS from_attendance, "
            "i.id AS into_id, i.status AS into_status FROM session_registrations f "
            "JOIN session_registrations i ON i.session_id = f.session_id "
            "WHERE f.organisation_id = :organisation AND f.participant_id = :from AND i.participant_id = "
            ":into")
            .bind("organisation", organisation_id)
            .bind("from", from)
            .bind("into", into)
            .rows<Clash>([](Row const& row) {
                return Clash{row.integer("session_id"),   row.integer("from_id"), row.text("from_status"),
                             row.text("from_attendance"), row.integer("into_id"), row.text("into_status")};
            });
    std::vector<long long> seats_given_up;
    for (auto const& clash : clashes) {
        bool const keep_from = hold_of(clash.from_status) > hold_of(clash.into_status);
        if (!keep_from && clash.from_attendance == "attended") // she came, whichever line she was in
            Query(m_connection, "UPDATE session_registrations SET attendance = 'attended' WHERE id = :id")
                .bind("id", clash.into_id)
                .run();
        if (!keep_from && clash.from_status == "registered")
            seats_given_up.push_back(clash.session_id);
        Query(m_connection, "DELETE FROM session_registrations WHERE id = :id")
            .bind("id", keep_from ? clash.into_id : clash.from_id)
            .run();
    }

    // Her proof of a criterion: the one received last stands.
    Query(m_connection, "DELETE FROM priority_proofs WHERE participant_id = :into AND criterion_code IN "
                        "(SELECT f.criterion_code FROM priority_proofs f WHERE f.participant_id = :from "
                        "AND f.received_on > priority_proofs.received_on)")
        .bind("into", into)
        .bind("from", from)
        .run();
    Query(m_connection, "DELETE FROM priority_proofs WHERE participant_id = :from AND criterion_code IN "
                        "(SELECT i.criterion_code FROM priority_proofs i WHERE i.participant_id = :into)")
        .bind("from", from)
        .bind("into", into)
        .run();

    for (auto const* table : {"session_registrations", "priority_proofs", "applications", "enrolments",
                              "attendance", "certification_exams", "timeline_entries", "letters"})
        Query(m_connection, std::string("UPDATE ") + table +
                                " SET participant_id = :into WHERE organisation_id = :organisation "
                                "AND participant_id = :from")
            .bind("into", into)
            .bind("organisation", organisation_id)
            .bind("from", from)
            .run();
    return seats_given_up;
}

void ParticipantMergeRepository::remove(long long organisation_id, long long id)
{
    for (auto const* table : {"participant_search_terms", "participant_consents"})
        Query(m_connection, std::string("DELETE FROM ") + table + " WHERE participant_id = :id")
            .bind("id", id)
            .run();
    Query(m_connection, "DELETE FROM participants WHERE organisation_id = :organisation AND id = :id")
        .bind("organisation", organisation_id)
        .bind("id", id)
        .run();
    OrganisationRepository(m_connection).advance_register_version(organisation_id);
}

} // namespace tremplin::store
