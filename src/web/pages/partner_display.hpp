#pragma once

// What the partners' pages share: a typed form read by the names of its inputs, and the labels
// of a partner's kind, sector and size.

#include "domain/partner.hpp"
#include "web/context.hpp"
#include "web/form_data.hpp"
#include "web/form_view.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::web::pages::partners {

// An input (domain::PartnerInput, domain::PartnerContactInput) read from the form by the names
// its table gives.
template <class Input, class Table> Input input_from(FormData const& form, Table const& inputs)
{
    Input input;
    for (auto const& [name, member] : inputs)
        input.*member = std::string(form.get(name));
    return input;
}

// What the form shows in each input: what she typed, by the input's name.
template <class Input, class Table> FormView::ValueOf typed_in(Input const& input, Table const& inputs)
{
    return [&input, &inputs](std::string_view field) -> std::string_view {
        for (auto const& [name, member] : inputs)
            if (name == field)
                return input.*member;
        return {};
    };
}

std::string kind_label(Context const& context, domain::PartnerKind kind);
// "J – Information and communication"; "" when not known.
std::string sector_label(Context const& context, std::string const& section);

std::vector<Choice> kind_choices(Context const& context);
std::vector<Choice> sector_choices(Context const& context);
std::vector<Choice> size_band_choices(Context const& context);

} // namespace tremplin::web::pages::partners
