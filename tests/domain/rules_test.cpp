#include "domain/brussels.hpp"
#include "domain/contact_details.hpp"
#include "domain/role.hpp"
#include "domain/staff_account.hpp"
#include "domain/timeline.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

TEST(Roles, OnlyStaffWhoFollowParticipantsSeeTheirRecords)
{
    EXPECT_TRUE(can(Role::Director, Permission::ViewParticipants));
    EXPECT_TRUE(can(Role::Coordinator, Permission::EditParticipants));
    EXPECT_TRUE(can(Role::JobCoach, Permission::ViewParticipants));
    EXPECT_FALSE(can(Role::Trainer, Permission::ViewParticipants));
    EXPECT_FALSE(can(Role::Funder, Permission::ViewParticipants));
    EXPECT_FALSE(can(Role::Funder, Permission::EditParticipants));
}

TEST(Roles, OnlyTheDirectorReadsTheAuditTrailAndManagesAccounts)
{
    for (auto role : all_values<Role>()) {
        EXPECT_EQ(can(role, Permission::ViewAuditLog), role == Role::Director) << code_of(role);
        EXPECT_EQ(can(role, Permission::ManageAccounts), role == Role::Director) << code_of(role);
    }
}

TEST(Roles, OnlyTheDirectorEditsTheCriteriaOfPriority)
{
    for (auto role : all_values<Role>())
        EXPECT_EQ(can(role, Permission::ManagePriority), role == Role::Director) << code_of(role);
}

TEST(Codes, RoundTripEveryRole)
{
    for (auto role : all_values<Role>())
        EXPECT_EQ(from_code<Role>(code_of(role)), role);
    EXPECT_FALSE(from_code<Role>("admin"));
}

TEST(ContactDetails, FindsTheSamePhoneHoweverItIsWritten)
{
    EXPECT_EQ(phone_key("0470 12 34 56"), "32470123456");
    EXPECT_EQ(phone_key("+32 470 12 34 56"), "32470123456");
    EXPECT_EQ(phone_key("0032470123456"), "32470123456");
    EXPECT_EQ(phone_key("+33 6 12 34 56 78"), "33612345678");
}

TEST(ContactDetails, ComparesEmailAddressesWithoutCase)
{
    EXPECT_EQ(email_key("  Fatima.El-Amrani@Mail.Example.ORG "), "fatima.el-amrani@mail.example.org");
}

TEST(ContactDetails, ReadsPlausibleEmailAddresses)
{
    EXPECT_TRUE(is_plausible_email("a@b.be"));
    EXPECT_FALSE(is_plausible_email("fatima"));
    EXPECT_FALSE(is_plausible_email("@b.be"));
    EXPECT_FALSE(is_plausible_email("a@b"));
    EXPECT_FALSE(is_plausible_email("a@b."));
    EXPECT_FALSE(is_plausible_email("a@@b.be"));
    EXPECT_FALSE(is_plausible_email("a b@c.be"));
}

TEST(ContactDetails, ReadsPlausiblePhoneNumbers)
{
    EXPECT_TRUE(is_plausible_phone("02 512 34 56"));
    EXPECT_FALSE(is_plausible_phone("0470"));
    EXPECT_FALSE(is_plausible_phone("0470 12 34 56 78 90 12 34"));
    EXPECT_FALSE(is_plausible_phone("0470-CALL-ME"));
    EXPECT_FALSE(is_plausible_phone("04+70123456"));
}

TEST(Brussels, KnowsTheCommuneOfABrusselsPostcode)
{
    EXPECT_EQ(brussels_commune_of("1030"), "schaerbeek");
    EXPECT_EQ(brussels_commune_of("1120"), "brussels");
    EXPECT_FALSE(brussels_commune_of("2000"));
    EXPECT_EQ(brussels_communes().size(), 19u);
}

TEST(StaffAccount, UsernamesAreSimpleAndLowerCase)
{
    EXPECT_TRUE(is_valid_username("nadia.benali"));
    EXPECT_FALSE(is_valid_username("Nadia"));
    EXPECT_FALSE(is_valid_username("na"));
    EXPECT_FALSE(is_valid_username("nadia benali"));
    EXPECT_FALSE(check_new_password("short"));
    EXPECT_TRUE(check_new_password("a long enough passphrase"));
}

TEST(Timeline, ANoteNeedsAKindAndATextAndAPastDate)
{
    auto const today = *Date::parse_iso("2026-11-24");
    auto note = validate_timeline_entry({"phone_call", "", "", "", " Rappel demain "}, today);
    ASSERT_TRUE(note);
    EXPECT_EQ(note->happened_on, today);
    EXPECT_EQ(note->text, "Rappel demain");

    auto wrong = validate_timeline_entry({"telepathy", "25", "11", "2026", ""}, today);
    ASSERT_FALSE(wrong);
    ASSERT_EQ(wrong.error().fields.size(), 3u);
    EXPECT_EQ(wrong.error().fields[0].message_key, "errors.note_kind.choose");
    EXPECT_EQ(wrong.error().fields[1].message_key, "errors.happened_on.future");
    EXPECT_EQ(wrong.error().fields[2].message_key, "errors.note_text.missing");
}

TEST(Timeline, ANoteKeepsItsLinesButNoOtherControlCharacter)
{
    auto const today = *Date::parse_iso("2026-11-24");
    auto note =
        validate_timeline_entry({"phone_call", "", "", "", "Rappel demain\r\n\t- dossier Actiris"}, today);
    ASSERT_TRUE(note);
    EXPECT_EQ(note->text, "Rappel demain\r\n\t- dossier Actiris");

    auto wrong = validate_timeline_entry({"phone_call", "", "", "", "Rappel\x07 demain"}, today);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().fields, (std::vector<FieldError>{{"text", "errors.text.control_characters"}}));
}
