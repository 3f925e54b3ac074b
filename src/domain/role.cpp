#include "domain/role.hpp"

namespace tremplin::domain {

// docs/design.md "Who uses it": trainers see their own lessons (not the participant register);
// funders and auditors see aggregated figures only, never personal data.
bool can(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewParticipants:
    case Permission::EditParticipants:
        return role == Role::Director || role == Role::Coordinator || role == Role::JobCoach;
    case Permission::ViewAuditLog:
    case Permission::ManageAccounts:
    case Permission::ManagePriority:
        return role == Role::Director;
    case Permission::ViewSpecialCategories:
        // docs/design.md "Least privilege": others read them only by the director's grant.
        return role == Role::Director;
    case Permission::ViewAggregates:
        return true;
    case Permission::ManageCatalogue:
    case Permission::ManageCohorts:
    case Permission::AdmitApplicants:
        return role == Role::Director || role == Role::Coordinator;
    case Permission::ManagePartners:
        // docs/design.md "Partners": the job coach keeps the centre's partners.
        return role == Role::Director || role == Role::JobCoach;
    case Permission::ViewPartners:
        return role == Role::Director || role == Role::Coordinator || role == Role::JobCoach;
    case Permission::ViewTraining:
    case Permission::TakeAttendance:
        return role == Role::Director || role == Role::Coordinator || role == Role::Trainer ||
               (role == Role::JobCoach && permission == Permission::ViewTraining);
    }
    return false;
}

} // namespace tremplin::domain
