#include "domain/track.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>

namespace tremplin::domain {

namespace {

constexpr std::size_t longest_track_code = 12;
constexpr int most_planned_minutes = 2000 * 60; // longer than any qualifying track the centre funds

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool is_track_code(std::string_view code)
{
    return !code.empty() && code.size() <= longest_track_code && std::ranges::all_of(code, [](char c) {
        return (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-';
    });
}

// A name counts when one language has more than spaces in it.
bool is_named(TranslatedText const& text)
{
    return !trimmed(text.fr).empty() || !trimmed(text.nl).empty() || !trimmed(text.en).empty();
}

// Each language's text is refused on its own input: "name_fr", "description_nl", …
void refuse_control_characters(std::vector<FieldError>& errors, std::string_view field,
                               TranslatedText const& text, Lines lines)
{
    for (auto const& [language, written] :
         {std::pair{"fr", &text.fr}, std::pair{"nl", &text.nl}, std::pair{"en", &text.en}})
        domain::refuse_control_characters(errors, std::string(field) + "_" + language, trimmed(*written),
                                          lines);
}

} // namespace

std::string const& TranslatedText::in(std::string_view language) const
{
    if (language == "fr" && !fr.empty())
        return fr;
    if (language == "nl" && !nl.empty())
        return nl;
    if (language == "en" && !en.empty())
        return en;
    if (!fr.empty())
        return fr;
    if (!nl.empty())
        return nl;
    return en;
}

int TrackVersion::planned_minutes() const
{
    return std::accumulate(modules.begin(), modules.end(), 0,
                           [](int sum, Module const& module) { return sum + module.planned_minutes; });
}

std::vector<FieldError> validate_track(Track const& track)
{
    std::vector<FieldError> errors;
    if (track.code.empty())
        errors.push_back({"code", "errors.track.code_missing"});
    else if (!is_track_code(track.code))
        errors.push_back({"code", "errors.track.code_invalid"});
    if (!is_named(track.name))
        errors.push_back({"name", "errors.track.name_missing"});
    refuse_control_characters(errors, "name", track.name, Lines::One);
    refuse_control_characters(errors, "description", track.description, Lines::Several);
    if (!std::ranges::all_of(track.occupations, is_occupation_code))
        errors.push_back({"occupations", "errors.track.occupation_invalid"});
    if (track.minimum_attendance_percent < 0 || track.minimum_attendance_percent > 100)
        errors.push_back({"minimum_attendance_percent", "errors.track.attendance_invalid"});
    return errors;
}

std::vector<FieldError> validate_module(Module const& module)
{
    std::vector<FieldError> errors;
    if (!is_named(module.name))
        errors.push_back({"name", "errors.module.name_missing"});
    refuse_control_characters(errors, "name", module.name, Lines::One);
    if (module.planned_minutes <= 0 || module.planned_minutes > most_planned_minutes)
        errors.push_back({"planned_minutes", "errors.module.hours_invalid"});
    if (!std::ranges::all_of(module.competences, is_ecf_competence))
        errors.push_back({"competences", "errors.module.competence_invalid"});
    return errors;
}

// EN 16234-1:2019 (e-CF 4.0): five areas, numbered without gaps.
bool is_ecf_competence(std::string_view code)
{
    static constexpr std::pair<char, int> competences_per_area[] = {
        {'A', 9},  // Plan
        {'B', 6},  // Build
        {'C', 4},  // Run
        {'D', 12}, // Enable
        {'E', 10}, // Manage
    };
    if (code.size() < 3 || code.size() > 4 || code[1] != '.' || code[2] == '0')
        return false;
    auto area = std::ranges::find(competences_per_area, code[0], &std::pair<char, int>::first);
    if (area == std::end(competences_per_area))
        return false;
    auto const number_text = code.substr(2);
    if (!std::ranges::all_of(number_text, is_digit))
        return false;
    int number = 0;
    std::from_chars(number_text.data(), number_text.data() + number_text.size(), number);
    return number >= 1 && number <= area->second;
}

// ISCO-08 unit groups have four digits; ESCO numbers its occupations below them with groups of
// one or two digits ("2513.5", "2522.1.1").
bool is_occupation_code(std::string_view code)
{
    if (code.size() < 4 || !std::ranges::all_of(code.substr(0, 4), is_digit))
        return false;
    auto rest = code.substr(4);
    while (!rest.empty()) {
        if (rest.front() != '.')
            return false;
        rest.remove_prefix(1);
        std::size_t digits = 0;
        while (digits < rest.size() && is_digit(rest[digits]))
            ++digits;
        if (digits < 1 || digits > 2)
            return false;
        rest.remove_prefix(digits);
    }
    return true;
}

} // namespace tremplin::domain
