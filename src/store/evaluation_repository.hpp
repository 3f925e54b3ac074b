#pragma once

// The tutor's evaluations of a trainee and the links through which the tutor sends them.

#include "domain/evaluation.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// A traineeship as its evaluations name it: whose, where, under whom, and which kinds arrived.
struct EvaluatedTraineeship {
    domain::Traineeship traineeship; // its dates, status, partner, tutor and enrolment
    std::string first_name;
    std::string last_name;
    std::string partner_name;
    std::string tutor_name; // empty while none is named
    bool mid_term_sent = false;
    bool final_sent = false;
};

struct StoredEvaluation {
    domain::Evaluation evaluation;
    std::string submitted_at;
    std::string contact_name; // who sent it; empty once she was removed from the partner
};

// A link with the centre it belongs to, found by its secret.
struct EvaluationLinkFound {
    domain::EvaluationLink link;
    long long organisation_id = 0;
};

class EvaluationRepository {
  public:
    explicit EvaluationRepository(Connection& connection) : m_connection(connection) {}

    std::optional<EvaluatedTraineeship> traineeship(long long organisation_id, long long traineeship_id);
    // The centre's traineeships begun by `today`, not interrupted, with an evaluation not sent,
    // in order of their start.
    std::vector<EvaluatedTraineeship> awaiting(long long organisation_id, domain::Date today);

    // Whether it was kept: false when one of its kind was already there.
    bool insert(long long organisation_id, long long traineeship_id, domain::Evaluation const& evaluation,
                long long contact_id, std::string const& now);
    // Mid-term first.
    std::vector<StoredEvaluation> of_traineeship(long long traineeship_id);

    // The link for the traineeship and kind, replacing any it had.
    long long replace_link(long long organisation_id, domain::EvaluationLink const& link,
                           std::string const& token_hash, std::optional<long long> created_by);
    std::optional<EvaluationLinkFound> link_by_token_hash(std::string const& token_hash);
    std::optional<domain::EvaluationLink> link_of(long long traineeship_id, domain::EvaluationKind kind);
    // Marks the link answered, unless it already was: whether this call did.
    bool use_link(long long id, std::string const& now);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store
