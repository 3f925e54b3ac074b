#pragma once

// The data a template is rendered with: text, a flag, a list, or an object of named values,
// nested as deep as needed. Numbers are given as text (formatted by the caller for the
// reader's language).

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace tremplin::web {

// The name of a field: always a string literal in code, so a value can point at it instead of
// copying it (a page has hundreds of fields).
class TemplateKey {
  public:
    template <std::size_t N> consteval TemplateKey(char const (&text)[N]) : m_text(text, N - 1) {}
    std::string_view text() const { return m_text; }

  private:
    std::string_view m_text;
};

class TemplateValue {
  public:
    using List = std::vector<TemplateValue>;
    using Fields = std::vector<std::pair<std::string_view, TemplateValue>>;

    TemplateValue() = default; // nothing: renders empty, a section over it is skipped
    TemplateValue(bool flag) : m_value(flag) {}
    TemplateValue(std::string text) : m_value(std::move(text)) {}
    TemplateValue(std::string_view text) : m_value(std::string(text)) {}
    TemplateValue(char const* text) : m_value(std::string(text)) {}
    TemplateValue(long long number) : m_value(std::to_string(number)) {}
    TemplateValue(int number) : m_value(std::to_string(number)) {}

    static TemplateValue object() { return TemplateValue(Fields()); }
    static TemplateValue list() { return TemplateValue(List()); }

    // Object access: the field named `key`, created empty if missing (the value becomes an
    // object if it was not one).
    TemplateValue& operator[](TemplateKey key);
    TemplateValue const* field(std::string_view key) const;

    // List access: appends and returns the new element (the value becomes a list if it was not one).
    TemplateValue& append(TemplateValue element = object());

    bool is_list() const { return std::holds_alternative<List>(m_value); }
    bool is_object() const { return std::holds_alternative<Fields>(m_value); }
    List const* as_list() const { return std::get_if<List>(&m_value); }
    std::string const* as_text() const { return std::get_if<std::string>(&m_value); }

    // Mustache truthiness: nothing, false, an empty list and empty text are false.
    bool is_truthy() const;

  private:
    explicit TemplateValue(Fields fields) : m_value(std::move(fields)) {}
    explicit TemplateValue(List list) : m_value(std::move(list)) {}

    std::variant<std::monostate, bool, std::string, List, Fields> m_value;
};

} // namespace tremplin::web
