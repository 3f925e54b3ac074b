#pragma once

// What the offers' pages share: an offer's form read and shown (its checkboxes of tracks and
// languages included), and the labels of its status, tracks, period and languages.

#include "domain/offer.hpp"
#include "domain/track.hpp"
#include "web/context.hpp"
#include "web/form_data.hpp"
#include "web/form_view.hpp"

#include <string>
#include <vector>

namespace tremplin::web::pages::offers {

// Every input of the offer's form, the checkboxes' values included.
domain::OfferInput offer_input_from(FormData const& form);

// What the form shows in each single-valued input.
FormView::ValueOf typed_in(domain::OfferInput const& input);

// A group of checkboxes (templates/components/checkboxes): the first box's id is the field's
// name, where the error summary links.
TemplateValue checkboxes(FormView const& form, locale::Catalogue const& catalogue, std::string const& field,
                         std::vector<Choice> const& choices, std::vector<std::string> const& checked);

std::string status_label(Context const& context, domain::OfferStatus status);
// "WEB, DATA": the codes of the offer's tracks.
std::string track_codes(std::vector<domain::Track> const& tracks, std::vector<long long> const& ids);
// "2 March 2026 – 24 April 2026"
std::string period_of(Context const& context, domain::Offer const& offer);
// "Nederlands, English"; "" when none.
std::string language_names(Context const& context, std::vector<std::string> const& codes);

} // namespace tremplin::web::pages::offers
