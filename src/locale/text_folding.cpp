#include "locale/text_folding.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace tremplin::locale {

namespace {

// Transliterators are not safe to share between threads: one per thread, built on first use.
icu::Transliterator const& folding_transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> const transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU transliterator: ") + u_errorName(status));
        return created;
    }();
    return *transliterator;
}

bool is_word_character(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

} // namespace

std::string fold(std::string_view text)
{
    bool const ascii_lower =
        std::ranges::all_of(text, [](char c) { return is_word_character(c) || c == ' '; });
    std::string transliterated;
    if (ascii_lower) {
        transliterated = text;
    } else {
        auto unicode =
            icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
        folding_transliterator().transliterate(unicode);
        unicode.toUTF8String(transliterated);
    }

    std::string folded;
    folded.reserve(transliterated.size());
    for (char c : transliterated) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (is_word_character(c))
            folded += c;
        else if (c == '\'')
            continue; // N'Diaye and O'Brien are one word each
        else if (!folded.empty() && folded.back() != ' ')
            folded += ' ';
    }
    if (!folded.empty() && folded.back() == ' ')
        folded.pop_back();
    return folded;
}

std::vector<std::string> folded_words(std::string_view text)
{
    std::vector<std::string> words;
    auto const folded = fold(text);
    std::size_t start = 0;
    while (start < folded.size()) {
        auto end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::string case_folded(std::string_view text)
{
    auto folded =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    folded.foldCase();
    std::string result;
    folded.toUTF8String(result);
    return result;
}

} // namespace tremplin::locale
