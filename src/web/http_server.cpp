#include "web/http_server.hpp"

#include "web/request_head.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

namespace tremplin::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

// How long a refused client may go on sending what the server will not read, so that it
// reads the refusal rather than a reset connection.
constexpr std::chrono::seconds lingering{2};
constexpr std::size_t drain_chunk = 16 * 1024;

bool is_quiet_end(beast::error_code const& error)
{
    return error == http::error::end_of_stream || error == beast::error::timeout ||
           error == asio::error::operation_aborted || error == asio::error::connection_reset ||
           error == asio::error::eof || error == asio::error::bad_descriptor;
}

// Whom a connection is counted against: an IPv4 address, or the /64 of an IPv6 address (one
// machine holds a whole /64), as sign-in failures are: docs/design.md "Sign-in limits".
std::string client_of(asio::ip::address const& address)
{
    if (!address.is_v6())
        return address.to_string();
    auto const v6 = address.to_v6();
    if (v6.is_v4_mapped())
        return asio::ip::make_address_v4(asio::ip::v4_mapped, v6).to_string();
    auto bytes = v6.to_bytes();
    std::fill(bytes.begin() + 8, bytes.end(), static_cast<unsigned char>(0));
    return asio::ip::address_v6(bytes).to_string() + "/64";
}

} // namespace

std::chrono::milliseconds next_accept_delay(std::chrono::milliseconds previous)
{
    using namespace std::chrono_literals;
    return previous < 10ms ? 10ms : std::min<std::chrono::milliseconds>(previous * 2, 1s);
}

class Session;

struct HttpServer::Implementation {
    Implementation(ServerOptions server_options, HttpHandler& request_handler)
        : options(std::move(server_options)), handler(request_handler),
          io(static_cast<int>(std::max(1u, options.io_threads))), acceptor(asio::make_strand(io)),
          accept_timer(acceptor.get_executor()), grace_timer(io), workers(std::max(1u, options.threads)),
          work_capacity(std::max(1u, options.threads) + options.queued_requests)
    {
        tcp::endpoint const endpoint(asio::ip::make_address(options.address), options.port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(asio::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen(asio::socket_base::max_listen_connections);
    }

    void accept();
    void admit_connection(tcp::socket socket);
    void begin_stop();
    void forget(Session* session, std::string const& client);

    // Runs `task` on a worker; false, and nothing run, when every worker is busy and the queue
    // is full.
    template <class Task> bool try_work(Task task)
    {
        if (work_under_way.fetch_add(1) >= work_capacity) {
            --work_under_way;
            return false;
        }
        // The guard keeps the I/O threads running while the answer is being made.
        asio::post(workers, [this, task = std::move(task), guard = asio::make_work_guard(io)]() mutable {
            task();
            --work_under_way;
        });
        return true;
    }

    ServerOptions options;
    HttpHandler& handler;
    asio::io_context io;
    tcp::acceptor acceptor;
    asio::steady_timer accept_timer;
    std::chrono::milliseconds accept_delay{0};
    asio::steady_timer grace_timer;
    std::optional<asio::signal_set> signals;
    std::atomic<bool> stopping{false};
    std::mutex sessions_mutex;
    std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
    std::unordered_map<std::string, std::size_t> connections_of_client;
    // Last, so that it is joined first: its tasks hold sessions whose sockets belong to `io`.
    asio::thread_pool workers;
    std::size_t const work_capacity;
    std::atomic<std::size_t> work_under_way{0};
};

// One connection: reads a request's header, asks the handler what it may send, reads its body,
// has a worker answer it, and reads the next while the client keeps the connection alive.
class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket socket, HttpServer::Implementation& server, std::string client,
            std::string remote_address)
        : m_stream(std::move(socket)), m_server(server), m_client(std::move(client)),
          m_remote_address(std::move(remote_address))
    {
    }

    ~Session() { m_server.forget(this, m_client); }

    void start()
    {
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
        m_parser->body_limit(m_server.options.body_limit); // lowered once the route is known
        m_head.reset();
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

        m_head.emplace();
        copy_header_fields(m_parser->get(), *m_head);
        m_head->remote_address = m_remote_address;
        Admission admission;
        try {
            admission = m_server.handler.admit(*m_head);
        } catch (std::exception const&) {
            return refuse(500);
        }
        if (admission.refusal)
            return answer_and_close(std::move(*admission.refusal));
        auto const limit = std::min(admission.body_limit, m_server.options.body_limit);
        if (auto length = m_parser->content_length(); length && *length > limit)
            return refuse(413);
        m_parser->body_limit(limit); // a chunked body is counted as it comes
        if (!admission.check_caller_first)
            return continue_to_body();

        // The handler may look the caller up in the database: a worker's work.
        bool const queued = m_server.try_work([self = shared_from_this()] {
            std::optional<Response> refusal;
            try {
                refusal = self->m_server.handler.check_caller(*self->m_head);
            } catch (std::exception const&) {
                refusal = Response::text("Internal Server Error", 500);
            }
            asio::post(self->m_stream.get_executor(), [self, refusal = std::move(refusal)]() mutable {
                if (refusal)
                    return self->answer_and_close(std::move(*refusal));
                self->continue_to_body();
            });
        });
        if (!queued)
            refuse(503);
    }

    void continue_to_body()
    {
        if (beast::iequals(m_parser->get()[http::field::expect], "100-continue")) {
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
        m_parser.reset();
        Request request = *m_head;
        request.body = std::move(message.body());
        bool const keep_alive = message.keep_alive();
        bool const head = message.method() == http::verb::head;

        bool const queued = m_server.try_work(
            [self = shared_from_this(), request = std::move(request), keep_alive, head]() mutable {
                Response response;
                try {
                    response = self->m_server.handler.handle(request);
                } catch (std::exception const&) {
                    response = Response::text("Internal Server Error", 500);
                }
                asio::post(self->m_stream.get_executor(),
                           [self, response = std::move(response), keep_alive, head]() mutable {
                               self->write(std::move(response), keep_alive && !self->m_server.stopping, head,
                                           AfterWriting::Close);
                           });
            });
        if (!queued)
            refuse(503);
    }

    void refuse(int status)
    {
        Request partial;
        if (m_head) {
            partial = *m_head;
        } else if (m_parser) {
            copy_header_fields(m_parser->get(), partial);
            partial.remote_address = m_remote_address;
        }
        Response response;
        try {
            response = m_server.handler.refuse(status, partial);
        } catch (std::exception const&) {
            response = Response::text("Bad Request", status);
        }
        if (status == 503)
            response.set_header("Retry-After", "2");
        answer_and_close(std::move(response));
    }

    // An answer to a request whose body may still be on its way: written, then what the client
    // goes on sending is read and dropped for a moment before the connection closes.
    void answer_and_close(Response response)
    {
        m_parser.reset();
        m_head.reset();
        write(std::move(response), false, false, AfterWriting::Drain);
    }

    enum class AfterWriting { Close, Drain };

    void write(Response response, bool keep_alive, bool head, AfterWriting after)
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
            [self = shared_from_this(), message, keep_alive, after](beast::error_code error, std::size_t) {
                if (error)
                    return self->close();
                if (keep_alive)
                    return self->read_header();
                if (after == AfterWriting::Drain)
                    return self->drain();
                self->close();
            });
    }

    void drain()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_stream.expires_after(lingering);
        drain_more();
    }

    void drain_more()
    {
        m_buffer.consume(m_buffer.size());
        m_stream.async_read_some(m_buffer.prepare(drain_chunk),
                                 [self = shared_from_this()](beast::error_code error, std::size_t) {
                                     if (error)
                                         return self->close();
                                     self->drain_more();
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
    std::optional<Request> m_head; // the request as read so far, without its body
    HttpServer::Implementation& m_server;
    std::string m_client;
    std::string m_remote_address;
    bool m_idle = true;
};

void HttpServer::Implementation::accept()
{
    acceptor.async_accept(asio::make_strand(io), [this](beast::error_code error, tcp::socket socket) {
        if (error == asio::error::operation_aborted || stopping)
            return;
        if (error) {
            // Out of descriptors, say: trying again at once would only spin.
            accept_delay = next_accept_delay(accept_delay);
            spdlog::warn("accepting a connection failed ({}): next try in {} ms", error.message(),
                         accept_delay.count());
            accept_timer.expires_after(accept_delay);
            accept_timer.async_wait([this](beast::error_code wait_error) {
                if (!wait_error && !stopping)
                    accept();
            });
            return;
        }
        accept_delay = std::chrono::milliseconds(0);
        admit_connection(std::move(socket));
        accept();
    });
}

void HttpServer::Implementation::admit_connection(tcp::socket socket)
{
    beast::error_code error;
    auto const endpoint = socket.remote_endpoint(error);
    if (error)
        return; // gone already
    auto client = client_of(endpoint.address());
    std::shared_ptr<Session> session;
    {
        std::lock_guard lock(sessions_mutex);
        auto const from_client = connections_of_client.find(client);
        std::size_t const already = from_client == connections_of_client.end() ? 0 : from_client->second;
        bool const capped = options.max_connections_per_client != 0 &&
                            std::ranges::find(options.uncapped_clients, endpoint.address().to_string()) ==
                                options.uncapped_clients.end();
        if (sessions.size() >= options.max_connections ||
            (capped && already >= options.max_connections_per_client)) {
            socket.close(error); // over a cap: nothing read, nothing queued
            return;
        }
        ++connections_of_client[client];
        session = std::make_shared<Session>(std::move(socket), *this, std::move(client),
                                            endpoint.address().to_string());
        sessions.emplace(session.get(), session);
    }
    session->start();
}

void HttpServer::Implementation::begin_stop()
{
    if (stopping.exchange(true))
        return;
    beast::error_code ignored;
    acceptor.close(ignored);
    accept_timer.cancel();
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

void HttpServer::Implementation::forget(Session* session, std::string const& client)
{
    std::lock_guard lock(sessions_mutex);
    sessions.erase(session);
    if (auto from_client = connections_of_client.find(client);
        from_client != connections_of_client.end() && --from_client->second == 0)
        connections_of_client.erase(from_client);
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

    std::vector<std::thread> io_threads;
    for (unsigned i = 1; i < std::max(1u, server.options.io_threads); ++i)
        io_threads.emplace_back([&server] { server.io.run(); });
    server.io.run();
    for (auto& thread : io_threads)
        thread.join();
    server.workers.join(); // answers still being made after the grace period go nowhere
}

void HttpServer::stop()
{
    auto& server = *m_implementation;
    // The acceptor and the timers are only touched on the acceptor's strand.
    asio::post(server.acceptor.get_executor(), [&server] { server.begin_stop(); });
}

} // namespace tremplin::web
