#include "domain/partner.hpp"
#include "domain/role.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

// 0123.456.749: 97 − (01234567 mod 97) = 97 − 48 = 49 (docs/domain.md "Enterprise number").
constexpr auto valid_number = "0123.456.749";

std::vector<std::string> problems_of(Result<Partner> const& result)
{
    std::vector<std::string> problems;
    if (!result)
        for (auto const& field : result.error().fields)
            problems.push_back(field.field + " " + field.message_key);
    return problems;
}

} // namespace

TEST(EnterpriseNumber, IsReadHoweverItIsWrittenAndStoredWithItsDots)
{
    for (auto const* typed :
         {"0123.456.749", "0123456749", "BE0123456749", "be 0123 456 749", " 0123.456.749 "})
        EXPECT_EQ(normalised_enterprise_number(typed), std::optional<std::string>(valid_number)) << typed;
    // A number of the second series starts with 1: 97 − (12345678 mod 97) = 94.
    EXPECT_EQ(normalised_enterprise_number("1234567894"), std::optional<std::string>("1234.567.894"));
    // 97 − (04031707 mod 97) = 1: the check is two digits, "01".
    EXPECT_EQ(normalised_enterprise_number("0403170701"), std::optional<std::string>("0403.170.701"));
}

TEST(EnterpriseNumber, IsRefusedWhenItsCheckDigitsAreWrong)
{
    EXPECT_FALSE(normalised_enterprise_number("0123.456.748"));
    EXPECT_FALSE(normalised_enterprise_number("0123.456.750"));
    EXPECT_FALSE(normalised_enterprise_number("0123.465.749")); // two digits swapped
}

TEST(EnterpriseNumber, IsRefusedWhenItIsNotTenDigitsStartingWithZeroOrOne)
{
    for (auto const* typed : {"", "123.456.749", "00123.456.749", "2345.678.901", "0123.456.74A",
                              "O123456749", "0123-456-749", "FR0123456749", "BE", "0123.456.749.0"})
        EXPECT_FALSE(normalised_enterprise_number(typed)) << typed;
}

TEST(PartnerNameKey, LeavesOutTheLegalFormsAsWholeWords)
{
    EXPECT_EQ(partner_name_key({"dupont", "sa"}), "dupont");
    EXPECT_EQ(partner_name_key({"dupont", "nv"}), "dupont");
    EXPECT_EQ(partner_name_key({"les", "amis", "du", "code", "asbl"}), "les amis du code");
    EXPECT_EQ(partner_name_key({"bv", "brussels", "data", "srl"}), "brussels data");
    EXPECT_EQ(partner_name_key({"scomm", "atelier", "commv"}), "atelier");
    // Only whole words: "Sabena" and "Nvidia" keep their names.
    EXPECT_EQ(partner_name_key({"sabena", "nvidia"}), "sabena nvidia");
    // A name of legal forms only keeps them, so that it still has a key.
    EXPECT_EQ(partner_name_key({"sa"}), "sa");
}

TEST(PartnerValidation, ReadsAWholePartner)
{
    PartnerInput input{.name = " Acme Brussels SRL ",
                       .kind = "enterprise",
                       .nace_section = "J",
                       .size_band = "small",
                       .street = "Rue Gaucheret 88",
                       .postcode = "1030",
                       .commune = "Schaerbeek",
                       .website = "https://acme.example",
                       .enterprise_number = "BE0123456749"};
    auto const partner = validate_partner(input);
    ASSERT_TRUE(partner) << ::testing::PrintToString(problems_of(partner));
    EXPECT_EQ(partner->name, "Acme Brussels SRL");
    EXPECT_EQ(partner->kind, PartnerKind::Enterprise);
    EXPECT_EQ(partner->size_band, SizeBand::Small);
    EXPECT_EQ(partner->enterprise_number, valid_number);
    EXPECT_EQ(input_of(*partner).enterprise_number, valid_number);
}

TEST(PartnerValidation, NamesEveryProblemInTheOrderOfTheForm)
{
    PartnerInput input{.name = " ",
                       .kind = "bank",
                       .nace_section = "V",
                       .size_band = "huge",
                       .postcode = "10000",
                       .website = "javascript:alert(1)",
                       .enterprise_number = "0123.456.748"};
    EXPECT_EQ(
        problems_of(validate_partner(input)),
        (std::vector<std::string>{
            "name errors.partner.name_missing", "kind errors.partner.kind_missing",
            "enterprise_number errors.partner.enterprise_number_invalid",
            "nace_section errors.partner.nace_section_unknown", "size_band errors.partner.size_band_unknown",
            "postcode errors.partner.postcode_format", "website errors.partner.website_format"}));
}

TEST(PartnerValidation, RefusesControlCharactersAndAWebsiteOtherThanHttp)
{
    EXPECT_EQ(problems_of(validate_partner({.name = "Acme\x1b", .kind = "funder"})),
              (std::vector<std::string>{"name errors.text.control_characters"}));
    EXPECT_EQ(
        problems_of(validate_partner({.name = "Acme", .kind = "funder", .website = "ftp://acme.example"})),
        (std::vector<std::string>{"website errors.partner.website_format"}));
    EXPECT_TRUE(validate_partner({.name = "Acme", .kind = "funder", .website = "HTTP://acme.example"}));
    EXPECT_EQ(problems_of(validate_partner({.name = "Acme", .kind = "funder", .postcode = "10a0"})),
              (std::vector<std::string>{"postcode errors.partner.postcode_format"}));
}

TEST(PartnerContactValidation, ChecksPhoneAndEmailAsTheRegisterDoes)
{
    auto const contact = validate_partner_contact({.name = "Lena Peeters",
                                                   .role = "HR",
                                                   .language = "nl",
                                                   .phone = "02 227 61 00",
                                                   .email = "lena@acme.example"});
    ASSERT_TRUE(contact);
    EXPECT_EQ(contact->language, "nl");

    auto const wrong =
        validate_partner_contact({.name = "", .language = "de", .phone = "12", .email = "lena"});
    ASSERT_FALSE(wrong);
    std::vector<std::string> problems;
    for (auto const& field : wrong.error().fields)
        problems.push_back(field.field + " " + field.message_key);
    EXPECT_EQ(problems, (std::vector<std::string>{"name errors.partner_contact.name_missing",
                                                  "language errors.partner_contact.language_missing",
                                                  "phone errors.phone.format", "email errors.email.format"}));
}

TEST(PartnerPermissions, TheJobCoachManagesAndTheCoordinatorReads)
{
    EXPECT_TRUE(can(Role::JobCoach, Permission::ManagePartners));
    EXPECT_TRUE(can(Role::Director, Permission::ManagePartners));
    EXPECT_FALSE(can(Role::Coordinator, Permission::ManagePartners));
    EXPECT_TRUE(can(Role::Coordinator, Permission::ViewPartners));
    for (auto role : {Role::Trainer, Role::Funder}) {
        EXPECT_FALSE(can(role, Permission::ViewPartners));
        EXPECT_FALSE(can(role, Permission::ManagePartners));
    }
}

// docs/domain.md "Partner tags"
TEST(PartnerTags, AreSplitAtCommasTrimmedAndKeptOnce)
{
    EXPECT_EQ(read_partner_tags(" ICT,  hosts   every year ,, ict ,Job fair 2026,"),
              (std::vector<std::string>{"ICT", "hosts every year", "Job fair 2026"}));
    EXPECT_EQ(read_partner_tags(""), std::vector<std::string>{});
    EXPECT_EQ(read_partner_tags(" , "), std::vector<std::string>{});
    // What makes two tags one is the key the service gives.
    auto const first_letter = [](std::string_view tag) { return std::string(tag.substr(0, 1)); };
    EXPECT_EQ(read_partner_tags("apple, avocado, banana", first_letter),
              (std::vector<std::string>{"apple", "banana"}));
}

TEST(PartnerTags, AreFortyCharactersAtMostTenAtMostWithoutControlCharacters)
{
    auto const problem = [](std::string_view typed) {
        auto const tags = read_partner_tags(typed);
        return tags ? std::string()
                    : tags.error().fields.at(0).field + " " + tags.error().fields.at(0).message_key;
    };
    EXPECT_EQ(problem(std::string(40, 'a')), "");
    EXPECT_EQ(problem("é" + std::string(39, 'a')), "") << "characters, not bytes";
    EXPECT_EQ(problem(std::string(41, 'a')), "tags errors.partner.tag_too_long");
    EXPECT_EQ(problem("1,2,3,4,5,6,7,8,9,10"), "");
    EXPECT_EQ(problem("1,2,3,4,5,6,7,8,9,10,1"), "") << "a repeat is not an eleventh";
    EXPECT_EQ(problem("1,2,3,4,5,6,7,8,9,10,11"), "tags errors.partner.too_many_tags");
    EXPECT_EQ(problem("ICT\x07"), "tags errors.text.control_characters");
}

TEST(PartnerTags, AreReadWithThePartnerAndShownAsTyped)
{
    auto const partner =
        validate_partner({.name = "Acme", .kind = "enterprise", .tags = "ICT, hosts every year"});
    ASSERT_TRUE(partner);
    EXPECT_EQ(partner->tags, (std::vector<std::string>{"ICT", "hosts every year"}));
    EXPECT_EQ(input_of(*partner).tags, "ICT, hosts every year");
    auto const refused =
        validate_partner({.name = "Acme", .kind = "enterprise", .tags = std::string(41, 'a')});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.at(0).field, "tags");
}
