#pragma once

// Passwords and tokens (libsodium): argon2id password hashes, random tokens, and the hashes
// under which tokens are stored so that a copy of the database opens no session.

#include <string>
#include <string_view>

namespace tremplin::service {

// How hard argon2id works. Interactive is libsodium's recommendation for sign-in (64 MiB);
// Minimal exists for tests and benchmarks that create many accounts.
enum class PasswordHashing { Interactive, Minimal };

std::string hash_password(std::string_view password, PasswordHashing cost = PasswordHashing::Interactive);
bool verify_password(std::string_view password, std::string const& password_hash);

// 32 random bytes, base64url without padding (43 characters).
std::string random_token();

// A number drawn uniformly from 0 to `largest` (a lottery's seed).
long long random_number(long long largest);

// The hex BLAKE2b digest of a token: what the database keeps.
std::string token_hash(std::string_view token);

// Compares in constant time.
bool same_secret(std::string_view a, std::string_view b);

} // namespace tremplin::service
