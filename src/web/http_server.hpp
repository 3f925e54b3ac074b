#pragma once

// The HTTP/1.1 server. The only place that knows Boost.Beast: it reads requests within the
// limits below, hands each to the handler as a plain Request, and writes the Response.

#include "web/http.hpp"

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace tremplin::web {

class HttpHandler {
  public:
    virtual ~HttpHandler() = default;

    virtual Response handle(Request& request) = 0;

    // The answer to a request the server refuses before reading it whole (400 malformed,
    // 413 body too large, 431 headers too large). `request` has whatever could be read.
    virtual Response refuse(int status, Request const& request) = 0;
};

struct ServerOptions {
    std::string address = "127.0.0.1";
    unsigned short port = 8080; // 0 picks a free port: see HttpServer::port()
    unsigned threads = 4;
    std::size_t body_limit = 10 * 1024 * 1024;
    std::size_t header_limit = 16 * 1024;
    // A client must send a whole request (and keep-alive connections fall idle) within this.
    std::chrono::seconds read_timeout{30};
    // On stop, requests under way get this long to finish.
    std::chrono::seconds shutdown_grace{10};
};

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
