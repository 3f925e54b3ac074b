#include "cli/demo/demo_partners.hpp"

#include "cli/demo/demo_catalogue.hpp"

#include <array>
#include <string>
#include <vector>

namespace tremplin::cli {

namespace {

struct Commune {
    std::string_view postcode;
    std::string_view name;
};

constexpr std::array<Commune, 19> communes{{
    {"1000", "Bruxelles"},
    {"1030", "Schaerbeek"},
    {"1040", "Etterbeek"},
    {"1050", "Ixelles"},
    {"1060", "Saint-Gilles"},
    {"1070", "Anderlecht"},
    {"1080", "Molenbeek-Saint-Jean"},
    {"1081", "Koekelberg"},
    {"1082", "Berchem-Sainte-Agathe"},
    {"1083", "Ganshoren"},
    {"1090", "Jette"},
    {"1140", "Evere"},
    {"1150", "Woluwe-Saint-Pierre"},
    {"1160", "Auderghem"},
    {"1170", "Watermael-Boitsfort"},
    {"1180", "Uccle"},
    {"1190", "Forest"},
    {"1200", "Woluwe-Saint-Lambert"},
    {"1210", "Saint-Josse-ten-Noode"},
}};

constexpr std::array<std::string_view, 25> first_words{
    "Nova",   "Atelier",  "Blue",   "Cloud",  "Pixel", "Data",  "Iris",  "Sablon", "Canal",
    "Zenne",  "Meridian", "Quartz", "Orbit",  "Kanal", "Delta", "Helix", "Lumen",  "Vector",
    "Cobalt", "Marolles", "Flagey", "Tivoli", "Astra", "Nexus", "Brabo"};
constexpr std::array<std::string_view, 12> second_words{"Digital",  "Systems",   "Consulting", "Software",
                                                        "Networks", "Analytics", "Studio",     "Solutions",
                                                        "Services", "Labs",      "Web",        "Support"};
constexpr std::array<std::string_view, 6> legal_forms{"SRL", "SA", "BV", "NV", "SC", "ASBL"};
constexpr std::array<std::string_view, 8> streets{
    "Rue de la Loi", "Avenue Louise",   "Boulevard du Jardin Botanique", "Rue Gaucheret", "Chaussée de Wavre",
    "Rue Royale",    "Avenue des Arts", "Quai des Charbonnages"};
constexpr std::array<std::string_view, 5> sectors{"J", "J", "M", "N", "G"};
constexpr std::array<std::string_view, 4> size_bands{"micro", "small", "medium", "large"};

struct OtherPartner {
    std::string_view name;
    std::string_view kind;
    std::string_view commune_postcode;
};

constexpr std::array<OtherPartner, 30> others{{
    {"Actiris", "employment_service", "1210"},
    {"VDAB Brussel", "employment_service", "1000"},
    {"Mission locale de Schaerbeek", "employment_service", "1030"},
    {"Mission locale d'Anderlecht", "employment_service", "1070"},
    {"Mission locale de Molenbeek", "employment_service", "1080"},
    {"Mission locale d'Ixelles", "employment_service", "1050"},
    {"Werkwinkel Brussel", "employment_service", "1000"},
    {"CPAS de Schaerbeek", "social_service", "1030"},
    {"CPAS de Saint-Gilles", "social_service", "1060"},
    {"OCMW Jette", "social_service", "1090"},
    {"CPAS d'Anderlecht", "social_service", "1070"},
    {"Maison de quartier Nord", "social_service", "1000"},
    {"Centre d'action sociale globale Forest", "social_service", "1190"},
    {"Bruxelles Formation", "training_centre", "1000"},
    {"Digitalcity.brussels", "training_centre", "1000"},
    {"Centre de formation numérique Evere", "training_centre", "1140"},
    {"Syntra Brussel", "training_centre", "1000"},
    {"École de promotion sociale Uccle", "training_centre", "1180"},
    {"Tada Brussels", "training_centre", "1000"},
    {"Commune de Saint-Josse-ten-Noode", "public_body", "1210"},
    {"Commune de Schaerbeek", "public_body", "1030"},
    {"Région de Bruxelles-Capitale", "public_body", "1000"},
    {"Commission communautaire française", "public_body", "1000"},
    {"Vlaamse Gemeenschapscommissie", "public_body", "1000"},
    {"Agence FSE", "funder", "1000"},
    {"ESF Vlaanderen", "funder", "1000"},
    {"Fondation Roi Baudouin", "funder", "1000"},
    {"Innoviris", "funder", "1000"},
    {"hub.brussels", "public_body", "1000"},
    {"Femmes et numérique", "other", "1060"},
}};

constexpr std::array<std::string_view, 20> contact_first{
    "Sarah", "Lena",  "Amina", "Julie", "Marc",  "Youssef", "Eva",  "Tom",  "Nadia",  "Pieter",
    "Inès",  "Sofie", "Karim", "Laura", "David", "Fatou",   "Anke", "Hugo", "Miriam", "Bram"};
constexpr std::array<std::string_view, 20> contact_last{
    "Janssens", "Dubois",   "El Amrani", "Peeters", "Lambert",  "Maes",   "Diallo",
    "Claes",    "Martin",   "Wouters",   "Mertens", "Leclercq", "Benali", "Jacobs",
    "Dupont",   "Goossens", "Ndiaye",    "Willems", "Renard",   "Aerts"};
constexpr std::array<std::string_view, 6> contact_roles{"Responsable RH",     "HR manager", "Recruiter",
                                                        "Conseillère emploi", "Directrice", "Team lead"};
constexpr std::array<std::string_view, 3> languages{"fr", "nl", "en"};

// `number` written with `width` digits at least, zeros in front.
std::string padded(long long number, std::size_t width)
{
    auto text = std::to_string(number);
    return std::string(width > text.size() ? width - text.size() : 0, '0') + text;
}

int between(int low, int high, std::mt19937_64& random)
{
    return std::uniform_int_distribution<int>(low, high)(random);
}

template <class Array> auto const& pick(Array const& items, std::mt19937_64& random)
{
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random)];
}

// docs/domain.md "Enterprise number": 8 digits starting with 0 or 1, then 97 − their remainder.
std::string enterprise_number(long long body)
{
    return padded(body, 8) + padded(97 - body % 97, 2);
}

std::string_view commune_named(std::string_view postcode)
{
    for (auto const& commune : communes)
        if (commune.postcode == postcode)
            return commune.name;
    return communes.front().name;
}

// What a job coach notes of a partner, by kind (docs/domain.md "Partner timeline").
struct Happening {
    std::string_view kind;
    std::string_view summary;
};

constexpr std::array<Happening, 10> happenings{{
    {"meeting", "Visite des locaux : deux places de stage possibles au printemps."},
    {"meeting", "Kennismaking met de HR-afdeling: interesse in stagiairs voor support."},
    {"call", "Called to confirm the trainees' start date."},
    {"call", "Appel : retour positif sur la stagiaire, prolongation envisagée."},
    {"email", "Envoyé le programme de la formation et le calendrier des stages."},
    {"email", "Sent the list of skills of the current cohort."},
    {"event", "Rencontré au salon de l'emploi numérique."},
    {"event", "Speed-dating stagiaires : trois entretiens menés."},
    {"note", "Préfère être contacté le matin."},
    {"note", "Neemt elk jaar twee stagiairs; contract te vernieuwen in juni."},
}};

constexpr std::array<std::string_view, 8> enterprise_tags{
    "ICT", "hosts every year", "job fair 2026", "support IT", "web", "data", "recrute", "stages"};
constexpr std::array<std::string_view, 4> other_tags{"orientation", "job fair 2026", "financement",
                                                     "partenaire historique"};

// One to four entries over the last year, a third of them with one of its contacts.
int add_timeline(service::PartnerService& partners, service::Actor const& actor, long long partner_id,
                 std::vector<long long> const& contacts, domain::Date today, std::mt19937_64& random)
{
    int const count = between(1, 4, random);
    for (int i = 0; i < count; ++i) {
        auto const& happening = pick(happenings, random);
        auto const on = today.plus_days(-between(0, 365, random));
        domain::PartnerEventInput entry{.kind = std::string(happening.kind),
                                        .happened_on_day = std::to_string(on.day()),
                                        .happened_on_month = std::to_string(on.month()),
                                        .happened_on_year = std::to_string(on.year()),
                                        .contact = {},
                                        .summary = std::string(happening.summary)};
        if (!contacts.empty() && between(0, 2, random) == 0)
            entry.contact = std::to_string(pick(contacts, random));
        expect(partners.add_event(actor, partner_id, entry), "a partner's timeline entry");
    }
    return count;
}

// No tag, or one or two of `choices`.
template <class Array> std::string some_tags(Array const& choices, std::mt19937_64& random)
{
    switch (between(0, 3, random)) {
    case 0:
        return std::string(pick(choices, random));
    case 1:
        return std::string(pick(choices, random)) + ", " + std::string(pick(choices, random));
    default:
        return {};
    }
}

std::vector<long long> add_contacts(service::PartnerService& partners, service::Actor const& actor,
                                    long long partner_id, std::mt19937_64& random)
{
    std::vector<long long> added;
    int const count = between(1, 3, random);
    for (int i = 0; i < count; ++i) {
        auto const first = std::string(pick(contact_first, random));
        auto const last = std::string(pick(contact_last, random));
        domain::PartnerContactInput contact{.name = first + " " + last,
                                            .role = std::string(pick(contact_roles, random)),
                                            .language = std::string(pick(languages, random)),
                                            .phone = "02 " + std::to_string(between(200, 899, random)) + " " +
                                                     std::to_string(between(10, 99, random)) + " " +
                                                     std::to_string(between(10, 99, random)),
                                            .email = ""};
        added.push_back(expect(partners.add_contact(actor, partner_id, contact), "a partner's contact"));
    }
    return added;
}

} // namespace

DemoPartnersSummary create_partners(service::PartnerService& partners, service::Actor const& actor,
                                    std::mt19937_64& random, domain::Date today)
{
    DemoPartnersSummary summary;
    auto const record = [&](domain::PartnerInput const& input) {
        auto const created = expect(
            partners.create(actor, input, service::DuplicateCheck::ConfirmedDifferentPerson), "a partner");
        ++summary.partners;
        auto const contacts = add_contacts(partners, actor, *created.id, random);
        summary.contacts += static_cast<int>(contacts.size());
        if (summary.partners % 3 == 0)
            summary.timeline_entries += add_timeline(partners, actor, *created.id, contacts, today, random);
    };

    // Each first word with each second word once at most: 150 distinct names.
    for (int i = 0; i < 150; ++i) {
        auto const& commune = pick(communes, random);
        auto const first = first_words[static_cast<std::size_t>(i) % first_words.size()];
        auto const second =
            second_words[static_cast<std::size_t>(i / first_words.size() * 2 + i % 2) % second_words.size()];
        auto const name =
            std::string(first) + " " + std::string(second) + " " + std::string(pick(legal_forms, random));
        auto const body = std::uniform_int_distribution<long long>(4'000'000, 19'999'999)(random);
        record({.name = name,
                .kind = "enterprise",
                .nace_section = std::string(pick(sectors, random)),
                .size_band = std::string(pick(size_bands, random)),
                .street = std::string(pick(streets, random)) + " " + std::to_string(between(1, 250, random)),
                .postcode = std::string(commune.postcode),
                .commune = std::string(commune.name),
                .website = "https://" + std::string(first) + "-" + std::string(second) + ".example",
                .enterprise_number = enterprise_number(body),
                .tags = some_tags(enterprise_tags, random)});
    }
    for (auto const& other : others)
        record({.name = std::string(other.name),
                .kind = std::string(other.kind),
                .postcode = std::string(other.commune_postcode),
                .commune = std::string(commune_named(other.commune_postcode)),
                .tags = some_tags(other_tags, random)});
    return summary;
}

} // namespace tremplin::cli
