#include "match/deferred_acceptance.hpp"
#include "match/seat_heap.hpp"

namespace tremplin::match {

namespace {

// 16 bytes, so that a rejection reads one cache line of the program: `worst` is the rank at
// the top of its heap once the program is full.
struct Seats {
    std::uint32_t begin;
    std::uint32_t size;
    std::uint32_t capacity;
    std::uint32_t worst;
};

// Where an applicant is in her list; `end` sits beside it so a proposal reads one line.
struct Cursor {
    std::uint32_t slot;
    std::uint32_t end;
};

} // namespace

Held applicants_propose(Market const& market)
{
    auto const applicant_count = market.applicant_count;
    std::vector<Seats> seats(market.program_count);
    std::uint32_t heap_size = 0;
    for (std::uint32_t p = 0; p < market.program_count; ++p) {
        // worst = 0 until full: no rank is below it, so a program with 0 seats refuses all.
        seats[p] = {heap_size, 0, market.capacity[p], 0};
        heap_size += market.capacity[p];
    }
    std::vector<std::uint64_t> heaps(heap_size);
    std::vector<Cursor> cursors(applicant_count);
    std::vector<std::uint32_t> free(applicant_count);
    for (std::uint32_t a = 0; a < applicant_count; ++a) {
        cursors[a] = {market.choice_begin[a], market.choice_begin[a + 1]};
        free[a] = applicant_count - 1 - a; // the first applicant on top: she proposes first
    }

    Choice const* const choices = market.choices.data();
    std::uint64_t* const heap_base = heaps.data();
    std::uint64_t proposals = 0;
    while (!free.empty()) {
        auto const a = free.back();
        auto& cursor = cursors[a];
        auto displaced = unacceptable;
        bool placed = false;
        while (cursor.slot < cursor.end) {
            auto const choice = choices[cursor.slot++];
            if (choice.rank == unacceptable)
                continue;
            ++proposals;
            auto& program = seats[choice.program];
            auto* const heap = heap_base + program.begin;
            if (program.size < program.capacity) {
                heap_push(heap, program.size++, seat_key(choice.rank, a));
                if (program.size == program.capacity)
                    program.worst = rank_of(heap[0]);
                placed = true;
                break;
            }
            if (choice.rank < program.worst) {
                displaced = applicant_of(heap_replace_top(heap, program.size, seat_key(choice.rank, a)));
                program.worst = rank_of(heap[0]);
                placed = true;
                break;
            }
        }
        if (placed && displaced != unacceptable)
            free.back() = displaced; // she proposes next, from where she stopped
        else
            free.pop_back();
    }

    Held held{std::vector<std::uint32_t>(applicant_count, unacceptable), proposals};
    for (std::uint32_t p = 0; p < market.program_count; ++p)
        for (std::uint32_t i = 0; i < seats[p].size; ++i) {
            auto const a = applicant_of(heaps[seats[p].begin + i]);
            held.slot[a] = cursors[a].slot - 1; // her last offer, the one still held
        }
    return held;
}

} // namespace tremplin::match
