#include "store/public_submission_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

void PublicSubmissionRepository::record(long long organisation_id, std::string const& form,
                                        std::string const& remote_address, std::string const& submitted_at)
{
    Query(m_connection, "INSERT INTO public_submissions (organisation_id, form, remote_address, submitted_at) "
                        "VALUES (:organisation, :form, :address, :at)")
        .bind("organisation", organisation_id)
        .bind("form", form)
        .bind("address", remote_address)
        .bind("at", submitted_at)
        .run();
}

long long PublicSubmissionRepository::count_for_address_since(std::string const& remote_address,
                                                              std::string const& since)
{
    return Query(m_connection, "SELECT COUNT(*) FROM public_submissions WHERE remote_address = :address AND "
                               "submitted_at >= :since")
        .bind("address", remote_address)
        .bind("since", since)
        .scalar();
}

} // namespace tremplin::store
