#include "web/template_value.hpp"

#include <tuple>

namespace tremplin::web {

TemplateValue& TemplateValue::operator[](TemplateKey key)
{
    if (!is_object())
        m_value = Fields();
    auto& fields = std::get<Fields>(m_value);
    for (auto& [name, value] : fields)
        if (name == key.text())
            return value;
    return fields
        .emplace_back(std::piecewise_construct, std::forward_as_tuple(key.text()), std::forward_as_tuple())
        .second;
}

TemplateValue const* TemplateValue::field(std::string_view key) const
{
    auto const* fields = std::get_if<Fields>(&m_value);
    if (!fields)
        return nullptr;
    for (auto const& [name, value] : *fields)
        if (name == key)
            return &value;
    return nullptr;
}

TemplateValue& TemplateValue::append(TemplateValue element)
{
    if (!is_list())
        m_value = List();
    return std::get<List>(m_value).emplace_back(std::move(element));
}

bool TemplateValue::is_truthy() const
{
    return std::visit(
        [](auto const& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return false;
            else if constexpr (std::is_same_v<T, bool>)
                return value;
            else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, List>)
                return !value.empty();
            else
                return true;
        },
        m_value);
}

} // namespace tremplin::web
