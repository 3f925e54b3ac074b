// The server's own limits, around a handler that only says what it was sent: what it reads of
// a request, how many connections it keeps, and what it answers when every worker is busy.

#include "support/http_client.hpp"
#include "web/http_server.hpp"

#include <algorithm>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

using namespace tremplin;
using namespace std::chrono_literals;
using test_support::HttpClient;
using test_support::HttpConnection;

namespace {

// "/refused" is answered from its header; "/small" may send 16 bytes; "/slow" waits until the
// test lets it go; anything else says how many bytes of body it got.
class ScriptedHandler final : public web::HttpHandler {
  public:
    web::Admission admit(web::Request const& header) override
    {
        if (header.path() == "/refused")
            return {1024, web::Response::text("refused from the header", 403)};
        if (header.path() == "/small")
            return {16};
        return {1024 * 1024};
    }

    std::optional<web::Response> check_caller(web::Request const&) override { return std::nullopt; }

    web::Response handle(web::Request& request) override
    {
        if (request.path() == "/slow") {
            std::unique_lock lock(m_mutex);
            ++m_waiting;
            m_changed.notify_all();
            m_changed.wait(lock, [this] { return m_released; });
        }
        return web::Response::text("got " + std::to_string(request.body.size()) + " bytes");
    }

    web::Response refuse(int status, web::Request const&) override
    {
        return web::Response::text("refused by the server", status);
    }

    void wait_until_waiting(int count)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_waiting >= count; });
    }

    void release()
    {
        std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

  private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_waiting = 0;
    bool m_released = false;
};

web::ServerOptions small_server()
{
    web::ServerOptions options;
    options.port = 0;
    options.threads = 1;
    options.read_timeout = 2s;
    options.shutdown_grace = 2s;
    return options;
}

class RunningServer {
  public:
    RunningServer(web::ServerOptions const& options, web::HttpHandler& handler)
        : m_server(options, handler), m_thread([this] { m_server.run(web::HttpServer::Signals::Ignore); })
    {
    }
    ~RunningServer()
    {
        m_server.stop();
        m_thread.join();
    }
    unsigned short port() const { return m_server.port(); }

  private:
    web::HttpServer m_server;
    std::thread m_thread;
};

std::string const get_kept_alive = "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// A new connection's request, tried until the server has let go of the connections closed just
// before (it notices a closed connection when it next reads from it).
int status_once_a_connection_is_free(HttpClient const& client)
{
    for (int attempt = 0; attempt < 500; ++attempt) {
        if (auto const status = client.get("/hello").status; status != 0)
            return status;
        std::this_thread::sleep_for(10ms);
    }
    return 0;
}

} // namespace

TEST(HttpServer, AnswersFromTheHeaderAloneWhenTheHandlerRefuses)
{
    ScriptedHandler handler;
    RunningServer server(small_server(), handler);
    HttpClient client(server.port());
    // A body announced and never sent: the answer cannot have waited for it.
    auto const refused =
        client.send_raw("POST /refused HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n");
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.body, "refused from the header");
    // Sent whole, a large body does not keep the refusal from being read.
    auto const sent = client.send_until_answered(
        "POST /refused HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1500000\r\n\r\n" +
        std::string(1500000, 'a'));
    EXPECT_EQ(sent.status, 403);
    EXPECT_EQ(client.get("/hello").status, 200);
}

TEST(HttpServer, ReadsNoMoreBodyThanTheHandlerAdmits)
{
    ScriptedHandler handler;
    RunningServer server(small_server(), handler);
    HttpClient client(server.port());
    auto const fits = client.request("POST", "/small", std::string(16, 'a'), {});
    EXPECT_EQ(fits.status, 200);
    EXPECT_EQ(fits.body, "got 16 bytes");
    EXPECT_EQ(client.request("POST", "/small", std::string(17, 'a'), {}).status, 413);
    // Without a length, a chunked body is counted as it comes.
    auto const chunked = client.send_until_answered(
        "POST /small HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        "10\r\naaaaaaaaaaaaaaaa\r\n10\r\naaaaaaaaaaaaaaaa\r\n0\r\n\r\n");
    EXPECT_EQ(chunked.status, 413);
    EXPECT_EQ(chunked.body, "refused by the server");
    EXPECT_EQ(client.request("POST", "/other", std::string(100000, 'a'), {}).body, "got 100000 bytes");
}

TEST(HttpServer, AnswersBusyWhenEveryWorkerIsTakenAndNoneIsFree)
{
    ScriptedHandler handler;
    auto options = small_server();
    options.queued_requests = 0;
    RunningServer server(options, handler);
    HttpClient client(server.port());
    auto slow = std::async(std::launch::async, [&] { return client.get("/slow"); });
    handler.wait_until_waiting(1);

    auto const busy = client.get("/hello");
    EXPECT_EQ(busy.status, 503);
    EXPECT_EQ(busy.header("retry-after"), "2");
    handler.release();
    EXPECT_EQ(slow.get().status, 200);
    // The worker counts itself free just after its answer is handed to the socket's thread,
    // which may write it first: the next request may still find it busy for a moment.
    auto again = client.get("/hello");
    for (int attempt = 0; again.status == 503 && attempt < 200; ++attempt) {
        std::this_thread::sleep_for(5ms);
        again = client.get("/hello");
    }
    EXPECT_EQ(again.status, 200) << "served again once a worker is free";
}

TEST(HttpServer, QueuesNoMoreRequestsThanItsQueueHolds)
{
    ScriptedHandler handler;
    auto options = small_server();
    options.queued_requests = 1;
    RunningServer server(options, handler);
    HttpClient client(server.port());
    auto slow = std::async(std::launch::async, [&] { return client.get("/slow"); });
    handler.wait_until_waiting(1);

    // One of the two waits in the queue; the other finds it full.
    auto second = std::async(std::launch::async, [&] { return client.get("/hello"); });
    auto third = std::async(std::launch::async, [&] { return client.get("/hello"); });
    while (second.wait_for(10ms) != std::future_status::ready &&
           third.wait_for(10ms) != std::future_status::ready) {
    }
    handler.release();
    std::vector<int> statuses{second.get().status, third.get().status};
    std::ranges::sort(statuses);
    EXPECT_EQ(statuses, (std::vector<int>{200, 503}));
    EXPECT_EQ(slow.get().status, 200);
}

TEST(HttpServer, ClosesAConnectionOverTheCapOfOneClient)
{
    ScriptedHandler handler;
    auto options = small_server();
    options.max_connections_per_client = 2;
    RunningServer server(options, handler);
    auto first = std::make_unique<HttpConnection>(server.port());
    HttpConnection second(server.port());
    EXPECT_EQ(first->exchange(get_kept_alive).status, 200);
    EXPECT_EQ(second.exchange(get_kept_alive).status, 200);

    HttpConnection third(server.port());
    EXPECT_EQ(third.exchange(get_kept_alive).status, 0)
        << "a third connection from one address is closed, unread";
    EXPECT_EQ(second.exchange(get_kept_alive).status, 200) << "those already open go on";

    first.reset();
    EXPECT_EQ(status_once_a_connection_is_free(HttpClient(server.port())), 200);
}

TEST(HttpServer, ClosesAConnectionOverTheCapOfAll)
{
    ScriptedHandler handler;
    auto options = small_server();
    options.max_connections = 2;
    options.max_connections_per_client = 0;
    RunningServer server(options, handler);
    auto first = std::make_unique<HttpConnection>(server.port());
    HttpConnection second(server.port());
    EXPECT_EQ(first->exchange(get_kept_alive).status, 200);
    EXPECT_EQ(second.exchange(get_kept_alive).status, 200);

    HttpConnection third(server.port());
    EXPECT_EQ(third.exchange(get_kept_alive).status, 0);

    first.reset();
    EXPECT_EQ(status_once_a_connection_is_free(HttpClient(server.port())), 200);
}

TEST(HttpServer, WaitsLongerAfterEachFailedAcceptUpToASecond)
{
    EXPECT_EQ(web::next_accept_delay(0ms), 10ms);
    EXPECT_EQ(web::next_accept_delay(10ms), 20ms);
    EXPECT_EQ(web::next_accept_delay(320ms), 640ms);
    EXPECT_EQ(web::next_accept_delay(640ms), 1s);
    EXPECT_EQ(web::next_accept_delay(1s), 1s);
}
