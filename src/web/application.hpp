#pragma once

// The web application: routes every request through the same steps (request id, language,
// session or token, CSRF check, handler, security headers, access log) to the pages and the API.

#include "locale/catalogues.hpp"
#include "service/account_administration.hpp"
#include "service/account_service.hpp"
#include "service/audit_trail.hpp"
#include "service/evaluation_service.hpp"
#include "service/offer_service.hpp"
#include "service/participant_service.hpp"
#include "service/partner_service.hpp"
#include "service/placement_round_service.hpp"
#include "service/recruitment.hpp"
#include "service/system_health.hpp"
#include "service/traineeship_service.hpp"
#include "service/training.hpp"
#include "web/context.hpp"
#include "web/http_server.hpp"
#include "web/router.hpp"
#include "web/template_engine.hpp"

#include <atomic>
#include <chrono>
#include <optional>
#include <string>

namespace tremplin::web {

struct Services {
    service::SystemHealth health;
    service::AccountService& accounts;
    service::ParticipantService& participants;
    service::AuditService& audit;
    service::AccountAdministration& administration;
    service::Training& training;
    service::Recruitment& recruitment;
    service::PartnerService& partners;
    service::OfferService& offers;
    service::TraineeshipService& traineeships;
    service::EvaluationService& evaluations;
    service::PlacementRoundService& placement;
};

class Application final : public HttpHandler {
  public:
    Application(Services services, locale::Catalogues const& catalogues, TemplateSet const& templates,
                WebSettings settings);

    // docs/design.md "Request limits": each route's body limit; a form without the cookies it
    // needs is answered from its header, its body never read.
    Admission admit(Request const& header) override;
    // Before a body larger than a form's is read: is the session or the token real?
    std::optional<Response> check_caller(Request const& header) override;
    Response handle(Request& request) override;
    Response refuse(int status, Request const& request) override;

  private:
    Response dispatch(Context& context, RouteMatch const& route, std::string session_csrf);
    std::string too_large(Context const& context, Body body) const;
    // An answer made without the body (or its handler): `make` gets a context without anyone
    // signed in; the answer is headed and logged like any other.
    template <class Make>
    Response answer_from_header(Request const& header, std::string_view route_pattern, Make make);
    void finish(Response& response, Request const& request, std::string const& request_id,
                std::string_view route_pattern, std::string_view who,
                std::chrono::steady_clock::time_point started) const;
    locale::Catalogue const& language_for(Request const& request, service::Actor const* actor) const;
    std::string next_request_id();

    Services m_services;
    locale::Catalogues const& m_catalogues;
    TemplateSet const& m_templates;
    WebSettings m_settings;
    RenderCaches m_caches;
    Site m_site;
    Router m_router;
    std::string m_request_id_prefix;
    std::atomic<unsigned long long> m_request_counter{0};
};

} // namespace tremplin::web
