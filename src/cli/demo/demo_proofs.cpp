#include "cli/demo/demo_proofs.hpp"

#include "cli/demo/demo_catalogue.hpp"

namespace tremplin::cli {

int record_proofs(service::Recruitment& recruitment, DemoClock const& clock, service::Actor const& actor,
                  std::mt19937_64& random, std::vector<long long> const& application_ids)
{
    if (application_ids.empty())
        return 0;
    auto const standings =
        expect(recruitment.priority.standings(actor, application_ids), "the applicants' standing");
    int recorded = 0;
    auto const today = clock.today();
    for (auto const& standing : standings) {
        if (std::uniform_int_distribution<int>(0, 9)(random) == 0)
            continue; // still to bring
        auto const received_on = today.plus_days(-std::uniform_int_distribution<long>(0, 6)(random));
        for (auto const& reason : standing.priority.reasons) {
            expect(recruitment.priority.record_proof(
                       actor, standing.application_id,
                       {reason.criterion.code, domain::date_fields_of(received_on)}),
                   "a proof received");
            ++recorded;
        }
    }
    return recorded;
}

} // namespace tremplin::cli
