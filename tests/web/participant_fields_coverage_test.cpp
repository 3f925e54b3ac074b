// Every field of the participant table (domain/participant_fields.cpp) reaches every place
// that must know it: its labels in every language, its column, its form inputs, its row on the
// record page and its property in docs/api/openapi.yaml. Each test names what is missing.

#include "domain/participant_fields.hpp"
#include "web/template_engine.hpp"
#include "web_fixture.hpp"

#include <fstream>
#include <set>
#include <sstream>

using namespace tremplin;
using namespace tremplin::test_support;

namespace {

namespace fields = domain::participant_fields;

// Whatever is missing, one line each, or "" when nothing is.
std::string listed(std::vector<std::string> const& missing)
{
    std::string text;
    for (auto const& line : missing)
        text += "\n  " + line;
    return text;
}

// The names the record page and the catalogues give a field's label: a consent has one per kind.
std::vector<std::string> label_names(domain::ParticipantField const& field)
{
    if (field.kind == domain::FieldKind::Consents)
        return fields::inputs_of(field);
    return {std::string(field.name)};
}

std::string html_escaped(std::string_view text)
{
    std::string escaped;
    web::append_html_escaped(escaped, text);
    return escaped;
}

// The properties of the ParticipantInput schema: the keys indented once below its
// "properties:", read line by line (the file is written in block style).
std::set<std::string> openapi_participant_properties()
{
    std::ifstream file(std::string(TREMPLIN_SOURCE_DIR) + "/docs/api/openapi.yaml");
    std::set<std::string> properties;
    std::string line;
    bool in_schema = false;
    bool in_properties = false;
    while (std::getline(file, line)) {
        auto const indent = line.find_first_not_of(' ');
        if (indent == std::string::npos)
            continue;
        if (line == "    ParticipantInput:") {
            in_schema = true;
            continue;
        }
        if (!in_schema)
            continue;
        if (indent <= 4)
            break; // the next schema
        if (indent == 6) {
            in_properties = line.substr(6) == "properties:";
            continue;
        }
        auto const colon = line.find(':');
        if (in_properties && indent == 8 && colon != std::string::npos)
            properties.insert(line.substr(8, colon - 8));
    }
    return properties;
}

} // namespace

TEST(ParticipantFieldsDescribed, EveryFieldIsLabelledInEveryLanguage)
{
    auto const catalogues = locale::Catalogues::embedded();
    std::vector<std::string> missing;
    for (auto const& language : {"fr", "nl", "en"}) {
        auto const* catalogue = catalogues.find(language);
        ASSERT_TRUE(catalogue) << language;
        for (auto const& field : fields::table()) {
            for (auto const& name : label_names(field))
                if (auto const key = "participant.fields." + name + ".label"; !catalogue->has(key))
                    missing.push_back(std::string(language) + ": " + key);
            if (auto const key = "participant.sections." + std::string(domain::code_of(field.section));
                !catalogue->has(key))
                missing.push_back(std::string(language) + ": " + key);
        }
    }
    EXPECT_TRUE(missing.empty()) << "labels missing:" << listed(missing);
}

TEST(ParticipantFieldsDescribed, EveryFieldIsAPropertyOfTheApi)
{
    auto const properties = openapi_participant_properties();
    ASSERT_TRUE(properties.contains("first_name")) << "the ParticipantInput schema was not found";
    std::vector<std::string> missing;
    for (auto const& field : fields::table())
        if (!properties.contains(std::string(field.json_property)))
            missing.push_back(std::string(field.name) + ": property \"" + std::string(field.json_property) +
                              "\" of ParticipantInput");
    EXPECT_TRUE(missing.empty()) << "docs/api/openapi.yaml lacks:" << listed(missing);
}

class ParticipantFieldsCoverage : public WebTest {};
TREMPLIN_ON_EVERY_BACKEND(ParticipantFieldsCoverage);

TEST_P(ParticipantFieldsCoverage, EveryFieldHasItsColumn)
{
    std::vector<std::string> missing;
    for (auto const& field : fields::table()) {
        if (field.kind == domain::FieldKind::Consents)
            continue; // kept in participant_consents, one row per kind
        if (field.column.empty()) {
            missing.push_back(std::string(field.name) + ": no column named in the table");
            continue;
        }
        auto const column = std::string(field.column);
        auto const sql =
            GetParam() == store::Backend::Sqlite
                ? "SELECT COUNT(*) FROM pragma_table_info('participants') WHERE name = '" + column + "'"
                : "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'participants' "
                  "AND column_name = '" +
                      column + "'";
        if (count(sql) != 1)
            missing.push_back(std::string(field.name) + ": column participants." + column);
    }
    EXPECT_TRUE(missing.empty()) << "the participants table lacks:" << listed(missing);
}

// The director, who reads every field, special categories included (docs/design.md "Least privilege").
TEST_P(ParticipantFieldsCoverage, EveryFieldHasItsFormInputs)
{
    auto director = signed_in("director");
    auto const form = get(director, "/participants/new");
    ASSERT_EQ(form.status, 200);
    std::vector<std::string> missing;
    for (auto const& field : fields::table())
        for (auto const& input : fields::inputs_of(field))
            if (!contains(form.body, "name=\"" + input + "\""))
                missing.push_back(std::string(field.name) + ": input \"" + input + "\"");
    EXPECT_TRUE(missing.empty()) << "the participant form lacks:" << listed(missing);
}

TEST_P(ParticipantFieldsCoverage, EveryFieldHasItsRowOnTheRecord)
{
    auto director = signed_in("director");
    // Unemployed, so that the month she has been since is shown too.
    auto const created = post(director, "/participants",
                              "first_name=Ana&last_name=Popa&gender=woman&preferred_language=fr"
                              "&labour_market_status=unemployed&unemployed_since_month=9"
                              "&unemployed_since_year=2020&csrf_token=" +
                                  director.csrf_token);
    ASSERT_EQ(created.status, 303) << "her record was not saved: is a column missing?";
    auto location = created.header("location");
    location = location.substr(0, location.find('?'));
    auto const record = get(director, location, {{"Accept-Language", "en"}});
    ASSERT_EQ(record.status, 200);
    auto const lang_at = record.body.find("<html lang=\"");
    ASSERT_NE(lang_at, std::string::npos);
    auto const language = record.body.substr(lang_at + 12, 2);
    auto const* catalogue = WebTest::catalogues().find(language);
    ASSERT_TRUE(catalogue) << language;

    std::vector<std::string> missing;
    for (auto const& field : fields::table())
        for (auto const& name : label_names(field)) {
            auto const label = catalogue->text("participant.fields." + name + ".label");
            if (!contains(record.body, "<dt>" + html_escaped(label) + "</dt>"))
                missing.push_back(std::string(field.name) + ": row \"" + std::string(label) + "\" (" + name +
                                  ")");
        }
    EXPECT_TRUE(missing.empty()) << "the record page lacks:" << listed(missing);
}
