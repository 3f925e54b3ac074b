#pragma once

// Lottery numbers that are the same on every platform and standard library: SplitMix64
// (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014)
// applied to a counter, so a number depends only on the seed and on who it is drawn for.
// std::uniform_*_distribution is avoided on purpose: its output differs between libraries.

#include <cstdint>

namespace tremplin::match {

constexpr std::uint64_t splitmix64(std::uint64_t z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Lottery {
  public:
    explicit constexpr Lottery(std::uint64_t seed) : m_base(splitmix64(seed)) {}

    // Tie-break `single`: the applicant's one number, whatever the program.
    constexpr std::uint64_t number(std::uint32_t applicant) const
    {
        return splitmix64(m_base ^ splitmix64(applicant));
    }

    // Tie-break `multiple`: a number drawn afresh for each (program, applicant).
    constexpr std::uint64_t number(std::uint32_t program, std::uint32_t applicant) const
    {
        return splitmix64(splitmix64(m_base + (std::uint64_t{program} + 1) * 0xD1B54A32D192ED03ULL) ^
                          splitmix64(applicant));
    }

  private:
    std::uint64_t m_base;
};

} // namespace tremplin::match
