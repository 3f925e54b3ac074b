#pragma once

#include <string>

namespace tremplin::domain {

// A centre running Tremplin; one deployment may host several (a network across countries).
struct Organisation {
    long long id = 0;
    std::string name;
    std::string default_language; // the interface language before anyone chooses

    // Printed on the documents the centre hands out (attestations, statements).
    std::string address; // one line per '\n'
    std::string phone;
    std::string email;
    std::string enterprise_number; // KBO/BCE number
    // Under this attendance rate a trainee appears in the alert list (a setting).
    int minimum_attendance_percent = 80;
};

} // namespace tremplin::domain
