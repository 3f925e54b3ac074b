#include "match/deferred_acceptance.hpp"
#include "match/prefetch.hpp"
#include "match/seat_heap.hpp"

#include <array>

namespace tremplin::match {

namespace {

// Where a program's heap is in the shared array, and how full it is: read only when an
// offer is held.
struct Seats {
    std::uint32_t begin;
    std::uint32_t size;
    std::uint32_t capacity;
};

// Where an applicant is in her list: her next choice, and one past her last.
struct Cursor {
    std::uint32_t slot;
    std::uint32_t end;
};

// What a lane does next for its applicant.
enum class Step { ReadChoice, Propose };

// Of 4, 8, 16 and 32 lanes, 16 was the fastest on 1,000,000 applicants, and of 8, 16 and 32
// on the 100k Zipf rounds (bench/match_bench.cpp).
constexpr std::size_t lane_count = 16;

} // namespace

Held applicants_propose(Market const& market)
{
    auto const applicant_count = market.applicant_count;
    std::vector<Seats> seats(market.program_count);
    // Per program, the rank an offer must beat to be held: `unacceptable` while seats are
    // free (every acceptable rank beats it, an unacceptable one does not), then the rank of
    // the worst held. Most offers of a skewed round are refused by full popular programs:
    // 4 bytes per program keep the thresholds in the first levels of cache (20 KB for 5,000
    // programs), so a refusal is one comparison, and a refused applicant tries her next
    // choice at once.
    std::vector<std::uint32_t> threshold(market.program_count);
    std::uint32_t heap_size = 0;
    for (std::uint32_t p = 0; p < market.program_count; ++p) {
        seats[p] = {heap_size, 0, market.capacity[p]};
        threshold[p] = market.capacity[p] == 0 ? 0 : unacceptable;
        heap_size += market.capacity[p];
    }
    std::vector<Seat> heaps(heap_size);
    Choice const* const choices = market.choices.data();
    Seat* const heap_base = heaps.data();
    std::uint64_t proposals = 0;

    // Free applicants propose from a few lanes in turn. Each step of a lane reads what the
    // lane's previous step asked for (her choice, then the program's heap), so the waits for
    // memory of the lanes overlap instead of following each other. Deferred acceptance gives
    // the same matching whatever the order of the proposals.
    struct Lane {
        std::uint32_t applicant = unacceptable; // none: the lane is idle
        Step step = Step::ReadChoice;
        Cursor cursor{};
    };
    std::array<Lane, lane_count> lanes;
    std::size_t busy = 0;
    auto const take = [&](Lane& lane, std::uint32_t applicant, Cursor cursor) {
        lane.applicant = applicant;
        lane.step = Step::ReadChoice;
        lane.cursor = cursor;
        prefetch(choices + cursor.slot);
    };
    // Applicants who never proposed, first first; their cursors are read in order.
    std::uint32_t next_free = 0;
    auto const take_free = [&](Lane& lane) {
        if (next_free == applicant_count) {
            lane.applicant = unacceptable;
            --busy;
            return;
        }
        take(lane, next_free, {market.choice_begin[next_free], market.choice_begin[next_free + 1]});
        ++next_free;
    };
    for (auto& lane : lanes) {
        ++busy;
        take_free(lane);
    }
    while (busy > 0) {
        for (auto& lane : lanes) {
            if (lane.applicant == unacceptable)
                continue;
            auto& cursor = lane.cursor;
            switch (lane.step) {
            case Step::ReadChoice:
                // Refused at once where her rank does not beat the threshold; an acceptable
                // choice refused so is still a proposal.
                while (cursor.slot < cursor.end) {
                    auto const choice = choices[cursor.slot];
                    if (choice.rank < threshold[choice.program])
                        break;
                    proposals += choice.rank != unacceptable;
                    ++cursor.slot;
                }
                if (cursor.slot == cursor.end) { // refused everywhere: she stays unassigned
                    take_free(lane);
                    break;
                }
                prefetch(heap_base + seats[choices[cursor.slot].program].begin);
                lane.step = Step::Propose;
                break;
            case Step::Propose: {
                auto const choice = choices[cursor.slot];
                ++proposals;
                if (choice.rank >= threshold[choice.program]) { // another lane filled it meanwhile
                    ++cursor.slot;
                    lane.step = Step::ReadChoice;
                    break;
                }
                auto& program = seats[choice.program];
                auto* const heap = heap_base + program.begin;
                Seat const seat{choice.rank, lane.applicant, cursor.slot, cursor.end};
                if (program.size < program.capacity) {
                    heap_push(heap, program.size++, seat);
                    if (program.size == program.capacity)
                        threshold[choice.program] = heap[0].rank;
                    take_free(lane);
                } else {
                    auto const displaced = heap_replace_top(heap, program.size, seat);
                    threshold[choice.program] = heap[0].rank;
                    // She proposes next, from the choice after the one she lost.
                    take(lane, displaced.applicant, {displaced.slot + 1, displaced.end});
                }
                break;
            }
            }
        }
    }

    Held held{std::vector<std::uint32_t>(applicant_count, unacceptable), proposals};
    for (std::uint32_t p = 0; p < market.program_count; ++p)
        for (std::uint32_t i = 0; i < seats[p].size; ++i) {
            auto const& seat = heaps[seats[p].begin + i];
            held.slot[seat.applicant] = seat.slot;
        }
    return held;
}

} // namespace tremplin::match
