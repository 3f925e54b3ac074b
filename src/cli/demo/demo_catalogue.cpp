#include "cli/demo/demo_catalogue.hpp"

#include "store/organisation_repository.hpp"

#include <array>

namespace tremplin::cli {

using domain::TrackKind;
using domain::TranslatedText;

namespace {

std::string describe_error(std::string const& what, domain::Error const& error)
{
    auto text = what + ": " + (error.message_key.empty() ? "invalid input" : error.message_key);
    for (auto const& field : error.fields)
        text += " [" + field.field + ": " + field.message_key + "]";
    return text;
}

struct ModuleSpec {
    TranslatedText name;
    int hours;
    std::vector<std::string> competences;
};

struct TrackSpec {
    std::string code;
    TrackKind kind;
    TranslatedText name;
    TranslatedText description;
    std::vector<std::string> occupations;
    std::string ecf_profile;
    std::vector<ModuleSpec> modules;
};

std::vector<TrackSpec> track_specs()
{
    return {
        {"ORIENT",
         TrackKind::Orientation,
         {"Orientation vers les métiers du numérique", "Oriëntatie naar digitale beroepen",
          "Orientation towards digital jobs"},
         {"Quatre semaines pour découvrir les métiers du numérique et choisir une formation qualifiante.",
          "Vier weken om digitale beroepen te ontdekken en een kwalificerende opleiding te kiezen.",
          "Four weeks to discover digital jobs and choose a qualifying training."},
         {},
         "",
         {{{"Découverte des métiers du numérique", "Digitale beroepen ontdekken", "Discovering digital jobs"},
           30,
           {}},
          {{"Compétences numériques de base", "Digitale basisvaardigheden", "Basic digital skills"},
           40,
           {"C.1"}},
          {{"Projet professionnel", "Beroepsproject", "Career plan"}, 34, {}}}},
        {"WEB",
         TrackKind::Qualifying,
         {"Développeuse web", "Webontwikkelaar", "Web developer"},
         {"Concevoir et développer des sites et applications web, du HTML au déploiement.",
          "Websites en webtoepassingen ontwerpen en ontwikkelen, van HTML tot uitrol.",
          "Design and build websites and web applications, from HTML to deployment."},
         {"2513", "2513.5"},
         "developer",
         {{{"HTML et CSS", "HTML en CSS", "HTML and CSS"}, 120, {"B.1"}},
          {{"JavaScript", "JavaScript", "JavaScript"}, 160, {"B.1", "B.3"}},
          {{"Back-end et bases de données", "Back-end en databanken", "Back end and databases"},
           160,
           {"B.1", "B.3"}},
          {{"Déploiement et hébergement", "Uitrol en hosting", "Deployment and hosting"}, 60, {"B.4"}},
          {{"Projet de fin de formation", "Eindproject", "Final project"}, 100, {"B.1", "B.3", "B.4"}}}},
        {"SYSADM",
         TrackKind::Qualifying,
         {"Administratrice systèmes et réseaux", "Systeem- en netwerkbeheerder",
          "Systems and network administrator"},
         {"Installer, administrer et sécuriser les serveurs et les réseaux d'une organisation.",
          "Servers en netwerken van een organisatie installeren, beheren en beveiligen.",
          "Install, run and secure an organisation's servers and networks."},
         {"2522", "2522.1", "3513.2"},
         "systems_administrator",
         {{{"Matériel et systèmes d'exploitation", "Hardware en besturingssystemen",
            "Hardware and operating systems"},
           100,
           {"C.1", "C.4"}},
          {{"Réseaux TCP/IP", "TCP/IP-netwerken", "TCP/IP networks"}, 120, {"B.4", "C.3"}},
          {{"Serveurs Linux", "Linux-servers", "Linux servers"}, 120, {"B.4", "C.3"}},
          {{"Windows Server et Active Directory", "Windows Server en Active Directory",
            "Windows Server and Active Directory"},
           120,
           {"B.4", "C.3"}},
          {{"Sécurité et supervision", "Beveiliging en monitoring", "Security and monitoring"},
           100,
           {"C.3", "C.4"}}}},
        {"HELPDESK",
         TrackKind::Qualifying,
         {"Technicienne helpdesk", "Helpdeskmedewerker", "Help desk technician"},
         {"Aider les utilisatrices et utilisateurs, résoudre les incidents et tenir le parc informatique.",
          "Gebruikers helpen, incidenten oplossen en het computerpark beheren.",
          "Help users, solve incidents and look after the computers of an organisation."},
         {"3512", "3512.1"},
         "service_support",
         {{{"Support utilisateur et tickets", "Gebruikersondersteuning en tickets",
            "User support and tickets"},
           90,
           {"C.1"}},
          {{"Postes de travail et périphériques", "Werkposten en randapparatuur", "Workstations and devices"},
           90,
           {"C.1", "C.4"}},
          {{"Microsoft 365 et comptes", "Microsoft 365 en accounts", "Microsoft 365 and accounts"},
           70,
           {"C.3"}},
          {{"Communication avec la clientèle", "Klantencommunicatie", "Talking with customers"},
           50,
           {"C.1"}}}},
        {"ADMIN-ICT",
         TrackKind::Qualifying,
         {"Assistante administrative et bureautique", "Administratief medewerker met ICT",
          "Administrative assistant with ICT"},
         {"Gérer le travail administratif d'un bureau avec les outils numériques d'aujourd'hui.",
          "Het administratieve werk van een kantoor beheren met de digitale hulpmiddelen van vandaag.",
          "Run the administrative work of an office with today's digital tools."},
         {"3343", "3343.3"},
         "",
         {{{"Bureautique avancée", "Gevorderde kantoorsoftware", "Advanced office software"}, 100, {}},
          {{"Gestion administrative", "Administratief beheer", "Office administration"}, 80, {}},
          {{"Néerlandais professionnel", "Zakelijk Nederlands", "Dutch for work"}, 60, {}},
          {{"Outils collaboratifs", "Samenwerkingstools", "Collaboration tools"}, 40, {"C.1"}}}},
        {"CERT",
         TrackKind::CertificationPreparation,
         {"Préparation aux certifications", "Voorbereiding op certificeringen", "Certification preparation"},
         {"Se préparer aux examens CompTIA A+ et Microsoft, avec des examens blancs.",
          "Zich voorbereiden op de examens CompTIA A+ en Microsoft, met proefexamens.",
          "Prepare for the CompTIA A+ and Microsoft exams, with mock exams."},
         {"3512"},
         "service_support",
         {{{"CompTIA A+ Core 1", "CompTIA A+ Core 1", "CompTIA A+ Core 1"}, 60, {"C.1", "C.4"}},
          {{"CompTIA A+ Core 2", "CompTIA A+ Core 2", "CompTIA A+ Core 2"}, 60, {"C.1", "C.3"}},
          {{"Examens blancs", "Proefexamens", "Mock exams"}, 26, {"C.1"}}}},
    };
}

struct TrainerSpec {
    std::string name;
    domain::Gender gender;
    bool external;
    std::vector<std::string> tracks;
};

// The first one is the demo "trainer" account's record.
std::vector<TrainerSpec> const& trainer_specs()
{
    using domain::Gender;
    static std::vector<TrainerSpec> const specs{
        {"Sofia Marchetti", Gender::Woman, false, {"WEB"}},
        {"Aïcha El Idrissi", Gender::Woman, false, {"WEB", "CERT"}},
        {"Marie Claes", Gender::Woman, false, {"SYSADM"}},
        {"Fatou Diallo", Gender::Woman, false, {"HELPDESK", "CERT"}},
        {"Ewa Kowalska", Gender::Woman, false, {"ADMIN-ICT", "ORIENT"}},
        {"Leen Vermeulen", Gender::Woman, false, {"ORIENT", "ADMIN-ICT"}},
        {"Ana Ferreira", Gender::Woman, false, {"HELPDESK", "ORIENT"}},
        {"Yasmina Bouzid", Gender::Woman, true, {"SYSADM", "WEB"}},
        {"Thomas Peeters", Gender::Man, false, {"SYSADM", "HELPDESK"}},
        {"Karim Haddad", Gender::Man, true, {"CERT", "WEB"}},
    };
    return specs;
}

std::string email_of(std::string const& name)
{
    std::string local;
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto const c = static_cast<unsigned char>(name[i]);
        if (c == ' ')
            local += '.';
        else if (c < 0x80)
            local += static_cast<char>(std::tolower(c));
        else if (c == 0xC3 && i + 1 < name.size()) { // the accented letters of the names above
            auto const next = static_cast<unsigned char>(name[++i]);
            local += next == 0xAF ? 'i' : next == 0xA9 ? 'e' : 'a';
        }
    }
    return local + "@tremplin-demo.example";
}

} // namespace

DemoError::DemoError(std::string const& what, domain::Error const& error)
    : std::runtime_error(describe_error(what, error))
{
}

void set_centre_details(store::Database& database, long long organisation_id)
{
    auto connection = database.connect();
    store::OrganisationRepository organisations(connection);
    auto organisation = organisations.find(organisation_id);
    if (!organisation)
        return;
    organisation->address = "Rue de l'Association 32\n1000 Bruxelles";
    organisation->phone = "+32 2 555 01 32";
    organisation->email = "info@tremplin-demo.example";
    organisation->enterprise_number = "0999.123.456";
    organisations.update_details(*organisation);
}

DemoCatalogue create_catalogue(service::Training& training, service::Actor const& actor,
                               long long trainer_account_id)
{
    DemoCatalogue catalogue;
    catalogue.account_trainer_account = trainer_account_id;
    for (auto const& spec : track_specs()) {
        domain::Track track;
        track.code = spec.code;
        track.kind = spec.kind;
        track.name = spec.name;
        track.description = spec.description;
        track.occupations = spec.occupations;
        track.ecf_profile = spec.ecf_profile;
        track.minimum_attendance_percent = spec.kind == TrackKind::Orientation ? 75 : 80;
        track.requires_all_modules_passed = spec.kind != TrackKind::Orientation;
        auto const id = expect(training.catalogue.create_track(actor, track), "track " + spec.code);
        std::vector<domain::Module> modules;
        for (auto const& m : spec.modules) {
            domain::Module module;
            module.position = static_cast<int>(modules.size()) + 1;
            module.name = m.name;
            module.planned_minutes = m.hours * 60;
            module.competences = m.competences;
            modules.push_back(std::move(module));
        }
        expect(training.catalogue.save_modules(actor, id, std::move(modules)), "modules of " + spec.code);
        catalogue.track_ids[spec.code] = id;
    }
    for (auto const& spec : trainer_specs()) {
        domain::Trainer trainer;
        trainer.name = spec.name;
        trainer.gender = spec.gender;
        trainer.external = spec.external;
        trainer.email = email_of(spec.name);
        if (catalogue.trainers.empty())
            trainer.staff_account_id = trainer_account_id;
        auto const id = expect(training.catalogue.save_trainer(actor, trainer), "trainer " + spec.name);
        if (catalogue.trainers.empty())
            catalogue.account_trainer_id = id;
        catalogue.trainers.push_back({id, spec.tracks});
    }
    return catalogue;
}

void add_closures(service::Training& training, service::Actor const& actor, int from_year, int to_year)
{
    for (int year = from_year; year <= to_year; ++year) {
        auto add = [&](int month, int day, std::string const& label) {
            auto const date = domain::Date::from_parts(year, month, day);
            if (!date || domain::iso_weekday(*date) > 5)
                return;
            domain::ClosureDay closure;
            closure.day = *date;
            closure.label = label;
            expect(training.catalogue.add_closure(actor, closure), "closure " + date->iso());
        };
        add(5, 8, "Fête de l'Iris");
        // A Wednesday in the middle of June: the team's training day.
        for (int day = 14; day <= 20; ++day)
            if (auto const date = domain::Date::from_parts(year, 6, day); domain::iso_weekday(*date) == 3)
                add(6, day, "Journée pédagogique de l'équipe");
        for (int day = 24; day <= 31; ++day)
            if (day != 25) // Christmas is a public holiday already
                add(12, day, "Fermeture de fin d'année");
    }
}

} // namespace tremplin::cli
