// The routes of the participant register.

#include "web/pages/participant_pages.hpp"

#include "web/routes.hpp"

namespace tremplin::web {

void add_participant_pages(Router& router, Services& services)
{
    router.add("GET", "/participants", Access::SignedIn, with_services(services, participant_list));
    router.add("GET", "/participants/new", Access::SignedIn, with_services(services, new_participant_form));
    router.add("POST", "/participants", Access::SignedIn, with_services(services, create_participant));
    router.add("GET", "/participants/{id}", Access::SignedIn, with_services(services, show_participant));
    router.add("GET", "/participants/{id}/edit", Access::SignedIn,
               with_services(services, edit_participant_form));
    router.add("POST", "/participants/{id}", Access::SignedIn, with_services(services, update_participant));
    router.add("POST", "/participants/{id}/timeline", Access::SignedIn,
               with_services(services, add_to_timeline));
}

} // namespace tremplin::web
