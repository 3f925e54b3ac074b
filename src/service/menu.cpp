#include "service/menu.hpp"

namespace tremplin::service {

Menu menu_of(Actor const& actor)
{
    using domain::Permission;
    auto const may = [&](Permission permission) { return actor.can(permission); };
    return {
        .participants = may(Permission::ViewParticipants),
        .add_participants = may(Permission::EditParticipants),
        .information_sessions = may(Permission::ManageCohorts),
        .partners = may(Permission::ViewPartners),
        .offers = may(Permission::ViewPartners),
        .evaluations = may(Permission::ViewPartners),
        .applications = may(Permission::ViewParticipants),
        .outbox = may(Permission::EditParticipants),
        .lessons = may(Permission::ViewTraining),
        .cohorts = may(Permission::ViewTraining),
        .tracks = may(Permission::ViewTraining),
        .training_hours = may(Permission::ViewAggregates),
        .audit = may(Permission::ViewAuditLog),
        .accounts = may(Permission::ManageAccounts),
    };
}

} // namespace tremplin::service
