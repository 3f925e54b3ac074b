#pragma once

// Phone numbers and e-mail addresses as people type them, and the keys that let the centre
// find the same person again however the number or address was written.

#include <string>
#include <string_view>

namespace tremplin::domain {

bool is_plausible_email(std::string_view email);

// Digits, spaces and the usual separators, with 8 to 15 digits (ITU-T E.164 allows 15).
bool is_plausible_phone(std::string_view phone);

// Lower case, without surrounding spaces.
std::string email_key(std::string_view email);

// International digits without the leading "+" or "00": "0470 12 34 56", "+32 470 123456" and
// "0032470123456" all become "32470123456". A national number (one leading 0) is taken as
// Belgian, where the centre is.
std::string phone_key(std::string_view phone);

} // namespace tremplin::domain
