#pragma once

// The centre's partner organisations: the enterprises that take trainees and hire them, and the
// services, training centres, public bodies and funders the job coaches work with. A partner is
// not a tenant: it belongs to one centre (`organisation_id`), like a participant.

#include "domain/codes.hpp"
#include "domain/error.hpp"

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::domain {

// docs/domain.md "Partner kinds"
enum class PartnerKind {
    Enterprise,
    EmploymentService,
    SocialService,
    TrainingCentre,
    PublicBody,
    Funder,
    Other
};

// docs/domain.md "Size bands"
enum class SizeBand { Micro, Small, Medium, Large };

struct Partner {
    long long id = 0;
    long long organisation_id = 0;
    std::string name;
    PartnerKind kind = PartnerKind::Enterprise;
    std::string nace_section; // "A" to "U", or "" when not known
    std::optional<SizeBand> size_band;
    std::string street;
    std::string postcode; // 4 digits, or ""
    std::string commune;
    std::string website;           // http(s) only, or ""
    std::string enterprise_number; // "0123.456.749", or ""
    std::vector<std::string> tags; // docs/domain.md "Partner tags"
};

// A partner as typed in the form, before it is read.
// What a partner brings the centre, counted from the records, never typed
// (docs/domain.md "What a partner brings").
struct PartnerContribution {
    long long women_referred = 0;      // records naming it as the partner that sent her
    long long traineeships_hosted = 0; // begun: ongoing, completed or interrupted
    long long women_hired = 0;         // traineeships after which it hired the trainee
    long long cohorts_funded = 0;      // cohorts naming it as their funder
};

struct PartnerInput {
    std::string name;
    std::string kind;
    std::string nace_section;
    std::string size_band;
    std::string street;
    std::string postcode;
    std::string commune;
    std::string website;
    std::string enterprise_number;
    std::string tags; // separated by commas
};

// Each input's name in the form, in the order of the form (and of the error summary).
inline constexpr std::array<std::pair<std::string_view, std::string PartnerInput::*>, 10> partner_inputs{{
    {"name", &PartnerInput::name},
    {"kind", &PartnerInput::kind},
    {"enterprise_number", &PartnerInput::enterprise_number},
    {"nace_section", &PartnerInput::nace_section},
    {"size_band", &PartnerInput::size_band},
    {"street", &PartnerInput::street},
    {"postcode", &PartnerInput::postcode},
    {"commune", &PartnerInput::commune},
    {"website", &PartnerInput::website},
    {"tags", &PartnerInput::tags},
}};

// docs/domain.md "Partner tags"
inline constexpr std::size_t partner_tag_limit = 40;  // characters a tag
inline constexpr std::size_t partner_tags_limit = 10; // tags a partner

// What makes two tags one: their case-folded form. The service gives Unicode's case folding;
// without it, ASCII letters are lowered.
using TagKey = std::function<std::string(std::string_view)>;
std::string ascii_lowered(std::string_view tag);

// "ICT, hosts every year,, ict " → {"ICT", "hosts every year"}: split at commas, trimmed, inner
// spaces made one, empty ones and repeats (by `key_of`) left out; each 40 characters at most,
// 10 tags at most, no control character.
Result<std::vector<std::string>> read_partner_tags(std::string_view typed,
                                                   TagKey const& key_of = ascii_lowered);

// Reads and checks every input: a name, a kind, a known NACE-BEL section and size band, a
// postcode of 4 digits, a website on http(s), a real enterprise number (stored in its dotted
// form), its tags (`read_partner_tags`). Every problem at once, in the order of the form.
Result<Partner> validate_partner(PartnerInput const& input, TagKey const& key_of = ascii_lowered);

PartnerInput input_of(Partner const& partner);

// The tags as the form shows them: "ICT, hosts every year".
std::string tags_typed(std::vector<std::string> const& tags);

// docs/domain.md "Enterprise number"
// "0123.456.749", "0123456749", "BE 0123 456 749" → "0123.456.749"; anything that is not
// 10 digits starting with 0 or 1 whose last two check the first eight → nothing.
std::optional<std::string> normalised_enterprise_number(std::string_view typed);

// docs/domain.md "NACE-BEL sections": the 21 sections, "A" to "U".
bool is_nace_section(std::string_view code);
std::vector<std::string> nace_sections();

// The key two spellings of one organisation's name share, for the duplicate warning: the words
// of its folded name (lower case, without accents or punctuation, see locale/text_folding.hpp)
// without the legal forms ("SA", "BV", "ASBL"…), joined by one space. A name of legal forms only
// keeps them, so that it still has a key.
std::string partner_name_key(std::vector<std::string> const& folded_words);

// Someone the centre speaks to at a partner.
struct PartnerContact {
    long long id = 0;
    long long partner_id = 0;
    std::string name;
    std::string role;     // her job there, as the partner says it
    std::string language; // "fr", "nl", "en": the language to speak to her in
    std::string phone;
    std::string email;
};

struct PartnerContactInput {
    std::string name;
    std::string role;
    std::string language;
    std::string phone;
    std::string email;
};

inline constexpr std::array<std::pair<std::string_view, std::string PartnerContactInput::*>, 5>
    partner_contact_inputs{{
        {"name", &PartnerContactInput::name},
        {"role", &PartnerContactInput::role},
        {"language", &PartnerContactInput::language},
        {"phone", &PartnerContactInput::phone},
        {"email", &PartnerContactInput::email},
    }};

// A name, one of the centre's three languages, and a phone and e-mail as the register checks
// them (contact_details.hpp) when given.
Result<PartnerContact> validate_partner_contact(PartnerContactInput const& input);

PartnerContactInput input_of(PartnerContact const& contact);

template <> struct Codes<PartnerKind> {
    static constexpr std::array table{
        std::pair{PartnerKind::Enterprise, std::string_view("enterprise")},
        std::pair{PartnerKind::EmploymentService, std::string_view("employment_service")},
        std::pair{PartnerKind::SocialService, std::string_view("social_service")},
        std::pair{PartnerKind::TrainingCentre, std::string_view("training_centre")},
        std::pair{PartnerKind::PublicBody, std::string_view("public_body")},
        std::pair{PartnerKind::Funder, std::string_view("funder")},
        std::pair{PartnerKind::Other, std::string_view("other")},
    };
};

template <> struct Codes<SizeBand> {
    static constexpr std::array table{
        std::pair{SizeBand::Micro, std::string_view("micro")},
        std::pair{SizeBand::Small, std::string_view("small")},
        std::pair{SizeBand::Medium, std::string_view("medium")},
        std::pair{SizeBand::Large, std::string_view("large")},
    };
};

} // namespace tremplin::domain
