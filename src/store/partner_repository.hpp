#pragma once

// The centre's partner organisations and their contacts.

#include "domain/partner.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// The keys a partner is found by, made by the service from its folded name (store knows no ICU).
struct PartnerKeys {
    std::string name_key;   // domain::partner_name_key
    std::string search_key; // " word word … ": the folded words of its name and commune
};

// A page of the list: every condition given must hold.
struct PartnerSearch {
    long long organisation_id = 0;
    std::vector<std::string> words; // folded; each starts a word of the name or commune
    std::string enterprise_number;  // normalised: the partner with this number
    std::optional<domain::PartnerKind> kind;
    std::string nace_section;
    std::string commune;
    int limit = 50;
    int offset = 0;
};

// A partner as the list shows it.
struct PartnerLine {
    domain::Partner partner;
    long long contacts = 0;
};

class PartnerRepository {
  public:
    explicit PartnerRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Partner const& partner, PartnerKeys const& keys, std::string const& now);
    void update(domain::Partner const& partner, PartnerKeys const& keys, std::string const& now);
    std::optional<domain::Partner> find(long long organisation_id, long long id);
    // In name order, `limit` at most from `offset`.
    std::vector<PartnerLine> search(PartnerSearch const& search);
    // The partners that may fund a cohort: every one that is not an enterprise, in name order.
    std::vector<domain::Partner> possible_funders(long long organisation_id);
    // The communes the centre's partners are in, for the list's filter.
    std::vector<std::string> communes(long long organisation_id);
    // Others with the same name key or enterprise number (when it has one), in name order.
    std::vector<domain::Partner> possible_duplicates(long long organisation_id, std::string const& name_key,
                                                     std::string const& enterprise_number,
                                                     long long excluding = 0);
    long long count(long long organisation_id);

    long long insert_contact(long long organisation_id, domain::PartnerContact const& contact,
                             std::string const& now);
    void update_contact(domain::PartnerContact const& contact, std::string const& now);
    void remove_contact(long long partner_id, long long id);
    std::optional<domain::PartnerContact> contact(long long partner_id, long long id);
    // In name order.
    std::vector<domain::PartnerContact> contacts(long long partner_id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store
