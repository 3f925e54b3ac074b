#include "cli/commands.hpp"
#include "cli/logging.hpp"
#include "cli/runtime.hpp"
#include "mail/smtp.hpp"
#include "report/letter.hpp"
#include "store/failure.hpp"
#include "store/migrations.hpp"
#include "web/application.hpp"
#include "web/http_server.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <stop_token>
#include <thread>

#include <spdlog/spdlog.h>

namespace tremplin::cli {

namespace {

std::pair<std::string, unsigned short> host_and_port(std::string const& listen)
{
    auto const colon = listen.rfind(':');
    if (colon == std::string::npos)
        throw std::invalid_argument("--listen takes HOST:PORT, e.g. 127.0.0.1:8080");
    int const port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535)
        throw std::invalid_argument("the port must be between 0 and 65535");
    return {listen.substr(0, colon), static_cast<unsigned short>(port)};
}

// Sends the e-mails of the outbox, oldest first; a refused one is tried again next time.
void send_waiting_mail(Runtime& runtime, mail::SmtpSettings const& settings,
                       std::string const& default_language)
{
    auto& outbox = runtime.recruitment().outbox;
    for (auto const& letter : outbox.to_email(50)) {
        auto const* catalogue = runtime.catalogues().find(letter.language);
        if (!catalogue)
            catalogue = runtime.catalogues().find(default_language);
        auto const text = report::write_letter(*catalogue, letter);
        try {
            mail::send_mail(settings, {letter.email, text.subject, text.body});
            outbox.emailed(letter, text);
        } catch (mail::SmtpError const& error) {
            spdlog::warn("mail to participant {}: {}", letter.participant_id, error.what());
            auto const why = error.server_answer().empty()
                                 ? std::string(error.what())
                                 : std::string(error.what()) + ": " + error.server_answer();
            outbox.not_emailed(letter, why);
        }
    }
}

} // namespace

int serve(ServeOptions const& options)
{
    auto const started = std::chrono::steady_clock::now();
    log_to_buffered_standard_output();
    auto const [host, port] = host_and_port(options.listen);
    // One connection per worker thread, and one for the work the server does on its own.
    Runtime runtime({database_url_from(options.database_url), options.threads + 1});
    runtime.accounts().tidy();
    auto const templates = web::TemplateSet::embedded();

    web::WebSettings settings;
    settings.plain_http = options.plain_http;
    settings.default_language = options.default_language;
    settings.cached_results = options.cached_results;
    settings.trusted_proxies = options.trusted_proxies;
    settings.trust_forwarded_for = options.trust_forwarded_for;
    settings.public_url = options.public_url;
    web::Application application({runtime.database(), runtime.accounts(), runtime.participants(),
                                  runtime.audit(), runtime.administration(), runtime.training(),
                                  runtime.recruitment(), runtime.partners(), runtime.offers(),
                                  runtime.traineeships(), runtime.evaluations(), runtime.placement()},
                                 runtime.catalogues(), templates, settings);
    web::ServerOptions server_options;
    server_options.address = host;
    server_options.port = port;
    server_options.threads = options.threads;
    server_options.body_limit =
        std::max({settings.limits.form_bytes, settings.limits.import_bytes, settings.limits.api_bytes});
    server_options.max_connections = options.max_connections;
    // Behind a proxy every connection comes from the proxy: the proxy limits its clients. With
    // the older setting any peer may be a proxy, so none is capped unless asked.
    server_options.max_connections_per_client =
        options.max_connections_per_client.value_or(options.trust_forwarded_for ? 0 : 32);
    server_options.uncapped_clients = options.trusted_proxies;
    web::HttpServer server(server_options, application);

    // While the server runs, ended sessions, stale sign-in failures and application drafts
    // nobody sent for a month are removed every hour.
    std::jthread housekeeping([&runtime](std::stop_token stop) {
        std::mutex mutex;
        std::condition_variable_any wake;
        std::unique_lock lock(mutex);
        while (!wake.wait_for(lock, stop, std::chrono::hours(1), [] { return false; }) &&
               !stop.stop_requested()) {
            try {
                runtime.accounts().tidy();
                if (auto const forgotten = runtime.recruitment().applications.forget_stale_drafts())
                    spdlog::info("forgot {} application drafts nobody sent", forgotten);
            } catch (std::exception const& error) {
                spdlog::warn("housekeeping: {}", store::loggable(error));
            }
        }
    });

    // With a mail server, the outbox's e-mails leave every minute.
    std::optional<mail::SmtpSettings> smtp;
    if (!options.smtp.empty())
        smtp = mail::smtp_settings_from(options.smtp, options.mail_from);
    std::jthread mail_sender([&runtime, &smtp, &options](std::stop_token stop) {
        if (!smtp)
            return;
        std::mutex mutex;
        std::condition_variable_any wake;
        std::unique_lock lock(mutex);
        do {
            try {
                send_waiting_mail(runtime, *smtp, options.default_language);
            } catch (std::exception const& error) {
                spdlog::warn("mail: {}", store::loggable(error));
            }
        } while (!wake.wait_for(lock, stop, std::chrono::minutes(1), [] { return false; }) &&
                 !stop.stop_requested());
    });

    if (options.plain_http)
        // Worded without a URL: scripts read the port from the first URL the log prints.
        spdlog::warn("--plain-http: cookies go without Secure nor __Host- and no HSTS is sent. Only for "
                     "development on this machine (127.0.0.1): anyone on the network between a browser "
                     "and {} port {} can read its session cookie and act as its user",
                     host, server.port());
    auto const ready_in =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
    spdlog::info(
        "Tremplin {} listening on http://{}:{} ({} threads, at most {} connections, ready in {:.0f} ms)",
        TREMPLIN_VERSION, host, server.port(), options.threads, server_options.max_connections,
        ready_in.count());
    spdlog::default_logger()->flush(); // whoever waits for this line sees it at once
    server.run();
    spdlog::info("Tremplin stopped");
    spdlog::default_logger()->flush();
    return 0;
}

int migrate(std::string const& database_url)
{
    auto database = store::Database::open(database_url_from(database_url), 1);
    auto const applied = store::migrate(*database);
    for (auto const& name : applied)
        spdlog::info("applied {}", name);
    spdlog::info("the database is up to date ({} migrations applied now)", applied.size());
    return 0;
}

} // namespace tremplin::cli
