#pragma once

// Folding turns any spelling of a name into plain lower-case ASCII words, so that matching
// ignores accents, case, punctuation and script: "Hélène N'Diaye-Kaboré" → "helene ndiaye kabore",
// "Ayşe Yılmaz" → "ayse yilmaz", "Мария" → "maria".

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::locale {

std::string fold(std::string_view text);

std::vector<std::string> folded_words(std::string_view text);

// Only the case folded, as Unicode defines it: "ICT", "Ict" → "ict", "Événement" → "événement";
// accents, punctuation and spaces stay ("C#" and "C++" are two tags).
std::string case_folded(std::string_view text);

} // namespace tremplin::locale
