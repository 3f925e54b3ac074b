// Every message the code can ask for exists in every language: the keys written in the
// sources, the labels of every coded answer, and every error the validation can give.

#include "domain/answers.hpp"
#include "domain/brussels.hpp"
#include "domain/participant.hpp"
#include "domain/role.hpp"
#include "locale/catalogues.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

using namespace tremplin;

namespace {

locale::Catalogues const& catalogues()
{
    static auto const loaded = locale::Catalogues::embedded();
    return loaded;
}

void expect_everywhere(std::string const& key, std::string const& where)
{
    for (auto const& language : catalogues().languages())
        EXPECT_TRUE(catalogues().find(language)->has(key))
            << language << " lacks " << key << " (" << where << ")";
}

template <class E> void expect_labels(std::string const& prefix)
{
    for (auto value : domain::all_values<E>())
        expect_everywhere(prefix + "." + std::string(domain::code_of(value)), prefix);
}

} // namespace

bool is_prefix_of_a_key(std::string const& prefix)
{
    auto const keys = catalogues().find("en")->keys();
    return std::ranges::any_of(keys, [&](std::string const& key) { return key.starts_with(prefix + "."); });
}

TEST(CatalogueCoverage, HoldsEveryKeyWrittenInTheSources)
{
    // Keys given to text(), format() and has(), keys spelled out in tables (a prefix that a
    // field name completes at run time, like "participant.fields", is checked elsewhere), and
    // the audit trail's actions, which its page names through "audit.actions.<action>".
    std::regex const call(R"re((?:text|format|has)\(\s*"([a-z_]+(?:\.[a-z0-9_]+)+)")re");
    std::regex const key_literal(
        R"re("((?:errors|navigation|participants|participant|home|sign_in|api|forms|pagination|timeline|language)\.[a-z0-9_.]+)")re");
    std::regex const audit_action(R"re(audit\([^{;]*\{"([a-z_]+\.[a-z_]+)")re");
    int found = 0;
    for (auto const& entry :
         std::filesystem::recursive_directory_iterator(std::string(TREMPLIN_SOURCE_DIR) + "/src")) {
        if (entry.path().extension() != ".cpp")
            continue;
        std::ifstream file(entry.path());
        std::stringstream content;
        content << file.rdbuf();
        auto const text = content.str();
        auto const where = entry.path().filename().string();
        bool const service = entry.path().parent_path().filename() == "service";
        for (auto const* pattern : {&call, &key_literal}) {
            if (service && pattern == &key_literal)
                continue; // services name audit actions, not messages
            for (std::sregex_iterator it(text.begin(), text.end(), *pattern), end; it != end; ++it) {
                auto const key = (*it)[1].str();
                if (key.ends_with(".") || is_prefix_of_a_key(key))
                    continue;
                expect_everywhere(key, where);
                ++found;
            }
        }
        for (std::sregex_iterator it(text.begin(), text.end(), audit_action), end; it != end; ++it) {
            expect_everywhere("audit.actions." + (*it)[1].str(), where);
            ++found;
        }
    }
    EXPECT_GT(found, 40);
}

TEST(CatalogueCoverage, NamesEveryCodedAnswer)
{
    expect_labels<domain::Gender>("genders");
    expect_labels<domain::Answer>("answers");
    expect_labels<domain::EducationLevel>("education");
    expect_labels<domain::LabourMarketStatus>("labour_market");
    expect_labels<domain::ReferralSource>("referral");
    expect_labels<domain::NoteKind>("note_kinds");
    expect_labels<domain::Role>("roles");
    for (auto commune : domain::brussels_communes())
        expect_everywhere("communes." + std::string(commune), "communes");
    for (auto field : domain::participant_fields::all()) {
        std::string name(field);
        for (auto part : {"_day", "_month", "_year"})
            if (name.ends_with(part))
                name.erase(name.size() - std::string(part).size());
        expect_everywhere("participant.fields." + name + ".label", "participant form");
    }
}

TEST(CatalogueCoverage, ExplainsEveryValidationError)
{
    namespace fields = domain::participant_fields;
    domain::ValidationContext const context{*domain::Date::parse_iso("2026-11-24"),
                                            [](auto) { return false; }, [](auto) { return false; }};
    std::set<std::string> keys;
    auto collect = [&](domain::ParticipantInput const& input) {
        auto result = domain::validate_participant(input, context);
        if (!result)
            for (auto const& error : result.error().fields)
                keys.insert(error.message_key);
    };

    domain::ParticipantInput wrong;
    for (auto field : fields::all())
        wrong.set(field, "?");
    wrong.set(fields::labour_market_status, "unemployed");
    collect(wrong); // every closed answer and format refused
    collect(domain::ParticipantInput{});
    domain::ParticipantInput too_long;
    for (auto field : fields::all())
        too_long.set(field, std::string(300, '1'));
    collect(too_long);
    for (auto [day, month, year] : {std::tuple{"1", "", "1990"},
                                    {"1", "1", ""},
                                    {"", "1", "1990"},
                                    {"1", "1", "2090"},
                                    {"1", "1", "1899"}}) {
        domain::ParticipantInput dates;
        dates.set(fields::birth_date_day, day);
        dates.set(fields::birth_date_month, month);
        dates.set(fields::birth_date_year, year);
        dates.set(fields::labour_market_status, "unemployed");
        dates.set(fields::unemployed_since_month, month);
        dates.set(fields::unemployed_since_year, year);
        collect(dates);
    }
    EXPECT_GT(keys.size(), 35u);
    for (auto const& key : keys)
        expect_everywhere(key, "validation");
}
