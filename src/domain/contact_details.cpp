#include "domain/contact_details.hpp"

#include "domain/text.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

bool is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

bool is_plausible_email(std::string_view email)
{
    auto const at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.size() > 254)
        return false;
    auto const domain = email.substr(at + 1);
    if (domain.find('@') != std::string_view::npos)
        return false;
    auto const dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size())
        return false;
    return std::ranges::none_of(email,
                                [](char c) { return is_space(c) || c == ',' || c == '<' || c == '>'; });
}

bool is_plausible_phone(std::string_view phone)
{
    int digits = 0;
    for (std::size_t i = 0; i < phone.size(); ++i) {
        char const c = phone[i];
        if (is_ascii_digit(c))
            ++digits;
        else if (c == '+' && i == 0)
            continue;
        else if (c != ' ' && c != '.' && c != '/' && c != '-' && c != '(' && c != ')')
            return false;
    }
    return digits >= 8 && digits <= 15;
}

std::string email_key(std::string_view email)
{
    std::string key(trimmed(email));
    std::ranges::transform(key, key.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return key;
}

std::string phone_key(std::string_view phone)
{
    std::string digits;
    for (char c : phone)
        if (is_ascii_digit(c))
            digits += c;
    bool const international = trimmed(phone).starts_with('+');
    if (international)
        return digits;
    if (digits.starts_with("00"))
        return digits.substr(2);
    if (digits.starts_with('0'))
        return "32" + digits.substr(1);
    return digits;
}

} // namespace tremplin::domain
