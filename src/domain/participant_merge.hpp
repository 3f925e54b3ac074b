#pragma once

// Two records of one woman become one, field by field: staff compare the record the centre
// kept with the one made from a public page and choose, for each field where they differ,
// which value stays (docs/design.md "Public forms").

#include "domain/participant.hpp"
#include "domain/participant_fields.hpp"

#include <set>
#include <string>
#include <vector>

namespace tremplin::domain {

// One thing to choose: a field of the record, or one consent. Named as the record page names
// its rows (the field's name, or "consent_<kind>").
struct MergeItem {
    std::string name;
    std::vector<std::string> inputs; // the form inputs that carry it
    ParticipantField const* field = nullptr;
};

// Every item, in the order of the record.
std::vector<MergeItem> const& merge_items();

// The items where the two records differ.
std::vector<MergeItem> differing_items(Participant const& kept, Participant const& other);

// What staff are offered first: the kept record's value, except where it has none.
std::set<std::string> suggested_from_other(Participant const& kept, Participant const& other);

// The kept record's inputs with the items named in `from_other` taken from the other record.
ParticipantInput merged_input(Participant const& kept, Participant const& other,
                              std::set<std::string> const& from_other);

// A consent taken from the other record keeps the day she gave it there (validation dates a
// changed consent today).
void keep_consent_dates(Participant& merged, Participant const& other,
                        std::set<std::string> const& from_other);

} // namespace tremplin::domain
