#include "web/pages/traineeship_display.hpp"

namespace tremplin::web::pages::traineeships {

std::string status_label(Context const& context, domain::Traineeship const& traineeship)
{
    auto label = std::string(
        context.text("traineeships.statuses." + std::string(domain::code_of(traineeship.status))));
    if (traineeship.interruption)
        label += " (" +
                 std::string(context.text("traineeships.reasons." +
                                          std::string(domain::code_of(*traineeship.interruption)))) +
                 ")";
    return label;
}

std::string dates_of(Context const& context, domain::Date starts_on, domain::Date ends_on)
{
    return context.catalogue->date(starts_on) + " – " + context.catalogue->date(ends_on);
}

long long signature_count(domain::AgreementSignatures const& signatures)
{
    return (signatures.centre ? 1 : 0) + (signatures.host ? 1 : 0) + (signatures.trainee ? 1 : 0);
}

} // namespace tremplin::web::pages::traineeships
