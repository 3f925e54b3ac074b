#include "match/id_index.hpp"

#include "match/lottery.hpp"
#include "match/prefetch.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace tremplin::match {

namespace {

std::uint64_t head_of(std::string_view id)
{
    std::uint64_t head = 0;
    std::memcpy(&head, id.data(), std::min<std::size_t>(id.size(), 8));
    return head;
}

std::uint32_t tag_of(std::uint64_t hash, std::size_t size)
{
    auto const tag = static_cast<std::uint32_t>(hash >> 40) << 8 |
                     static_cast<std::uint32_t>(std::min<std::size_t>(size, 255));
    return tag == 0 ? 1u << 8 : tag; // the empty id must not look like an empty slot
}

} // namespace

std::uint64_t hash_id(std::string_view id)
{
    std::uint64_t hash = id.size();
    while (id.size() >= 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, id.data(), 8);
        hash = (hash ^ chunk) * 0x9E3779B97F4A7C15ULL;
        hash ^= hash >> 29;
        id.remove_prefix(8);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, id.data(), id.size());
    return splitmix64(hash ^ tail);
}

IdIndex::IdIndex(std::size_t capacity)
    : m_slots(std::bit_ceil(capacity * 2 + 2)), m_mask(m_slots.size() - 1) // a quarter to half full
{
    m_ids.reserve(capacity);
}

// Ids of up to 8 bytes are whole in the slot (head and length); longer ones are compared.
bool IdIndex::holds(Slot const& slot, std::string_view id, std::uint64_t head, std::uint32_t tag) const
{
    return slot.tag == tag && slot.head == head && (id.size() <= 8 || m_ids[slot.index] == id);
}

bool IdIndex::insert(std::string_view id)
{
    auto const hash = hash_id(id);
    auto const head = head_of(id);
    auto const tag = tag_of(hash, id.size());
    for (auto at = slot_of(hash);; at = (at + 1) & m_mask) {
        auto& slot = m_slots[at];
        if (slot.tag == 0) {
            slot = {head, tag, static_cast<std::uint32_t>(m_ids.size())};
            m_ids.push_back(id);
            return true;
        }
        if (holds(slot, id, head, tag))
            return false;
    }
}

std::uint32_t IdIndex::find(std::string_view id, std::uint64_t hash) const
{
    auto const head = head_of(id);
    auto const tag = tag_of(hash, id.size());
    for (auto at = slot_of(hash);; at = (at + 1) & m_mask) {
        auto const& slot = m_slots[at];
        if (slot.tag == 0)
            return absent;
        if (holds(slot, id, head, tag))
            return slot.index;
    }
}

void IdIndex::find_all(std::span<std::string_view const> ids, std::span<std::uint32_t> found) const
{
    constexpr std::size_t batch = 32;
    std::uint64_t hashes[batch];
    for (std::size_t start = 0; start < ids.size(); start += batch) {
        auto const count = std::min(batch, ids.size() - start);
        auto const* const id = ids.data() + start;
        for (std::size_t i = 0; i < count; ++i) {
            hashes[i] = hash_id(id[i]);
            prefetch(&m_slots[slot_of(hashes[i])]);
        }
        for (std::size_t i = 0; i < count; ++i)
            found[start + i] = find(id[i], hashes[i]);
    }
}

} // namespace tremplin::match
