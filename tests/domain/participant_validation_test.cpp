#include "domain/participant.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::domain;
namespace fields = participant_fields;

namespace {

ValidationContext context_on(std::string_view today)
{
    return {*Date::parse_iso(today),
            [](std::string_view code) { return code == "BE" || code == "MA" || code == "CD"; },
            [](std::string_view code) { return code == "fr" || code == "nl" || code == "en"; }};
}

ParticipantInput minimal_input()
{
    ParticipantInput input;
    input.set(fields::first_name, "Fatima");
    input.set(fields::last_name, "El Amrani");
    input.set(fields::gender, "woman");
    input.set(fields::preferred_language, "fr");
    return input;
}

std::vector<std::string> message_keys(Result<Participant> const& result)
{
    std::vector<std::string> keys;
    if (!result)
        for (auto const& error : result.error().fields)
            keys.push_back(error.message_key);
    return keys;
}

bool has_error(Result<Participant> const& result, std::string const& key)
{
    auto const keys = message_keys(result);
    return std::ranges::find(keys, key) != keys.end();
}

} // namespace

TEST(ParticipantValidation, AcceptsTheMinimalRecord)
{
    auto participant = validate_participant(minimal_input(), context_on("2026-11-24"));
    ASSERT_TRUE(participant) << participant.error().fields.front().message_key;
    EXPECT_EQ(participant->first_name, "Fatima");
    EXPECT_EQ(participant->gender, Gender::Woman);
    EXPECT_FALSE(participant->birth_date);
    EXPECT_FALSE(participant->education_level) << "a question never asked has no answer";
}

TEST(ParticipantValidation, ReportsEveryProblemAtOnce)
{
    ParticipantInput input;
    input.set(fields::email, "fatima.example.org");
    input.set(fields::birth_date_day, "1");
    input.set(fields::birth_date_month, "1");
    input.set(fields::birth_date_year, "2090");
    auto result = validate_participant(input, context_on("2026-11-24"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(message_keys(result),
              (std::vector<std::string>{"errors.first_name.missing", "errors.last_name.missing",
                                        "errors.birth_date_day.future", "errors.gender.missing",
                                        "errors.preferred_language.missing", "errors.email.format"}));
}

TEST(ParticipantValidation, RefusesABirthDateBefore1900)
{
    auto input = minimal_input();
    input.set(fields::birth_date_day, "31");
    input.set(fields::birth_date_month, "12");
    input.set(fields::birth_date_year, "1899");
    EXPECT_TRUE(
        has_error(validate_participant(input, context_on("2026-11-24")), "errors.birth_date_year.too_early"));
    input.set(fields::birth_date_year, "1900");
    EXPECT_TRUE(validate_participant(input, context_on("2026-11-24")));
}

TEST(ParticipantValidation, AcceptsABirthDateOfToday)
{
    auto input = minimal_input();
    input.set(fields::birth_date_day, "24");
    input.set(fields::birth_date_month, "11");
    input.set(fields::birth_date_year, "2026");
    EXPECT_TRUE(validate_participant(input, context_on("2026-11-24")));
}

TEST(ParticipantValidation, NamesTheMissingPartOfADate)
{
    auto input = minimal_input();
    input.set(fields::birth_date_day, "12");
    input.set(fields::birth_date_year, "1990");
    auto result = validate_participant(input, context_on("2026-11-24"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().fields.front().field, "birth_date_month");
    EXPECT_EQ(result.error().fields.front().message_key, "errors.birth_date_month.missing");
}

TEST(ParticipantValidation, RefusesUnknownCountriesButKnowsStatelessness)
{
    auto input = minimal_input();
    input.set(fields::nationality, "XX");
    input.set(fields::country_of_birth, "ZZ");
    auto result = validate_participant(input, context_on("2026-11-24"));
    EXPECT_TRUE(has_error(result, "errors.nationality.unknown"));
    EXPECT_TRUE(has_error(result, "errors.country_of_birth.unknown"));

    input.set(fields::nationality, "stateless");
    input.set(fields::country_of_birth, "CD");
    EXPECT_TRUE(validate_participant(input, context_on("2026-11-24")));
}

TEST(ParticipantValidation, RefusesCodesThatAreNotAmongTheChoices)
{
    auto input = minimal_input();
    input.set(fields::gender, "alien");
    input.set(fields::education_level, "isced_9");
    input.set(fields::disability, "maybe");
    input.set(fields::preferred_language, "de");
    input.set(fields::consent_field(ConsentKind::Contact), "perhaps");
    auto result = validate_participant(input, context_on("2026-11-24"));
    EXPECT_TRUE(has_error(result, "errors.gender.choose"));
    EXPECT_TRUE(has_error(result, "errors.education_level.choose"));
    EXPECT_TRUE(has_error(result, "errors.disability.choose"));
    EXPECT_TRUE(has_error(result, "errors.preferred_language.choose"));
    EXPECT_TRUE(has_error(result, "errors.consent_contact.choose"));
}

TEST(ParticipantValidation, KeepsRefusedApartFromUnknownAndNo)
{
    auto input = minimal_input();
    input.set(fields::disability, "refused");
    input.set(fields::minority, "unknown");
    input.set(fields::single_parent, "no");
    auto participant = validate_participant(input, context_on("2026-11-24"));
    ASSERT_TRUE(participant);
    EXPECT_EQ(participant->disability, Answer::Refused);
    EXPECT_EQ(participant->minority, Answer::Unknown);
    EXPECT_EQ(participant->single_parent, Answer::No);
    EXPECT_FALSE(participant->housing_exclusion);
}

TEST(ParticipantValidation, ChecksContactDetails)
{
    auto input = minimal_input();
    input.set(fields::phone, "call me maybe");
    input.set(fields::email, "fatima@");
    input.set(fields::postcode, "B-1030");
    input.set(fields::actiris_number, "12<34>");
    auto result = validate_participant(input, context_on("2026-11-24"));
    EXPECT_TRUE(has_error(result, "errors.phone.format"));
    EXPECT_TRUE(has_error(result, "errors.email.format"));
    EXPECT_TRUE(has_error(result, "errors.postcode.format"));
    EXPECT_TRUE(has_error(result, "errors.actiris_number.format"));

    input.set(fields::phone, "+32 (0)470/12.34-56");
    input.set(fields::email, "fatima.el-amrani+cours@mail.example.org");
    input.set(fields::postcode, "1030");
    input.set(fields::actiris_number, "123 456-789");
    EXPECT_TRUE(validate_participant(input, context_on("2026-11-24")));
}

TEST(ParticipantValidation, RefusesTextLongerThanItsLimit)
{
    auto input = minimal_input();
    input.set(fields::first_name, std::string(101, 'a'));
    EXPECT_TRUE(
        has_error(validate_participant(input, context_on("2026-11-24")), "errors.first_name.too_long"));
}

TEST(ParticipantValidation, RefusesControlCharactersInEveryTextOnce)
{
    auto input = minimal_input();
    input.set(fields::first_name, "Ana\r\nSet-Cookie: tremplin_session=stolen");
    input.set(fields::street, "Rue\x1B[2J Haute 1");
    input.set(fields::referral_detail, "ASBL\xC2\x85");
    input.set(fields::phone, "0470\t12 34 56");
    auto const refused = validate_participant(input, context_on("2026-11-24"));
    ASSERT_FALSE(refused);
    std::vector<FieldError> const expected{{"first_name", "errors.text.control_characters"},
                                           {"phone", "errors.text.control_characters"},
                                           {"street", "errors.text.control_characters"},
                                           {"referral_detail", "errors.text.control_characters"}};
    EXPECT_EQ(refused.error().fields, expected) << "one message a field, not also \"format\"";

    auto around = minimal_input();
    around.set(fields::first_name, " Ana\r\n");
    auto const kept = validate_participant(around, context_on("2026-11-24"));
    ASSERT_TRUE(kept) << "blanks around a value are not part of it";
    EXPECT_EQ(kept->first_name, "Ana");
}

TEST(ParticipantValidation, StoresTextAsTypedEvenWhenItLooksLikeCode)
{
    auto input = minimal_input();
    input.set(fields::first_name, "<script>alert(1)</script>");
    input.set(fields::last_name, "O'Brien; DROP TABLE participants;--");
    auto participant = validate_participant(input, context_on("2026-11-24"));
    ASSERT_TRUE(participant);
    EXPECT_EQ(participant->first_name, "<script>alert(1)</script>");
    EXPECT_EQ(participant->last_name, "O'Brien; DROP TABLE participants;--");
}

TEST(ParticipantValidation, ReadsUnemploymentSinceOnlyForTheUnemployed)
{
    auto input = minimal_input();
    input.set(fields::labour_market_status, "inactive");
    input.set(fields::unemployed_since_month, "99");
    input.set(fields::unemployed_since_year, "2025");
    auto inactive = validate_participant(input, context_on("2026-11-24"));
    ASSERT_TRUE(inactive) << "the question does not apply, so its answer is not checked";
    EXPECT_FALSE(inactive->unemployed_since);

    input.set(fields::labour_market_status, "unemployed");
    EXPECT_TRUE(has_error(validate_participant(input, context_on("2026-11-24")),
                          "errors.unemployed_since_month.not_real"));
    input.set(fields::unemployed_since_month, "12");
    input.set(fields::unemployed_since_year, "2026");
    EXPECT_TRUE(has_error(validate_participant(input, context_on("2026-11-24")),
                          "errors.unemployed_since_month.future"));
    input.set(fields::unemployed_since_month, "9");
    input.set(fields::unemployed_since_year, "2025");
    auto unemployed = validate_participant(input, context_on("2026-11-24"));
    ASSERT_TRUE(unemployed);
    EXPECT_EQ(unemployed->unemployed_since->iso(), "2025-09");
}

TEST(ParticipantValidation, DatesAConsentWhenItChangesAndOnlyThen)
{
    auto input = minimal_input();
    input.set(fields::consent_field(ConsentKind::Contact), "yes");
    auto first = validate_participant(input, context_on("2026-01-10"));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->consent(ConsentKind::Contact)->recorded_on.iso(), "2026-01-10");

    auto unchanged = validate_participant(input, context_on("2026-05-01"), &*first);
    ASSERT_TRUE(unchanged);
    EXPECT_EQ(unchanged->consent(ConsentKind::Contact)->recorded_on.iso(), "2026-01-10");

    input.set(fields::consent_field(ConsentKind::Contact), "no");
    auto withdrawn = validate_participant(input, context_on("2026-05-01"), &*first);
    ASSERT_TRUE(withdrawn);
    EXPECT_FALSE(withdrawn->consent(ConsentKind::Contact)->given);
    EXPECT_EQ(withdrawn->consent(ConsentKind::Contact)->recorded_on.iso(), "2026-05-01");
}

TEST(ParticipantValidation, ARecordShownInAFormValidatesBackToItself)
{
    auto input = minimal_input();
    input.set(fields::birth_date_day, "5");
    input.set(fields::birth_date_month, "11");
    input.set(fields::birth_date_year, "1997");
    input.set(fields::education_level, "isced_2");
    input.set(fields::labour_market_status, "unemployed");
    input.set(fields::unemployed_since_month, "3");
    input.set(fields::unemployed_since_year, "2024");
    input.set(fields::nationality, "MA");
    input.set(fields::disability, "refused");
    input.set(fields::consent_field(ConsentKind::ShareWithEmployers), "yes");
    auto const context = context_on("2026-11-24");
    auto original = validate_participant(input, context);
    ASSERT_TRUE(original);
    auto again = validate_participant(input_of(*original), context, &*original);
    ASSERT_TRUE(again);
    EXPECT_EQ(input_of(*again)[fields::birth_date_year], "1997");
    for (auto field : fields::all())
        EXPECT_EQ(input_of(*again)[field], input_of(*original)[field]) << field;
}
