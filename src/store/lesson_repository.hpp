#pragma once

// The lessons of cohorts, and the bookings that would collide with one.

#include "domain/cohort.hpp"
#include "domain/schedule.hpp"
#include "domain/track.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace tremplin::store {

// A lesson with what a list shows about it.
struct LessonView {
    domain::Lesson lesson;
    std::string cohort_name;
    domain::TranslatedText module_name;
    std::string trainer_name;
    int sequence = 0;
    bool sheet_taken = false; // some attendance is recorded
};

struct BookingClash {
    long long lesson_id = 0;
    std::string cohort_name;
    domain::Date day;
    int starts_at = 0;
    int ends_at = 0;
    bool same_trainer = false; // else the same room
};

// Minutes taught on a track by trainers of one gender.
struct TeachingMinutes {
    std::string track_code;
    std::string gender; // a domain::Gender code
    long long minutes = 0;
};

class LessonRepository {
  public:
    explicit LessonRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Lesson const& lesson, std::string const& room_key, std::string const& now);
    // Moves on the iCalendar sequence, so phones replace the lesson they had.
    void update(domain::Lesson const& lesson, std::string const& room_key, std::string const& now);
    std::optional<domain::Lesson> find(long long organisation_id, long long id);
    std::optional<LessonView> view(long long organisation_id, long long id);

    std::vector<LessonView> of_cohort(long long organisation_id, long long cohort_id);
    // Lessons on a day across the centre; `trainer_id` set: only hers.
    std::vector<LessonView> on_day(long long organisation_id, domain::Date day,
                                   std::optional<long long> trainer_id);

    // Lessons given between two days (both included, cancelled ones left out), by track and by
    // the gender of their trainer: the parity figure.
    std::vector<TeachingMinutes> teaching_by_track(long long organisation_id, domain::Date from,
                                                   domain::Date to);

    // The cohorts where this trainer gives at least one lesson, cancelled ones included.
    std::vector<long long> cohorts_taught_by(long long organisation_id, long long trainer_id);

    // The same for one cohort's lessons up to a day.
    domain::TeachingParity teaching_parity_of_cohort(long long cohort_id, domain::Date up_to);

    // Planned lessons at overlapping times with the same trainer or the same room.
    std::vector<BookingClash> clashes(domain::Lesson const& lesson, std::string const& room_key);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store
