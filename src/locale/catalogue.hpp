#pragma once

// One language's messages: ICU MessageFormat patterns under dotted keys
// ("participants.list.title"), with dates and numbers formatted for the language's locale.

#include "domain/date.hpp"
#include "domain/timestamp.hpp"

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tremplin::locale {

struct MessageArgument {
    std::string_view name;
    std::variant<long long, std::string> value;
};

class Catalogue {
  public:
    // Throws std::invalid_argument naming the key of a pattern ICU cannot parse.
    Catalogue(std::string language, std::string locale_id,
              std::map<std::string, std::string, std::less<>> patterns);

    std::string const& language() const { return m_language; }   // "fr"
    std::string const& locale_id() const { return m_locale_id; } // "fr-BE"

    bool has(std::string_view key) const { return m_entries.contains(key); }

    // The message of a pattern without arguments; an unknown key reads as itself, so a
    // missing translation is visible rather than blank.
    std::string_view text(std::string_view key) const;

    std::string format(std::string_view key, std::initializer_list<MessageArgument> arguments) const;

    std::string date(domain::Date date) const; // "12 mars 2026", "12 maart 2026", "12 March 2026"
    std::string number(long long value) const; // "100 000", "100.000", "100,000"

    std::string month_year(domain::YearMonth month) const; // "mars 2025", "maart 2025", "March 2025"

    // Date and time in an IANA time zone: "24 nov. 2026, 19:54".
    std::string date_time(domain::Instant instant, std::string const& time_zone) const;

    std::vector<std::string> keys() const;

  private:
    std::string format_date(domain::Date date) const;

    struct Entry {
        std::string pattern;
        std::string plain; // the pattern formatted without arguments
    };

    std::string m_language;
    std::string m_locale_id;
    unsigned m_instance;
    std::map<std::string, Entry, std::less<>> m_entries;
};

} // namespace tremplin::locale
