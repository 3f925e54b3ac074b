// The log says what the server did, never whom it was about (docs/design.md "Logs"): a request
// is logged by its route's pattern, so that the tokens in resume, confirmation and calendar
// links and the names typed in a search never reach it.

#include "web_fixture.hpp"

#include <memory>
#include <sstream>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

using namespace tremplin;
using test_support::contains;
using test_support::WebTest;

class Logs : public WebTest {
  protected:
    Logs() : m_previous(spdlog::default_logger())
    {
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_lines);
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", std::move(sink)));
    }
    ~Logs() override { spdlog::set_default_logger(m_previous); }

    // What was logged so far; the server logs a request before it answers.
    std::string logged()
    {
        spdlog::default_logger()->flush();
        return m_lines.str();
    }

  private:
    std::ostringstream m_lines;
    std::shared_ptr<spdlog::logger> m_previous;
};
TREMPLIN_ON_EVERY_BACKEND(Logs);

TEST_P(Logs, NameTheRouteAndNotTheTokenInItsPath)
{
    Browser visitor;
    get(visitor, "/apply/resumetoken0123456789/name");
    get(visitor, "/info/registrations/confirmationtoken0123456789");
    get(visitor, "/calendar/calendartoken0123456789.ics");
    auto const lines = logged();
    EXPECT_TRUE(contains(lines, "GET /apply/{token}/{question} ")) << lines;
    EXPECT_TRUE(contains(lines, "GET /info/registrations/{token} ")) << lines;
    EXPECT_TRUE(contains(lines, "GET /calendar/{token} ")) << lines;
    EXPECT_FALSE(contains(lines, "token0123456789")) << lines;
}

TEST_P(Logs, KeepNoSearchAndNoUnknownPath)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, "/participants?q=helene");
    Browser visitor;
    EXPECT_EQ(get(visitor, "/helene-dupont/0470000000").status, 404);
    auto const lines = logged();
    EXPECT_TRUE(contains(lines, "GET /participants 200")) << lines;
    EXPECT_TRUE(contains(lines, "GET - 404")) << lines;
    EXPECT_FALSE(contains(lines, "helene")) << lines;
    EXPECT_FALSE(contains(lines, "0470000000")) << lines;
}
