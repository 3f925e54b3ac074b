#pragma once

// Social priority and aptitude, said in plain words: why she is in her tier, and whether each
// track she chose takes her.

#include "locale/catalogue.hpp"
#include "service/priority_service.hpp"
#include "web/template_value.hpp"

#include <functional>
#include <string>

namespace tremplin::web {

// What a page adds to the line of each reason: the form that records the day its proof came.
using ReasonLineExtra = std::function<void(domain::PriorityReason const& reason, TemplateValue& line)>;

// "Tier 1" and the sentences that say why: `sentence` alone for one reason or none,
// `sentence` then `reasons` for several; each reason with its criterion and where its proof
// stands ("received on 3 March 2026, valid until 2 March 2027").
TemplateValue priority_view(domain::PriorityStanding const& standing, locale::Catalogue const& catalogue,
                            ReasonLineExtra const& add_to_line = {});

// Where the proof of a reason stands, in a sentence that names the proof.
std::string proof_sentence(domain::PriorityReason const& reason, locale::Catalogue const& catalogue);

// "Not eligible for Web developer: test score 9/20, pass mark 12".
std::string eligibility_sentence(service::ChoiceEligibility const& choice,
                                 locale::Catalogue const& catalogue);

std::string tier_label(int tier, locale::Catalogue const& catalogue);

} // namespace tremplin::web
