#include "locale/catalogues.hpp"
#include "web/template_engine.hpp"

#include <gtest/gtest.h>

using namespace tremplin;
using web::TemplateSet;
using web::TemplateValue;

namespace {

locale::Catalogue const& english()
{
    static auto const catalogue = locale::Catalogues::parse(
        "en", R"({"_meta": {"locale": "en"}, "greeting": {"hello": "Hello & welcome"}})");
    return catalogue;
}

std::string render(std::string const& source, TemplateValue const& data,
                   std::map<std::string, std::string> partials = {})
{
    partials["page"] = source;
    return TemplateSet::from_sources(partials).render("page", data, english());
}

} // namespace

TEST(TemplateEngine, EscapesHtmlUnlessAskedNotTo)
{
    TemplateValue data = TemplateValue::object();
    data["name"] = "<b>\"O'Brien\" & co</b>";
    EXPECT_EQ(render("{{name}}", data), "&lt;b&gt;&quot;O&#39;Brien&quot; &amp; co&lt;/b&gt;");
    EXPECT_EQ(render("{{{name}}}|{{& name}}", data), "<b>\"O'Brien\" & co</b>|<b>\"O'Brien\" & co</b>");
}

TEST(TemplateEngine, RepeatsASectionForEachItemOfAList)
{
    TemplateValue data = TemplateValue::object();
    for (auto name : {"Ana", "Imane"})
        data["people"].append()["name"] = name;
    EXPECT_EQ(render("{{#people}}<li>{{name}}</li>{{/people}}", data), "<li>Ana</li><li>Imane</li>");
}

TEST(TemplateEngine, ShowsOrHidesSectionsByTruth)
{
    TemplateValue data = TemplateValue::object();
    data["yes"] = true;
    data["no"] = false;
    data["empty"] = "";
    data["none"] = TemplateValue::list();
    EXPECT_EQ(render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#none}}L{{/"
                     "none}}{{#missing}}M{{/missing}}",
                     data),
              "Y");
    EXPECT_EQ(render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^none}}L{{/"
                     "none}}{{^missing}}M{{/missing}}",
                     data),
              "NELM");
}

TEST(TemplateEngine, LooksNamesUpFromTheInnermostContextOutwards)
{
    TemplateValue data = TemplateValue::object();
    data["title"] = "outer";
    data["page"]["user"]["name"] = "Nadia";
    data["items"].append()["label"] = "inner";
    EXPECT_EQ(render("{{page.user.name}}:{{#items}}{{label}}/{{title}}{{/items}}:{{page.nobody.name}}", data),
              "Nadia:inner/outer:");
    EXPECT_EQ(render("{{#page.user}}{{name}}{{/page.user}}", data), "Nadia");
}

TEST(TemplateEngine, ReadsTheCatalogueUnderT)
{
    EXPECT_EQ(render("{{t.greeting.hello}}", TemplateValue::object()), "Hello &amp; welcome");
    EXPECT_EQ(render("{{t.no.such}}", TemplateValue::object()), "no.such")
        << "a missing message shows its key";
}

TEST(TemplateEngine, IncludesPartialsWithTheCurrentContext)
{
    TemplateValue data = TemplateValue::object();
    data["field"]["label"] = "First name";
    EXPECT_EQ(render("{{#field}}{{> components/label}}{{/field}}", data,
                     {{"components/label", "<label>{{label}}</label>"}}),
              "<label>First name</label>");
}

TEST(TemplateEngine, SkipsComments)
{
    EXPECT_EQ(render("a{{! nothing to see }}b", TemplateValue::object()), "ab");
}

TEST(TemplateEngine, RefusesBrokenTemplatesAtCompileTime)
{
    EXPECT_THROW(TemplateSet::from_sources({{"page", "{{#open}}never closed"}}), std::invalid_argument);
    EXPECT_THROW(TemplateSet::from_sources({{"page", "{{#a}}{{/b}}"}}), std::invalid_argument);
    EXPECT_THROW(TemplateSet::from_sources({{"page", "{{name"}}), std::invalid_argument);
    EXPECT_THROW(TemplateSet::from_sources({{"page", "{{> missing}}"}}), std::invalid_argument);
    try {
        TemplateSet::from_sources({{"page", "line one\nline two {{/x}}"}});
        FAIL();
    } catch (std::invalid_argument const& error) {
        EXPECT_NE(std::string(error.what()).find("page, line 2"), std::string::npos) << error.what();
    }
}

TEST(EmbeddedTemplates, CompileAndOnlyReadMessagesEveryLanguageHas)
{
    auto const templates = TemplateSet::embedded();
    EXPECT_TRUE(templates.has("layouts/application"));
    auto const catalogues = locale::Catalogues::embedded();
    auto const keys = templates.catalogue_keys();
    EXPECT_GT(keys.size(), 50u);
    for (auto const& language : catalogues.languages())
        for (auto const& key : keys)
            EXPECT_TRUE(catalogues.find(language)->has(key)) << language << " lacks " << key;
}
