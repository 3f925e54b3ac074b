#include "cli/demo/demo_recruitment.hpp"

#include "cli/demo/demo_aptitude.hpp"
#include "cli/demo/demo_people.hpp"
#include "cli/demo/demo_proofs.hpp"
#include "report/letter.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace tremplin::cli {

namespace {

using domain::ApplicationStage;
using domain::Date;

// The first day of the half-year `day` falls in: 1 January or 1 July.
Date half_year_of(Date day)
{
    return *Date::from_parts(day.year(), day.month() <= 6 ? 1 : 7, 1);
}

// "Formations débutant en janvier 2027": the demo centre works in French.
std::string intake_name(Date first_start)
{
    static constexpr std::array months{"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                       "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    return std::string("Formations débutant en ") + months[first_start.month() - 1] + " " +
           std::to_string(first_start.year());
}

// Where an application stands. In the open intake most are new, fewer have gone further, and
// none is decided before the seats are drawn; in a closed one, as far as she came by the draw.
ApplicationStage stage_of_an_application(bool open, std::mt19937_64& random)
{
    static constexpr std::array stages{ApplicationStage::Submitted, ApplicationStage::InfoSessionAttended,
                                       ApplicationStage::TestTaken, ApplicationStage::Interviewed};
    auto weights = open ? std::discrete_distribution<std::size_t>{45, 27, 16, 12}
                        : std::discrete_distribution<std::size_t>{8, 12, 35, 45};
    return stages[weights(random)];
}

class RecruitmentWriter {
  public:
    RecruitmentWriter(service::Recruitment& recruitment, DemoClock& clock, service::Actor const& actor,
                      std::mt19937_64& random)
        : m_recruitment(recruitment), m_clock(clock), m_actor(actor), m_random(random), m_now(clock.now()),
          m_today(clock.today()), m_tested_tracks(create_aptitude_tests(recruitment, actor))
    {
    }

    // One intake for `cohorts`, the first starting on `first_start`, with its applications. The
    // intake of cohorts still to start is open today.
    void intake(Date first_start, std::vector<long long> const& cohorts, int applications)
    {
        bool const open = first_start > m_today;
        auto opens = half_year_of(first_start).plus_days(-120);
        auto closes = first_start.plus_days(-7);
        if (open) {
            opens = std::min(opens, m_today.plus_days(-30));
            closes = std::max(closes, m_today.plus_days(21));
        }
        m_clock.set(opens, 9 * 60, m_now);
        auto const intake_id = expect(
            m_recruitment.intakes.save(m_actor, {0, 0, intake_name(first_start), opens, closes, cohorts}),
            "intake " + intake_name(first_start));
        ++m_summary.intakes;

        auto const last_day = std::min(closes, m_today);
        std::uniform_int_distribution<long> day_of(opens.days_since_epoch(), last_day.days_since_epoch());
        std::vector<long> days;
        for (int i = 0; i < applications; ++i)
            days.push_back(day_of(m_random));
        std::ranges::sort(days);
        std::map<ApplicationStage, std::vector<long long>> moves;
        for (auto const day : days) {
            m_clock.set(Date::from_days_since_epoch(day),
                        std::uniform_int_distribution<int>(7 * 60, 23 * 60)(m_random), m_now);
            auto const id = apply(intake_id, cohorts);
            moves[stage_of_an_application(open, m_random)].push_back(id);
        }
        // The coordinator moves them on: in the open intake today, in a closed one the day after
        // it closed; those who went past the test have their scores, those interviewed their
        // proofs.
        m_clock.set(open ? m_today : closes.plus_days(1), 10 * 60, m_now);
        std::vector<long long> tested;
        for (auto const& [stage, ids] : moves) {
            if (stage != ApplicationStage::Submitted)
                expect(m_recruitment.applications.move(m_actor, ids, stage), "moving applications");
            if (stage >= ApplicationStage::TestTaken)
                tested.insert(tested.end(), ids.begin(), ids.end());
        }
        m_summary.aptitude_scores +=
            record_aptitude_scores(m_recruitment, m_clock, m_actor, m_random, m_tested_tracks, tested);
        // At her interview, she brings the proofs of her tier.
        m_summary.proofs +=
            record_proofs(m_recruitment, m_clock, m_actor, m_random, moves[ApplicationStage::Interviewed]);
        if (!open && applications > 0)
            admit(intake_id, closes);
    }

    DemoRecruitmentSummary summary() const { return m_summary; }

  private:
    // Two days after the intake closed, the coordinator draws the seats and confirms the round.
    // A few admitted women decline in the days after; the day before the first cohort starts,
    // a re-run gives their seats to women waiting.
    void admit(long long intake_id, Date closes)
    {
        auto& admission = m_recruitment.admission;
        m_clock.set(closes.plus_days(2), 10 * 60, m_now);
        service::DrawRequest const draw{
            intake_id, domain::LotteryMode::Single,
            std::uniform_int_distribution<std::int64_t>(0, service::largest_seed)(m_random)};
        auto const round_id = expect(admission.draw(m_actor, draw), "an admission round");
        m_clock.set(closes.plus_days(2), 11 * 60, m_now);
        expect(admission.confirm(m_actor, round_id), "confirming an admission round");
        ++m_summary.rounds;

        auto const round = expect(admission.round(m_actor, round_id), "an admission round");
        int declined = 0;
        for (auto const& [application_id, cohort_id] : round.result.admitted) {
            if (std::uniform_int_distribution<int>(0, 99)(m_random) >= 5)
                continue;
            m_clock.set(closes.plus_days(4), 9 * 60 + 10 * declined, m_now);
            expect(admission.decline(m_actor, round_id, application_id), "a seat declined");
            ++declined;
        }
        m_summary.declined += declined;
        if (declined == 0)
            return;
        m_clock.set(closes.plus_days(6), 10 * 60, m_now);
        auto const rerun_id = expect(admission.rerun(m_actor, round_id), "a re-run");
        expect(admission.confirm(m_actor, rerun_id), "confirming a re-run");
        ++m_summary.rounds;
    }

    // A woman fills in the form page by page and sends it; the id of her application.
    long long apply(long long intake_id, std::vector<long long> const& cohorts)
    {
        auto& applications = m_recruitment.applications;
        auto answers = invented_participant(m_random, m_clock.today());
        namespace fields = domain::participant_fields;
        if (answers[fields::phone].empty() && answers[fields::email].empty())
            answers.set(fields::phone, "0470 00 00 00");
        answers.set("consent_special_categories", "yes");
        auto ranked = cohorts;
        std::ranges::shuffle(ranked, m_random);
        ranked.resize(
            std::min<std::size_t>(ranked.size(), std::uniform_int_distribution<int>(1, 3)(m_random)));
        for (std::size_t i = 0; i < ranked.size(); ++i)
            answers.set(domain::application_fields::choices[i], std::to_string(ranked[i]));

        auto const address = "192.0.2." + std::to_string(++m_applicant % 250 + 1);
        auto const language = std::string(answers[fields::preferred_language]);
        auto const token = expect(applications.start(intake_id, language, address), "an application");
        for (auto const question : domain::all_values<domain::ApplicationQuestion>())
            expect(applications.answer(token, question, answers), "a page of an application");
        expect(applications.submit(token, address), "sending an application");
        ++m_summary.applications;
        return expect(applications.form(token), "a sent application").application_id;
    }

    service::Recruitment& m_recruitment;
    DemoClock& m_clock;
    service::Actor const& m_actor;
    std::mt19937_64& m_random;
    domain::Instant const m_now;
    Date const m_today;
    std::set<long long> const m_tested_tracks;
    int m_applicant = 0;
    DemoRecruitmentSummary m_summary;
};

// Every letter written before `before` has left: by e-mail when she gave an address, else
// posted by the coordinator.
void send_letters(service::OutboxService& outbox, locale::Catalogues const& catalogues,
                  service::Actor const& actor, std::string const& before)
{
    for (;;) {
        auto const waiting = expect(outbox.letters(actor, false), "the outbox");
        if (waiting.empty() || waiting.front().queued_at >= before)
            return;
        for (auto const& letter : waiting) {
            if (letter.queued_at >= before)
                break;
            auto const text = report::write_letter(*catalogues.find(letter.language), letter);
            if (letter.email.empty())
                expect(outbox.sent_by_hand(actor, letter.id, text), "a letter posted");
            else
                outbox.emailed(letter, text);
        }
    }
}

} // namespace

DemoRecruitmentSummary create_recruitment(service::Recruitment& recruitment, service::Training& training,
                                          locale::Catalogues const& catalogues, DemoClock& clock,
                                          service::Actor const& actor, std::mt19937_64& random,
                                          int applications_per_year)
{
    auto const now = clock.now();
    auto const today = clock.today();
    // Cohorts by the half-year they start in, those still to start on their own; those that
    // started before the centre's first intake (three years of history) took no applications.
    struct Group {
        Date first_start;
        std::vector<long long> cohorts;
    };
    std::map<std::pair<bool, Date>, Group> groups;
    for (auto const& summary : expect(training.cohorts.cohorts(actor), "the cohorts")) {
        auto const starts_on = summary.cohort.starts_on;
        if (starts_on.plus_days(-120) <= today.plus_days(-3 * 365))
            continue;
        bool const to_start = starts_on > today;
        auto& group = groups[{to_start, to_start ? Date{} : half_year_of(starts_on)}];
        if (group.cohorts.empty() || starts_on < group.first_start)
            group.first_start = starts_on;
        group.cohorts.push_back(summary.cohort.id);
    }

    RecruitmentWriter writer(recruitment, clock, actor, random);
    for (auto const& [key, group] : groups)
        writer.intake(group.first_start, group.cohorts, applications_per_year / 2);
    clock.set(now);
    auto const week_ago = today.plus_days(-7).iso();
    send_letters(recruitment.outbox, catalogues, actor, week_ago);
    return writer.summary();
}

} // namespace tremplin::cli
