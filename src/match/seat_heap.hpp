#pragma once

// The applicants a program holds: a max-heap of at most `capacity` keys (rank << 32 |
// applicant) in a slice of one shared array, so the worst held applicant is at the top.

#include <cstdint>
#include <utility>

namespace tremplin::match {

inline std::uint64_t seat_key(std::uint32_t rank, std::uint32_t applicant)
{
    return std::uint64_t{rank} << 32 | applicant;
}

inline std::uint32_t rank_of(std::uint64_t key)
{
    return static_cast<std::uint32_t>(key >> 32);
}
inline std::uint32_t applicant_of(std::uint64_t key)
{
    return static_cast<std::uint32_t>(key);
}

inline void heap_push(std::uint64_t* heap, std::uint32_t size, std::uint64_t key)
{
    auto hole = size;
    while (hole > 0) {
        auto const parent = (hole - 1) / 2;
        if (heap[parent] >= key)
            break;
        heap[hole] = heap[parent];
        hole = parent;
    }
    heap[hole] = key;
}

// Replaces the top (the worst held) with a better key; returns the key that was replaced.
inline std::uint64_t heap_replace_top(std::uint64_t* heap, std::uint32_t size, std::uint64_t key)
{
    auto const replaced = heap[0];
    std::uint32_t hole = 0;
    for (;;) {
        auto child = 2 * hole + 1;
        if (child >= size)
            break;
        if (child + 1 < size && heap[child + 1] > heap[child])
            ++child;
        if (heap[child] <= key)
            break;
        heap[hole] = heap[child];
        hole = child;
    }
    heap[hole] = key;
    return replaced;
}

} // namespace tremplin::match
