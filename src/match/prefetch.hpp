#pragma once

// Asks for the cache line of an address before it is read. The preparation reads ids, ranks
// and marks in an order it cannot choose, and a line from memory costs about 150 ns on the
// benchmark machine: asking for a batch of lines at once lets their waits overlap.

namespace tremplin::match {

inline void prefetch(void const* address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

} // namespace tremplin::match
