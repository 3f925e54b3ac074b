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

    // Amina Benali and Zoë Peeters, enrolled on `on`; their enrolment ids.
    std::vector<long long> enrol_two_trainees(long long cohort_id, domain::Date on)
    {
        std::vector<long long> enrolments;
        for (auto const& [first, last] : {std::pair{"Amina", "Benali"}, std::pair{"Zoë", "Peeters"}}) {
            domain::ParticipantInput input;
            input.set(domain::participant_fields::first_name, first);
            input.set(domain::participant_fields::last_name, last);
            input.set(domain::participant_fields::gender, "woman");
            input.set(domain::participant_fields::preferred_language, "fr");
            auto const created = participants.create(head, input, service::DuplicateCheck::Warn);
            EXPECT_TRUE(created && created->id);
            service::EnrolmentRequest request;
            request.cohort_id = cohort_id;
            request.participant_id = created->id.value_or(0);
            request.on = on;
            auto const enrolled = training.enrolments.enrol(head, request);
            EXPECT_TRUE(enrolled);
            enrolments.push_back(enrolled.value_or(0));
        }
        return enrolments;
    }

    service::Actor head;
};

} // namespace tremplin::test_support
