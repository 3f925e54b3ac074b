#pragma once

// Letters to applicants, from queued to sent.

#include "domain/letter.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

struct LetterFilter {
    long long organisation_id = 0;
    bool sent = false; // the ones sent, else the ones waiting
    int limit = 200;
};

class LetterRepository {
  public:
    explicit LetterRepository(Connection& connection) : m_connection(connection) {}

    long long queue(domain::Letter const& letter);

    // Newest first for the sent ones, oldest first for the ones waiting.
    std::vector<domain::Letter> list(LetterFilter const& filter);
    std::optional<domain::Letter> find(long long organisation_id, long long id);

    // E-mails not sent yet, of every centre, tried fewer than `attempts` times, oldest first.
    std::vector<domain::Letter> to_email(int attempts, int limit);

    void mark_sent(long long id, domain::LetterDelivery how, std::string const& subject, std::string const& body,
                   std::string const& now);
    void mark_failed(long long id, std::string const& failure);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store
