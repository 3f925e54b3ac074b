// The routes of the participant register.

#include "web/pages/participant_pages.hpp"

#include "web/routes.hpp"

namespace tremplin::web {

void add_participant_pages(Router& router, Services& services)
{
    auto with = [&services](Response (*handler)(Context&, Services&)) {
        return [&services, handler](Context& context) { return handler(context, services); };
    };
    router.add("GET", "/participants", Access::SignedIn, with(participant_list));
    router.add("GET", "/participants/new", Access::SignedIn, with(new_participant_form));
    router.add("POST", "/participants", Access::SignedIn, with(create_participant));
    router.add("GET", "/participants/{id}", Access::SignedIn, with(show_participant));
    router.add("GET", "/participants/{id}/edit", Access::SignedIn, with(edit_participant_form));
    router.add("POST", "/participants/{id}", Access::SignedIn, with(update_participant));
    router.add("POST", "/participants/{id}/timeline", Access::SignedIn, with(add_to_timeline));
}

} // namespace tremplin::web
