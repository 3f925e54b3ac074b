// The routes of the training catalogue: courses and their modules, trainers, closure days.

#include "web/pages/catalogue_pages.hpp"

#include "web/routes.hpp"

namespace tremplin::web {

std::vector<std::string> split_codes(std::string_view typed)
{
    std::vector<std::string> codes;
    std::string current;
    for (char c : typed) {
        if (c == ' ' || c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r') {
            if (!current.empty())
                codes.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        codes.push_back(std::move(current));
    return codes;
}

std::string joined_codes(std::vector<std::string> const& codes)
{
    std::string joined;
    for (auto const& code : codes)
        joined += (joined.empty() ? "" : " ") + code;
    return joined;
}

void add_catalogue_pages(Router& router, Services& services)
{
    router.add("GET", "/tracks", Access::SignedIn, with_services(services, track_list));
    router.add("GET", "/tracks/new", Access::SignedIn, with_services(services, new_track_form));
    router.add("POST", "/tracks", Access::SignedIn, with_services(services, create_track));
    router.add("GET", "/tracks/{id}", Access::SignedIn, with_services(services, show_track));
    router.add("GET", "/tracks/{id}/edit", Access::SignedIn, with_services(services, edit_track_form));
    router.add("POST", "/tracks/{id}", Access::SignedIn, with_services(services, update_track));
    router.add("GET", "/tracks/{id}/modules", Access::SignedIn, with_services(services, modules_form));
    router.add("POST", "/tracks/{id}/modules", Access::SignedIn, with_services(services, save_modules));

    router.add("GET", "/trainers", Access::SignedIn, with_services(services, trainer_list));
    router.add("GET", "/trainers/new", Access::SignedIn, with_services(services, new_trainer_form));
    router.add("POST", "/trainers", Access::SignedIn, with_services(services, create_trainer));
    router.add("GET", "/trainers/{id}/edit", Access::SignedIn, with_services(services, edit_trainer_form));
    router.add("POST", "/trainers/{id}", Access::SignedIn, with_services(services, update_trainer));

    router.add("GET", "/closures", Access::SignedIn, with_services(services, closure_list));
    router.add("POST", "/closures", Access::SignedIn, with_services(services, add_closure));
    router.add("POST", "/closures/{id}/remove", Access::SignedIn, with_services(services, remove_closure));
}

} // namespace tremplin::web
