#pragma once

// Applying for a course: an intake (a period when applications are taken, for some cohorts),
// the questions of the public application form, one per page (GOV.UK "Question pages"), and
// the stages an application goes through before the admission round decides.
//
// The answers are the participant record's own inputs (participant_fields) plus the cohorts
// she ranks, so the register's rules check them and the record is filled from them.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"
#include "domain/participant.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

struct Intake {
    long long id = 0;
    long long organisation_id = 0;
    std::string name;
    Date opens_on;
    Date closes_on;
    std::vector<long long> cohort_ids; // the cohorts she may choose from

    bool open_on(Date day) const { return opens_on <= day && day <= closes_on; }
};

// What an intake must be: a name, dates in order, at least one cohort.
Result<void> check_intake(Intake const& intake);

// Pipeline stages, in order (after an ATS's stages, with fixed meanings).
enum class ApplicationStage { Submitted, InfoSessionAttended, TestTaken, Interviewed, Decided };

// Who moves an application: staff along the pipeline, or the admission round when it is confirmed.
enum class ApplicationMover { Staff, AdmissionRound };

// Whether an application may go from one stage to another, by whom: the one table of moves.
// Staff move it along the pipeline and back (a mistake is undone); only a confirmed admission
// round decides it, and its decision stands. The refusal names "stage".
Result<void> may_move(ApplicationStage from, ApplicationStage to, ApplicationMover by);

// Whether staff may move an application to this stage from some other: the stages a pipeline
// page offers.
bool staff_may_move_to(ApplicationStage to);

enum class ApplicationQuestion {
    Name,
    Contact,
    BirthDate,
    Education,
    Qualification,
    Situation,
    Circumstances,
    Equality,
    Choices,
};

// A draft nobody sent is kept this long after its last answer, then forgotten with its answers:
// she has a month to come back through her resume link.
inline constexpr int draft_lifetime_days = 30;

// The most applications staff move to another stage in one go.
inline constexpr std::size_t applications_moved_at_once = 500;

// The inputs of the ranked choices: cohort ids, first choice first.
namespace application_fields {
inline constexpr std::string_view choice_1 = "choice_1";
inline constexpr std::string_view choice_2 = "choice_2";
inline constexpr std::string_view choice_3 = "choice_3";
inline constexpr std::array<std::string_view, 3> choices{choice_1, choice_2, choice_3};
} // namespace application_fields

// The inputs one question page asks for.
std::span<std::string_view const> fields_of(ApplicationQuestion question);

// A question the applicant may leave unanswered (every one but her name, a way to reach her
// and her first choice).
bool is_optional(ApplicationQuestion question);

// The answers given so far, as typed.
using ApplicationAnswers = ParticipantInput;

struct CompleteApplication {
    Participant applicant;
    std::vector<long long> choices; // cohort ids, best first, at most three, none twice
};

// Every answer checked against the register's rules and the intake: her name, a phone or an
// e-mail, a first choice among the intake's cohorts. All problems at once, for the error
// summary of "Check your answers".
Result<CompleteApplication> check_application(ApplicationAnswers const& answers,
                                              ValidationContext const& context, Intake const& intake);

// The problems of one page only: what `check_application` says about that page's inputs.
std::vector<FieldError> problems_on(ApplicationQuestion question, ApplicationAnswers const& answers,
                                    ValidationContext const& context, Intake const& intake);

// A reference she can quote on the phone: letters and digits that cannot be mistaken for one
// another, from `random` (any 8 bytes).
std::string application_reference(int year, std::span<unsigned char const> random);

template <> struct Codes<ApplicationStage> {
    static constexpr std::array table{
        std::pair{ApplicationStage::Submitted, std::string_view("submitted")},
        std::pair{ApplicationStage::InfoSessionAttended, std::string_view("info_session_attended")},
        std::pair{ApplicationStage::TestTaken, std::string_view("test_taken")},
        std::pair{ApplicationStage::Interviewed, std::string_view("interviewed")},
        std::pair{ApplicationStage::Decided, std::string_view("decided")},
    };
};

template <> struct Codes<ApplicationQuestion> {
    static constexpr std::array table{
        std::pair{ApplicationQuestion::Name, std::string_view("name")},
        std::pair{ApplicationQuestion::Contact, std::string_view("contact")},
        std::pair{ApplicationQuestion::BirthDate, std::string_view("birth-date")},
        std::pair{ApplicationQuestion::Education, std::string_view("education")},
        std::pair{ApplicationQuestion::Qualification, std::string_view("qualification")},
        std::pair{ApplicationQuestion::Situation, std::string_view("situation")},
        std::pair{ApplicationQuestion::Circumstances, std::string_view("circumstances")},
        std::pair{ApplicationQuestion::Equality, std::string_view("equality")},
        std::pair{ApplicationQuestion::Choices, std::string_view("choices")},
    };
};

} // namespace tremplin::domain
