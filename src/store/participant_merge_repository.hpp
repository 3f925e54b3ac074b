#pragma once

// What moves when two records of one woman become one: everything that points at the record
// given up (her applications, registrations, enrolments, attendance, exams, notes, letters,
// proofs) comes to the record kept, and the record given up is removed.

#include "store/database.hpp"

#include <vector>

namespace tremplin::store {

class ParticipantMergeRepository {
  public:
    explicit ParticipantMergeRepository(Connection& connection) : m_connection(connection) {}

    // Whether both are enrolled in one cohort: a merge would make her a trainee twice.
    bool enrolled_in_one_cohort(long long organisation_id, long long from, long long into);

    // Moves what points at `from` to `into`. Where both registered for one information
    // session, the registration that holds a place is kept (the one kept when both do); returns
    // the sessions where a registered seat was given up, whose waitlist may move up.
    std::vector<long long> move_records(long long organisation_id, long long from, long long into);

    // Removes the record given up, with its consents and search words. Run after move_records.
    void remove(long long organisation_id, long long id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store
