#pragma once

// A centre with a course ready to run, for the pages of training delivery: a director acting
// through the services ("head"), the WEB course, and trainees enrolled in its cohorts.

#include "domain/participant.hpp"
#include "web_fixture.hpp"

namespace tremplin::test_support {

class TrainingWebTest : public WebTest {
  protected:
    void SetUp() override
    {
        auto account = accounts.add_account({"head", "Head of training", domain::Role::Director, password});
        ASSERT_TRUE(account);
        head = service::Actor{*account, "127.0.0.1"};
    }

    // The WEB course with one module per name, 40 planned hours each.
    long long web_track(std::vector<domain::TranslatedText> const& module_names)
    {
        domain::Track track;
        track.code = "WEB";
        track.name = {"Développeuse web", "Webontwikkelaar", "Web developer"};
        auto const track_id = training.catalogue.create_track(head, track);
        EXPECT_TRUE(track_id);
        std::vector<domain::Module> modules;
        for (auto const& name : module_names) {
            domain::Module module;
            module.position = static_cast<int>(modules.size()) + 1;
            module.name = name;
            module.planned_minutes = 40 * 60;
            modules.push_back(module);
        }
        EXPECT_TRUE(training.catalogue.save_modules(head, track_id.value_or(0), modules));
        return track_id.value_or(0);
    }

    // A woman of this name, new to the register, enrolled in the cohort on `on`: her enrolment.
    domain::Result<long long> enrol_woman(long long cohort_id, std::string const& first_name,
                                          std::string const& last_name, domain::Date on)
    {
        domain::ParticipantInput input;
        input.set(domain::participant_fields::first_name, first_name);
        input.set(domain::participant_fields::last_name, last_name);
        input.set(domain::participant_fields::gender, "woman");
        input.set(domain::participant_fields::preferred_language, "fr");
        auto const created = participants.create(head, input, service::DuplicateCheck::Warn);
        EXPECT_TRUE(created && created->id);
        service::EnrolmentRequest request;
        request.cohort_id = cohort_id;
        request.participant_id = created && created->id ? *created->id : 0;
        request.on = on;
        return training.enrolments.enrol(head, request);
    }

    // Amina Benali and Zoë Peeters, enrolled on `on`; their enrolment ids.
    std::vector<long long> enrol_two_trainees(long long cohort_id, domain::Date on)
    {
        std::vector<long long> enrolments;
        for (auto const& [first, last] : {std::pair{"Amina", "Benali"}, std::pair{"Zoë", "Peeters"}}) {
            auto const enrolled = enrol_woman(cohort_id, first, last, on);
            EXPECT_TRUE(enrolled);
            enrolments.push_back(enrolled.value_or(0));
        }
        return enrolments;
    }

    // A trainer of the centre, linked to the account `username` when one is named: her id.
    long long trainer(std::string const& name, domain::Gender gender, std::string const& username = "")
    {
        domain::Trainer trainer;
        trainer.name = name;
        trainer.gender = gender;
        if (!username.empty())
            trainer.staff_account_id =
                count("SELECT id FROM staff_accounts WHERE username = '" + username + "'");
        auto const id = training.catalogue.save_trainer(head, trainer);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    // A morning lesson (9:00–12:00) of the cohort's first module, given by `trainer_id`: its id.
    long long morning_lesson(long long cohort_id, long long trainer_id, domain::Date day,
                             std::string const& room)
    {
        auto const details = training.cohorts.cohort(head, cohort_id);
        EXPECT_TRUE(details && !details->version.modules.empty());
        domain::Lesson lesson;
        lesson.cohort_id = cohort_id;
        lesson.module_id = details ? details->version.modules.front().id : 0;
        lesson.trainer_id = trainer_id;
        lesson.room = room;
        lesson.day = day;
        lesson.starts_at = 9 * 60;
        lesson.ends_at = 12 * 60;
        auto const id = training.cohorts.save_lesson(head, lesson);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    service::Actor head;
};

// For the pages of recruitment: the WEB 2026-B cohort (`seats` seats) offered by the intake
// "September 2026 start", open from February to June 2026, and applications sent to it.
class RecruitmentWebTest : public TrainingWebTest {
  protected:
    explicit RecruitmentWebTest(int seats = 12) : m_seats(seats) {}

    void SetUp() override
    {
        TrainingWebTest::SetUp();
        domain::Cohort cohort;
        cohort.track_id = track_id = web_track({{"HTML", "HTML", "HTML"}});
        cohort.name = "WEB 2026-B";
        cohort.starts_on = *domain::Date::parse_iso("2026-09-14");
        cohort.ends_on = *domain::Date::parse_iso("2027-06-30");
        cohort.capacity = m_seats;
        cohort.room = "Salle 2";
        cohort.funding.funder = "Bruxelles Formation";
        auto const created = training.cohorts.create(head, cohort);
        ASSERT_TRUE(created);
        cohort_id = *created;
        auto const intake = recruitment.intakes.save(head, {0,
                                                            0,
                                                            "September 2026 start",
                                                            *domain::Date::parse_iso("2026-02-01"),
                                                            *domain::Date::parse_iso("2026-06-30"),
                                                            {cohort_id}});
        ASSERT_TRUE(intake);
        intake_id = *intake;
    }

    // An application sent through the service as the form would, choosing WEB 2026-B; its id.
    // `level`: her highest finished level (empty: not answered).
    long long sent_application(std::string const& first_name, std::string const& phone,
                               std::string const& level = "", std::string const& language = "fr")
    {
        auto const token = recruitment.applications.start(intake_id, language, "192.0.2.1");
        EXPECT_TRUE(token);
        domain::ApplicationAnswers answers;
        answers.set(domain::participant_fields::first_name, first_name);
        answers.set(domain::participant_fields::last_name, "Benali");
        EXPECT_TRUE(recruitment.applications.answer(*token, domain::ApplicationQuestion::Name, answers));
        answers.set(domain::participant_fields::phone, phone);
        answers.set(domain::participant_fields::preferred_language, language);
        EXPECT_TRUE(recruitment.applications.answer(*token, domain::ApplicationQuestion::Contact, answers));
        if (!level.empty()) {
            answers.set(domain::participant_fields::education_level, level);
            EXPECT_TRUE(
                recruitment.applications.answer(*token, domain::ApplicationQuestion::Education, answers));
        }
        answers.set("choice_1", std::to_string(cohort_id));
        EXPECT_TRUE(recruitment.applications.answer(*token, domain::ApplicationQuestion::Choices, answers));
        EXPECT_TRUE(recruitment.applications.submit(*token, "192.0.2.1"));
        return count("SELECT MAX(id) FROM applications");
    }

    static std::string english(std::string_view key)
    {
        return std::string(catalogues().find("en")->text(key));
    }

    std::map<std::string, std::string> const english_headers{{"Accept-Language", "en"}};
    long long track_id = 0;
    long long cohort_id = 0;
    long long intake_id = 0;

  private:
    int m_seats;
};

} // namespace tremplin::test_support
