#pragma once

// Participants, their consents and the words they can be found by.

#include "domain/participant.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// Derived on every save, for finding her again (see ParticipantService).
struct ParticipantKeys {
    std::string name_key; // folded name words, sorted: the same for "Amrani Fatima" and "Fatima Amrani"
    std::string sort_key; // folded "last first", for alphabetical lists
    std::string email_key;
    std::string phone_key;
    std::string actiris_key;
    std::vector<std::string> search_terms;
};

enum class ParticipantOrder { Name, RecentlyUpdated };

struct ParticipantSearch {
    long long organisation_id = 0;
    std::vector<std::string> prefixes; // each must start one of her search terms
    ParticipantOrder order = ParticipantOrder::Name;
    int limit = 50;
    int offset = 0;
    std::string updated_since; // UTC ISO 8601; empty: any time
};

struct DuplicateProbe {
    long long organisation_id = 0;
    std::string name_key;
    std::optional<domain::Date> birth_date;
    std::string email_key;
    std::string phone_key;
    std::string actiris_key;
    long long excluding_id = 0;
};

class ParticipantRepository {
  public:
    explicit ParticipantRepository(Connection& connection) : m_connection(connection) {}

    // Both move the organisation's register version on (OrganisationRepository).
    long long insert(domain::Participant const& participant, ParticipantKeys const& keys);
    void update(domain::Participant const& participant, ParticipantKeys const& keys);
    std::optional<domain::Participant> find(long long organisation_id, long long id);
    // Those of `ids` (a few hundred at most) that are hers, by id.
    std::map<long long, domain::Participant> find_each(long long organisation_id,
                                                       std::vector<long long> const& ids);

    std::vector<domain::ParticipantSummary> search(ParticipantSearch const& search);

    // Records that may be the same person: same name and birth date, or same e-mail, phone or
    // Actiris number.
    std::vector<domain::ParticipantSummary> possible_duplicates(DuplicateProbe const& probe);

  private:
    // How many search terms start with `prefix`, counting no further than `bound`.
    long long count_terms_up_to(long long organisation_id, std::string const& prefix, long long bound);
    void save_consents(domain::Participant const& participant);
    void save_search_terms(long long organisation_id, long long participant_id, ParticipantKeys const& keys);
    std::vector<domain::ParticipantSummary> list(ParticipantSearch const& search);

    Connection& m_connection;
};

} // namespace tremplin::store
