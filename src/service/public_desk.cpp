#include "service/public_desk.hpp"

#include "service/sign_in_limits.hpp"
#include "store/organisation_repository.hpp"
#include "store/public_submission_repository.hpp"

#include <algorithm>

namespace tremplin::service {

std::optional<long long> PublicDesk::centre(store::Connection& connection)
{
    auto const organisations = store::OrganisationRepository(connection).all();
    if (organisations.empty())
        return std::nullopt;
    return std::ranges::min(organisations, {}, &domain::Organisation::id).id;
}

domain::Result<void> PublicDesk::admit(store::Connection& connection, long long organisation_id,
                                       std::string const& form, std::string const& remote_address) const
{
    using namespace std::chrono_literals;
    store::PublicSubmissionRepository submissions(connection);
    auto const now = m_clock.now();
    // Counted by network, as sign-ins are: one IPv6 /64 is one sender (sign_in_limits.hpp).
    auto const network = address_network(remote_address);
    if (submissions.count_for_address_since(network, domain::iso_timestamp(now - 1h)) >=
        m_limits.submissions_per_hour)
        return domain::fail({domain::ErrorCode::TooManyAttempts, "errors.public.too_many", {}});
    submissions.record(organisation_id, form, network, domain::iso_timestamp(now));
    return {};
}

} // namespace tremplin::service
