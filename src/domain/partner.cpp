#include "domain/partner.hpp"

#include "domain/contact_details.hpp"
#include "domain/text.hpp"

#include <algorithm>
#include <set>

namespace tremplin::domain {

namespace {

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// docs/domain.md "Legal forms": the abbreviations of Belgian legal forms, in French and Dutch,
// as folded words. "Dupont SA" and "Dupont NV" are one enterprise.
std::set<std::string_view> const legal_forms{"sa",   "nv",  "srl", "bv",  "sprl",  "bvba",
                                             "asbl", "vzw", "sc",  "cv",  "scrl",  "cvba",
                                             "snc",  "vof", "scs", "gcv", "scomm", "commv"};

bool is_http_address(std::string_view address)
{
    for (std::string_view scheme : {"http://", "https://"}) {
        if (address.size() > scheme.size() &&
            std::ranges::equal(address.substr(0, scheme.size()), scheme, [](char a, char b) {
                return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b;
            }))
            return address.find_first_of(" \t") == std::string_view::npos;
    }
    return false;
}

std::string text_of(std::vector<FieldError>& errors, std::string_view field, std::string_view typed)
{
    auto text = std::string(trimmed(typed));
    refuse_control_characters(errors, field, text);
    return text;
}

// The characters of a UTF-8 text: every byte but those continuing a character.
std::size_t characters_in(std::string_view text)
{
    return static_cast<std::size_t>(
        std::ranges::count_if(text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

std::string ascii_lowered(std::string_view tag)
{
    std::string lowered(tag);
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lowered;
}

Result<std::vector<std::string>> read_partner_tags(std::string_view typed, TagKey const& key_of)
{
    std::vector<FieldError> errors;
    std::vector<std::string> tags;
    std::set<std::string> keys;
    std::size_t start = 0;
    while (start <= typed.size()) {
        auto const comma = std::min(typed.find(',', start), typed.size());
        auto const part = trimmed(typed.substr(start, comma - start));
        start = comma + 1;
        // Runs of spaces inside a tag are one space: "job  fair" and "job fair" are one tag.
        std::string tag;
        for (char const c : part)
            if (c != ' ' || tag.empty() || tag.back() != ' ')
                tag += c;
        if (tag.empty())
            continue;
        if (refuse_control_characters(errors, "tags", tag))
            break;
        if (characters_in(tag) > partner_tag_limit) {
            errors.push_back({"tags", "errors.partner.tag_too_long"});
            break;
        }
        if (keys.insert(key_of(tag)).second)
            tags.push_back(std::move(tag));
    }
    if (errors.empty() && tags.size() > partner_tags_limit)
        errors.push_back({"tags", "errors.partner.too_many_tags"});
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return tags;
}

std::optional<std::string> normalised_enterprise_number(std::string_view typed)
{
    auto number = trimmed(typed);
    // The VAT number of a Belgian enterprise is its enterprise number behind "BE".
    if (number.size() >= 2 && (number[0] == 'B' || number[0] == 'b') &&
        (number[1] == 'E' || number[1] == 'e'))
        number.remove_prefix(2);
    std::string digits;
    for (char const c : number) {
        if (is_digit(c))
            digits += c;
        else if (c != '.' && c != ' ')
            return std::nullopt;
    }
    // docs/domain.md "Enterprise number"
    if (digits.size() != 10 || (digits[0] != '0' && digits[0] != '1'))
        return std::nullopt;
    long long const body = std::stoll(digits.substr(0, 8));
    int const check = std::stoi(digits.substr(8));
    if (97 - body % 97 != check)
        return std::nullopt;
    return digits.substr(0, 4) + "." + digits.substr(4, 3) + "." + digits.substr(7);
}

bool is_nace_section(std::string_view code)
{
    return code.size() == 1 && code[0] >= 'A' && code[0] <= 'U';
}

std::vector<std::string> nace_sections()
{
    std::vector<std::string> sections;
    for (char section = 'A'; section <= 'U'; ++section)
        sections.emplace_back(1, section);
    return sections;
}

std::string partner_name_key(std::vector<std::string> const& folded_words)
{
    std::vector<std::string_view> kept;
    for (auto const& word : folded_words)
        if (!legal_forms.contains(word))
            kept.push_back(word);
    if (kept.empty())
        kept.assign(folded_words.begin(), folded_words.end());
    std::string key;
    for (auto const word : kept) {
        if (!key.empty())
            key += ' ';
        key += word;
    }
    return key;
}

Result<Partner> validate_partner(PartnerInput const& input, TagKey const& key_of)
{
    std::vector<FieldError> errors;
    Partner partner;

    partner.name = text_of(errors, "name", input.name);
    if (partner.name.empty())
        errors.push_back({"name", "errors.partner.name_missing"});
    else if (partner.name.size() > 200)
        errors.push_back({"name", "errors.partner.name_too_long"});

    auto const kind = from_code<PartnerKind>(trimmed(input.kind));
    if (kind)
        partner.kind = *kind;
    else
        errors.push_back({"kind", "errors.partner.kind_missing"});

    auto const typed_number = trimmed(input.enterprise_number);
    if (!typed_number.empty()) {
        auto const number = normalised_enterprise_number(typed_number);
        if (number)
            partner.enterprise_number = *number;
        else
            errors.push_back({"enterprise_number", "errors.partner.enterprise_number_invalid"});
    }

    partner.nace_section = std::string(trimmed(input.nace_section));
    if (!partner.nace_section.empty() && !is_nace_section(partner.nace_section))
        errors.push_back({"nace_section", "errors.partner.nace_section_unknown"});

    auto const size_band = trimmed(input.size_band);
    if (!size_band.empty()) {
        partner.size_band = from_code<SizeBand>(size_band);
        if (!partner.size_band)
            errors.push_back({"size_band", "errors.partner.size_band_unknown"});
    }

    partner.street = text_of(errors, "street", input.street);
    partner.postcode = text_of(errors, "postcode", input.postcode);
    // A Belgian postcode: 4 digits.
    if (!partner.postcode.empty() &&
        (partner.postcode.size() != 4 || !std::ranges::all_of(partner.postcode, is_digit)))
        errors.push_back({"postcode", "errors.partner.postcode_format"});
    partner.commune = text_of(errors, "commune", input.commune);

    partner.website = text_of(errors, "website", input.website);
    // Only a web address is a link anyone may follow from the partner's page.
    if (!partner.website.empty() && !is_http_address(partner.website))
        errors.push_back({"website", "errors.partner.website_format"});

    auto tags = read_partner_tags(input.tags, key_of);
    if (tags)
        partner.tags = std::move(*tags);
    else
        errors.insert(errors.end(), tags.error().fields.begin(), tags.error().fields.end());

    if (!errors.empty()) {
        // In the order of the form, so the summary reads like it; one message a field.
        std::vector<FieldError> ordered;
        for (auto const& [field, member] : partner_inputs) {
            auto const first = std::ranges::find(errors, field, &FieldError::field);
            if (first != errors.end())
                ordered.push_back(*first);
        }
        return fail(Error::invalid(std::move(ordered)));
    }
    return partner;
}

PartnerInput input_of(Partner const& partner)
{
    return {partner.name,
            std::string(code_of(partner.kind)),
            partner.nace_section,
            partner.size_band ? std::string(code_of(*partner.size_band)) : std::string(),
            partner.street,
            partner.postcode,
            partner.commune,
            partner.website,
            partner.enterprise_number,
            tags_typed(partner.tags)};
}

std::string tags_typed(std::vector<std::string> const& tags)
{
    std::string typed;
    for (auto const& tag : tags)
        typed += (typed.empty() ? "" : ", ") + tag;
    return typed;
}

Result<PartnerContact> validate_partner_contact(PartnerContactInput const& input)
{
    std::vector<FieldError> errors;
    PartnerContact contact;
    contact.name = text_of(errors, "name", input.name);
    if (contact.name.empty())
        errors.push_back({"name", "errors.partner_contact.name_missing"});
    else if (contact.name.size() > 200)
        errors.push_back({"name", "errors.partner_contact.name_too_long"});
    contact.role = text_of(errors, "role", input.role);
    contact.language = std::string(trimmed(input.language));
    if (contact.language != "fr" && contact.language != "nl" && contact.language != "en")
        errors.push_back({"language", "errors.partner_contact.language_missing"});
    contact.phone = text_of(errors, "phone", input.phone);
    if (!contact.phone.empty() && !is_plausible_phone(contact.phone))
        errors.push_back({"phone", "errors.phone.format"});
    contact.email = text_of(errors, "email", input.email);
    if (!contact.email.empty() && !is_plausible_email(contact.email))
        errors.push_back({"email", "errors.email.format"});
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return contact;
}

PartnerContactInput input_of(PartnerContact const& contact)
{
    return {contact.name, contact.role, contact.language, contact.phone, contact.email};
}

} // namespace tremplin::domain
