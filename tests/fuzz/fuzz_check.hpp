#pragma once

// What a fuzz target asserts beyond "no crash". A broken invariant says which, then stops the
// run the way a crash does, so that libFuzzer keeps the input that broke it.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace tremplin::fuzz {

inline void require(bool holds, char const* invariant)
{
    if (!holds) {
        std::fprintf(stderr, "invariant broken: %s\n", invariant);
        std::abort();
    }
}

inline std::string_view as_text(std::uint8_t const* data, std::size_t size)
{
    return {reinterpret_cast<char const*>(data), size};
}

} // namespace tremplin::fuzz
