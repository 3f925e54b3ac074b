#include "web/http_server.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace tremplin::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

std::string lower_case(std::string_view text)
{
    std::string lowered(text);
    std::ranges::transform(lowered, lowered.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lowered;
}

void copy_header_fields(http::request_header<> const& from, Request& to)
{
    to.method = std::string(from.method_string());
    to.target = std::string(from.target());
    for (auto const& field : from)
        to.headers.emplace_back(lower_case({field.name_string().data(), field.name_string().size()}),
                                std::string(field.value()));
}

bool is_quiet_end(beast::error_code const& error)
{
    return error == http::error::end_of_stream || error == beast::error::timeout ||
           error == asio::error::operation_aborted || error == asio::error::connection_reset ||
           error == asio::error::eof || error == asio::error::bad_descriptor;
}

} // namespace

class Session;

struct HttpServer::Implementation {
    Implementation(ServerOptions server_options, HttpHandler& request_handler)
        : options(std::move(server_options)), handler(request_handler),
          io(static_cast<int>(std::max(1u, options.threads))), acceptor(asio::make_strand(io)),
          grace_timer(io)
    {
        tcp::endpoint const endpoint(asio::ip::make_address(options.address), options.port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(asio::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen(asio::socket_base::max_listen_connections);
    }

    void accept();
    void begin_stop();
    void forget(Session* session);

    ServerOptions options;
    HttpHandler& handler;
    asio::io_context io;
    tcp::acceptor acceptor;
    asio::steady_timer grace_timer;
    std::optional<asio::signal_set> signals;
    std::atomic<bool> stopping{false};
    std::mutex sessions_mutex;
    std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
};

// One connection: reads a request, answers it, and reads the next while the client keeps it alive.
class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket socket, HttpServer::Implementation& server)
        : m_stream(std::move(socket)), m_server(server)
    {
        beast::error_code ignored;
        auto const endpoint = m_stream.socket().remote_endpoint(ignored);
        m_remote_address = ignored ? std::string() : endpoint.address().to_string();
    }

    ~Session() { m_server.forget(this); }

    void start()
    {
        {
            std::lock_guard lock(m_server.sessions_mutex);
            m_server.sessions.emplace(this, weak_from_this());
        }
        asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->read_header(); });
    }

    // Called on this session's strand when the server stops.
    void close_if_idle()
    {
        if (m_idle)
            close();
    }

    asio::any_io_executor executor() { return m_stream.get_executor(); }

  private:
    void read_header()
    {
        if (m_server.stopping)
            return close();
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(m_server.options.header_limit));
        m_parser->body_limit(m_server.options.body_limit);
        m_idle = true;
        m_stream.expires_after(m_server.options.read_timeout);
        http::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_header(error); });
    }

    void on_header(beast::error_code error)
    {
        m_idle = false;
        if (is_quiet_end(error))
            return close();
        if (error == http::error::header_limit)
            return refuse(431);
        if (error == http::error::body_limit) // the announced Content-Length is already too large
            return refuse(413);
        if (error)
            return refuse(400);

        auto const& header = m_parser->get();
        if (auto length = m_parser->content_length(); length && *length > m_server.options.body_limit)
            return refuse(413);
        if (beast::iequals(header[http::field::expect], "100-continue")) {
            auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
            http::async_write(
                m_stream, *interim,
                [self = shared_from_this(), interim](beast::error_code write_error, std::size_t) {
                    if (write_error)
                        return self->close();
                    self->read_body();
                });
            return;
        }
        read_body();
    }

    void read_body()
    {
        http::async_read(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_body(error); });
    }

    void on_body(beast::error_code error)
    {
        if (error == http::error::body_limit)
            return refuse(413);
        if (is_quiet_end(error))
            return close();
        if (error)
            return refuse(400);

        auto message = m_parser->release();
        Request request;
        copy_header_fields(message, request);
        request.body = std::move(message.body());
        request.remote_address = m_remote_address;
        bool const keep_alive = message.keep_alive();
        bool const head = message.method() == http::verb::head;

        Response response;
        try {
            response = m_server.handler.handle(request);
        } catch (std::exception const&) {
            response = Response::text("Internal Server Error", 500);
        }
        write(std::move(response), keep_alive && !m_server.stopping, head);
    }

    void refuse(int status)
    {
        Request partial;
        if (m_parser)
            copy_header_fields(m_parser->get(), partial);
        partial.remote_address = m_remote_address;
        Response response;
        try {
            response = m_server.handler.refuse(status, partial);
        } catch (std::exception const&) {
            response = Response::text("Bad Request", status);
        }
        write(std::move(response), false, false);
    }

    void write(Response response, bool keep_alive, bool head)
    {
        auto message = std::make_shared<http::response<http::string_body>>(
            static_cast<http::status>(response.status), 11);
        for (auto& [name, value] : response.headers)
            message->insert(name, value);
        auto const length = response.body.size();
        if (!head)
            message->body() = std::move(response.body);
        message->content_length(length);
        message->keep_alive(keep_alive);

        m_stream.expires_after(m_server.options.read_timeout);
        http::async_write(
            m_stream, *message,
            [self = shared_from_this(), message, keep_alive](beast::error_code error, std::size_t) {
                if (error || !keep_alive)
                    return self->close();
                self->read_header();
            });
    }

    void close()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_stream.socket().close(ignored);
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpServer::Implementation& m_server;
    std::string m_remote_address;
    bool m_idle = true;
};

void HttpServer::Implementation::accept()
{
    acceptor.async_accept(asio::make_strand(io), [this](beast::error_code error, tcp::socket socket) {
        if (error == asio::error::operation_aborted || stopping)
            return;
        if (!error)
            std::make_shared<Session>(std::move(socket), *this)->start();
        accept();
    });
}

void HttpServer::Implementation::begin_stop()
{
    if (stopping.exchange(true))
        return;
    beast::error_code ignored;
    acceptor.close(ignored);
    if (signals)
        signals->cancel(ignored);

    std::vector<std::shared_ptr<Session>> live;
    {
        std::lock_guard lock(sessions_mutex);
        for (auto& [pointer, weak] : sessions)
            if (auto session = weak.lock())
                live.push_back(std::move(session));
    }
    if (live.empty())
        return;
    for (auto& session : live)
        asio::post(session->executor(), [session] { session->close_if_idle(); });
    grace_timer.expires_after(options.shutdown_grace);
    grace_timer.async_wait([this](beast::error_code error) {
        if (!error)
            io.stop(); // requests still running after the grace period are cut off
    });
}

void HttpServer::Implementation::forget(Session* session)
{
    std::lock_guard lock(sessions_mutex);
    sessions.erase(session);
    if (stopping && sessions.empty())
        asio::post(acceptor.get_executor(), [this] { grace_timer.cancel(); });
}

HttpServer::HttpServer(ServerOptions options, HttpHandler& handler)
    : m_implementation(std::make_unique<Implementation>(std::move(options), handler))
{
}

HttpServer::~HttpServer() = default;

unsigned short HttpServer::port() const
{
    return m_implementation->acceptor.local_endpoint().port();
}

void HttpServer::run(Signals signals)
{
    auto& server = *m_implementation;
    if (signals == Signals::StopOnTermination) {
        server.signals.emplace(server.io, SIGINT, SIGTERM);
        server.signals->async_wait([&server](beast::error_code error, int) {
            if (!error)
                asio::post(server.acceptor.get_executor(), [&server] { server.begin_stop(); });
        });
    }
    server.accept();

    std::vector<std::thread> workers;
    for (unsigned i = 1; i < std::max(1u, server.options.threads); ++i)
        workers.emplace_back([&server] { server.io.run(); });
    server.io.run();
    for (auto& worker : workers)
        worker.join();
}

void HttpServer::stop()
{
    auto& server = *m_implementation;
    // The acceptor and the grace timer are only touched on the acceptor's strand.
    asio::post(server.acceptor.get_executor(), [&server] { server.begin_stop(); });
}

} // namespace tremplin::web
