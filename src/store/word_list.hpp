#pragma once

// Short lists of codes (ISCO occupations, e-CF competences) kept in one column, space-separated.

#include <sstream>
#include <string>
#include <vector>

namespace tremplin::store {

inline std::vector<std::string> split_words(std::string const& text)
{
    std::vector<std::string> words;
    std::istringstream stream(text);
    for (std::string word; stream >> word;)
        words.push_back(word);
    return words;
}

inline std::string join_words(std::vector<std::string> const& words)
{
    std::string text;
    for (auto const& word : words)
        text += (text.empty() ? "" : " ") + word;
    return text;
}

} // namespace tremplin::store
