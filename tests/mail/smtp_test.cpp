// Sending e-mail to a mail server: a small server in the test speaks SMTP on 127.0.0.1 and
// keeps what it was sent, or refuses as a real one would.

#include "mail/smtp.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <regex>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace tremplin::mail;

namespace {

std::string decode_base64(std::string const& text)
{
    static std::string const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (char const c : text) {
        auto const value = alphabet.find(c);
        if (value == std::string::npos)
            continue; // '=', line breaks
        bits = (bits << 6) | static_cast<unsigned>(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out += static_cast<char>((bits >> count) & 0xFF);
        }
    }
    return out;
}

// Answers each command with the code the test gives it (250 unless told), keeps the
// commands and the message sent after DATA.
class MailServer {
  public:
    explicit MailServer(int refuse_recipient_with = 0) : m_refuse(refuse_recipient_with)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address);
        ::listen(m_listener, 1);
        socklen_t length = sizeof address;
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length);
        port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~MailServer()
    {
        m_thread.join();
        ::close(m_listener);
    }

    unsigned short port = 0;
    std::vector<std::string> commands;
    std::string message;

  private:
    void serve()
    {
        int const client = ::accept(m_listener, nullptr, nullptr);
        auto const say = [&](std::string const& line) {
            ::send(client, line.data(), line.size(), MSG_NOSIGNAL);
        };
        say("220 mail.test ESMTP\r\n");
        std::string buffer;
        bool in_data = false;
        for (;;) {
            char chunk[4096];
            auto const received = ::recv(client, chunk, sizeof chunk, 0);
            if (received <= 0)
                break;
            buffer.append(chunk, static_cast<std::size_t>(received));
            for (;;) {
                if (in_data) {
                    auto const end = buffer.find("\r\n.\r\n");
                    if (end == std::string::npos)
                        break;
                    message = buffer.substr(0, end + 2);
                    buffer.erase(0, end + 5);
                    in_data = false;
                    say("250 2.0.0 queued\r\n");
                    continue;
                }
                auto const end = buffer.find("\r\n");
                if (end == std::string::npos)
                    break;
                auto const command = buffer.substr(0, end);
                buffer.erase(0, end + 2);
                commands.push_back(command);
                if (command.starts_with("EHLO"))
                    say("250-mail.test\r\n250-8BITMIME\r\n250 SIZE 10240000\r\n");
                else if (command.starts_with("RCPT") && m_refuse)
                    say(std::to_string(m_refuse) + " 5.1.1 no such mailbox\r\n");
                else if (command == "DATA") {
                    say("354 go ahead\r\n");
                    in_data = true;
                } else if (command == "QUIT") {
                    say("221 bye\r\n");
                    ::close(client);
                    return;
                } else
                    say("250 ok\r\n");
            }
        }
        ::close(client);
    }

    int m_listener = -1;
    int m_refuse = 0;
    std::thread m_thread;
};

SmtpSettings settings_for(MailServer const& server)
{
    SmtpSettings settings;
    settings.port = server.port;
    settings.from = "inscriptions@centre.example";
    return settings;
}

} // namespace

TEST(Smtp, HandsTheMessageToTheServerInUtf8)
{
    MailServer server;
    send_mail(settings_for(server), {"fatima@example.org", "Votre candidature (2026-ABCDEF) – reçue",
                                     "Bonjour Fatima,\n\nMerci. Numéro : 2026-ABCDEF\n.\nL’équipe"});

    ASSERT_GE(server.commands.size(), 5U);
    EXPECT_EQ(server.commands[0], "EHLO localhost");
    EXPECT_EQ(server.commands[1], "MAIL FROM:<inscriptions@centre.example>");
    EXPECT_EQ(server.commands[2], "RCPT TO:<fatima@example.org>");
    EXPECT_EQ(server.commands[3], "DATA");
    EXPECT_EQ(server.commands.back(), "QUIT");

    auto const blank = server.message.find("\r\n\r\n");
    ASSERT_NE(blank, std::string::npos);
    auto const headers = server.message.substr(0, blank);
    EXPECT_NE(headers.find("To: fatima@example.org\r\n"), std::string::npos);
    EXPECT_NE(headers.find("Content-Type: text/plain; charset=UTF-8"), std::string::npos);
    EXPECT_EQ(decode_base64(server.message.substr(blank + 4)),
              "Bonjour Fatima,\r\n\r\nMerci. Numéro : 2026-ABCDEF\r\n.\r\nL’équipe")
        << "a line holding only a dot does not end the message early";
    std::smatch subject;
    ASSERT_TRUE(std::regex_search(headers, subject, std::regex(R"(Subject: =\?UTF-8\?B\?([^?]+)\?=)")));
}

TEST(Smtp, EncodesALongSubjectInWordsOfAtMost75Characters)
{
    SmtpSettings settings;
    settings.from = "inscriptions@centre.example";
    std::string const subject =
        "Vous êtes sur la liste d’attente : Développeuse web – administratrice système";
    auto const message = mime_message(settings, {"a@example.org", subject, "x"},
                                      "Tue, 1 Dec 2026 10:00:00 +0000", "<1@centre.example>");
    std::string decoded;
    std::regex const word(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=)");
    int words = 0;
    for (std::sregex_iterator it(message.begin(), message.end(), word), end; it != end; ++it) {
        EXPECT_LE(it->length(), 75);
        decoded += decode_base64((*it)[1]);
        ++words;
    }
    EXPECT_GT(words, 1);
    EXPECT_EQ(decoded, subject) << "no character cut in two";
}

TEST(Smtp, PadsTheBodyToWholeGroupsOfFourCharacters)
{
    // The test vectors of RFC 4648, section 10: a reader that checks the padding refuses a
    // body that has too little or too much of it.
    SmtpSettings settings;
    settings.from = "inscriptions@centre.example";
    auto const body_of = [&](std::string const& text) {
        auto const message = mime_message(settings, {"a@example.org", "s", text},
                                          "Tue, 1 Dec 2026 10:00:00 +0000", "<1@centre.example>");
        return message.substr(message.find("\r\n\r\n") + 4);
    };
    EXPECT_EQ(body_of(""), "");
    EXPECT_EQ(body_of("f"), "Zg==\r\n");
    EXPECT_EQ(body_of("fo"), "Zm8=\r\n");
    EXPECT_EQ(body_of("foo"), "Zm9v\r\n");
    EXPECT_EQ(body_of("foob"), "Zm9vYg==\r\n");
    EXPECT_EQ(body_of("fooba"), "Zm9vYmE=\r\n");
    EXPECT_EQ(body_of("foobar"), "Zm9vYmFy\r\n");
}

TEST(Smtp, CutsTheBodyIntoLinesOf76Characters)
{
    // RFC 2045, section 6.8: encoded lines of at most 76 characters. 100 bytes make 136.
    SmtpSettings settings;
    settings.from = "inscriptions@centre.example";
    auto const message = mime_message(settings, {"a@example.org", "s", std::string(100, 'x')},
                                      "Tue, 1 Dec 2026 10:00:00 +0000", "<1@centre.example>");
    std::string encoded;
    for (int group = 0; group < 33; ++group)
        encoded += "eHh4"; // "xxx"
    encoded += "eA==";     // the last "x"
    EXPECT_EQ(message.substr(message.find("\r\n\r\n") + 4),
              encoded.substr(0, 76) + "\r\n" + encoded.substr(76) + "\r\n");
}

TEST(Smtp, SaysWhatTheServerAnsweredWhenItRefusesAndLogsNoAddress)
{
    MailServer server(550);
    try {
        send_mail(settings_for(server), {"nobody@example.org", "s", "b"});
        FAIL() << "sent to a refused recipient";
    } catch (SmtpError const& error) {
        EXPECT_NE(error.server_answer().find("550 5.1.1 no such mailbox"), std::string::npos)
            << error.server_answer();
        std::string const logged = error.what();
        EXPECT_EQ(logged, "the mail server answered 550 to RCPT TO");
        EXPECT_EQ(logged.find("nobody@example.org"), std::string::npos);
    }
}

TEST(Smtp, RefusesAnAddressThatWouldWriteHeaders)
{
    SmtpSettings settings;
    settings.from = "inscriptions@centre.example";
    settings.port = 1; // never reached
    EXPECT_THROW(send_mail(settings, {"a@example.org\r\nBcc: everyone@example.org", "s", "b"}), SmtpError);
    EXPECT_THROW(send_mail(settings, {"not an address", "s", "b"}), SmtpError);
    try {
        send_mail(settings, {"her name <x", "s", "b"});
    } catch (SmtpError const& error) {
        EXPECT_EQ(std::string(error.what()).find("her name"), std::string::npos) << "the log names nobody";
    }
}

TEST(Smtp, SaysWhenNoServerListens)
{
    int const probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(probe); // a port nobody listens on
    SmtpSettings settings;
    settings.from = "inscriptions@centre.example";
    settings.port = ntohs(address.sin_port);
    EXPECT_THROW(send_mail(settings, {"a@example.org", "s", "b"}), SmtpError);
}

TEST(Smtp, ReadsTheServerOption)
{
    auto const settings = smtp_settings_from("mail.centre.example:587", "inscriptions@centre.example");
    EXPECT_EQ(settings.host, "mail.centre.example");
    EXPECT_EQ(settings.port, 587);
    EXPECT_EQ(smtp_settings_from("localhost", "a@b.example").port, 25);
    EXPECT_THROW(smtp_settings_from("localhost:99999", "a@b.example"), std::invalid_argument);
    EXPECT_THROW(smtp_settings_from("localhost", "nobody"), std::invalid_argument);
}
