#pragma once

// The participant register: list, search, view, create, edit, and the timeline of notes.

#include "domain/participant.hpp"
#include "domain/participant_merge.hpp"
#include "domain/partner.hpp"
#include "domain/timeline.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/participant_record.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/participant_repository.hpp"
#include "store/possible_match_repository.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tremplin::service {

// The order of the register's list, as the store sorts it.
using ParticipantOrder = store::ParticipantOrder;

struct ParticipantListQuery {
    std::string search; // a name, an e-mail, a phone or Actiris number; empty lists everyone
    store::ParticipantOrder order = store::ParticipantOrder::Name;
    int offset = 0;
    int limit = 50;                               // at most 200
    std::optional<domain::Instant> updated_since; // only records changed since
};

struct ParticipantList {
    std::vector<domain::ParticipantSummary> rows;
    bool has_more = false; // rows exist after these
};

struct RegisterState {
    long long version = 0;
    bool may_add = false;
    long long possible_matches = 0; // open, for those who may add (and so merge)
};

// Creating someone who may already be known asks for confirmation first.
enum class DuplicateCheck { Warn, ConfirmedDifferentPerson };

struct Creation {
    std::optional<long long> id; // empty when possible duplicates wait for confirmation
    std::vector<domain::ParticipantSummary> possible_duplicates;
};

// Records made from a public page that may be a known woman's (docs/design.md "Public forms").
using PossibleMatchView = store::PossibleMatchView;

struct PossibleMatches {
    std::vector<PossibleMatchView> open; // oldest first, a page of them
    long long total = 0;                 // how many are open
};

// Two records side by side, for staff to choose what stays.
struct MatchComparison {
    store::PossibleMatch match;
    domain::Participant kept;  // the record the centre keeps
    domain::Participant other; // the record made from the public page
    std::vector<domain::MergeItem> differing;
    std::set<std::string> suggested; // items offered from `other`: where `kept` has nothing
};

class ParticipantService {
  public:
    ParticipantService(store::Database& database, Clock const& clock, std::vector<std::string> languages);

    // A page of the register, or of a search: audited with what was asked and how many rows
    // came back (the search's length, never its text).
    domain::Result<ParticipantList> list(Actor const& actor, ParticipantListQuery const& query);

    // A page of the list shown again as it was rendered at the same register version (the web
    // layer's cache): audited as the listing itself, with the rows it showed.
    domain::Result<void> shown_again(Actor const& actor, ParticipantListQuery const& query, std::size_t rows);

    // What the list page shows around its results: the register's version, a number that
    // changes whenever any participant of the actor's centre changes (what was shown of the
    // register at one version can be shown again while it holds), and whether she may add
    // someone.
    domain::Result<RegisterState> register_state(Actor const& actor);

    // Every view of a record is audited (GDPR: every access to a person's record is logged).
    // Whoever may not read special categories gets the record without them, marked as withheld
    // (docs/design.md "Least privilege"); so do `for_editing`, `update` and `record`.
    domain::Result<domain::Participant> view(Actor const& actor, long long id);

    // Whether her forms ask the special-category questions: only of those who may read the
    // answers. `create` and `update` refuse an answer typed by anyone else, and `update` keeps
    // those stored.
    bool asks_special_categories(Actor const& actor) const;

    // A new record's form as it opens: a woman (the centre trains women), in the language of
    // whoever fills it in, for those who may add one.
    domain::Result<domain::ParticipantInput> blank_input(Actor const& actor, std::string_view language) const;

    domain::Result<Creation> create(Actor const& actor, domain::ParticipantInput const& input,
                                    DuplicateCheck check);

    // The partners the form offers as the one that sent her, in name order; `create` and
    // `update` refuse any other.
    domain::Result<std::vector<domain::Partner>> possible_referrers(Actor const& actor);

    // Her record to change, for those who may: audited as a view of it.
    domain::Result<domain::Participant> for_editing(Actor const& actor, long long id);

    domain::Result<domain::Participant> update(Actor const& actor, long long id,
                                               domain::ParticipantInput const& input);

    // Everything her record page shows, audited as a view of her record.
    domain::Result<ParticipantRecord> record(Actor const& actor, long long id);

    domain::Result<std::vector<domain::TimelineEntry>> timeline(Actor const& actor, long long participant_id);
    domain::Result<long long> add_to_timeline(Actor const& actor, long long participant_id,
                                              domain::TimelineInput const& input);

    // The possible matches staff have to look at.
    domain::Result<PossibleMatches> possible_matches(Actor const& actor);
    domain::Result<MatchComparison> comparison(Actor const& actor, long long match_id);
    // Makes the two records one: the kept record takes the items named in `from_other`, and
    // everything of the other record comes to it; the other record is removed. Audited with the
    // names of the fields taken, never their values. The kept record's id.
    domain::Result<long long> merge(Actor const& actor, long long match_id,
                                    std::set<std::string> const& from_other);
    // The two records are two women: the match is closed, both stay.
    domain::Result<void> keep_apart(Actor const& actor, long long match_id);

    // The rules the record is checked against, for callers that check before saving.
    domain::ValidationContext validation_context() const;

  private:
    domain::Result<domain::Participant> viewed(Actor const& actor, domain::Permission permission,
                                               long long id);

    UnitsOfWork m_units;
    std::vector<std::string> m_languages;
};

} // namespace tremplin::service
