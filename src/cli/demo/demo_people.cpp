#include "cli/demo/demo_people.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace tremplin::cli {

namespace {

namespace fields = domain::participant_fields;

template <class T, std::size_t N> T const& pick(std::mt19937_64& random, std::array<T, N> const& items)
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

// Picks by weight: each entry is {weight, value}.
template <class T, std::size_t N>
T const& weighted(std::mt19937_64& random, std::array<std::pair<int, T>, N> const& items)
{
    int total = 0;
    for (auto const& item : items)
        total += item.first;
    int roll = std::uniform_int_distribution<int>(0, total - 1)(random);
    for (auto const& item : items) {
        if (roll < item.first)
            return item.second;
        roll -= item.first;
    }
    return items.back().second;
}

bool chance(std::mt19937_64& random, double probability)
{
    return std::bernoulli_distribution(probability)(random);
}

int between(std::mt19937_64& random, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(random);
}

struct Origin {
    std::string_view country;
    std::array<std::string_view, 8> first_names;
    std::array<std::string_view, 8> last_names;
};

constexpr std::array<std::pair<int, Origin>, 9> origins{{
    {40,
     {"BE",
      {"Sophie", "Julie", "Marie", "Laura", "Nathalie", "Isabelle", "Céline", "Anne-Sophie"},
      {"Peeters", "Janssens", "Dubois", "Lambert", "Claes", "Dupont", "Wouters", "Van den Broeck"}}},
    {16,
     {"MA",
      {"Fatima", "Khadija", "Nadia", "Samira", "Imane", "Salma", "Houda", "Meryem"},
      {"El Amrani", "Benali", "El Idrissi", "Bouzid", "Azzouzi", "Ouali", "Chaoui", "El Khattabi"}}},
    {7,
     {"CD",
      {"Grâce", "Divine", "Esther", "Mireille", "Patience", "Nadège", "Bénédicte", "Sarah"},
      {"Mbuyi", "Kabongo", "Tshibangu", "Ilunga", "Mukendi", "Kalonji", "Lukusa", "Nsimba"}}},
    {5,
     {"TR",
      {"Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Hatice", "Özlem", "Büşra"},
      {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk"}}},
    {5,
     {"RO",
      {"Ioana", "Elena", "Andreea", "Maria", "Ana", "Cristina", "Mihaela", "Alina"},
      {"Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei"}}},
    {4,
     {"SY",
      {"Rania", "Lina", "Hiba", "Nour", "Yasmin", "Dima", "Rasha", "Aya"},
      {"Al-Hassan", "Haddad", "Khalil", "Nasser", "Darwish", "Saleh", "Hamdan", "Youssef"}}},
    {4,
     {"GN",
      {"Aïssatou", "Mariama", "Fatoumata", "Kadiatou", "Hawa", "Oumou", "Binta", "Ramatoulaye"},
      {"Diallo", "Barry", "Bah", "Camara", "Sow", "Condé", "Touré", "Keïta"}}},
    {4,
     {"PL",
      {"Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Ewa", "Monika"},
      {"Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska"}}},
    {3,
     {"CM",
      {"Carine", "Sandrine", "Josiane", "Murielle", "Estelle", "Prisca", "Flore", "Linda"},
      {"Ngo Bassa", "Tchoumi", "Mbarga", "Fotso", "Nkoulou", "Ebanda", "Kamga", "Njoya"}}},
}};

constexpr std::array<std::string_view, 22> brussels_postcodes{
    "1000", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1081", "1082", "1083",
    "1090", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190", "1200", "1210"};

constexpr std::array<std::string_view, 8> streets{
    "rue Haute",          "chaussée de Gand", "rue de Brabant",      "avenue de la Reine",
    "chaussée de Haecht", "rue du Midi",      "boulevard Lemonnier", "chaussée de Wavre"};

constexpr std::array<std::string_view, 12> notes{
    "Appel : intéressée par la formation développeuse web, viendra à la séance d'information.",
    "Séance d'information suivie. Souhaite commencer par le module d'orientation.",
    "Entretien : garde d'enfants à organiser avant l'entrée en formation.",
    "Envoyée par son conseiller Actiris. Attestation d'inscription reçue.",
    "Demande une attestation de fréquentation pour le CPAS.",
    "A réussi le test de logique. Motivée, très bonne communication.",
    "Rappel : documents d'équivalence du diplôme à apporter.",
    "Courriel : questions sur l'indemnité de formation de 2 € de l'heure.",
    "Rencontre avec la job coach : CV à retravailler.",
    "Absente à l'entretien, à recontacter la semaine prochaine.",
    "Intéressée par le stage en helpdesk chez un partenaire.",
    "SMS envoyé : rappel de la séance du lundi 9 h.",
};

std::string lower_ascii_word(std::string_view text)
{
    std::string word;
    for (char c : text)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return word;
}

std::string digits(std::mt19937_64& random, int count)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += static_cast<char>('0' + between(random, 0, 9));
    return text;
}

std::string_view answer(std::mt19937_64& random, double yes, double refused)
{
    double const roll = std::uniform_real_distribution<double>(0, 1)(random);
    if (roll < yes)
        return "yes";
    if (roll < yes + refused)
        return "refused";
    return roll < 0.93 ? "no" : "unknown";
}

} // namespace

domain::ParticipantInput invented_participant(std::mt19937_64& random, domain::Date today)
{
    domain::ParticipantInput input;
    auto const& origin = weighted(random, origins);
    auto const first_name = std::string(pick(random, origin.first_names));
    auto const last_name = std::string(pick(random, origin.last_names));
    input.set(fields::first_name, first_name);
    input.set(fields::last_name, last_name);

    // docs/domain.md "The programme": 11% 18-25, 26% 26-30, 21% 31-35, 33% 36-45, 9% 46-55.
    auto const ages = weighted(
        random, std::array<std::pair<int, std::pair<int, int>>, 5>{
                    {{11, {18, 25}}, {26, {26, 30}}, {21, {31, 35}}, {33, {36, 45}}, {9, {46, 55}}}});
    int const age = between(random, ages.first, ages.second);
    input.set(fields::birth_date_day, std::to_string(between(random, 1, 28)));
    input.set(fields::birth_date_month, std::to_string(between(random, 1, 12)));
    input.set(fields::birth_date_year, std::to_string(today.year() - age - 1));
    input.set(fields::gender, "woman");
    input.set(fields::preferred_language,
              std::string(weighted(random, std::array<std::pair<int, std::string_view>, 3>{
                                               {{80, "fr"}, {12, "nl"}, {8, "en"}}})));

    input.set(fields::phone, "04" + digits(random, 2) + " " + digits(random, 2) + " " + digits(random, 2) +
                                 " " + digits(random, 2));
    if (chance(random, 0.85))
        input.set(fields::email, lower_ascii_word(first_name) + "." + lower_ascii_word(last_name) +
                                     digits(random, 2) + "@mail.example.org");
    input.set(fields::street,
              std::string(pick(random, streets)) + " " + std::to_string(between(random, 1, 250)));
    input.set(fields::postcode, std::string(pick(random, brussels_postcodes)));
    bool const born_abroad = origin.country != "BE" || chance(random, 0.1);
    input.set(fields::nationality, born_abroad && chance(random, 0.6) ? std::string(origin.country) : "BE");
    input.set(fields::country_of_birth, born_abroad ? std::string(origin.country) : "BE");

    // docs/domain.md "The programme": 51% low level, 21% compulsory secondary, 11% upper secondary,
    // 5% university, rest unknown.
    auto const education =
        weighted(random, std::array<std::pair<int, std::string_view>, 9>{{{6, "isced_0"},
                                                                          {20, "isced_1"},
                                                                          {25, "isced_2"},
                                                                          {21, "isced_3"},
                                                                          {7, "isced_4"},
                                                                          {4, "isced_5"},
                                                                          {3, "isced_6"},
                                                                          {2, "isced_7"},
                                                                          {12, "unknown"}}});
    input.set(fields::education_level, std::string(education));
    if (education != "unknown" && education != "isced_0") {
        bool const abroad = born_abroad && chance(random, 0.7);
        input.set(fields::diploma_obtained_abroad, abroad ? "yes" : "no");
        input.set(fields::diploma_recognised, abroad ? (chance(random, 0.3) ? "yes" : "no") : "yes");
        input.set(fields::qualification_obsolete, chance(random, abroad ? 0.5 : 0.15) ? "yes" : "no");
    }

    auto const status = weighted(random, std::array<std::pair<int, std::string_view>, 3>{
                                             {{80, "unemployed"}, {15, "inactive"}, {5, "employed"}}});
    input.set(fields::labour_market_status, std::string(status));
    if (status == "unemployed") {
        int const months = between(random, 1, 60);
        int const total = today.year() * 12 + today.month() - 1 - months;
        input.set(fields::unemployed_since_month, std::to_string(total % 12 + 1));
        input.set(fields::unemployed_since_year, std::to_string(total / 12));
        if (chance(random, 0.7))
            input.set(fields::actiris_number, digits(random, 9));
    }

    input.set(fields::single_parent, std::string(answer(random, 0.25, 0.03)));
    input.set(fields::housing_exclusion, std::string(answer(random, 0.06, 0.05)));
    if (chance(random, 0.6)) {
        input.set(fields::disability, std::string(answer(random, 0.04, 0.12)));
        input.set(fields::minority, std::string(answer(random, 0.10, 0.30)));
    }
    input.set(fields::referral_source,
              std::string(weighted(
                  random, std::array<std::pair<int, std::string_view>, 6>{{{30, "actiris"},
                                                                           {25, "word_of_mouth"},
                                                                           {15, "social_services"},
                                                                           {15, "internet"},
                                                                           {10, "bruxelles_formation"},
                                                                           {5, "other_organisation"}}})));
    input.set(fields::consent_field(domain::ConsentKind::Contact), chance(random, 0.9) ? "yes" : "no");
    input.set(fields::consent_field(domain::ConsentKind::ShareWithEmployers),
              chance(random, 0.8) ? "yes" : "no");
    return input;
}

std::string invented_note(std::mt19937_64& random)
{
    return std::string(pick(random, notes));
}

} // namespace tremplin::cli
