#include "cli/demo/demo_information_sessions.hpp"

#include "cli/demo/demo_catalogue.hpp"
#include "cli/demo/demo_people.hpp"
#include "domain/schedule.hpp"
#include "store/query.hpp"

#include <algorithm>
#include <set>

namespace tremplin::cli {

namespace {

using domain::Date;
using domain::SessionAttendance;

constexpr int sessions_per_year = 24;

// The first Tuesday on or after `day` (1970-01-01 was a Thursday).
Date tuesday_from(Date day)
{
    auto const weekday = (day.days_since_epoch() + 3) % 7; // 0: Monday
    return day.plus_days((1 - weekday + 7) % 7);
}

struct KnownWoman {
    long long id = 0;
    std::string created_at;
};

class SessionWriter {
  public:
    SessionWriter(service::Recruitment& recruitment, store::Database& database, DemoClock& clock,
                  service::Actor const& actor, std::mt19937_64& random)
        : m_sessions(recruitment.information_sessions), m_clock(clock), m_actor(actor), m_random(random),
          m_now(clock.now()), m_today(clock.today())
    {
        auto connection = database.connect();
        m_register =
            store::Query(connection, "SELECT id, created_at FROM participants WHERE organisation_id = "
                                     ":organisation ORDER BY created_at, id")
                .bind("organisation", actor.organisation_id())
                .rows<KnownWoman>([](store::Row const& row) {
                    return KnownWoman{row.integer("id"), row.text("created_at")};
                });
    }

    // A session on `day` where `attending` women come (once it is over), a few more stay away;
    // `waiting` more register once it is full.
    void session(Date day, int attending, int waiting)
    {
        int const absent = std::max(1, attending / 6);
        int const capacity = std::max(8, attending + absent);
        static constexpr std::array languages{"fr", "fr", "nl", "fr", "en", "nl"};
        auto const language = languages[m_summary.sessions % languages.size()];
        m_clock.set(day.plus_days(-28), 10 * 60, m_now);
        auto const id =
            expect(m_sessions.save(m_actor, 0,
                                   {day.iso(), "09:30", "11:30", "Rue Gaucheret 88, 1030 Schaerbeek",
                                    language, std::to_string(capacity)}),
                   "an information session");
        ++m_summary.sessions;
        if (day.year() != m_year) {
            m_year = day.year();
            m_informed_this_year.clear();
        }

        bool const held = day < m_today;
        // A session to come is half full, or full with a waitlist when it is the next one.
        int const registering = held ? attending + absent : waiting > 0 ? capacity + waiting : capacity / 2;
        std::vector<long long> came;
        for (int i = 0; i < registering; ++i) {
            auto const days_before = std::uniform_int_distribution<int>(1, 27)(m_random);
            m_clock.set(day.plus_days(-days_before),
                        std::uniform_int_distribution<int>(8 * 60, 22 * 60)(m_random), m_now);
            if (m_clock.today() > day)
                m_clock.set(day, 8 * 60, m_now);
            auto const participant = register_one(id, i < attending);
            if (participant && i < attending)
                came.push_back(*participant);
        }
        if (!held)
            return;

        // The coordinator marks who came at the end of the morning.
        m_clock.set(day, 12 * 60, m_now);
        std::vector<service::AttendanceMark> marks;
        for (auto const& registration : expect(m_sessions.session(m_actor, id), "a session").registrations) {
            if (registration.status != domain::RegistrationStatus::Registered)
                continue;
            bool const attended = std::ranges::find(came, registration.participant_id) != came.end();
            marks.push_back(
                {registration.id, attended ? SessionAttendance::Attended : SessionAttendance::Absent});
            if (attended)
                m_informed_this_year.insert(registration.participant_id);
        }
        expect(m_sessions.mark_attendance(m_actor, id, marks), "attendance at a session");
    }

    DemoInformationSessionsSummary summary() const { return m_summary; }

  private:
    // One registration: half from the register (a woman not yet informed this year), the others
    // on the public page. Her record's id.
    std::optional<long long> register_one(long long session_id, bool will_come)
    {
        ++m_summary.registrations;
        if (std::bernoulli_distribution(0.5)(m_random)) {
            if (auto const known = someone_from_the_register(will_come)) {
                expect(m_sessions.register_participant(m_actor, session_id, *known), "a registration");
                return known;
            }
        }
        auto answers = invented_participant(m_random, m_clock.today());
        namespace fields = domain::participant_fields;
        if (answers[fields::phone].empty() && answers[fields::email].empty())
            answers.set(fields::phone, "0470 00 00 00");
        auto const address = "198.51.100." + std::to_string(++m_visitor % 250 + 1);
        auto const token =
            expect(m_sessions.register_publicly(session_id, answers, address), "a public registration");
        return expect(m_sessions.confirmation(token), "a confirmation").registration.participant_id;
    }

    std::optional<long long> someone_from_the_register(bool will_come)
    {
        auto const now = m_clock.now_iso();
        auto const known =
            std::ranges::upper_bound(m_register, now, {}, &KnownWoman::created_at) - m_register.begin();
        for (int attempt = 0; known > 0 && attempt < 5; ++attempt) {
            auto const id = m_register[std::uniform_int_distribution<long>(0, known - 1)(m_random)].id;
            if (!will_come || !m_informed_this_year.contains(id))
                return id;
        }
        return std::nullopt;
    }

    service::InformationSessionService& m_sessions;
    DemoClock& m_clock;
    service::Actor const& m_actor;
    std::mt19937_64& m_random;
    domain::Instant const m_now;
    Date const m_today;
    std::vector<KnownWoman> m_register;
    std::set<long long> m_informed_this_year;
    int m_year = 0;
    int m_visitor = 0;
    DemoInformationSessionsSummary m_summary;
};

} // namespace

DemoInformationSessionsSummary create_information_sessions(service::Recruitment& recruitment,
                                                           store::Database& database, DemoClock& clock,
                                                           service::Actor const& actor,
                                                           std::mt19937_64& random, int informed_per_year)
{
    if (informed_per_year == 0)
        return {}; // nobody informed: no sessions either
    auto const today = clock.today();
    SessionWriter writer(recruitment, database, clock, actor, random);
    // Three years of history, like the rest of the demo, and the coming month.
    auto const first = *Date::from_parts(today.year() - 3, today.month(), 1);
    auto const last = today.plus_days(31);
    for (auto month = first; month <= last;
         month = *Date::from_parts(month.year() + (month.month() == 12), month.month() % 12 + 1, 1)) {
        for (int half = 0; half < 2; ++half) {
            auto const day = tuesday_from(month.plus_days(half * 14));
            if (day > last)
                continue;
            // The year's women spread evenly over its sessions.
            int const k = (day.month() - 1) * 2 + half;
            int const attending =
                (k + 1) * informed_per_year / sessions_per_year - k * informed_per_year / sessions_per_year;
            bool const next = day >= today && day < today.plus_days(16);
            writer.session(day, attending, next ? 3 : 0);
        }
    }
    return writer.summary();
}

} // namespace tremplin::cli
