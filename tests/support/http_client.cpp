#include "support/http_client.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace tremplin::test_support {

namespace {

std::string lower(std::string text)
{
    std::ranges::transform(text, text.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// A connected TCP socket to 127.0.0.1, closed when destroyed unless released.
class Socket {
  public:
    static Socket connected_to(unsigned short port)
    {
        Socket socket(::socket(AF_INET, SOCK_STREAM, 0));
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        timeval timeout{20, 0};
        ::setsockopt(socket.m_descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        if (::connect(socket.m_descriptor, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
            throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
        return socket;
    }

    explicit Socket(int descriptor) : m_descriptor(descriptor) {}
    Socket(Socket&& other) noexcept : m_descriptor(std::exchange(other.m_descriptor, -1)) {}
    ~Socket()
    {
        if (m_descriptor >= 0)
            ::close(m_descriptor);
    }

    int release() { return std::exchange(m_descriptor, -1); }
    int descriptor() const { return m_descriptor; }

    // Sends what it can: a server may answer and close before reading a whole oversized request.
    void send_all(std::string_view bytes) const
    {
        while (!bytes.empty()) {
            auto const sent = ::send(m_descriptor, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (sent <= 0)
                return;
            bytes.remove_prefix(static_cast<std::size_t>(sent));
        }
    }

    std::string receive_response() const
    {
        std::string data;
        char buffer[65536];
        while (true) {
            auto const header_end = data.find("\r\n\r\n");
            if (header_end != std::string::npos) {
                auto const head = lower(data.substr(0, header_end));
                auto const length_at = head.find("content-length:");
                if (length_at != std::string::npos) {
                    auto const length = std::stoul(head.substr(length_at + 15));
                    if (data.size() >= header_end + 4 + length)
                        return data.substr(0, header_end + 4 + length);
                }
            }
            auto const received = ::recv(m_descriptor, buffer, sizeof buffer, 0);
            if (received <= 0)
                return data;
            data.append(buffer, static_cast<std::size_t>(received));
        }
    }

  private:
    int m_descriptor;
};

HttpReply parse_reply(std::string const& raw)
{
    HttpReply reply;
    auto const header_end = raw.find("\r\n\r\n");
    if (raw.size() < 12 || header_end == std::string::npos)
        return reply;
    reply.status = std::stoi(raw.substr(9, 3));
    std::size_t line_start = raw.find("\r\n") + 2;
    while (line_start < header_end) {
        auto const line_end = raw.find("\r\n", line_start);
        auto const line = raw.substr(line_start, line_end - line_start);
        auto const colon = line.find(':');
        if (colon != std::string::npos) {
            auto value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            reply.headers.emplace_back(lower(line.substr(0, colon)), value);
        }
        line_start = line_end + 2;
    }
    reply.body = raw.substr(header_end + 4);
    return reply;
}

} // namespace

std::string HttpReply::header(std::string_view name) const
{
    for (auto const& [header, value] : headers)
        if (header == name)
            return value;
    return {};
}

std::vector<std::string> HttpReply::headers_named(std::string_view name) const
{
    std::vector<std::string> values;
    for (auto const& [header, value] : headers)
        if (header == name)
            values.push_back(value);
    return values;
}

HttpReply HttpClient::send_raw(std::string const& bytes) const
{
    auto const socket = Socket::connected_to(m_port);
    socket.send_all(bytes);
    return parse_reply(socket.receive_response());
}

HttpReply HttpClient::send_until_answered(std::string const& bytes) const
{
    auto const socket = Socket::connected_to(m_port);
    std::string_view rest = bytes;
    while (!rest.empty()) {
        pollfd watched{socket.descriptor(), POLLIN | POLLOUT, 0};
        if (::poll(&watched, 1, 20000) <= 0 || (watched.revents & (POLLIN | POLLERR | POLLHUP)) != 0)
            break; // an answer, or a closed connection: read what came
        auto const sent = ::send(socket.descriptor(), rest.data(), std::min<std::size_t>(rest.size(), 65536),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            break;
        if (sent > 0)
            rest.remove_prefix(static_cast<std::size_t>(sent));
    }
    return parse_reply(socket.receive_response());
}

HttpConnection::HttpConnection(unsigned short port) : m_descriptor(Socket::connected_to(port).release()) {}

HttpConnection::~HttpConnection()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

HttpReply HttpConnection::exchange(std::string const& bytes)
{
    Socket socket(m_descriptor);
    socket.send_all(bytes);
    auto reply = parse_reply(socket.receive_response());
    socket.release();
    return reply;
}

void HttpConnection::send(std::string const& bytes)
{
    Socket socket(m_descriptor);
    socket.send_all(bytes);
    socket.release();
}

bool HttpConnection::closed_by_server()
{
    char byte = 0;
    return ::recv(m_descriptor, &byte, 1, 0) == 0;
}

HttpReply HttpClient::request(std::string const& method, std::string const& target, std::string const& body,
                              std::map<std::string, std::string> const& headers) const
{
    std::string bytes = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (auto const& [name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.empty() || method == "POST" || method == "PATCH")
        bytes += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    bytes += "\r\n" + body;
    return send_raw(bytes);
}

HttpReply HttpClient::get(std::string const& target, std::map<std::string, std::string> const& headers) const
{
    return request("GET", target, "", headers);
}

HttpReply HttpClient::post_form(std::string const& target, std::string const& body,
                                std::map<std::string, std::string> const& headers) const
{
    auto with_type = headers;
    with_type.emplace("Content-Type", "application/x-www-form-urlencoded");
    return request("POST", target, body, with_type);
}

void keep_cookies(HttpReply const& reply, std::map<std::string, std::string>& jar)
{
    for (auto const& set_cookie : reply.headers_named("set-cookie")) {
        auto const pair = set_cookie.substr(0, set_cookie.find(';'));
        auto const equals = pair.find('=');
        auto const name = pair.substr(0, equals);
        auto const value = pair.substr(equals + 1);
        if (value.empty())
            jar.erase(name);
        else
            jar[name] = value;
    }
}

std::string cookie_header(std::map<std::string, std::string> const& jar)
{
    std::string header;
    for (auto const& [name, value] : jar)
        header += (header.empty() ? "" : "; ") + name + "=" + value;
    return header;
}

} // namespace tremplin::test_support
