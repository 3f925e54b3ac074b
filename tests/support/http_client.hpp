#pragma once

// A deliberately small HTTP/1.1 client for tests: it sends exactly the bytes it is given (so
// tests can send malformed or oversized requests) and reads one response.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::test_support {

struct HttpReply {
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers; // names in lower case
    std::string body;

    std::string header(std::string_view lower_case_name) const;
    std::vector<std::string> headers_named(std::string_view lower_case_name) const;
};

// One connection kept open across requests (HTTP keep-alive).
class HttpConnection {
  public:
    explicit HttpConnection(unsigned short port);
    ~HttpConnection();
    HttpConnection(HttpConnection const&) = delete;
    HttpConnection& operator=(HttpConnection const&) = delete;

    HttpReply exchange(std::string const& bytes);
    void send(std::string const& bytes);

    // Waits for the server to close the connection: true when it did, false when the wait
    // ended otherwise (time-out, reset).
    bool closed_by_server();

  private:
    int m_descriptor;
};

class HttpClient {
  public:
    explicit HttpClient(unsigned short port) : m_port(port) {}

    // Sends raw bytes on a new connection and reads the response until the server closes it
    // or the announced body has arrived.
    HttpReply send_raw(std::string const& bytes) const;

    // The same, sent piece by piece while watching for an answer: a server may answer (and
    // stop reading) before a large request is all sent, as it does to one it refuses.
    HttpReply send_until_answered(std::string const& bytes) const;

    HttpReply get(std::string const& target, std::map<std::string, std::string> const& headers = {}) const;
    HttpReply post_form(std::string const& target, std::string const& body,
                        std::map<std::string, std::string> const& headers = {}) const;
    HttpReply request(std::string const& method, std::string const& target, std::string const& body,
                      std::map<std::string, std::string> const& headers) const;

  private:
    unsigned short m_port;
};

// "a=1; b=2" from the Set-Cookie headers of a reply, merged into `jar` (name → value).
void keep_cookies(HttpReply const& reply, std::map<std::string, std::string>& jar);
std::string cookie_header(std::map<std::string, std::string> const& jar);

} // namespace tremplin::test_support
