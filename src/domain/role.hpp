#pragma once

// Who may do what. Roles are checked in the services (never only by hiding a link):
// every use case asks `can(role, permission)` before it reads or changes anything.

#include "domain/codes.hpp"

namespace tremplin::domain {

enum class Role { Director, Coordinator, Trainer, JobCoach, Funder };

enum class Permission {
    ViewParticipants, // the list, the search and a person's record
    EditParticipants, // create, edit, add a note to the timeline
    ViewAuditLog,     // who saw or changed what
    ManageAccounts,   // staff accounts and API tokens
    ViewAggregates,   // figures without personal data
    ManageCatalogue,  // tracks, their versions and modules; closure days; trainers
    ManageCohorts,    // cohorts, their schedule and enrolments
    ViewTraining,     // cohorts, schedules, attendance and training hours
    TakeAttendance,   // attendance sheets (a trainer: only of her own lessons)
    ManagePriority,   // the criteria and tiers of social priority
    AdmitApplicants,  // draw, confirm and re-run the admission rounds of an intake
    ManagePartners,   // partner organisations and their contacts: add, change
    ViewPartners,     // partner organisations and their contacts: the list and a partner's page
    // Disability and minority answers (GDPR Art. 9): the director, and the colleagues she names.
    ViewSpecialCategories,
};

// What a role allows by itself. A grant of the director adds to it for one account
// (`can(StaffAccount, Permission)` in staff_account.hpp).
bool can(Role role, Permission permission);

template <> struct Codes<Role> {
    static constexpr std::array table{
        std::pair{Role::Director, std::string_view("director")},
        std::pair{Role::Coordinator, std::string_view("coordinator")},
        std::pair{Role::Trainer, std::string_view("trainer")},
        std::pair{Role::JobCoach, std::string_view("jobcoach")},
        std::pair{Role::Funder, std::string_view("funder")},
    };
};

} // namespace tremplin::domain
