#pragma once

// Bearer tokens of the JSON API: each acts as one staff account, for what its scope allows,
// until it expires or is revoked — and every new password of the account revokes it.

#include "domain/codes.hpp"

#include <string>

namespace tremplin::domain {

enum class TokenScope {
    Read,      // GET and HEAD only: an export, a dashboard
    ReadWrite, // everything the account may do
};

// Tokens live 90 days unless asked otherwise, a year at most; one made before tokens had an end
// date ends a year after it was made.
inline constexpr int default_token_days = 90;
inline constexpr int longest_token_days = 365;

// A token as `tremplin token list` shows it; the token itself is never kept, only its hash, and
// the start of the hash is its reference.
struct ApiTokenSummary {
    std::string reference;
    std::string username;
    std::string label;
    TokenScope scope = TokenScope::ReadWrite;
    std::string created_at;
    std::string expires_at;
    std::string last_used_at; // empty: never used
    std::string revoked_at;   // empty: not revoked
};

template <> struct Codes<TokenScope> {
    static constexpr std::array table{
        std::pair{TokenScope::Read, std::string_view("read")},
        std::pair{TokenScope::ReadWrite, std::string_view("read_write")},
    };
};

} // namespace tremplin::domain
