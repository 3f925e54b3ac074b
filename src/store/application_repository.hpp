#pragma once

// Applications: drafts reached by their resume link, then sent ones moving through the pipeline.

#include "domain/application.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

struct ApplicationDraft {
    long long id = 0;
    long long organisation_id = 0;
    long long intake_id = 0;
    std::string language;  // of the form when she started it
    std::string reference; // empty until she sends it
    domain::ApplicationAnswers answers;
};

// A sent application, as the pipeline shows it.
struct ApplicationSummary {
    long long id = 0;
    long long intake_id = 0;
    std::string reference;
    long long participant_id = 0;
    std::string first_name;
    std::string last_name;
    domain::ApplicationStage stage = domain::ApplicationStage::Submitted;
    std::string stage_changed_at; // UTC, ISO 8601
    std::string submitted_at;
    std::vector<long long> choices; // cohort ids, best first
};

struct ApplicationFilter {
    long long organisation_id = 0;
    std::optional<long long> id;
    std::optional<long long> intake_id;
    std::optional<domain::ApplicationStage> stage;
    std::optional<long long> cohort_id; // among her choices
    std::optional<long long> participant_id;
    std::vector<long long> ids; // any of these; empty: no such filter
};

class ApplicationRepository {
  public:
    explicit ApplicationRepository(Connection& connection) : m_connection(connection) {}

    long long insert_draft(long long organisation_id, long long intake_id, std::string const& token_hash,
                           std::string const& language, std::string const& now);
    std::optional<ApplicationDraft> find_by_token_hash(std::string const& token_hash);
    // Replaces the given inputs' answers; an empty answer is kept as typed (she cleared it).
    void save_answers(long long id, std::vector<std::pair<std::string, std::string>> const& answers,
                      std::string const& now);
    bool reference_taken(std::string const& reference);
    // Deletes the drafts never sent and untouched since `before`, with their answers and
    // choices; how many.
    long long delete_drafts_untouched_since(std::string const& before);
    void submit(long long id, std::string const& reference, long long participant_id,
                std::vector<long long> const& choices, std::string const& now);

    // Sent applications, oldest stage change first (who has waited longest).
    std::vector<ApplicationSummary> list(ApplicationFilter const& filter);
    std::optional<ApplicationSummary> find(long long organisation_id, long long id);
    domain::ApplicationAnswers answers(long long id);
    void move(long long organisation_id, long long id, domain::ApplicationStage stage,
              std::string const& now);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store
