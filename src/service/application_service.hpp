#pragma once

// Applications: the public form a woman fills in from her phone, one question a page, with a
// resume link that keeps her draft; and the pipeline where staff follow what she sent.

#include "domain/application.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/intake_service.hpp"
#include "service/public_desk.hpp"
#include "service/unit_of_work.hpp"
#include "store/application_repository.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace tremplin::service {

// A sent application as the pipeline lists it, as the store reads it.
using ApplicationSummary = store::ApplicationSummary;

// A draft (or a sent application) as its resume link shows it.
struct ApplicationForm {
    long long application_id = 0;
    std::string language;
    std::string reference; // set once she has sent it
    domain::ApplicationAnswers answers;
    IntakeOffer offer;
};

struct ApplicationDetails {
    store::ApplicationSummary summary;
    domain::ApplicationAnswers answers; // as she typed them
    IntakeOffer offer;

    struct Sections {
        // Her disability and minority answers: docs/design.md "Least privilege". Without it,
        // `answers` holds none.
        bool special_categories = false;
    } sees;

    struct Actions {
        bool edit = false;          // move it to another stage, record a proof or a test score
        bool see_admission = false; // what the admission rounds gave her
    } may;
};

struct PipelineQuery {
    std::optional<long long> intake_id;
    std::optional<domain::ApplicationStage> stage;
    std::optional<long long> cohort_id;
};

// The applications a query finds, longest in their stage first, and what she may do from there.
struct Pipeline {
    std::vector<ApplicationSummary> applications;

    struct Actions {
        bool move = false;            // applications to another stage
        bool manage_priority = false; // the criteria and tiers of social priority
        bool manage_tests = false;    // the aptitude tests of the tracks
    } may;
};

// Moves each of these sent applications that has not reached `stage` yet on to it, in the
// caller's unit of work, each move audited with what caused it: the pipeline follows what staff
// record elsewhere (a session attended, an aptitude test taken). Never moves one back.
void advance_applications(UnitOfWork& unit, std::vector<store::ApplicationSummary> const& applications,
                          domain::ApplicationStage stage, std::string_view cause);

class ApplicationService {
  public:
    ApplicationService(store::Database& database, Clock const& clock, IntakeService& intakes,
                       PublicDesk const& desk, std::vector<std::string> languages);

    // The public form. Each call names the draft by its resume token.
    domain::Result<std::string> start(long long intake_id, std::string const& language,
                                      std::string const& remote_address);
    domain::Result<ApplicationForm> form(std::string const& token);
    // Saves one page's answers when they are right; otherwise says what is wrong, saving nothing.
    domain::Result<void> answer(std::string const& token, domain::ApplicationQuestion question,
                                domain::ApplicationAnswers const& typed);
    // Sends the draft: every answer checked, her record found or created, a reference given.
    // Sending twice gives the same reference.
    domain::Result<std::string> submit(std::string const& token, std::string const& remote_address);
    // Deletes the drafts nobody sent nor touched for domain::draft_lifetime_days: a resume link
    // does not keep a woman's answers for ever. How many; `tremplin serve` runs it every hour.
    long long forget_stale_drafts();

    // The pipeline.
    domain::Result<Pipeline> pipeline(Actor const& actor, PipelineQuery const& query);
    domain::Result<ApplicationDetails> application(Actor const& actor, long long id);
    // Her applications, on her record: the ones she sent, whatever their intake.
    domain::Result<std::vector<store::ApplicationSummary>> of_participant(Actor const& actor,
                                                                          long long participant_id);
    // Whether she may move applications: asked before the selection is read.
    domain::Result<void> may_move(Actor const& actor) const;
    // Moves each application to `stage`, all or none; every move is audited. Staff never decide
    // one: a confirmed admission round does (domain::may_move).
    domain::Result<int> move(Actor const& actor, std::vector<long long> const& ids,
                             domain::ApplicationStage stage);

    domain::ValidationContext validation_context() const;

  private:
    UnitsOfWork m_units;
    Clock const& m_clock;
    IntakeService& m_intakes;
    PublicDesk const& m_desk;
    std::vector<std::string> m_languages;
};

} // namespace tremplin::service
