// The partners on both backends: who may read and change them, the duplicate warning, the
// audit rows (without the values of anyone's details), and one centre's partners kept from
// another's.

#include "service/partner_service.hpp"
#include "service_fixture.hpp"

using namespace tremplin;
using domain::ErrorCode;

namespace {

class Partners : public test_support::ServiceTest {
  protected:
    Partners() : partners(database(), clock) { job_coach = add("jobcoach", domain::Role::JobCoach); }

    long long created(domain::PartnerInput const& input)
    {
        auto const creation = partners.create(job_coach, input, service::DuplicateCheck::Warn);
        EXPECT_TRUE(creation && creation->id);
        return creation && creation->id ? *creation->id : 0;
    }

    service::PartnerService partners;
    service::Actor job_coach;
};
TREMPLIN_ON_EVERY_BACKEND(Partners);

domain::PartnerInput acme()
{
    return {.name = "Acme Brussels SRL",
            .kind = "enterprise",
            .nace_section = "J",
            .postcode = "1030",
            .commune = "Schaerbeek",
            .enterprise_number = "0123456749"};
}

} // namespace

TEST_P(Partners, TheJobCoachAddsAPartnerAndItsContacts)
{
    auto const id = created(acme());
    auto const contact = partners.add_contact(
        job_coach, id, {.name = "Lena Peeters", .role = "HR", .language = "nl", .phone = "02 227 61 00"});
    ASSERT_TRUE(contact);

    auto const details = partners.partner(job_coach, id);
    ASSERT_TRUE(details);
    EXPECT_EQ(details->partner.enterprise_number, "0123.456.749");
    EXPECT_EQ(details->partner.commune, "Schaerbeek");
    ASSERT_EQ(details->contacts.size(), 1U);
    EXPECT_EQ(details->contacts[0].name, "Lena Peeters");
    EXPECT_TRUE(details->may.manage);

    ASSERT_TRUE(partners.update_contact(job_coach, id, *contact,
                                        {.name = "Lena Peeters", .role = "Head of HR", .language = "nl"}));
    EXPECT_EQ(partners.partner(job_coach, id)->contacts[0].role, "Head of HR");
    ASSERT_TRUE(partners.remove_contact(job_coach, id, *contact));
    EXPECT_TRUE(partners.partner(job_coach, id)->contacts.empty());
}

TEST_P(Partners, TheCoordinatorReadsButChangesNothing)
{
    auto const id = created(acme());
    auto const read = partners.partner(coordinator, id);
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->may.manage);
    EXPECT_TRUE(partners.list(coordinator, {}));

    auto const refused =
        partners.create(coordinator, acme(), service::DuplicateCheck::ConfirmedDifferentPerson);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    // Refused before the form is read: an invalid form is refused the same way.
    auto const invalid = partners.update(coordinator, id, {.name = ""});
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(partners.add_contact(coordinator, id, {.name = "Lena", .language = "nl"}).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 1);
}

TEST_P(Partners, TrainersAndFundersSeeNoPartner)
{
    auto const id = created(acme());
    for (auto const& actor : {trainer, funder}) {
        EXPECT_EQ(partners.partner(actor, id).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(partners.list(actor, {}).error().code, ErrorCode::Forbidden);
    }
}

TEST_P(Partners, AnInvalidEnterpriseNumberIsRefusedAndNothingIsStored)
{
    auto input = acme();
    input.enterprise_number = "0123.456.748";
    auto const refused = partners.create(job_coach, input, service::DuplicateCheck::Warn);
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().fields.size(), 1U);
    EXPECT_EQ(refused.error().fields[0].field, "enterprise_number");
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 0);
}

TEST_P(Partners, ASameNameWithoutAccentsNorLegalFormIsAPossibleDuplicate)
{
    auto const first = created({.name = "Société Générale d'Informatique SA", .kind = "enterprise"});
    auto const warned =
        partners.create(job_coach, {.name = "Societe generale d’informatique NV", .kind = "enterprise"},
                        service::DuplicateCheck::Warn);
    ASSERT_TRUE(warned);
    EXPECT_FALSE(warned->id);
    ASSERT_EQ(warned->possible_duplicates.size(), 1U);
    EXPECT_EQ(warned->possible_duplicates[0].id, first);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 1);

    auto const confirmed =
        partners.create(job_coach, {.name = "Societe generale d’informatique NV", .kind = "enterprise"},
                        service::DuplicateCheck::ConfirmedDifferentPerson);
    ASSERT_TRUE(confirmed && confirmed->id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'partner.created' AND detail = "
                    "'confirmed_different_partner'"),
              1);
}

TEST_P(Partners, AnotherPartnerWithTheSameEnterpriseNumberIsAPossibleDuplicate)
{
    created(acme());
    auto const warned = partners.create(
        job_coach, {.name = "Totally Other", .kind = "enterprise", .enterprise_number = "BE 0123 456 749"},
        service::DuplicateCheck::Warn);
    ASSERT_TRUE(warned);
    EXPECT_FALSE(warned->id);
    EXPECT_EQ(warned->possible_duplicates.size(), 1U);
}

// docs/design.md "Partners": a change that makes a partner look like another is warned of too.
TEST_P(Partners, AChangeToAnotherPartnersEnterpriseNumberIsConfirmedBeforeItIsKept)
{
    created(acme());
    auto const other = created({.name = "Totally Other", .kind = "enterprise"});
    domain::PartnerInput changed{
        .name = "Totally Other", .kind = "enterprise", .enterprise_number = "0123456749"};
    auto const warned = partners.update(job_coach, other, changed);
    ASSERT_TRUE(warned);
    EXPECT_FALSE(warned->id);
    ASSERT_EQ(warned->possible_duplicates.size(), 1U);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners WHERE enterprise_number = '0123.456.749'"), 1)
        << "not kept yet";

    auto const confirmed =
        partners.update(job_coach, other, changed, service::DuplicateCheck::ConfirmedDifferentPerson);
    ASSERT_TRUE(confirmed && confirmed->id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners WHERE enterprise_number = '0123.456.749'"), 2);
    changed.commune = "Ixelles";
    auto const again = partners.update(job_coach, other, changed);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->id) << "already confirmed: the same number is not asked about again";
}

TEST_P(Partners, EveryUseCaseLeavesAnAuditRowWithoutTheValues)
{
    auto const id = created(acme());
    auto const contact = partners.add_contact(
        job_coach, id, {.name = "Lena Peeters", .language = "nl", .email = "lena@acme.example"});
    ASSERT_TRUE(contact);
    ASSERT_TRUE(partners.update(job_coach, id, acme()));
    ASSERT_TRUE(partners.partner(coordinator, id));
    ASSERT_TRUE(partners.list(coordinator, {.search = "acme"}));
    ASSERT_TRUE(partners.contact_for_editing(job_coach, id, *contact));
    ASSERT_TRUE(partners.remove_contact(job_coach, id, *contact));
    for (auto const* action :
         {"partner.created", "partner_contact.added", "partner.updated", "partner.viewed", "partners.listed",
          "partner_contact.viewed", "partner_contact.removed"})
        EXPECT_EQ(count(std::string("SELECT COUNT(*) FROM audit_events WHERE action = '") + action + "'"), 1)
            << action;
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%lena%' OR detail LIKE '%acme%' "
                    "OR detail LIKE '%Lena%' OR detail LIKE '%Acme%'"),
              0);
}

TEST_P(Partners, TheListFindsByWordsEnterpriseNumberAndFilters)
{
    created(acme());
    created({.name = "Actiris", .kind = "employment_service", .commune = "Saint-Josse-ten-Noode"});
    created({.name = "Café Bruxellois", .kind = "enterprise", .nace_section = "I", .commune = "Ixelles"});
    auto const names = [&](service::PartnerListQuery const& query) {
        std::vector<std::string> found;
        auto const list = partners.list(coordinator, query);
        EXPECT_TRUE(list);
        if (list)
            for (auto const& row : list->rows)
                found.push_back(row.partner.name);
        return found;
    };
    using Names = std::vector<std::string>;
    EXPECT_EQ(names({}), (Names{"Acme Brussels SRL", "Actiris", "Café Bruxellois"}));
    EXPECT_EQ(names({.search = "cafe"}), (Names{"Café Bruxellois"}));
    EXPECT_EQ(names({.search = "brus"}), (Names{"Acme Brussels SRL"}))
        << "the start of a word, not its middle";
    EXPECT_EQ(names({.search = "ixel"}), (Names{"Café Bruxellois"})) << "a commune";
    EXPECT_EQ(names({.search = "BE0123456749"}), (Names{"Acme Brussels SRL"}));
    EXPECT_EQ(names({.kind = domain::PartnerKind::EmploymentService}), (Names{"Actiris"}));
    EXPECT_EQ(names({.nace_section = "J"}), (Names{"Acme Brussels SRL"}));
    EXPECT_EQ(names({.commune = "Ixelles"}), (Names{"Café Bruxellois"}));
    auto const page = partners.list(coordinator, {.limit = 2});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->rows.size(), 2U);
    EXPECT_TRUE(page->has_more);
    EXPECT_EQ(page->communes, (Names{"Ixelles", "Saint-Josse-ten-Noode", "Schaerbeek"}));
}

TEST_P(Partners, AnotherCentresPartnerIsNotFound)
{
    auto const id = created(acme());
    auto const elsewhere =
        accounts.add_account({"elsewhere", "Elsewhere", domain::Role::JobCoach, password, another_centre()});
    ASSERT_TRUE(elsewhere);
    service::Actor other{*elsewhere, "192.0.2.11"};
    EXPECT_EQ(partners.partner(other, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(partners.add_contact(other, id, {.name = "X", .language = "fr"}).error().code,
              ErrorCode::NotFound);
    EXPECT_TRUE(partners.list(other, {})->rows.empty());
}

// A partner's timeline (docs/domain.md "Partner timeline").

TEST_P(Partners, TheJobCoachNotesMeetingsAndTheTimelineShowsThemNewestFirstWithTheFacts)
{
    auto const id = created(acme()); // 2 March 2026
    clock.advance(std::chrono::hours(24));
    auto const lena = partners.add_contact(job_coach, id, {.name = "Lena Peeters", .language = "nl"});
    ASSERT_TRUE(lena);
    clock.advance(std::chrono::hours(24 * 7));
    ASSERT_TRUE(partners.add_event(job_coach, id,
                                   {.kind = "meeting",
                                    .happened_on_day = "5",
                                    .happened_on_month = "3",
                                    .happened_on_year = "2026",
                                    .contact = std::to_string(*lena),
                                    .summary = "Two trainees in April"}));
    ASSERT_TRUE(partners.add_event(job_coach, id, {.kind = "call", .summary = "Confirmed by phone"}));

    auto const details = partners.partner(coordinator, id);
    ASSERT_TRUE(details);
    using What = domain::PartnerHistoryItem::What;
    ASSERT_EQ(details->timeline.size(), 4U);
    EXPECT_EQ(details->timeline[0].what, What::Noted);
    EXPECT_EQ(details->timeline[0].on.iso(), "2026-03-10");
    EXPECT_EQ(details->timeline[0].noted->summary, "Confirmed by phone");
    EXPECT_EQ(details->timeline[0].noted->author, "Name of jobcoach");
    EXPECT_EQ(details->timeline[1].noted->summary, "Two trainees in April");
    EXPECT_EQ(details->timeline[1].noted->contact_name, "Lena Peeters");
    EXPECT_EQ(details->timeline[2].what, What::ContactAdded);
    EXPECT_EQ(details->timeline[2].contact_name, "Lena Peeters");
    EXPECT_EQ(details->timeline[3].what, What::PartnerAdded);
    EXPECT_EQ(details->timeline[3].on.iso(), "2026-03-02");

    // Her removal leaves the entry, without her.
    ASSERT_TRUE(partners.remove_contact(job_coach, id, *lena));
    auto const after = partners.partner(coordinator, id);
    ASSERT_TRUE(after);
    ASSERT_EQ(after->timeline.size(), 3U);
    EXPECT_EQ(after->timeline[1].noted->summary, "Two trainees in April");
    EXPECT_EQ(after->timeline[1].noted->contact_name, "");
}

TEST_P(Partners, OnlyWhoMayChangeThePartnerNotesAnEntry)
{
    auto const id = created(acme());
    for (auto const& actor : {coordinator, trainer, funder}) {
        auto const refused = partners.add_event(actor, id, {.kind = "note", .summary = ""});
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << "before the form is read";
    }
    EXPECT_TRUE(partners.add_event(director, id, {.kind = "note", .summary = "Annual review"}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM partner_events"), 1);
}

TEST_P(Partners, AnInvalidEntryIsRefusedAndNothingIsStored)
{
    auto const id = created(acme());
    auto const refused = partners.add_event(job_coach, id, {.kind = "meeting", .summary = "  "});
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().fields.size(), 1U);
    EXPECT_EQ(refused.error().fields[0].field, "summary");

    // Another partner's contact is not one of this one's.
    auto const other = created({.name = "Actiris", .kind = "employment_service"});
    auto const elsewhere = partners.add_contact(job_coach, other, {.name = "Marc Dubois", .language = "fr"});
    ASSERT_TRUE(elsewhere);
    auto const wrong_contact = partners.add_event(
        job_coach, id, {.kind = "call", .contact = std::to_string(*elsewhere), .summary = "Hi"});
    ASSERT_FALSE(wrong_contact);
    ASSERT_EQ(wrong_contact.error().fields.size(), 1U);
    EXPECT_EQ(wrong_contact.error().fields[0].field, "contact");
    EXPECT_EQ(count("SELECT COUNT(*) FROM partner_events"), 0);
}

TEST_P(Partners, AnEntryIsAuditedWithItsKindNeverItsSummary)
{
    auto const id = created(acme());
    ASSERT_TRUE(partners.add_event(job_coach, id, {.kind = "email", .summary = "Wrote to Lena about Sarah"}));
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM audit_events WHERE action = 'partner_event.added' AND detail = 'email' "
              "AND subject_id = " +
              std::to_string(id)),
        1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%Sarah%' OR detail LIKE '%Lena%'"),
              0);
}

TEST_P(Partners, AnotherCentresPartnerGetsNoEntry)
{
    auto const id = created(acme());
    auto const elsewhere =
        accounts.add_account({"elsewhere", "Elsewhere", domain::Role::JobCoach, password, another_centre()});
    ASSERT_TRUE(elsewhere);
    service::Actor other{*elsewhere, "192.0.2.11"};
    EXPECT_EQ(partners.add_event(other, id, {.kind = "note", .summary = "Hello"}).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partner_events"), 0);
}

// docs/domain.md "Partner tags"
TEST_P(Partners, TagsAreKeptOnceWhateverTheirCaseAndTheListIsFilteredByThem)
{
    auto input = acme();
    input.tags = "ICT, Événement 2026, ict, événement 2026";
    auto const id = created(input);
    created({.name = "Actiris", .kind = "employment_service", .tags = "hosts every year, ÉVÉNEMENT 2026"});
    created({.name = "Café Bruxellois", .kind = "enterprise"});
    EXPECT_EQ(partners.partner(coordinator, id)->partner.tags,
              (std::vector<std::string>{"ICT", "Événement 2026"}));

    auto const list = partners.list(coordinator, {});
    ASSERT_TRUE(list);
    std::vector<std::string> keys;
    for (auto const& tag : list->tags)
        keys.push_back(tag.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"hosts every year", "ict", "événement 2026"}));
    auto const names = [&](std::string const& tag) {
        std::vector<std::string> found;
        auto const filtered = partners.list(coordinator, {.tag = tag});
        EXPECT_TRUE(filtered);
        if (filtered)
            for (auto const& row : filtered->rows)
                found.push_back(row.partner.name);
        return found;
    };
    EXPECT_EQ(names("événement 2026"), (std::vector<std::string>{"Acme Brussels SRL", "Actiris"}));
    EXPECT_EQ(names("ict"), (std::vector<std::string>{"Acme Brussels SRL"}));
    EXPECT_EQ(names("nothing"), (std::vector<std::string>{}));

    // A change gives the partner its new tags in place of the old.
    input.tags = "hosts every year";
    ASSERT_TRUE(partners.update(job_coach, id, input));
    EXPECT_EQ(partners.partner(coordinator, id)->partner.tags,
              (std::vector<std::string>{"hosts every year"}));
    EXPECT_EQ(names("ict"), (std::vector<std::string>{}));
    EXPECT_EQ(names("hosts every year"), (std::vector<std::string>{"Acme Brussels SRL", "Actiris"}));
}

// The partner that sent a woman (docs/domain.md "What a partner brings").

namespace {

domain::ParticipantInput woman_sent_by(std::string const& partner)
{
    namespace fields = domain::participant_fields;
    domain::ParticipantInput input;
    input.set(fields::first_name, "Ana");
    input.set(fields::last_name, "Popa");
    input.set(fields::gender, "woman");
    input.set(fields::preferred_language, "fr");
    input.set(fields::referral_source, "social_services");
    input.set(fields::referral_partner, partner);
    return input;
}

} // namespace

TEST_P(Partners, AWomanSentByAPartnerIsCountedOnItsPage)
{
    auto const cpas = created({.name = "CPAS d'Anderlecht", .kind = "social_service"});
    auto const other = created(acme());
    auto const woman =
        participants.create(coordinator, woman_sent_by(std::to_string(cpas)), service::DuplicateCheck::Warn);
    ASSERT_TRUE(woman && woman->id);

    auto const record = participants.view(coordinator, *woman->id);
    EXPECT_EQ(record->referral_partner_id, cpas);
    EXPECT_EQ(record->referral_partner_name, "CPAS d'Anderlecht");
    EXPECT_EQ(partners.partner(coordinator, cpas)->contribution.women_referred, 1);
    EXPECT_EQ(partners.partner(coordinator, other)->contribution.women_referred, 0);

    auto const referrers = participants.possible_referrers(coordinator);
    ASSERT_TRUE(referrers);
    ASSERT_EQ(referrers->size(), 2u);
    EXPECT_EQ(referrers->front().name, "Acme Brussels SRL") << "in name order";
    EXPECT_EQ(participants.possible_referrers(trainer).error().code, ErrorCode::Forbidden);
}

TEST_P(Partners, AnotherCentresPartnerOrNoPartnerAtAllIsRefusedBesideTheField)
{
    auto const elsewhere =
        accounts.add_account({"elsewhere", "Elsewhere", domain::Role::JobCoach, password, another_centre()});
    ASSERT_TRUE(elsewhere);
    service::Actor other{*elsewhere, "192.0.2.11"};
    auto const theirs = partners.create(other, acme(), service::DuplicateCheck::Warn);
    ASSERT_TRUE(theirs && theirs->id);

    for (auto const& [typed, message] :
         {std::pair{std::to_string(*theirs->id), "errors.referral_partner.unknown"},
          std::pair{std::string("CPAS"), "errors.referral_partner.choose"}}) {
        auto const refused =
            participants.create(coordinator, woman_sent_by(typed), service::DuplicateCheck::Warn);
        ASSERT_FALSE(refused) << typed;
        ASSERT_EQ(refused.error().fields.size(), 1u);
        EXPECT_EQ(refused.error().fields[0].field, "referral_partner");
        EXPECT_EQ(refused.error().fields[0].message_key, message);
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);

    auto const ours = created({.name = "CPAS d'Anderlecht", .kind = "social_service"});
    auto const woman =
        participants.create(coordinator, woman_sent_by(std::to_string(ours)), service::DuplicateCheck::Warn);
    ASSERT_TRUE(woman && woman->id);
    EXPECT_FALSE(participants.update(coordinator, *woman->id, woman_sent_by(std::to_string(*theirs->id))));
    EXPECT_EQ(participants.view(coordinator, *woman->id)->referral_partner_id, ours) << "nothing half-saved";
}
