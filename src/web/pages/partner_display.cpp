#include "web/pages/partner_display.hpp"

namespace tremplin::web::pages::partners {

std::string kind_label(Context const& context, domain::PartnerKind kind)
{
    return std::string(context.text("partners.kinds." + std::string(domain::code_of(kind))));
}

std::string sector_label(Context const& context, std::string const& section)
{
    if (!domain::is_nace_section(section))
        return {};
    return section + " – " + std::string(context.text("partners.sectors." + section));
}

std::vector<Choice> kind_choices(Context const& context)
{
    return coded_choices<domain::PartnerKind>(*context.catalogue, "partners.kinds");
}

std::vector<Choice> sector_choices(Context const& context)
{
    std::vector<Choice> choices;
    for (auto const& section : domain::nace_sections())
        choices.push_back({section, sector_label(context, section), {}});
    return choices;
}

std::vector<Choice> size_band_choices(Context const& context)
{
    return coded_choices<domain::SizeBand>(*context.catalogue, "partners.size_bands");
}

} // namespace tremplin::web::pages::partners
