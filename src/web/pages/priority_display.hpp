#pragma once

// Social priority and aptitude, said in plain words: why she is in her tier, and whether each
// track she chose takes her.

#include "locale/catalogue.hpp"
#include "service/priority_service.hpp"
#include "web/template_value.hpp"

#include <string>

namespace tremplin::web {

// "Tier 1" and the sentences that say why: `sentence` alone for one reason or none,
// `sentence` then `reasons` (each with the criterion and the proof to ask for) for several.
TemplateValue placement_view(domain::Placement const& placement, locale::Catalogue const& catalogue);

// "Not eligible for Web developer: test score 9/20, pass mark 12".
std::string eligibility_sentence(service::ChoiceEligibility const& choice,
                                 locale::Catalogue const& catalogue);

std::string tier_label(int tier, locale::Catalogue const& catalogue);

} // namespace tremplin::web
