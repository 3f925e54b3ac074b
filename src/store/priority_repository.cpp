#include "store/priority_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

std::vector<domain::PriorityCriterion> PriorityRepository::criteria(std::optional<long long> organisation_id)
{
    std::string const sql =
        "SELECT id, code, name_fr, name_nl, name_en, proof_fr, proof_nl, proof_en, "
        "proof_valid_months, rule, parameter, tier FROM priority_criteria WHERE " +
        std::string(organisation_id ? "organisation_id = :organisation" : "organisation_id IS NULL") +
        " ORDER BY position, id";
    Query query(m_connection, sql);
    if (organisation_id)
        query.bind("organisation", *organisation_id);
    std::vector<domain::PriorityCriterion> criteria;
    query.for_each_row([&](Row const& row) {
        auto const rule = choice_at<domain::CriterionRule>(row, "rule");
        if (!rule)
            return; // a rule this version does not know places nobody
        criteria.push_back({row.integer("id"),
                            row.text("code"),
                            {row.text("name_fr"), row.text("name_nl"), row.text("name_en")},
                            {row.text("proof_fr"), row.text("proof_nl"), row.text("proof_en")},
                            static_cast<int>(row.integer("proof_valid_months")),
                            *rule,
                            static_cast<int>(row.integer("parameter")),
                            static_cast<int>(row.integer("tier"))});
    });
    return criteria;
}

bool PriorityRepository::has_own_scheme(long long organisation_id)
{
    return Query(m_connection, "SELECT COUNT(*) FROM priority_schemes WHERE organisation_id = :organisation")
               .bind("organisation", organisation_id)
               .scalar() > 0;
}

domain::PriorityScheme PriorityRepository::scheme(long long organisation_id)
{
    if (has_own_scheme(organisation_id))
        return {criteria(organisation_id)};
    return {criteria(std::nullopt)};
}

void PriorityRepository::replace(long long organisation_id, domain::PriorityScheme const& scheme,
                                 std::string const& now)
{
    Query(m_connection, "DELETE FROM priority_criteria WHERE organisation_id = :organisation")
        .bind("organisation", organisation_id)
        .run();
    int position = 1;
    for (auto const& criterion : scheme.criteria)
        Query(m_connection, "INSERT INTO priority_criteria (organisation_id, position, code, name_fr, "
                            "name_nl, name_en, proof_fr, "
                            "proof_nl, proof_en, proof_valid_months, rule, parameter, tier, updated_at) "
                            "VALUES (:organisation, "
                            ":position, :code, :name_fr, :name_nl, :name_en, :proof_fr, :proof_nl, "
                            ":proof_en, :months, :rule, "
                            ":parameter, :tier, :now)")
            .bind("organisation", organisation_id)
            .bind("position", position++)
            .bind("code", criterion.code)
            .bind("name_fr", criterion.name.fr)
            .bind("name_nl", criterion.name.nl)
            .bind("name_en", criterion.name.en)
            .bind("proof_fr", criterion.proof.fr)
            .bind("proof_nl", criterion.proof.nl)
            .bind("proof_en", criterion.proof.en)
            .bind("months", criterion.proof_valid_months)
            .bind("rule", std::string(domain::code_of(criterion.rule)))
            .bind("parameter", criterion.parameter)
            .bind("tier", criterion.tier)
            .bind("now", now)
            .run();
    if (has_own_scheme(organisation_id))
        Query(m_connection,
              "UPDATE priority_schemes SET updated_at = :now WHERE organisation_id = :organisation")
            .bind("now", now)
            .bind("organisation", organisation_id)
            .run();
    else
        Query(m_connection,
              "INSERT INTO priority_schemes (organisation_id, updated_at) VALUES (:organisation, :now)")
            .bind("organisation", organisation_id)
            .bind("now", now)
            .run();
}

domain::ProofsReceived PriorityRepository::proofs_received(long long organisation_id,
                                                           long long participant_id)
{
    domain::ProofsReceived received;
    Query(m_connection, "SELECT criterion_code, received_on FROM priority_proofs "
                        "WHERE organisation_id = :organisation AND participant_id = :participant")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .for_each_row(
            [&](Row const& row) { received.emplace(row.text("criterion_code"), row.date("received_on")); });
    return received;
}

std::map<long long, domain::ProofsReceived>
PriorityRepository::proofs_received(long long organisation_id, std::vector<long long> const& participant_ids)
{
    std::map<long long, domain::ProofsReceived> received;
    if (participant_ids.empty())
        return received;
    Query(m_connection, "SELECT participant_id, criterion_code, received_on FROM priority_proofs "
                        "WHERE organisation_id = :organisation AND participant_id IN (" +
                            placeholders("p", participant_ids.size()) + ")")
        .bind("organisation", organisation_id)
        .bind_each("p", participant_ids)
        .for_each_row([&](Row const& row) {
            received[row.integer("participant_id")].emplace(row.text("criterion_code"),
                                                            row.date("received_on"));
        });
    return received;
}

void PriorityRepository::record_proof(long long organisation_id, long long participant_id,
                                      std::string const& criterion_code, domain::Date received_on,
                                      long long recorded_by, std::string const& now)
{
    Query(m_connection, "DELETE FROM priority_proofs WHERE organisation_id = :organisation AND "
                        "participant_id = :participant AND criterion_code = :code")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .bind("code", criterion_code)
        .run();
    Query(m_connection, "INSERT INTO priority_proofs (organisation_id, participant_id, criterion_code, "
                        "received_on, recorded_at, recorded_by) VALUES (:organisation, :participant, :code, "
                        ":received_on, :now, :recorded_by)")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .bind("code", criterion_code)
        .bind("received_on", received_on.iso())
        .bind("now", now)
        .bind("recorded_by", id_or_null(recorded_by))
        .run();
}

} // namespace tremplin::store
