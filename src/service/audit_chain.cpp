#include "service/audit_chain.hpp"

#include "store/audit_repository.hpp"

#include <array>
#include <stdexcept>

#include <sodium.h>

namespace tremplin::service {

namespace {

void add_field(std::string& content, std::string_view value)
{
    content += std::to_string(value.size());
    content += ':';
    content += value;
    content += '\n';
}

std::string text_of(std::optional<long long> value)
{
    return value ? std::to_string(*value) : std::string();
}

} // namespace

std::string canonical_audit_content(domain::AuditEvent const& event)
{
    std::string content = "audit-event-v1\n";
    add_field(content, std::to_string(event.organisation_id));
    add_field(content, event.occurred_at);
    add_field(content, text_of(event.staff_account_id));
    add_field(content, event.action);
    add_field(content, event.subject_type);
    add_field(content, text_of(event.subject_id));
    add_field(content, event.detail);
    add_field(content, event.remote_address);
    return content;
}

std::string audit_chain_hash(std::string_view previous, domain::AuditEvent const& event)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    auto const content = canonical_audit_content(event);
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::string const link = std::to_string(previous.size()) + ":" + std::string(previous) + "\n";
    crypto_hash_sha256_update(&state, reinterpret_cast<unsigned char const*>(link.data()), link.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<unsigned char const*>(content.data()), content.size());
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

void append_to_audit_chain(store::Connection& connection, domain::AuditEvent event)
{
    store::AuditRepository audit(connection);
    event.chain_hash = audit_chain_hash(audit.chain_head_for_writing(), event);
    audit.record(event);
}

AuditChainCheck verify_audit_chain(store::Database& database)
{
    constexpr int batch = 1000;
    auto connection = database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Read);
    store::AuditRepository audit(connection);
    AuditChainCheck check;
    std::string previous; // the first link chains to nothing
    bool chained = false;
    long long after = 0;
    for (;;) {
        auto const rows = audit.in_chain_order(after, batch);
        for (auto const& row : rows) {
            if (row.chain_hash.empty() && !chained) {
                ++check.rows_before_chain;
                continue;
            }
            if (row.chain_hash != audit_chain_hash(previous, row)) {
                check.first_broken = row.id;
                return check;
            }
            chained = true;
            ++check.rows_checked;
            previous = row.chain_hash;
            check.head = row.chain_hash;
        }
        if (rows.size() < static_cast<std::size_t>(batch))
            break;
        after = rows.back().id;
    }
    return check;
}

} // namespace tremplin::service
