#pragma once

#include <string>

namespace tremplin::domain {

// A centre running Tremplin; one deployment may host several (a network across countries).
struct Organisation {
    long long id = 0;
    std::string name;
    std::string default_language; // the interface language before anyone chooses
};

} // namespace tremplin::domain
