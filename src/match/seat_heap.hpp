#pragma once

// The applicants a program holds: a max-heap by rank of at most `capacity` seats in a slice of
// one shared array, so the worst held applicant is at the top. Ranks at a program are distinct
// (ties are broken before the solve), so the rank alone orders the seats.

#include <cstdint>

namespace tremplin::match {

// One held applicant, with where she is in her list: when she is displaced, the seat tells
// her lane where to go on, without a read of her own record from memory.
struct Seat {
    std::uint32_t rank;
    std::uint32_t applicant;
    std::uint32_t slot; // her choice of this program
    std::uint32_t end;  // one past her last choice
};

inline void heap_push(Seat* heap, std::uint32_t size, Seat seat)
{
    auto hole = size;
    while (hole > 0) {
        auto const parent = (hole - 1) / 2;
        if (heap[parent].rank >= seat.rank)
            break;
        heap[hole] = heap[parent];
        hole = parent;
    }
    heap[hole] = seat;
}

// Replaces the top (the worst held) with a better seat; returns the seat that was replaced.
inline Seat heap_replace_top(Seat* heap, std::uint32_t size, Seat seat)
{
    auto const replaced = heap[0];
    std::uint32_t hole = 0;
    for (;;) {
        auto child = 2 * hole + 1;
        if (child >= size)
            break;
        if (child + 1 < size && heap[child + 1].rank > heap[child].rank)
            ++child;
        if (heap[child].rank <= seat.rank)
            break;
        heap[hole] = heap[child];
        hole = child;
    }
    heap[hole] = seat;
    return replaced;
}

} // namespace tremplin::match
