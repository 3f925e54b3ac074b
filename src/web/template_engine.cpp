#include "web/template_engine.hpp"

#include "domain/text.hpp"
#include "resources/resources.hpp"

#include <set>
#include <stdexcept>

namespace tremplin::web {

namespace {

enum class NodeKind { Text, Escaped, Raw, Section, InvertedSection, Partial };

struct Node {
    NodeKind kind;
    std::string text;              // Text: the text; Partial: the partial's name; "t.x.y": "x.y"
    std::vector<std::string> path; // the dotted name, split; {"."} for the current value
    std::vector<Node> children;    // sections
    Template const* partial = nullptr;

    bool reads_catalogue() const { return path.size() > 1 && path.front() == "t"; }
};

std::vector<std::string> split_name(std::string_view name)
{
    if (name == ".")
        return {"."};
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        auto const dot = name.find('.', start);
        parts.emplace_back(name.substr(start, dot - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return parts;
}

std::string joined_from(std::vector<std::string> const& parts, std::size_t first)
{
    std::string joined;
    for (auto i = first; i < parts.size(); ++i) {
        if (i > first)
            joined += '.';
        joined += parts[i];
    }
    return joined;
}

class Parser {
  public:
    Parser(std::string_view name, std::string_view source) : m_name(name), m_source(source) {}

    std::vector<Node> parse()
    {
        std::vector<Node> nodes;
        parse_into(nodes, {});
        return nodes;
    }

  private:
    [[noreturn]] void error(std::string const& what) const
    {
        int line = 1;
        for (std::size_t i = 0; i < m_position && i < m_source.size(); ++i)
            line += m_source[i] == '\n';
        throw std::invalid_argument("template " + std::string(m_name) + ", line " + std::to_string(line) +
                                    ": " + what);
    }

    // Parses until the closing tag of `section` (or the end when `section` is empty).
    void parse_into(std::vector<Node>& nodes, std::string_view section)
    {
        while (m_position < m_source.size()) {
            auto const open = m_source.find("{{", m_position);
            if (open != m_position) {
                auto const end = open == std::string_view::npos ? m_source.size() : open;
                nodes.push_back(
                    {NodeKind::Text, std::string(m_source.substr(m_position, end - m_position)), {}, {}});
                m_position = end;
                continue;
            }
            bool const triple = m_source.substr(open, 3) == "{{{";
            auto const close = m_source.find(triple ? "}}}" : "}}", open);
            if (close == std::string_view::npos)
                error("a tag is not closed");
            auto tag = m_source.substr(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
            m_position = close + (triple ? 3 : 2);

            if (triple) {
                nodes.push_back(variable(NodeKind::Raw, domain::trimmed(tag)));
                continue;
            }
            char const sigil = tag.empty() ? ' ' : tag.front();
            auto const name = domain::trimmed(sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>' ||
                                                      sigil == '&' || sigil == '!'
                                                  ? tag.substr(1)
                                                  : tag);
            switch (sigil) {
            case '!':
                break;
            case '&':
                nodes.push_back(variable(NodeKind::Raw, name));
                break;
            case '>':
                nodes.push_back({NodeKind::Partial, std::string(name), {}, {}});
                break;
            case '#':
            case '^': {
                Node section_node{sigil == '#' ? NodeKind::Section : NodeKind::InvertedSection,
                                  std::string(name),
                                  split_name(name),
                                  {}};
                parse_into(section_node.children, name);
                nodes.push_back(std::move(section_node));
                break;
            }
            case '/':
                if (name != section)
                    error("{{/" + std::string(name) + "}} closes no open section" +
                          (section.empty() ? std::string() : " (open: " + std::string(section) + ")"));
                return;
            default:
                if (name.empty())
                    error("an empty tag");
                nodes.push_back(variable(NodeKind::Escaped, name));
            }
        }
        if (!section.empty())
            error("section " + std::string(section) + " is never closed");
    }

    static Node variable(NodeKind kind, std::string_view name)
    {
        Node node{kind, {}, split_name(name), {}};
        if (node.reads_catalogue())
            node.text = joined_from(node.path, 1);
        return node;
    }

    std::string_view m_name;
    std::string_view m_source;
    std::size_t m_position = 0;
};

} // namespace

void append_html_escaped(std::string& out, std::string_view text)
{
    // Most text has nothing to escape: copy the runs between special characters whole.
    while (!text.empty()) {
        auto const special = text.find_first_of("&<>\"'");
        out.append(text.substr(0, special));
        if (special == std::string_view::npos)
            return;
        char const c = text[special];
        text.remove_prefix(special + 1);
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += "&#39;";
        }
    }
}

class Template {
  public:
    Template(std::string_view name, std::string_view source) : m_nodes(Parser(name, source).parse()) {}

    // Points every partial tag at its template.
    void link(std::map<std::string, std::unique_ptr<Template>, std::less<>> const& all)
    {
        link_nodes(m_nodes, all);
    }

    void collect_catalogue_keys(std::set<std::string>& keys) const { collect(m_nodes, keys); }

    void render(std::string& out, std::vector<TemplateValue const*>& stack,
                locale::Catalogue const& catalogue) const
    {
        render_nodes(m_nodes, out, stack, catalogue);
    }

  private:
    static void link_nodes(std::vector<Node>& nodes,
                           std::map<std::string, std::unique_ptr<Template>, std::less<>> const& all)
    {
        for (auto& node : nodes) {
            if (node.kind == NodeKind::Partial) {
                auto it = all.find(node.text);
                if (it == all.end())
                    throw std::invalid_argument("the partial " + node.text + " does not exist");
                node.partial = it->second.get();
            }
            link_nodes(node.children, all);
        }
    }

    static void collect(std::vector<Node> const& nodes, std::set<std::string>& keys)
    {
        for (auto const& node : nodes) {
            if ((node.kind == NodeKind::Escaped || node.kind == NodeKind::Raw) && node.reads_catalogue())
                keys.insert(node.text);
            collect(node.children, keys);
        }
    }

    // Mustache name resolution: the first part is looked up from the innermost context
    // outwards; the following parts inside what it found.
    static TemplateValue const* resolve(std::vector<std::string> const& path,
                                        std::vector<TemplateValue const*> const& stack)
    {
        if (path.front() == ".")
            return stack.back();
        TemplateValue const* found = nullptr;
        for (auto it = stack.rbegin(); it != stack.rend() && !found; ++it)
            found = (*it)->field(path.front());
        for (std::size_t i = 1; found && i < path.size(); ++i)
            found = found->field(path[i]);
        return found;
    }

    static void render_nodes(std::vector<Node> const& nodes, std::string& out,
                             std::vector<TemplateValue const*>& stack, locale::Catalogue const& catalogue)
    {
        for (auto const& node : nodes) {
            switch (node.kind) {
            case NodeKind::Text:
                out += node.text;
                break;
            case NodeKind::Escaped:
            case NodeKind::Raw: {
                std::string_view text;
                if (node.reads_catalogue()) {
                    text = catalogue.text(node.text);
                } else if (auto const* value = resolve(node.path, stack); value && value->as_text()) {
                    text = *value->as_text();
                }
                if (node.kind == NodeKind::Escaped)
                    append_html_escaped(out, text);
                else
                    out += text;
                break;
            }
            case NodeKind::Section: {
                auto const* value = resolve(node.path, stack);
                if (!value || !value->is_truthy())
                    break;
                if (auto const* list = value->as_list()) {
                    for (auto const& element : *list) {
                        stack.push_back(&element);
                        render_nodes(node.children, out, stack, catalogue);
                        stack.pop_back();
                    }
                } else {
                    stack.push_back(value);
                    render_nodes(node.children, out, stack, catalogue);
                    stack.pop_back();
                }
                break;
            }
            case NodeKind::InvertedSection: {
                auto const* value = resolve(node.path, stack);
                if (!value || !value->is_truthy())
                    render_nodes(node.children, out, stack, catalogue);
                break;
            }
            case NodeKind::Partial:
                node.partial->render(out, stack, catalogue);
                break;
            }
        }
    }

    std::vector<Node> m_nodes;
};

TemplateSet::TemplateSet() = default;
TemplateSet::TemplateSet(TemplateSet&&) noexcept = default;
TemplateSet::~TemplateSet() = default;

TemplateSet TemplateSet::from_sources(std::map<std::string, std::string> const& sources)
{
    TemplateSet set;
    for (auto const& [name, source] : sources)
        set.m_templates.emplace(name, std::make_unique<Template>(name, source));
    for (auto& [name, compiled] : set.m_templates)
        compiled->link(set.m_templates);
    return set;
}

TemplateSet TemplateSet::embedded()
{
    std::map<std::string, std::string> sources;
    constexpr std::string_view prefix = "templates/";
    constexpr std::string_view suffix = ".mustache";
    for (auto name : resources::names_under(prefix))
        if (name.ends_with(suffix))
            sources.emplace(name.substr(prefix.size(), name.size() - prefix.size() - suffix.size()),
                            *resources::find(name));
    return from_sources(sources);
}

bool TemplateSet::has(std::string_view name) const
{
    return m_templates.contains(name);
}

std::string TemplateSet::render(std::string_view name, TemplateValue const& data,
                                locale::Catalogue const& catalogue) const
{
    auto it = m_templates.find(name);
    if (it == m_templates.end())
        throw std::out_of_range("no template named " + std::string(name));
    std::string out;
    out.reserve(16 * 1024);
    std::vector<TemplateValue const*> stack{&data};
    it->second->render(out, stack, catalogue);
    return out;
}

std::vector<std::string> TemplateSet::catalogue_keys() const
{
    std::set<std::string> keys;
    for (auto const& [name, compiled] : m_templates)
        compiled->collect_catalogue_keys(keys);
    return {keys.begin(), keys.end()};
}

} // namespace tremplin::web
