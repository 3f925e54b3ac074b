#pragma once

// Training services over the fixture's database: a track with two modules, cohorts, lessons,
// participants and enrolments made in one line each.

#include "service/training.hpp"
#include "service_fixture.hpp"

namespace tremplin::test_support {

class TrainingTest : public ServiceTest {
  protected:
    static domain::Date day(std::string_view iso) { return *domain::Date::parse_iso(iso); }

    long long track(std::string const& code = "WEB", int minimum_attendance_percent = 80)
    {
        domain::Track track;
        track.code = code;
        track.name = {"Développeuse web", "Webontwikkelaar", "Web developer"};
        track.minimum_attendance_percent = minimum_attendance_percent;
        auto const id = training.catalogue.create_track(director, track);
        EXPECT_TRUE(id);
        EXPECT_TRUE(training.catalogue.save_modules(director, *id, modules()));
        return *id;
    }

    static std::vector<domain::Module> modules(int hours = 60)
    {
        domain::Module html;
        html.position = 1;
        html.name = {"HTML", "HTML", "HTML"};
        html.planned_minutes = hours * 60;
        html.competences = {"B.1"};
        domain::Module js = html;
        js.position = 2;
        js.name = {"JavaScript", "JavaScript", "JavaScript"};
        return {html, js};
    }

    domain::Cohort cohort_on(long long track_id, std::string const& name = "WEB 2026-A", int capacity = 12)
    {
        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = name;
        cohort.starts_on = day("2026-03-02");
        cohort.ends_on = day("2026-06-30");
        cohort.capacity = capacity;
        cohort.room = "Salle 1";
        cohort.funding.funder = "Bruxelles Formation";
        return cohort;
    }

    long long cohort(long long track_id, std::string const& name = "WEB 2026-A", int capacity = 12)
    {
        auto const id = training.cohorts.create(coordinator, cohort_on(track_id, name, capacity));
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    long long first_module(long long cohort_id)
    {
        auto const details = training.cohorts.cohort(coordinator, cohort_id);
        EXPECT_TRUE(details);
        return details->version.modules.front().id;
    }

    domain::Lesson lesson_in(long long cohort_id, std::string_view on, int starts_at = 9 * 60,
                             int ends_at = 12 * 60, long long trainer_id = 0, std::string room = "Salle 1")
    {
        domain::Lesson lesson;
        lesson.cohort_id = cohort_id;
        lesson.module_id = first_module(cohort_id);
        lesson.trainer_id = trainer_id;
        lesson.room = std::move(room);
        lesson.day = day(on);
        lesson.starts_at = starts_at;
        lesson.ends_at = ends_at;
        return lesson;
    }

    long long lesson(long long cohort_id, std::string_view on, int starts_at = 9 * 60, int ends_at = 12 * 60,
                     long long trainer_id = 0, std::string room = "Salle 1")
    {
        auto const id = training.cohorts.save_lesson(
            coordinator, lesson_in(cohort_id, on, starts_at, ends_at, trainer_id, std::move(room)));
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    long long trainer_record(std::string const& name, long long staff_account_id = 0,
                             domain::Gender gender = domain::Gender::Woman)
    {
        domain::Trainer trainer;
        trainer.name = name;
        trainer.gender = gender;
        trainer.staff_account_id = staff_account_id;
        auto const id = training.catalogue.save_trainer(director, trainer);
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    long long participant(std::string const& first, std::string const& last,
                          std::string const& postcode = "1000")
    {
        domain::ParticipantInput input;
        input.set(domain::participant_fields::first_name, first);
        input.set(domain::participant_fields::last_name, last);
        input.set(domain::participant_fields::gender, "woman");
        input.set(domain::participant_fields::preferred_language, "fr");
        input.set(domain::participant_fields::postcode, postcode);
        auto const created =
            participants.create(coordinator, input, service::DuplicateCheck::ConfirmedDifferentPerson);
        EXPECT_TRUE(created);
        return created && created->id ? *created->id : 0;
    }

    long long enrol(long long cohort_id, long long participant_id, std::string_view on = "2026-03-02")
    {
        auto const id = training.enrolments.enrol(coordinator, {cohort_id, participant_id, day(on), {}});
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    static domain::AttendanceEntry present(long long enrolment_id)
    {
        return {enrolment_id, domain::AttendanceMark::Present, 0, std::nullopt};
    }

    service::Training training{database(), clock};
};

} // namespace tremplin::test_support
