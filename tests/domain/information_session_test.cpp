#include "domain/information_session.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

bool official_language(std::string_view code)
{
    return code == "fr" || code == "nl" || code == "en";
}

InformationSessionInput typed(std::string held_on = "2026-03-12", std::string starts = "9:30",
                              std::string ends = "11:00", std::string capacity = "20")
{
    return {std::move(held_on), std::move(starts), std::move(ends), "Rue Gaucheret 88", "nl",
            std::move(capacity)};
}

std::vector<std::string> fields_of(Error const& error)
{
    std::vector<std::string> fields;
    for (auto const& field : error.fields)
        fields.push_back(field.field + " " + field.message_key);
    return fields;
}

SessionRegistration registration(long long id, RegistrationStatus status, std::string queued_at)
{
    SessionRegistration r;
    r.id = id;
    r.status = status;
    r.queued_at = std::move(queued_at);
    return r;
}

} // namespace

TEST(InformationSession, ReadsWhatStaffTyped)
{
    auto const session = read_information_session(typed(), official_language);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->held_on.iso(), "2026-03-12");
    EXPECT_EQ(session->starts_at, 9 * 60 + 30);
    EXPECT_EQ(session->ends_at, 11 * 60);
    EXPECT_EQ(session->language, "nl");
    EXPECT_EQ(session->capacity, 20);
    EXPECT_EQ(input_of(*session).starts_at, "09:30");
}

TEST(InformationSession, SaysEveryProblemAtOnce)
{
    auto const refused = read_information_session({"", "", "", " ", "de", ""}, official_language);
    ASSERT_FALSE(refused);
    EXPECT_EQ(fields_of(refused.error()),
              (std::vector<std::string>{"held_on errors.information_session.date_missing",
                                        "starts_at errors.information_session.start_missing",
                                        "ends_at errors.information_session.end_missing",
                                        "place errors.information_session.place_missing",
                                        "language errors.information_session.language_missing",
                                        "capacity errors.information_session.capacity_missing"}));
}

TEST(InformationSession, RefusesAnEndBeforeTheStartAndSeatsThatAreNotANumber)
{
    auto const refused =
        read_information_session(typed("2026-02-30", "14:00", "13:00", "twelve"), official_language);
    ASSERT_FALSE(refused);
    EXPECT_EQ(fields_of(refused.error()),
              (std::vector<std::string>{"held_on errors.information_session.date_not_real",
                                        "ends_at errors.information_session.end_before_start",
                                        "capacity errors.information_session.capacity_not_a_number"}));
    EXPECT_FALSE(read_information_session(typed("2026-03-12", "9:30", "11:00", "0"), official_language));
    EXPECT_FALSE(read_information_session(typed("2026-03-12", "25:00", "26:00"), official_language));
}

TEST(InformationSession, GivesASeatWhileOneIsFreeThenTheWaitlist)
{
    EXPECT_EQ(status_for_a_new_registration(0, 2), RegistrationStatus::Registered);
    EXPECT_EQ(status_for_a_new_registration(1, 2), RegistrationStatus::Registered);
    EXPECT_EQ(status_for_a_new_registration(2, 2), RegistrationStatus::Waitlisted);
    EXPECT_EQ(status_for_a_new_registration(3, 2), RegistrationStatus::Waitlisted);
}

TEST(InformationSession, PromotesTheFirstInLineIntoFreeSeats)
{
    std::vector<SessionRegistration> const registrations{
        registration(1, RegistrationStatus::Registered, "2026-03-01T10:00:00Z"),
        registration(2, RegistrationStatus::Cancelled, "2026-03-01T10:05:00Z"),
        registration(5, RegistrationStatus::Waitlisted, "2026-03-01T11:00:00Z"),
        registration(3, RegistrationStatus::Waitlisted, "2026-03-01T10:30:00Z"),
        registration(4, RegistrationStatus::Waitlisted, "2026-03-01T10:30:00Z"),
    };
    EXPECT_EQ(seats_taken(registrations), 1);
    EXPECT_EQ(waiting(registrations), 3);
    EXPECT_TRUE(promoted_into_free_seats(registrations, 1).empty()) << "no seat free";
    EXPECT_EQ(promoted_into_free_seats(registrations, 2), (std::vector<long long>{3}));
    EXPECT_EQ(promoted_into_free_seats(registrations, 10), (std::vector<long long>{3, 4, 5}));
}

TEST(InformationSession, AsksHerNameAndAWayToReachHer)
{
    ValidationContext const context{*Date::parse_iso("2026-03-02"), [](std::string_view) { return true; },
                                    official_language};
    ParticipantInput input;
    input.set(participant_fields::first_name, "Awa");
    auto const refused = check_public_registration(input, context);
    ASSERT_FALSE(refused);
    EXPECT_EQ(
        fields_of(refused.error()),
        (std::vector<std::string>{"last_name errors.last_name.missing", "phone errors.info.contact_missing",
                                  "preferred_language errors.preferred_language.missing"}));

    input.set(participant_fields::last_name, "Diallo");
    input.set(participant_fields::email, "awa@example.org");
    input.set(participant_fields::preferred_language, "fr");
    auto const woman = check_public_registration(input, context);
    ASSERT_TRUE(woman) << fields_of(woman.error()).front();
    EXPECT_EQ(woman->gender, Gender::Woman);
}
