// Certification exams and orientation recommendations over HTTP, from her record: a form that
// comes back with what was typed when something is wrong, then her record with a notice.

#include "domain/participant.hpp"
#include "web_fixture.hpp"

using namespace tremplin;
using test_support::WebTest;

namespace {

bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

std::string encoded(std::string text)
{
    for (auto& c : text)
        if (c == ' ')
            c = '+';
    return text;
}

} // namespace

class ExamPages : public WebTest {
  protected:
    void SetUp() override
    {
        auto account = accounts.add_account({"head", "Head of training", domain::Role::Director, password});
        ASSERT_TRUE(account);
        head = service::Actor{*account, "127.0.0.1"};
        domain::ParticipantInput input;
        input.set(domain::participant_fields::first_name, "Amina");
        input.set(domain::participant_fields::last_name, "Benali");
        input.set(domain::participant_fields::gender, "woman");
        input.set(domain::participant_fields::preferred_language, "fr");
        auto const created = participants.create(head, input, service::DuplicateCheck::Warn);
        ASSERT_TRUE(created && created->id);
        participant_id = *created->id;
    }

    long long track(std::string const& code, domain::TrackKind kind)
    {
        domain::Track track;
        track.code = code;
        track.kind = kind;
        track.name = {code, code, code};
        auto const id = training.catalogue.create_track(head, track);
        EXPECT_TRUE(id);
        domain::Module module;
        module.name = {"Module", "Module", "Module"};
        module.planned_minutes = 600;
        EXPECT_TRUE(training.catalogue.save_modules(head, *id, {module}));
        return *id;
    }

    std::string record_path() const { return "/participants/" + std::to_string(participant_id); }

    service::Actor head;
    long long participant_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(ExamPages);

TEST_P(ExamPages, AnExamIsAddedFromHerRecord)
{
    auto coordinator = signed_in("coordinator");
    auto record = get(coordinator, record_path(), {{"Accept-Language", "en"}});
    EXPECT_EQ(record.status, 200);
    EXPECT_TRUE(contains(record.body, "No certification exam recorded."));
    EXPECT_TRUE(contains(record.body, "href=\"" + record_path() + "/exams/new\""));

    auto form = get(coordinator, record_path() + "/exams/new", {{"Accept-Language", "en"}});
    EXPECT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "type=\"date\""));
    EXPECT_TRUE(contains(form.body, "name=\"result\" value=\"pending\""));

    auto saved = post(coordinator, record_path() + "/exams",
                      "csrf_token=" + coordinator.csrf_token +
                          "&provider=Microsoft&exam_code=AZ-900&taken_on=2026-02-20&attempt=1&result=passed"
                          "&score=812&voucher_number=MS-42");
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM certification_exams WHERE score = 812"), 1);
    record = get(coordinator, record_path() + "?notice=exam_added", {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(record.body, "Certification exam saved."));
    EXPECT_TRUE(contains(record.body, "Microsoft AZ-900"));
}

TEST_P(ExamPages, AnExamWithMistakesComesBackWithWhatWasTyped)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, record_path() + "/exams/new");
    auto reply =
        post(coordinator, record_path() + "/exams",
             "csrf_token=" + coordinator.csrf_token +
                 "&provider=Cisco&exam_code=&taken_on=2026-02-30&attempt=0&score=" + encoded("8 12") +
                 "&voucher_number=CS-7",
             {{"Accept-Language", "en"}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<title>Error: "));
    EXPECT_TRUE(contains(reply.body, "Enter the exam code"));
    EXPECT_TRUE(contains(reply.body, "Enter a real date for the exam"));
    EXPECT_TRUE(contains(reply.body, "Enter the attempt as a number from 1"));
    EXPECT_TRUE(contains(reply.body, "Choose the result of the exam"));
    EXPECT_TRUE(contains(reply.body, "Enter the score in figures, like 780"));
    EXPECT_TRUE(contains(reply.body, "value=\"Cisco\"")) << "what was typed comes back";
    EXPECT_TRUE(contains(reply.body, "value=\"CS-7\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM certification_exams"), 0);
}

TEST_P(ExamPages, ATrainerCannotAddAnExam)
{
    auto trainer = signed_in("trainer");
    EXPECT_EQ(get(trainer, record_path() + "/exams/new").status, 403);
    auto reply = post(trainer, record_path() + "/exams",
                      "csrf_token=" + trainer.csrf_token +
                          "&provider=Microsoft&exam_code=AZ-900&taken_on=2026-02-20&attempt=1&result=passed");
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM certification_exams"), 0);
}

TEST_P(ExamPages, TracksAreRecommendedAfterOrientationAndShownOnHerRecord)
{
    auto const web = track("WEB", domain::TrackKind::Qualifying);
    auto const helpdesk = track("HELPDESK", domain::TrackKind::Qualifying);
    domain::Cohort cohort;
    cohort.track_id = track("ORI", domain::TrackKind::Orientation);
    cohort.name = "ORI 2026-A";
    cohort.starts_on = *domain::Date::parse_iso("2026-02-02");
    cohort.ends_on = *domain::Date::parse_iso("2026-02-27");
    cohort.capacity = 12;
    auto const cohort_id = *training.cohorts.create(head, cohort);
    auto const enrolment = training.enrolments.enrol(head, {cohort_id, participant_id, cohort.starts_on, {}});
    ASSERT_TRUE(enrolment);
    auto const path = "/enrolments/" + std::to_string(*enrolment) + "/recommendations";

    auto coordinator = signed_in("coordinator");
    EXPECT_TRUE(contains(get(coordinator, record_path()).body, "href=\"" + path + "\""));
    auto form = get(coordinator, path, {{"Accept-Language", "en"}});
    EXPECT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "type=\"checkbox\""));
    EXPECT_FALSE(contains(form.body, "ORI –"));

    auto empty =
        post(coordinator, path, "csrf_token=" + coordinator.csrf_token + "&note=" + encoded("Likes logic"),
             {{"Accept-Language", "en"}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(contains(empty.body, "Choose at least one course"));
    EXPECT_TRUE(contains(empty.body, "Likes logic"));

    auto saved = post(coordinator, path,
                      "csrf_token=" + coordinator.csrf_token + "&track_ids=" + std::to_string(web) +
                          "&track_ids=" + std::to_string(helpdesk) + "&note=" + encoded("Likes logic"));
    EXPECT_EQ(saved.status, 303);
    auto record = get(coordinator, record_path(), {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(record.body, "Recommended after orientation: HELPDESK, WEB"));
}
