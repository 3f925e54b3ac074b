#include "domain/date.hpp"

#include "domain/text.hpp"

#include <charconv>
#include <cstdio>

namespace tremplin::domain {

namespace {

bool is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

std::optional<int> read_number(std::string_view text)
{
    text = trimmed(text);
    if (text.empty() || text.size() > 4)
        return std::nullopt;
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Date> Date::from_parts(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    return Date(year, month, day);
}

std::optional<Date> Date::parse_iso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto year = read_number(text.substr(0, 4));
    auto month = read_number(text.substr(5, 2));
    auto day = read_number(text.substr(8, 2));
    if (!year || !month || !day)
        return std::nullopt;
    return from_parts(*year, *month, *day);
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long Date::days_since_epoch() const
{
    int const year = m_month <= 2 ? m_year - 1 : m_year;
    int const era = (year >= 0 ? year : year - 399) / 400;
    unsigned const year_of_era = static_cast<unsigned>(year - era * 400);
    unsigned const day_of_year = (153 * (m_month > 2 ? m_month - 3 : m_month + 9) + 2) / 5 + m_day - 1;
    unsigned const day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return static_cast<long>(era) * 146097 + static_cast<long>(day_of_era) - 719468;
}

Date Date::from_days_since_epoch(long days)
{
    days += 719468;
    long const era = (days >= 0 ? days : days - 146096) / 146097;
    auto const day_of_era = static_cast<unsigned>(days - era * 146097);
    unsigned const year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    unsigned const day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    unsigned const month_index = (5 * day_of_year + 2) / 153;
    int const day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
    int const month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
    int const year = static_cast<int>(year_of_era) + static_cast<int>(era) * 400 + (month <= 2 ? 1 : 0);
    return Date(year, month, day);
}

Date Date::plus_days(long days) const
{
    return from_days_since_epoch(days_since_epoch() + days);
}

std::string Date::iso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", m_year, m_month, m_day);
    return buffer;
}

int Date::years_until(Date on) const
{
    int years = on.m_year - m_year;
    if (on.m_month < m_month || (on.m_month == m_month && on.m_day < m_day))
        --years;
    return years;
}

std::optional<YearMonth> YearMonth::from_parts(int year, int month)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return std::nullopt;
    return YearMonth(year, month);
}

std::optional<YearMonth> YearMonth::parse_iso(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    auto year = read_number(text.substr(0, 4));
    auto month = read_number(text.substr(5, 2));
    if (!year || !month)
        return std::nullopt;
    return from_parts(*year, *month);
}

std::string YearMonth::iso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", m_year, m_month);
    return buffer;
}

int YearMonth::months_until(Date on) const
{
    return (on.year() - m_year) * 12 + (on.month() - m_month);
}

std::optional<Date> read_date_fields(DateFields const& fields, DateProblem& problem)
{
    auto const day_text = trimmed(fields.day);
    auto const month_text = trimmed(fields.month);
    auto const year_text = trimmed(fields.year);
    if (day_text.empty() && month_text.empty() && year_text.empty()) {
        problem = DateProblem::Missing;
        return std::nullopt;
    }
    if (day_text.empty()) {
        problem = DateProblem::MissingDay;
        return std::nullopt;
    }
    if (month_text.empty()) {
        problem = DateProblem::MissingMonth;
        return std::nullopt;
    }
    if (year_text.empty()) {
        problem = DateProblem::MissingYear;
        return std::nullopt;
    }
    auto day = read_number(day_text);
    auto month = read_number(month_text);
    auto year = read_number(year_text);
    if (!day || !month || !year || year_text.size() != 4) {
        problem = DateProblem::NotReal;
        return std::nullopt;
    }
    auto date = Date::from_parts(*year, *month, *day);
    if (!date)
        problem = DateProblem::NotReal;
    return date;
}

DateFields date_fields_of(std::optional<Date> date)
{
    if (!date)
        return {};
    return {std::to_string(date->day()), std::to_string(date->month()), std::to_string(date->year())};
}

} // namespace tremplin::domain
