#include "store/query.hpp"
#include "store_fixture.hpp"

using namespace tremplin;
using namespace tremplin::domain;
using test_support::StoreTest;

namespace {

Participant someone(long long organisation_id, std::string first, std::string last)
{
    Participant participant;
    participant.organisation_id = organisation_id;
    participant.first_name = std::move(first);
    participant.last_name = std::move(last);
    participant.preferred_language = "fr";
    participant.created_at = participant.updated_at = "2026-03-02T09:30:00Z";
    return participant;
}

store::ParticipantKeys keys(std::string name_key, std::vector<std::string> terms)
{
    store::ParticipantKeys keys;
    keys.name_key = std::move(name_key);
    keys.sort_key = keys.name_key;
    keys.search_terms = std::move(terms);
    return keys;
}

} // namespace

class ParticipantRepository : public StoreTest {};
TREMPLIN_ON_EVERY_BACKEND(ParticipantRepository);

TEST_P(ParticipantRepository, StoresEveryFieldAndReadsItBack)
{
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    auto participant = someone(organisation_id, "Hélène", "N'Diaye");
    participant.birth_date = Date::parse_iso("1988-03-27");
    participant.gender = Gender::NonBinary;
    participant.phone = "0470 12 34 56";
    participant.email = "helene@mail.example.org";
    participant.street = "rue Haute 12";
    participant.postcode = "1000";
    participant.nationality = "stateless";
    participant.country_of_birth = "SN";
    participant.education_level = EducationLevel::Isced2;
    participant.diploma_obtained_abroad = Answer::Yes;
    participant.diploma_recognised = Answer::No;
    participant.qualification_obsolete = Answer::Unknown;
    participant.labour_market_status = LabourMarketStatus::Unemployed;
    participant.unemployed_since = YearMonth::parse_iso("2025-09");
    participant.actiris_number = "123456789";
    participant.single_parent = Answer::Yes;
    participant.disability = Answer::Refused;
    participant.referral_source = ReferralSource::SocialServices;
    participant.referral_detail = "CPAS d'Anderlecht";
    participant.consents = {{ConsentKind::Contact, true, *Date::parse_iso("2026-03-02")},
                            {ConsentKind::Photographs, false, *Date::parse_iso("2026-03-01")}};

    auto const id = participants.insert(participant, keys("diaye helene ndiaye", {"helene", "ndiaye"}));
    auto found = participants.find(organisation_id, id);
    ASSERT_TRUE(found);
    participant.id = id;
    EXPECT_EQ(input_of(*found)["first_name"], "Hélène");
    for (auto field : participant_fields::all())
        EXPECT_EQ(input_of(*found)[field], input_of(participant)[field]) << field;
    EXPECT_FALSE(found->housing_exclusion) << "never asked stays never asked";
    EXPECT_FALSE(found->minority);
    EXPECT_EQ(found->consent(ConsentKind::Photographs)->recorded_on.iso(), "2026-03-01");
    EXPECT_EQ(found->created_at, "2026-03-02T09:30:00Z");
}

TEST_P(ParticipantRepository, FindsOnlyWithinTheOrganisation)
{
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    auto const id =
        participants.insert(someone(organisation_id, "Ana", "Popa"), keys("ana popa", {"ana", "popa"}));
    auto const other =
        store::OrganisationRepository(connection).insert({0, "Other", "nl"}, "2026-01-01T00:00:00Z");
    EXPECT_FALSE(participants.find(other, id));
    EXPECT_TRUE(participants.search({other, {"ana"}}).empty());
    EXPECT_EQ(participants.search({organisation_id, {"ana"}}).size(), 1u);
}

TEST_P(ParticipantRepository, FindsManyAtOnceAsOneByOneWithinTheOrganisation)
{
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    auto ana = someone(organisation_id, "Ana", "Popa");
    ana.education_level = EducationLevel::Isced1;
    ana.consents = {{ConsentKind::Contact, true, *Date::parse_iso("2026-03-02")}};
    auto const ana_id = participants.insert(ana, keys("ana popa", {"ana", "popa"}));
    auto const lina_id =
        participants.insert(someone(organisation_id, "Lina", "Haddad"), keys("haddad lina", {}));
    auto const other =
        store::OrganisationRepository(connection).insert({0, "Other", "nl"}, "2026-01-01T00:00:00Z");
    auto const elsewhere = participants.insert(someone(other, "Eva", "Smet"), keys("eva smet", {}));

    auto const found = participants.find_each(organisation_id, {lina_id, ana_id, elsewhere, 999'999});
    ASSERT_EQ(found.size(), 2u) << "not another centre's, not one that does not exist";
    for (auto const id : {ana_id, lina_id}) {
        auto const one = participants.find(organisation_id, id);
        for (auto field : participant_fields::all())
            EXPECT_EQ(input_of(found.at(id))[field], input_of(*one)[field]) << field;
        EXPECT_EQ(found.at(id).consents.size(), one->consents.size());
    }
    EXPECT_TRUE(found.at(ana_id).consent(ConsentKind::Contact)->given);
    EXPECT_TRUE(participants.find_each(organisation_id, {}).empty());
}

TEST_P(ParticipantRepository, SearchesByEveryPrefixGiven)
{
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    participants.insert(someone(organisation_id, "Fatima", "El Amrani"),
                        keys("amrani el fatima", {"fatima", "el", "amrani", "elamrani"}));
    participants.insert(someone(organisation_id, "Fatoumata", "Diallo"),
                        keys("diallo fatoumata", {"fatoumata", "diallo"}));
    participants.insert(someone(organisation_id, "Nadia", "Fathi"), keys("fathi nadia", {"nadia", "fathi"}));

    EXPECT_EQ(participants.search({organisation_id, {"fat"}}).size(), 3u);
    auto const both = participants.search({organisation_id, {"fat", "dia"}});
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both.front().last_name, "Diallo");
    EXPECT_TRUE(participants.search({organisation_id, {"fatz"}}).empty());
    EXPECT_EQ(participants.search({organisation_id, {"elam"}}).size(), 1u);
}

TEST_P(ParticipantRepository, PagesThroughTheListInOrder)
{
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    for (auto name : {"d", "b", "e", "a", "c"})
        participants.insert(someone(organisation_id, name, name), keys(name, {name}));
    store::ParticipantSearch search{organisation_id, {}, store::ParticipantOrder::Name, 2, 2};
    auto const page = participants.search(search);
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0].first_name, "c");
    EXPECT_EQ(page[1].first_name, "d");
}

TEST_P(ParticipantRepository, RewritesSearchTermsAndConsentsOnUpdate)
{
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    auto participant = someone(organisation_id, "Imane", "Ouali");
    participant.consents = {{ConsentKind::Contact, true, *Date::parse_iso("2026-03-02")}};
    participant.id = participants.insert(participant, keys("imane ouali", {"imane", "ouali"}));

    participant.last_name = "Bouzid";
    participant.consents.clear();
    participants.update(participant, keys("bouzid imane", {"imane", "bouzid"}));
    EXPECT_TRUE(participants.search({organisation_id, {"ouali"}}).empty());
    EXPECT_EQ(participants.search({organisation_id, {"bouzid"}}).size(), 1u);
    auto const found = participants.find(organisation_id, participant.id);
    EXPECT_EQ(found->last_name, "Bouzid");
    EXPECT_TRUE(found->consents.empty());
}

TEST_P(ParticipantRepository, NamesPossibleDuplicatesByEachRule)
{
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    auto first = someone(organisation_id, "Grace", "Mbuyi");
    first.birth_date = Date::parse_iso("1990-01-02");
    auto first_keys = keys("grace mbuyi", {"grace", "mbuyi"});
    first_keys.email_key = "grace@mail.example.org";
    first_keys.phone_key = "32470000001";
    first_keys.actiris_key = "777";
    auto const id = participants.insert(first, first_keys);

    auto probe = [&](auto change) {
        store::DuplicateProbe probe{organisation_id, "nobody", std::nullopt, "", "", "", 0};
        change(probe);
        return participants.possible_duplicates(probe);
    };
    EXPECT_TRUE(probe([](auto&) {}).empty());
    EXPECT_EQ(probe([](auto& p) {
                  p.name_key = "grace mbuyi";
                  p.birth_date = Date::parse_iso("1990-01-02");
              }).size(),
              1u);
    EXPECT_TRUE(probe([](auto& p) {
                    p.name_key = "grace mbuyi";
                    p.birth_date = Date::parse_iso("1991-01-02");
                }).empty());
    EXPECT_EQ(probe([](auto& p) { p.email_key = "grace@mail.example.org"; }).size(), 1u);
    EXPECT_EQ(probe([](auto& p) { p.phone_key = "32470000001"; }).size(), 1u);
    EXPECT_EQ(probe([](auto& p) { p.actiris_key = "777"; }).size(), 1u);
    EXPECT_TRUE(probe([&](auto& p) {
                    p.actiris_key = "777";
                    p.excluding_id = id;
                }).empty())
        << "a record is no duplicate of itself";
}

TEST_P(ParticipantRepository, SearchPagesInListOrderHoweverCommonTheWords)
{
    // "common" on all 6,000 records, "middling" on one in five, "rare" on one in fifty.
    auto connection = database().connect();
    store::ParticipantRepository participants(connection);
    {
        store::Transaction transaction(connection, store::Transaction::Mode::Write);
        for (int i = 0; i < 6000; ++i) {
            char name[8];
            std::snprintf(name, sizeof name, "p%04d", i);
            std::vector<std::string> terms{"common"};
            if (i % 5 == 0)
                terms.emplace_back("middling");
            if (i % 50 == 0)
                terms.emplace_back("rare");
            participants.insert(someone(organisation_id, name, name), keys(name, terms));
        }
        transaction.commit();
    }
    auto names = [&](std::vector<std::string> prefixes, int offset) {
        std::vector<std::string> found;
        for (auto const& row : participants.search(
                 {organisation_id, std::move(prefixes), store::ParticipantOrder::Name, 3, offset}))
            found.push_back(row.first_name);
        return found;
    };
    using Names = std::vector<std::string>;
    EXPECT_EQ(names({"com"}, 10), (Names{"p0010", "p0011", "p0012"}));
    EXPECT_EQ(names({"middling"}, 2), (Names{"p0010", "p0015", "p0020"}));
    EXPECT_EQ(names({"rare"}, 1), (Names{"p0050", "p0100", "p0150"}));
    EXPECT_EQ(names({"common", "rare"}, 0), (Names{"p0000", "p0050", "p0100"}));
    EXPECT_EQ(names({"mid", "rare"}, 119), (Names{"p5950"}));
    EXPECT_EQ(names({"common", "middling"}, 1), (Names{"p0005", "p0010", "p0015"}));
    EXPECT_TRUE(names({"common", "nowhere"}, 0).empty());

    auto const recent =
        participants.search({organisation_id, {"rare"}, store::ParticipantOrder::RecentlyUpdated, 2, 0});
    ASSERT_EQ(recent.size(), 2u);
    EXPECT_EQ(recent[0].first_name, "p5950") << "same update time: the newest record first";
    EXPECT_EQ(recent[1].first_name, "p5900");
}
