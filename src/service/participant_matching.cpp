#include "service/participant_matching.hpp"

#include "domain/contact_details.hpp"
#include "domain/text.hpp"
#include "locale/text_folding.hpp"

#include <algorithm>

namespace tremplin::service {

namespace {

std::string digits_of(std::string_view text)
{
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9')
            digits += c;
    return digits;
}

std::string joined(std::vector<std::string> const& words, std::string_view separator)
{
    std::string result;
    for (auto const& word : words) {
        if (!result.empty())
            result += separator;
        result += word;
    }
    return result;
}

// E-mail terms start with "@", so that a name never matches an address ("sophie" would
// otherwise find every "sophie.…@" twice), and an address is searched only when one is typed.
std::string email_term(std::string const& email_key)
{
    return "@" + email_key;
}

bool looks_like_a_number(std::string_view text)
{
    return !digits_of(text).empty() && std::ranges::all_of(text, [](char c) {
        return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '.' || c == '/' || c == '-' ||
               c == '(' || c == ')';
    });
}

} // namespace

store::ParticipantKeys keys_of(domain::Participant const& participant)
{
    store::ParticipantKeys keys;
    auto const first_words = locale::folded_words(participant.first_name);
    auto const last_words = locale::folded_words(participant.last_name);

    auto name_words = first_words;
    name_words.insert(name_words.end(), last_words.begin(), last_words.end());
    std::ranges::sort(name_words);
    keys.name_key = joined(name_words, " ");
    keys.sort_key = joined(last_words, " ") + "  " + joined(first_words, " ");

    keys.email_key = domain::email_key(participant.email);
    keys.phone_key = participant.phone.empty() ? std::string() : domain::phone_key(participant.phone);
    keys.actiris_key = locale::fold(participant.actiris_number);
    std::erase(keys.actiris_key, ' ');

    keys.search_terms = name_words;
    keys.search_terms.push_back(joined(last_words, "")); // "elamrani" finds "El Amrani"
    keys.search_terms.push_back(joined(first_words, ""));
    if (!keys.email_key.empty())
        keys.search_terms.push_back(email_term(keys.email_key));
    if (!keys.phone_key.empty()) {
        keys.search_terms.push_back(keys.phone_key);
        keys.search_terms.push_back(digits_of(participant.phone)); // as she wrote it: "0470…"
    }
    if (!keys.actiris_key.empty())
        keys.search_terms.push_back(keys.actiris_key);
    return keys;
}

std::vector<std::string> search_prefixes(std::string_view text)
{
    auto const trimmed = std::string(domain::trimmed(text));
    if (trimmed.empty())
        return {};
    if (trimmed.find('@') != std::string::npos)
        return {email_term(domain::email_key(trimmed))};
    if (looks_like_a_number(trimmed)) {
        auto digits = digits_of(trimmed);
        if (digits.starts_with("00")) // "0032 470…" is "+32 470…"
            digits.erase(0, 2);
        return {digits};
    }
    auto words = locale::folded_words(trimmed);
    // A search of many words is refined enough after a few; more only slows the query.
    if (words.size() > 4)
        words.resize(4);
    return words;
}

} // namespace tremplin::service
