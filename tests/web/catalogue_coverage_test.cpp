// Every message the code can ask for exists in every language: the keys written in the
// sources, the labels of every coded answer, and every error the validation can give.

#include "domain/admission.hpp"
#include "domain/answers.hpp"
#include "domain/aptitude.hpp"
#include "domain/assessment.hpp"
#include "domain/attendance.hpp"
#include "domain/brussels.hpp"
#include "domain/calendar.hpp"
#include "domain/cohort.hpp"
#include "domain/enrolment.hpp"
#include "domain/information_session.hpp"
#include "domain/participant.hpp"
#include "domain/priority.hpp"
#include "domain/role.hpp"
#include "domain/schedule.hpp"
#include "domain/track.hpp"
#include "locale/catalogues.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

using namespace tremplin;

namespace {

locale::Catalogues const& catalogues()
{
    static auto const loaded = locale::Catalogues::embedded();
    return loaded;
}

void expect_everywhere(std::string const& key, std::string const& where)
{
    for (auto const& language : catalogues().languages())
        EXPECT_TRUE(catalogues().find(language)->has(key))
            << language << " lacks " << key << " (" << where << ")";
}

template <class E> void expect_labels(std::string const& prefix)
{
    for (auto value : domain::all_values<E>())
        expect_everywhere(prefix + "." + std::string(domain::code_of(value)), prefix);
}

} // namespace

bool is_prefix_of_a_key(std::string const& prefix)
{
    auto const keys = catalogues().find("en")->keys();
    return std::ranges::any_of(keys, [&](std::string const& key) { return key.starts_with(prefix + "."); });
}

TEST(CatalogueCoverage, HoldsEveryKeyWrittenInTheSources)
{
    // Keys given to text(), format() and has(), keys spelled out in tables (a prefix that a
    // field name completes at run time, like "participant.fields", is checked elsewhere), and
    // the audit trail's actions, which its page names through "audit.actions.<action>".
    std::regex const call(R"re((?:text|format|has)\(\s*"([a-z_]+(?:\.[a-z0-9_]+)+)")re");
    std::regex const key_literal(
        R"re("((?:errors|navigation|participants|participant|home|sign_in|api|forms|pagination|timeline|language|lessons|attendance|cohorts|tracks|trainers|closures|documents|hours|schedule|lesson_form|enrolments|results|exams|orientation|apply|intakes|applications|outbox|letters|priority|aptitude|information_sessions|info|admission|partners|offers|offer_check|evaluations|evaluation_form|placement|traineeships)\.[a-z0-9_.]+)")re");
    // Messages a service names: its errors and the reasons in letters.
    std::regex const message_literal(R"re("((?:errors|letters)\.[a-z0-9_.]+)")re");
    std::regex const audit_action(R"re(audit\([^{;]*\{"([a-z_]+\.[a-z_]+)")re");
    int found = 0;
    for (auto const& entry :
         std::filesystem::recursive_directory_iterator(std::string(TREMPLIN_SOURCE_DIR) + "/src")) {
        if (entry.path().extension() != ".cpp")
            continue;
        std::ifstream file(entry.path());
        std::stringstream content;
        content << file.rdbuf();
        auto const text = content.str();
        auto const where = entry.path().filename().string();
        bool const service = entry.path().parent_path().filename() == "service";
        for (auto const* pattern : {&call, &key_literal, &message_literal}) {
            if (service && pattern == &key_literal)
                continue; // services name audit actions, not messages
            for (std::sregex_iterator it(text.begin(), text.end(), *pattern), end; it != end; ++it) {
                auto const key = (*it)[1].str();
                if (key.ends_with(".") || is_prefix_of_a_key(key))
                    continue;
                expect_everywhere(key, where);
                ++found;
            }
        }
        for (std::sregex_iterator it(text.begin(), text.end(), audit_action), end; it != end; ++it) {
            expect_everywhere("audit.actions." + (*it)[1].str(), where);
            ++found;
        }
    }
    EXPECT_GT(found, 40);
}

TEST(CatalogueCoverage, NamesEveryCodedAnswer)
{
    expect_labels<domain::Gender>("genders");
    expect_labels<domain::Answer>("answers");
    expect_labels<domain::EducationLevel>("education");
    expect_labels<domain::LabourMarketStatus>("labour_market");
    expect_labels<domain::ReferralSource>("referral");
    expect_labels<domain::NoteKind>("note_kinds");
    expect_labels<domain::Role>("roles");
    expect_labels<domain::TrackKind>("track_kinds");
    expect_labels<domain::EnrolmentStage>("enrolment_stages");
    expect_labels<domain::WithdrawalReason>("withdrawal_reasons");
    expect_labels<domain::AttendanceMark>("attendance_marks");
    expect_labels<domain::LessonStatus>("lesson_statuses");
    expect_labels<domain::ModuleOutcome>("module_outcomes");
    expect_labels<domain::CriterionRule>("priority.rules");
    expect_labels<domain::ReasonKind>("priority.reasons");
    expect_labels<domain::EducationLevel>("priority.levels");
    expect_labels<domain::EligibilityReason>("aptitude.eligibility");
    expect_labels<domain::ExamResult>("exams.results");
    expect_labels<domain::LotteryMode>("admission.lottery");
    expect_labels<domain::RegistrationStatus>("participant.sessions.status");
    expect_labels<domain::SessionAttendance>("information_sessions.attendance");
    expect_labels<domain::RoundStatus>("admission.status");
    for (auto const& holiday : domain::belgian_public_holidays(2026))
        expect_everywhere("holidays." + std::string(holiday.code), "holidays");
    for (auto commune : domain::brussels_communes())
        expect_everywhere("communes." + std::string(commune), "communes");
    for (auto field : domain::participant_fields::all()) {
        std::string name(field);
        for (auto part : {"_day", "_month", "_year"})
            if (name.ends_with(part))
                name.erase(name.size() - std::string(part).size());
        expect_everywhere("participant.fields." + name + ".label", "participant form");
    }
}

TEST(CatalogueCoverage, ExplainsEveryValidationError)
{
    namespace fields = domain::participant_fields;
    domain::ValidationContext const context{*domain::Date::parse_iso("2026-11-24"),
                                            [](auto) { return false; }, [](auto) { return false; }};
    std::set<std::string> keys;
    auto collect = [&](domain::ParticipantInput const& input) {
        auto result = domain::validate_participant(input, context);
        if (!result)
            for (auto const& error : result.error().fields)
                keys.insert(error.message_key);
    };

    domain::ParticipantInput wrong;
    for (auto field : fields::all())
        wrong.set(field, "?");
    wrong.set(fields::labour_market_status, "unemployed");
    collect(wrong); // every closed answer and format refused
    collect(domain::ParticipantInput{});
    domain::ParticipantInput too_long;
    for (auto field : fields::all())
        too_long.set(field, std::string(300, '1'));
    collect(too_long);
    for (auto [day, month, year] : {std::tuple{"1", "", "1990"},
                                    {"1", "1", ""},
                                    {"", "1", "1990"},
                                    {"1", "1", "2090"},
                                    {"1", "1", "1899"}}) {
        domain::ParticipantInput dates;
        dates.set(fields::birth_date_day, day);
        dates.set(fields::birth_date_month, month);
        dates.set(fields::birth_date_year, year);
        dates.set(fields::labour_market_status, "unemployed");
        dates.set(fields::unemployed_since_month, month);
        dates.set(fields::unemployed_since_year, year);
        collect(dates);
    }
    EXPECT_GT(keys.size(), 35u);
    for (auto const& key : keys)
        expect_everywhere(key, "validation");
}

TEST(CatalogueCoverage, ExplainsEveryTrainingValidationError)
{
    // Wrong inputs for each validator of tracks, cohorts, lessons, schedules, attendance, module
    // results and certification exams, chosen so that together they give every message each one has.
    std::set<std::string> keys;
    auto collect = [&](std::vector<domain::FieldError> const& errors) {
        for (auto const& error : errors)
            keys.insert(error.message_key);
    };
    auto const day = [](char const* iso) { return *domain::Date::parse_iso(iso); };

    domain::Track track;
    track.occupations = {"web"};
    track.minimum_attendance_percent = 101;
    collect(domain::validate_track(track));
    track.code = "web";
    collect(domain::validate_track(track));
    domain::Module module;
    module.competences = {"Z.9"};
    collect(domain::validate_module(module));

    domain::Cohort cohort;
    cohort.starts_on = day("2026-03-02");
    cohort.ends_on = day("2026-03-01");
    cohort.capacity = 0;
    collect(domain::validate_cohort(cohort));
    domain::Trainer trainer;
    trainer.email = "not an address";
    collect(domain::validate_trainer(trainer));

    auto const starts_on = day("2026-03-02");
    auto const ends_on = day("2026-06-30");
    domain::Lesson lesson;
    lesson.day = day("2026-07-01");
    lesson.starts_at = 600;
    lesson.ends_at = 540;
    collect(domain::validate_lesson(lesson, starts_on, ends_on));
    lesson.ends_at = 2000;
    collect(domain::validate_lesson(lesson, starts_on, ends_on));

    auto collect_schedule = [&](domain::WeeklyPattern const& pattern) {
        auto result = domain::generate_schedule(pattern, starts_on, ends_on, {});
        EXPECT_FALSE(result);
        if (!result)
            collect(result.error().fields);
    };
    collect_schedule({day("2026-07-10"), day("2026-07-01"), {}});
    collect_schedule({day("2026-03-02"), day("2026-07-01"), {{9, 600, 540}, {1, 600, 2000}}});

    collect(domain::validate_attendance({1, domain::AttendanceMark::Late, 0, -1}, 180));
    collect(domain::validate_attendance({1, domain::AttendanceMark::Late, 180, 181}, 180));

    collect(domain::validate_module_result({1, 1, std::nullopt, 101, {}}));
    domain::CertificationExam exam;
    exam.attempt = 0;
    exam.score = -1;
    collect(domain::validate_exam(exam));

    EXPECT_EQ(keys.size(), 35u) << "a message of the validators is not reached";
    for (auto const& key : keys)
        expect_everywhere(key, "training validation");
}
