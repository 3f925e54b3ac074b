#pragma once

// The centre's partner organisations and their contacts.

#include "domain/partner.hpp"
#include "domain/partner_event.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// The keys a partner is found by, made by the service from its folded name (store knows no ICU).
struct PartnerKeys {
    std::string name_key;              // domain::partner_name_key
    std::string search_key;            // " word word … ": the folded words of its name and commune
    std::vector<std::string> tag_keys; // each of its tags case-folded, in the order of its tags
};

// A tag in use, for the list's filter.
struct PartnerTag {
    std::string key; // case-folded: what the filter sends
    std::string tag; // one of its spellings, to show
};

// A page of the list: every condition given must hold.
struct PartnerSearch {
    long long organisation_id = 0;
    std::vector<std::string> words; // folded; each starts a word of the name or commune
    std::string enterprise_number;  // normalised: the partner with this number
    std::optional<domain::PartnerKind> kind;
    std::string nace_section;
    std::string commune;
    std::string tag_key; // case-folded: the partners with this tag
    // The partners that hosted a traineeship (begun) in this year; 0: any year, ever; none: all.
    std::optional<int> hosted_in;
    int limit = 50;
    int offset = 0;
};

// How many partners hosted a traineeship (begun: not only planned) in a year, and ever.
struct HostingCount {
    long long in_year = 0;
    long long ever = 0;
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
    // Every partner of the centre, in name order: any of them may have sent a woman.
    std::vector<domain::Partner> all_by_name(long long organisation_id);
    HostingCount hosting(long long organisation_id, int year);
    // The communes the centre's partners are in, for the list's filter.
    std::vector<std::string> communes(long long organisation_id);
    // The tags the centre's partners have, in the order of their keys.
    std::vector<PartnerTag> tags_in_use(long long organisation_id);
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

    long long insert_event(long long organisation_id, domain::PartnerEvent const& event,
                           std::optional<long long> author_staff_account_id);
    // Newest first: by the day it happened on, then the last noted first; with the contact's and
    // the author's names.
    std::vector<domain::PartnerEvent> events(long long partner_id);
    // When the partner was added, for its timeline.
    std::string created_at(long long partner_id);
    // Counted in one statement from the traineeships and the cohorts.
    domain::PartnerContribution contribution(long long organisation_id, long long partner_id);
    // Its contacts as the timeline tells of them, newest first.
    std::vector<domain::ContactAdded> contacts_added(long long partner_id);

  private:
    // Its tags, as given, in place of those it had.
    void replace_tags(domain::Partner const& partner, long long id, PartnerKeys const& keys);
    // The tags of each partner given, in the order of their keys.
    void read_tags(std::vector<domain::Partner*> const& partners);

    Connection& m_connection;
};

} // namespace tremplin::store
