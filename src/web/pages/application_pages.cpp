// Staff pages of recruitment: intakes (when applications are taken, for which cohorts), the
// pipeline of the applications sent, as a list or a board by stage, with moves one at a time
// or many at once, and the outbox of letters to applicants.

#include "web/application.hpp"
#include "web/routes.hpp"

namespace tremplin::web {

Response intake_list(Context& context, Services& services);
Response new_intake(Context& context, Services& services);
Response create_intake(Context& context, Services& services);
Response edit_intake(Context& context, Services& services);
Response update_intake(Context& context, Services& services);
Response pipeline(Context& context, Services& services);
Response application_page(Context& context, Services& services);
Response move_applications(Context& context, Services& services);
Response outbox(Context& context, Services& services);
Response outbox_letter(Context& context, Services& services);
Response letter_sent_by_hand(Context& context, Services& services);
Response record_aptitude_score(Context& context, Services& services);
Response record_priority_proof(Context& context, Services& services);

void add_application_pages(Router& router, Services& services)
{
    router.add("GET", "/intakes", Access::SignedIn, with_services(services, intake_list));
    router.add("GET", "/intakes/new", Access::SignedIn, with_services(services, new_intake));
    router.add("POST", "/intakes", Access::SignedIn, with_services(services, create_intake));
    router.add("GET", "/intakes/{id}/edit", Access::SignedIn, with_services(services, edit_intake));
    router.add("POST", "/intakes/{id}", Access::SignedIn, with_services(services, update_intake));
    router.add("GET", "/applications", Access::SignedIn, with_services(services, pipeline));
    router.add("POST", "/applications/move", Access::SignedIn, with_services(services, move_applications));
    router.add("GET", "/applications/{id}", Access::SignedIn, with_services(services, application_page));
    router.add("GET", "/outbox", Access::SignedIn, with_services(services, outbox));
    router.add("GET", "/outbox/{id}", Access::SignedIn, with_services(services, outbox_letter));
    router.add("POST", "/outbox/{id}/sent", Access::SignedIn, with_services(services, letter_sent_by_hand));
    router.add("POST", "/applications/{id}/aptitude-scores", Access::SignedIn,
               with_services(services, record_aptitude_score));
    router.add("POST", "/applications/{id}/priority-proofs", Access::SignedIn,
               with_services(services, record_priority_proof));
}

} // namespace tremplin::web
