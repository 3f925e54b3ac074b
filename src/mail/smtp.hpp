#pragma once

// Sending one e-mail to a mail server by SMTP (RFC 5321): plain text in UTF-8. The centre's
// own relay (Postfix on the same machine, say) takes care of TLS and of delivery; Tremplin
// only hands it the message.

#include <chrono>
#include <stdexcept>
#include <string>

namespace tremplin::mail {

struct SmtpSettings {
    std::string host = "127.0.0.1";
    unsigned short port = 25;
    std::string from;                 // "inscriptions@centre.example"
    std::string hello = "localhost";  // the name given in EHLO
    std::chrono::seconds timeout{10}; // for each exchange with the server
};

struct MailMessage {
    std::string to;
    std::string subject;
    std::string body; // lines separated by '\n'
};

// The server refused the message or could not be reached. `what()` says at which step, with the
// reply code, and names nobody: it goes to the log. `server_answer()` is the server's own words,
// which may name the recipient ("550 <her@address>: no such mailbox"): it is kept with the
// letter, for the staff who may read it.
class SmtpError : public std::runtime_error {
  public:
    explicit SmtpError(std::string const& step, std::string server_answer = {})
        : std::runtime_error(step), m_server_answer(std::move(server_answer))
    {
    }
    std::string const& server_answer() const { return m_server_answer; }

  private:
    std::string m_server_answer;
};

// The message as it goes after DATA (RFC 5322, MIME): headers, a blank line, the body in
// base64, lines ending in CRLF. `date` and `message_id` are given so the result can be checked.
std::string mime_message(SmtpSettings const& settings, MailMessage const& message, std::string const& date,
                         std::string const& message_id);

// Throws SmtpError.
void send_mail(SmtpSettings const& settings, MailMessage const& message);

// "HOST:PORT" (the port is optional, 25 by default); throws std::invalid_argument.
SmtpSettings smtp_settings_from(std::string const& host_and_port, std::string const& from);

} // namespace tremplin::mail
