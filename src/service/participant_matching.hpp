#pragma once

// How a participant is found again: the keys saved with her record, and the prefixes a
// search box's text turns into. Both sides fold text the same way (locale::fold).

#include "domain/participant.hpp"
#include "store/participant_repository.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::service {

store::ParticipantKeys keys_of(domain::Participant const& participant);

// What a search box's text must match, each a prefix of one of her search terms:
// - with an "@": the start of an e-mail address (and only of an address);
// - with digits only (and phone punctuation): the start of a phone or Actiris number, as typed
//   ("0470 12") or international ("+32 470 12");
// - otherwise: every word, folded ("helene" finds "Hélène", "ndiaye" finds "N'Diaye").
std::vector<std::string> search_prefixes(std::string_view text);

} // namespace tremplin::service
