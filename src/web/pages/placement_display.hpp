#pragma once

// What a placement round's page shows: each trainee with her wishes and languages (and the form
// that changes them), each offer with its places and its host's views of the candidates, and
// after a run, who is placed where, who is not and why, and what one more place would give.
// docs/domain.md "Placement round"

#include "service/placement_round_service.hpp"
#include "web/context.hpp"
#include "web/pages/placement_pages.hpp"
#include "web/template_value.hpp"

namespace tremplin::web::pages::placement {

// What every part of the page needs: the round's read, who may change it, and the refused form.
struct Shown {
    Context const& context;
    service::PlacementPage const& page;
    bool changeable = false; // she may change the round and it is not confirmed
    Refused const& refused;

    std::string trainee_name(long long enrolment_id) const;
    std::string offer_name(long long offer_id) const;
    // The refused form's error, when `form_id` is it: its message, and the id the summary links
    // to ("wishes-12-error").
    void add_error(TemplateValue& form, std::string const& form_id) const;
};

TemplateValue trainees_view(Shown const& shown);
TemplateValue offers_view(Shown const& shown);
TemplateValue result_view(Shown const& shown);

} // namespace tremplin::web::pages::placement
