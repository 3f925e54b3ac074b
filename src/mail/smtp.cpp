#include "mail/smtp.hpp"

#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <netdb.h>
#include <random>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace tremplin::mail {

namespace {

// Written out here rather than taken from libsodium, which only the services link: this layer
// keeps to the standard library and POSIX sockets, and the encoder is a screenful.
std::string base64(std::string_view data)
{
    static constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < data.size(); i += 3) {
        auto const n = (static_cast<unsigned char>(data[i]) << 16) |
                       (static_cast<unsigned char>(data[i + 1]) << 8) |
                       static_cast<unsigned char>(data[i + 2]);
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += alphabet[(n >> 6) & 63];
        out += alphabet[n & 63];
    }
    if (auto const rest = data.size() - i; rest > 0) {
        auto n = static_cast<unsigned char>(data[i]) << 16;
        if (rest == 2)
            n |= static_cast<unsigned char>(data[i + 1]) << 8;
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += rest == 2 ? alphabet[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

// An address must not carry line breaks or angle brackets into the envelope or the headers.
void check_address(std::string const& address, std::string_view what)
{
    if (address.empty() || address.find_first_of("\r\n<>") != std::string::npos ||
        address.find('@') == std::string::npos)
        throw SmtpError(std::string(what) + " is not an e-mail address");
}

// RFC 2047: a header in UTF-8 as one or more encoded words of at most 75 characters.
std::string encoded_header(std::string_view text)
{
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        // 45 bytes make 60 base64 characters; never cut a UTF-8 sequence in two.
        auto end = std::min(text.size(), start + 45);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
        if (!out.empty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}

// The three digits a reply starts with, or "?" when it does not.
std::string reply_code(std::string const& reply)
{
    bool const digits = reply.size() >= 3 && std::isdigit(static_cast<unsigned char>(reply[0])) &&
                        std::isdigit(static_cast<unsigned char>(reply[1])) &&
                        std::isdigit(static_cast<unsigned char>(reply[2]));
    return digits ? reply.substr(0, 3) : "?";
}

class Connection {
  public:
    Connection(SmtpSettings const& settings)
    {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        if (getaddrinfo(settings.host.c_str(), std::to_string(settings.port).c_str(), &hints, &found) != 0 ||
            !found)
            throw SmtpError("cannot find the mail server " + settings.host);
        for (auto* candidate = found; candidate; candidate = candidate->ai_next) {
            m_socket = ::socket(candidate->ai_family, candidate->ai_socktype, candidate->ai_protocol);
            if (m_socket < 0)
                continue;
            timeval timeout{static_cast<time_t>(settings.timeout.count()), 0};
            setsockopt(m_socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
            setsockopt(m_socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
            if (::connect(m_socket, candidate->ai_addr, candidate->ai_addrlen) == 0)
                break;
            ::close(m_socket);
            m_socket = -1;
        }
        freeaddrinfo(found);
        if (m_socket < 0)
            throw SmtpError("cannot connect to the mail server " + settings.host + ":" +
                            std::to_string(settings.port));
    }
    ~Connection()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    Connection(Connection const&) = delete;
    Connection& operator=(Connection const&) = delete;

    void write(std::string_view data)
    {
        while (!data.empty()) {
            auto const written = ::send(m_socket, data.data(), data.size(), MSG_NOSIGNAL);
            if (written <= 0)
                throw SmtpError(std::string("the mail server stopped listening: ") + std::strerror(errno));
            data.remove_prefix(static_cast<std::size_t>(written));
        }
    }

    // A whole reply, its continuation lines ("250-…") included; throws unless its code is `expected`.
    void expect(int expected, std::string_view after)
    {
        std::string reply;
        for (;;) {
            auto const line = read_line();
            reply += line + "\n";
            if (line.size() < 4 || line[3] != '-')
                break;
        }
        if (reply.size() < 3 || std::atoi(reply.substr(0, 3).c_str()) != expected)
            throw SmtpError("the mail server answered " + reply_code(reply) + " " + std::string(after),
                            reply.substr(0, reply.find_last_not_of('\n') + 1));
    }

  private:
    std::string read_line()
    {
        for (;;) {
            if (auto const end = m_buffer.find("\r\n"); end != std::string::npos) {
                auto line = m_buffer.substr(0, end);
                m_buffer.erase(0, end + 2);
                return line;
            }
            std::array<char, 1024> chunk{};
            auto const received = ::recv(m_socket, chunk.data(), chunk.size(), 0);
            if (received <= 0)
                throw SmtpError("the mail server closed the connection");
            m_buffer.append(chunk.data(), static_cast<std::size_t>(received));
            if (m_buffer.size() > 64 * 1024)
                throw SmtpError("the mail server's answer is too long");
        }
    }

    int m_socket = -1;
    std::string m_buffer;
};

std::string rfc5322_date()
{
    auto const now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::array<char, 64> text{};
    std::strftime(text.data(), text.size(), "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return text.data();
}

std::string new_message_id(SmtpSettings const& settings)
{
    std::random_device random;
    auto const domain = settings.from.substr(settings.from.find('@') + 1);
    return "<" + std::to_string(std::time(nullptr)) + "." + std::to_string(random()) +
           std::to_string(random()) + "@" + domain + ">";
}

} // namespace

std::string mime_message(SmtpSettings const& settings, MailMessage const& message, std::string const& date,
                         std::string const& message_id)
{
    std::string body;
    for (auto const c : message.body) {
        if (c == '\n')
            body += "\r\n";
        else if (c != '\r')
            body += c;
    }
    std::string out = "From: " + settings.from + "\r\nTo: " + message.to +
                      "\r\nSubject: " + encoded_header(message.subject) + "\r\nDate: " + date +
                      "\r\nMessage-ID: " + message_id +
                      "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n";
    auto const encoded = base64(body);
    for (std::size_t i = 0; i < encoded.size(); i += 76)
        out += encoded.substr(i, 76) + "\r\n";
    return out;
}

void send_mail(SmtpSettings const& settings, MailMessage const& message)
{
    check_address(settings.from, "the sender");
    check_address(message.to, "the recipient");
    Connection server(settings);
    server.expect(220, "on connection");
    server.write("EHLO " + settings.hello + "\r\n");
    server.expect(250, "to EHLO");
    server.write("MAIL FROM:<" + settings.from + ">\r\n");
    server.expect(250, "to MAIL FROM");
    server.write("RCPT TO:<" + message.to + ">\r\n");
    server.expect(250, "to RCPT TO");
    server.write("DATA\r\n");
    server.expect(354, "to DATA");
    // Base64 lines never start with '.', so no line needs dot-stuffing.
    server.write(mime_message(settings, message, rfc5322_date(), new_message_id(settings)) + ".\r\n");
    server.expect(250, "to the message");
    server.write("QUIT\r\n");
    // The message is accepted already: a server that ends the session badly changes nothing,
    // but waiting for its goodbye lets it finish before the connection closes.
    try {
        server.expect(221, "to QUIT");
    } catch (SmtpError const&) {
    }
}

SmtpSettings smtp_settings_from(std::string const& host_and_port, std::string const& from)
{
    SmtpSettings settings;
    settings.from = from;
    auto const colon = host_and_port.rfind(':');
    settings.host = host_and_port.substr(0, colon);
    if (colon != std::string::npos) {
        int const port = std::atoi(host_and_port.substr(colon + 1).c_str());
        if (port <= 0 || port > 65535)
            throw std::invalid_argument("--smtp takes HOST:PORT, e.g. 127.0.0.1:25");
        settings.port = static_cast<unsigned short>(port);
    }
    if (settings.host.empty())
        throw std::invalid_argument("--smtp takes HOST:PORT, e.g. 127.0.0.1:25");
    if (from.find('@') == std::string::npos)
        throw std::invalid_argument("--mail-from must be an e-mail address");
    return settings;
}

} // namespace tremplin::mail
