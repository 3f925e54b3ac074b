#include "domain/participant_merge.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

bool differs(ParticipantInput const& a, ParticipantInput const& b, MergeItem const& item)
{
    return std::ranges::any_of(item.inputs, [&](auto const& input) { return a[input] != b[input]; });
}

bool is_empty(ParticipantInput const& input, MergeItem const& item)
{
    return std::ranges::all_of(item.inputs, [&](auto const& name) { return input[name].empty(); });
}

} // namespace

std::vector<MergeItem> const& merge_items()
{
    static auto const items = [] {
        std::vector<MergeItem> all;
        for (auto const& field : participant_fields::table()) {
            if (field.kind == FieldKind::Consents) {
                for (auto const& input : participant_fields::inputs_of(field))
                    all.push_back({input, {input}, &field});
            } else {
                all.push_back({std::string(field.name), participant_fields::inputs_of(field), &field});
            }
        }
        return all;
    }();
    return items;
}

std::vector<MergeItem> differing_items(Participant const& kept, Participant const& other)
{
    auto const a = input_of(kept);
    auto const b = input_of(other);
    std::vector<MergeItem> items;
    for (auto const& item : merge_items())
        if (differs(a, b, item))
            items.push_back(item);
    return items;
}

std::set<std::string> suggested_from_other(Participant const& kept, Participant const& other)
{
    auto const a = input_of(kept);
    std::set<std::string> names;
    for (auto const& item : differing_items(kept, other))
        if (is_empty(a, item))
            names.insert(item.name);
    return names;
}

ParticipantInput merged_input(Participant const& kept, Participant const& other,
                              std::set<std::string> const& from_other)
{
    auto input = input_of(kept);
    auto const taken = input_of(other);
    for (auto const& item : merge_items())
        if (from_other.contains(item.name))
            for (auto const& name : item.inputs)
                input.set(name, std::string(taken[name]));
    return input;
}

void keep_consent_dates(Participant& merged, Participant const& other,
                        std::set<std::string> const& from_other)
{
    for (auto& consent : merged.consents) {
        auto const given_there = other.consent(consent.kind);
        if (given_there && given_there->given == consent.given &&
            from_other.contains(participant_fields::consent_field(consent.kind)))
            consent.recorded_on = given_there->recorded_on;
    }
}

} // namespace tremplin::domain
