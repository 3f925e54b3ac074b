#include "service/sign_in_limits.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <array>

namespace tremplin::service {

std::chrono::seconds delay_after(int failures, SignInLimits const& limits)
{
    if (failures < limits.before_delay)
        return std::chrono::seconds(0);
    // 1 s at the threshold, doubling with each failure; the shift is bounded so it cannot overflow.
    auto const doublings = std::min(failures - limits.before_delay, 30);
    return std::min(std::chrono::seconds(1LL << doublings), limits.longest_delay);
}

std::string address_network(std::string_view address)
{
    std::string const text(address);
    std::array<unsigned char, 16> bytes{};
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1)
        return text; // IPv4, or not an address at all
    bool const mapped_ipv4 = std::all_of(bytes.begin(), bytes.begin() + 10, [](auto b) { return b == 0; }) &&
                             bytes[10] == 0xff && bytes[11] == 0xff;
    std::array<char, INET6_ADDRSTRLEN> written{};
    if (mapped_ipv4) {
        inet_ntop(AF_INET, bytes.data() + 12, written.data(), written.size());
        return written.data();
    }
    std::fill(bytes.begin() + 8, bytes.end(), 0);
    inet_ntop(AF_INET6, bytes.data(), written.data(), written.size());
    return std::string(written.data()) + "/64";
}

} // namespace tremplin::service
