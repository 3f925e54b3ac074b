// `tremplin demo`: a believable centre to try Tremplin with, and to measure it on.

#include "cli/commands.hpp"
#include "cli/demo/demo_catalogue.hpp"
#include "cli/demo/demo_clock.hpp"
#include "cli/demo/demo_information_sessions.hpp"
#include "cli/demo/demo_offers.hpp"
#include "cli/demo/demo_partners.hpp"
#include "cli/demo/demo_people.hpp"
#include "cli/demo/demo_recruitment.hpp"
#include "cli/demo/demo_traineeships.hpp"
#include "cli/demo/demo_training.hpp"
#include "cli/messages.hpp"
#include "cli/runtime.hpp"

#include <array>
#include <chrono>
#include <iomanip>
#include <iostream>

namespace tremplin::cli {

namespace {

struct DemoAccount {
    std::string_view username;
    std::string_view display_name;
    domain::Role role;
};

constexpr std::array<DemoAccount, 5> demo_accounts{{
    {"director", "Claire Dumont", domain::Role::Director},
    {"coordinator", "Nadia Benali", domain::Role::Coordinator},
    {"trainer", "Sofia Marchetti", domain::Role::Trainer},
    {"jobcoach", "Hélène Mertens", domain::Role::JobCoach},
    {"funder", "Observatoire FSE+", domain::Role::Funder},
}};

} // namespace

int demo(DemoOptions const& options)
{
    DemoClock clock;
    auto const today = clock.now();
    Runtime runtime({database_url_from(options.database_url), 2}, &clock);
    auto const& catalogue = terminal_catalogue(runtime.catalogues());

    auto const started = std::chrono::steady_clock::now();
    std::optional<domain::StaffAccount> coordinator;
    std::optional<domain::StaffAccount> director;
    std::optional<domain::StaffAccount> job_coach;
    long long trainer_account_id = 0;
    for (auto const& account : demo_accounts) {
        auto added = runtime.accounts().add_account(
            {std::string(account.username), std::string(account.display_name), account.role, options.password,
             std::nullopt, "Centre Tremplin Bruxelles (démo)"});
        if (!added) {
            std::cerr << describe(added.error(), catalogue)
                      << "Use a new database file for the demo (or remove this one).\n";
            return 1;
        }
        if (account.role == domain::Role::Coordinator)
            coordinator = *added;
        if (account.role == domain::Role::Director)
            director = *added;
        if (account.role == domain::Role::JobCoach)
            job_coach = *added;
        if (account.role == domain::Role::Trainer)
            trainer_account_id = added->id;
    }

    service::Actor const actor{*coordinator, "127.0.0.1"};
    std::mt19937_64 random(options.seed);
    std::vector<DemoPerson> people;
    auto const three_years = std::chrono::seconds(3 * 365 * 24 * 3600);
    for (int i = 0; i < options.participants; ++i) {
        auto const entered = today - three_years + three_years * (i + 1) / std::max(1, options.participants);
        clock.set(std::chrono::floor<std::chrono::seconds>(entered));
        auto const input = invented_participant(random, clock.today());
        // The director records them: only those who may read disability and minority answers
        // may record them (docs/design.md "Least privilege").
        auto created = runtime.participants().create(service::Actor{*director, "127.0.0.1"}, input,
                                                     service::DuplicateCheck::ConfirmedDifferentPerson);
        if (!created) {
            std::cerr << describe(created.error(), catalogue);
            return 1;
        }
        people.push_back({*created->id, clock.today()});
        // The most recent contacts have notes on their timeline.
        if (options.participants - i <= 600) {
            for (int note = std::uniform_int_distribution<int>(0, 3)(random); note > 0; --note) {
                auto const kinds = std::array{"note", "phone_call", "email", "meeting"};
                runtime.participants().add_to_timeline(
                    actor, *created->id,
                    {kinds[std::uniform_int_distribution<std::size_t>(0, kinds.size() - 1)(random)], "", "",
                     "", invented_note(random)});
            }
        }
    }
    clock.set(today);

    // The training the centre gave them, entered by the director.
    DemoTrainingSummary training;
    DemoRecruitmentSummary recruitment;
    DemoInformationSessionsSummary information_sessions;
    DemoPartnersSummary partners;
    DemoOffersSummary offers;
    DemoTraineeshipsSummary traineeships;
    try {
        service::Actor const director_actor{*director, "127.0.0.1"};
        set_centre_details(runtime.database(), director->organisation_id);
        auto const demo_catalogue = create_catalogue(runtime.training(), director_actor, trainer_account_id);
        add_closures(runtime.training(), director_actor, clock.today().year() - 3, clock.today().year() + 1);
        // Before the cohorts, which name their funders among them.
        partners = create_partners(runtime.partners(), service::Actor{*job_coach, "127.0.0.1"}, random,
                                   clock.today());
        training = create_training(runtime.training(), runtime.database(), clock, director_actor,
                                   demo_catalogue, people, random, [&] {
                                       recruitment = create_recruitment(
                                           runtime.recruitment(), runtime.training(), runtime.catalogues(),
                                           clock, actor, random, options.applications_per_year);
                                   });
        clock.set(today);
        information_sessions = create_information_sessions(runtime.recruitment(), runtime.database(), clock,
                                                           actor, random, options.informed_per_year);
        offers = create_offers(runtime.offers(), runtime.partners(), service::Actor{*job_coach, "127.0.0.1"},
                               clock.today(), random);
        service::TraineeshipService traineeship_service(runtime.database(), runtime.clock());
        service::Actor const job_coach_actor{*job_coach, "127.0.0.1"};
        traineeships = create_traineeships(runtime.training(), runtime.partners(), traineeship_service,
                                           runtime.evaluations(), {director_actor, job_coach_actor}, clock,
                                           today, random);
    } catch (DemoError const& error) {
        std::cerr << error.what() << "\n";
        return 1;
    }
    clock.set(today);
    auto const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::cout << "Demo centre ready: " << options.participants << " participants, " << training.cohorts
              << " cohorts, " << training.lessons << " lessons, " << training.enrolments << " enrolments, "
              << training.attendance_rows << " attendance rows, " << recruitment.intakes << " intakes, "
              << recruitment.applications << " applications, " << recruitment.aptitude_scores
              << " aptitude scores, " << recruitment.proofs << " proofs of priority, " << recruitment.rounds
              << " admission rounds, " << recruitment.declined << " seats declined, "
              << information_sessions.sessions << " information sessions, "
              << information_sessions.registrations << " registrations, " << partners.partners
              << " partners, " << partners.contacts << " partner contacts, " << partners.timeline_entries
              << " partner timeline entries, " << offers.offers << " traineeship offers, "
              << traineeships.traineeships << " traineeships, " << traineeships.evaluations
              << " tutor evaluations, " << traineeships.hired << " trainees hired by their host ("
              << std::fixed << std::setprecision(1) << seconds << " s).\n"
              << (offers.waiting_link.empty()
                      ? ""
                      : "An enterprise's link waits for its answer: " + offers.waiting_link + "\n")
              << (traineeships.waiting_link.empty()
                      ? ""
                      : "A tutor's evaluation link waits for its answer: " + traineeships.waiting_link + "\n")
              << "Accounts (password: " << options.password << "):\n";
    for (auto const& account : demo_accounts)
        std::cout << "  " << account.username << "  ("
                  << catalogue.text("roles." + std::string(domain::code_of(account.role))) << ")\n";
    return 0;
}

} // namespace tremplin::cli
