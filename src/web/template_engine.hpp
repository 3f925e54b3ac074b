#pragma once

// Mustache templates (https://mustache.github.io/mustache.5.html), compiled once at start and
// rendered many times: {{name}} (HTML-escaped), {{{name}}} and {{&name}} (as is), sections
// {{#name}}…{{/name}}, inverted sections {{^name}}…{{/name}}, partials {{> name}}, comments
// {{! …}} and dotted names {{a.b.c}}. A name starting with "t." reads the reader's message
// catalogue: {{t.participants.title}}. Set delimiters and lambdas are not supported.

#include "locale/catalogue.hpp"
#include "web/template_value.hpp"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::web {

class Template;

// Every template of the application, by name: "participants/index" for
// templates/participants/index.mustache.
class TemplateSet {
  public:
    // Compiles every embedded template; throws std::invalid_argument naming the template and
    // line of a syntax error, or a partial that does not exist.
    static TemplateSet embedded();

    // For tests: templates given as name → source.
    static TemplateSet from_sources(std::map<std::string, std::string> const& sources);

    TemplateSet(TemplateSet&&) noexcept;
    ~TemplateSet();

    bool has(std::string_view name) const;

    // Throws std::out_of_range for an unknown template name.
    std::string render(std::string_view name, TemplateValue const& data,
                       locale::Catalogue const& catalogue) const;

    // The catalogue keys the templates read ("t.…"), for checking that every language has them.
    std::vector<std::string> catalogue_keys() const;

  private:
    TemplateSet();
    std::map<std::string, std::unique_ptr<Template>, std::less<>> m_templates;
};

void append_html_escaped(std::string& out, std::string_view text);

} // namespace tremplin::web
