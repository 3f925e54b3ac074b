#pragma once

// Ids to dense indices: an open-addressing table with linear probing whose slots hold the
// first 8 bytes and the length of their id, so that an id of up to 8 bytes is found or
// refused by reading one slot. std::unordered_map spent most of the preparation chasing its
// node chains and the text of the ids.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tremplin::match {

// A 64-bit hash of an id, 8 bytes at a time, finished by the SplitMix64 mix.
std::uint64_t hash_id(std::string_view id);

class IdIndex {
  public:
    static constexpr std::uint32_t absent = 0xFFFFFFFF;

    // Room for `capacity` ids; the text of each id must outlive the index.
    explicit IdIndex(std::size_t capacity);

    // Gives the id the next index (0, 1, …); false, and nothing added, when it is already in.
    bool insert(std::string_view id);

    std::uint32_t find(std::string_view id) const { return find(id, hash_id(id)); }

    // find for each id, into `found` (as long as `ids`), a batch at a time: the slots of a
    // batch are asked for together, so that the waits for memory overlap.
    void find_all(std::span<std::string_view const> ids, std::span<std::uint32_t> found) const;

  private:
    struct Slot {
        std::uint64_t head; // the id's first 8 bytes, zero-padded
        std::uint32_t tag;  // 24 bits of the hash, then the length (255: longer); 0: empty
        std::uint32_t index;
    };

    std::size_t slot_of(std::uint64_t hash) const { return static_cast<std::size_t>(hash) & m_mask; }
    std::uint32_t find(std::string_view id, std::uint64_t hash) const;
    bool holds(Slot const& slot, std::string_view id, std::uint64_t head, std::uint32_t tag) const;

    std::vector<std::string_view> m_ids; // read only to compare ids longer than 8 bytes
    std::vector<Slot> m_slots;
    std::size_t m_mask;
};

} // namespace tremplin::match
