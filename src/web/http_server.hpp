#pragma once

// The HTTP/1.1 server. The only place that knows Boost.Beast: it reads requests within the
// limits below, hands each to the handler as a plain Request, and writes the Response.
// How the limits fit together: docs/design.md "Request limits".

#include "web/http.hpp"

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tremplin::web {

// What the handler lets a request send, decided from its header alone.
struct Admission {
    std::size_t body_limit = 0;
    // Answered at once, the body never read (a form without its cookies, say).
    std::optional<Response> refusal;
    // The body may be larger than an anonymous form: the server asks check_caller on a worker
    // before reading it, so that only a known caller can make it hold that much.
    bool check_caller_first = false;
};

class HttpHandler {
  public:
    virtual ~HttpHandler() = default;

    // On an I/O thread, as soon as the header is read: must not block (no database).
    virtual Admission admit(Request const& header) = 0;

    // On a worker, before a body that admit() asked to check is read: a refusal, or nothing
    // to go on.
    virtual std::optional<Response> check_caller(Request const& header) = 0;

    // On a worker: the whole request.
    virtual Response handle(Request& request) = 0;

    // The answer to a request the server refuses on its own (400 malformed, 413 body too large,
    // 431 headers too large, 503 every worker busy). `request` has whatever could be read.
    virtual Response refuse(int status, Request const& request) = 0;
};

struct ServerOptions {
    std::string address = "127.0.0.1";
    unsigned short port = 8080; // 0 picks a free port: see HttpServer::port()
    // Workers: they run the handler, which may block on the database.
    unsigned threads = 4;
    // No body above this, whatever the handler admits.
    std::size_t body_limit = 2 * 1024 * 1024;
    std::size_t header_limit = 16 * 1024;
    // A client must send a whole request (and keep-alive connections fall idle) within this.
    std::chrono::seconds read_timeout{30};
    // On stop, requests under way get this long to finish.
    std::chrono::seconds shutdown_grace{10};
    // Threads that read and write sockets; they never wait for the database.
    unsigned io_threads = 1;
    // Requests waiting for a worker, beyond those running; one more is answered 503.
    std::size_t queued_requests = 64;
    // Open connections at once, in all and from one client (an IPv4 address, an IPv6 /64;
    // 0: no cap per client). One over either cap is closed at once, before anything is read.
    std::size_t max_connections = 512;
    std::size_t max_connections_per_client = 32;
    // Clients not capped: the reverse proxies every connection of many women comes through.
    std::vector<std::string> uncapped_clients;
};

// After an accept error (no descriptor left, say), the next try waits: 10 ms, doubling up to 1 s.
std::chrono::milliseconds next_accept_delay(std::chrono::milliseconds previous);

class HttpServer {
  public:
    // Binds at once: throws std::system_error when the address cannot be listened on.
    HttpServer(ServerOptions options, HttpHandler& handler);
    ~HttpServer();

    unsigned short port() const;

    // Serves until stop() or, when `stop_on_signals`, SIGINT or SIGTERM; then stops accepting,
    // lets requests under way finish, closes idle connections and returns.
    enum class Signals { Ignore, StopOnTermination };
    void run(Signals signals = Signals::StopOnTermination);

    // Safe from any thread.
    void stop();

    struct Implementation; // defined where Beast is

  private:
    std::unique_ptr<Implementation> m_implementation;
};

} // namespace tremplin::web
