#include "web/pages/priority_display.hpp"

#include "web/pages/training_display.hpp"

namespace tremplin::web {

namespace {

std::string reason_text(domain::PriorityReason const& reason, locale::Catalogue const& catalogue)
{
    using domain::ReasonKind;
    switch (reason.kind) {
    case ReasonKind::EducationLevel:
        return catalogue.format(
            "priority.reasons.education_level",
            {{"level", std::string(catalogue.text("priority.levels." +
                                                  std::string(domain::code_of(*reason.level))))}});
    case ReasonKind::UnemployedFor:
        return catalogue.format("priority.reasons.unemployed_for",
                                {{"months", static_cast<long long>(reason.months)},
                                 {"since", catalogue.month_year(*reason.since)}});
    case ReasonKind::QualificationObsolete:
    case ReasonKind::DiplomaNotRecognised:
    case ReasonKind::SingleParent:
    case ReasonKind::HousingExclusion:
    case ReasonKind::ReferredBySocialServices:
        break;
    }
    return std::string(catalogue.text("priority.reasons." + std::string(domain::code_of(reason.kind))));
}

} // namespace

std::string tier_label(int tier, locale::Catalogue const& catalogue)
{
    return catalogue.format("priority.tier", {{"tier", static_cast<long long>(tier)}});
}

std::string proof_sentence(domain::PriorityReason const& reason, locale::Catalogue const& catalogue)
{
    auto proof = in_reader_language(reason.criterion.proof, catalogue);
    if (proof.empty())
        proof = catalogue.text("priority.proof.unnamed");
    auto const& status = reason.proof;
    switch (status.state) {
    case domain::ProofState::Valid:
        return catalogue.format("priority.proof.valid",
                                {{"proof", proof},
                                 {"received_on", catalogue.date(*status.received_on)},
                                 {"valid_until", catalogue.date(*status.valid_until)}});
    case domain::ProofState::Expired:
        return catalogue.format("priority.proof.expired",
                                {{"proof", proof},
                                 {"received_on", catalogue.date(*status.received_on)},
                                 {"expired_on", catalogue.date(*status.expired_on)}});
    case domain::ProofState::NotReceived:
        break;
    }
    return catalogue.format(
        "priority.proof.not_received",
        {{"proof", proof}, {"months", static_cast<long long>(reason.criterion.proof_valid_months)}});
}

TemplateValue priority_view(domain::PriorityStanding const& standing, locale::Catalogue const& catalogue,
                            ReasonLineExtra const& add_to_line)
{
    TemplateValue view = TemplateValue::object();
    auto const tier = static_cast<long long>(standing.tier);
    view["tier"] = tier_label(standing.tier, catalogue);
    if (standing.everyone_else())
        view["sentence"] = catalogue.format("priority.standing.everyone_else", {{"tier", tier}});
    else if (standing.reasons.size() == 1)
        view["sentence"] =
            catalogue.format("priority.standing.because_one",
                             {{"tier", tier}, {"reason", reason_text(standing.reasons[0], catalogue)}});
    else
        view["sentence"] = catalogue.format("priority.standing.because_many", {{"tier", tier}});
    view["several"] = standing.reasons.size() > 1;
    for (auto const& reason : standing.reasons) {
        auto& row = view["reasons"].append();
        row["reason"] = reason_text(reason, catalogue);
        row["criterion"] = in_reader_language(reason.criterion.name, catalogue);
        row["proof"] = proof_sentence(reason, catalogue);
        if (add_to_line)
            add_to_line(reason, row);
    }
    return view;
}

std::string eligibility_sentence(service::ChoiceEligibility const& choice, locale::Catalogue const& catalogue)
{
    auto const track = in_reader_language(choice.track.name, catalogue);
    auto const& eligibility = choice.eligibility;
    auto const key = "aptitude.eligibility." + std::string(domain::code_of(eligibility.reason));
    if (!eligibility.test)
        return catalogue.format(key, {{"track", track}});
    return catalogue.format(
        key, {{"track", track},
              {"score", static_cast<long long>(eligibility.score ? eligibility.score->score : 0)},
              {"maximum", static_cast<long long>(eligibility.test->maximum_score)},
              {"pass_mark", static_cast<long long>(eligibility.test->pass_mark)}});
}

} // namespace tremplin::web
