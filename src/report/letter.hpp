#pragma once

// The words of a letter to an applicant, in her language, from the facts kept with it.

#include "domain/letter.hpp"

#include <string>

namespace tremplin::locale {
class Catalogue;
}

namespace tremplin::report {

struct LetterText {
    std::string subject;
    std::string body; // plain text, paragraphs separated by a blank line
};

// `catalogue` is that of the letter's language.
LetterText write_letter(locale::Catalogue const& catalogue, domain::Letter const& letter);

} // namespace tremplin::report
