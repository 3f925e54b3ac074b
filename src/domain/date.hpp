#pragma once

// Calendar dates (YYYY-MM-DD) and months (YYYY-MM), as the centre writes them: no time zone.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace tremplin::domain {

class Date {
  public:
    constexpr Date() = default;

    // A real date of the proleptic Gregorian calendar, or nothing.
    static std::optional<Date> from_parts(int year, int month, int day);
    static std::optional<Date> parse_iso(std::string_view text); // "2026-03-12"
    static Date from_days_since_epoch(long days);                // 1970-01-01 is day 0

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    long days_since_epoch() const;
    std::string iso() const;

    // The date `days` later, or earlier when `days` is negative, across months and years.
    Date plus_days(long days) const;

    // Whole years completed on `on`: the age a person has on that day.
    int years_until(Date on) const;

    auto operator<=>(Date const&) const = default;

  private:
    constexpr Date(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}

    int m_year = 1970;
    int m_month = 1;
    int m_day = 1;
};

class YearMonth {
  public:
    static std::optional<YearMonth> from_parts(int year, int month);
    static std::optional<YearMonth> parse_iso(std::string_view text); // "2025-09"

    int year() const { return m_year; }
    int month() const { return m_month; }
    std::string iso() const;

    // Whole months from the first of this month to `on`.
    int months_until(Date on) const;

    auto operator<=>(YearMonth const&) const = default;

  private:
    YearMonth(int year, int month) : m_year(year), m_month(month) {}

    int m_year;
    int m_month;
};

// A date typed as three fields (GOV.UK pattern "dates"), and what is wrong with it.
enum class DateProblem { Missing, MissingDay, MissingMonth, MissingYear, NotReal };

struct DateFields {
    std::string day;
    std::string month;
    std::string year;

    bool empty() const { return day.empty() && month.empty() && year.empty(); }
};

// Reads the three fields, forgiving spaces and a leading zero; a two-digit year is not real
// because the century cannot be guessed for a date of birth.
std::optional<Date> read_date_fields(DateFields const& fields, DateProblem& problem);

// The date as three fields, for a form showing a stored date.
DateFields date_fields_of(std::optional<Date> date);

} // namespace tremplin::domain
