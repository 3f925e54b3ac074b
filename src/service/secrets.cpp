#include "service/secrets.hpp"

#include <stdexcept>

#include <sodium.h>

namespace tremplin::service {

namespace {

void ensure_sodium()
{
    static bool const ready = [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium could not be initialised");
        return true;
    }();
    (void)ready;
}

} // namespace

std::string hash_password(std::string_view password, PasswordHashing cost)
{
    ensure_sodium();
    bool const interactive = cost == PasswordHashing::Interactive;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password.data(), password.size(),
                              interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN,
                              interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return hash;
}

bool verify_password(std::string_view password, std::string const& password_hash)
{
    ensure_sodium();
    return crypto_pwhash_str_verify(password_hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token()
{
    ensure_sodium();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char text[sodium_base64_ENCODED_LEN(sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(text, sizeof text, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return text;
}

std::string token_hash(std::string_view token)
{
    ensure_sodium();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<unsigned char const*>(token.data()),
                       token.size(), nullptr, 0);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

bool same_secret(std::string_view a, std::string_view b)
{
    ensure_sodium();
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

long long random_number(long long largest)
{
    // Rejection sampling keeps every number equally likely.
    auto const range = static_cast<unsigned long long>(largest) + 1;
    auto const limit = ~0ULL - ~0ULL % range;
    unsigned long long drawn = 0;
    do
        randombytes_buf(&drawn, sizeof drawn);
    while (drawn >= limit);
    return static_cast<long long>(drawn % range);
}

} // namespace tremplin::service
