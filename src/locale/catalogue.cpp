#include "locale/catalogue.hpp"

#include <atomic>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include <unicode/datefmt.h>
#include <unicode/msgfmt.h>
#include <unicode/numfmt.h>
#include <unicode/timezone.h>

namespace tremplin::locale {

namespace {

icu::UnicodeString unicode(std::string_view text)
{
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string utf8(icu::UnicodeString const& text)
{
    std::string result;
    text.toUTF8String(result);
    return result;
}

icu::Locale icu_locale(std::string const& locale_id)
{
    UErrorCode status = U_ZERO_ERROR;
    auto locale = icu::Locale::forLanguageTag(locale_id, status);
    if (U_FAILURE(status))
        throw std::invalid_argument("unknown locale " + locale_id);
    return locale;
}

std::unique_ptr<icu::MessageFormat> compile(std::string const& pattern, icu::Locale const& locale)
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    auto format = std::make_unique<icu::MessageFormat>(unicode(pattern), locale, parse_error, status);
    if (U_FAILURE(status))
        return nullptr;
    return format;
}

// ICU formatters may not be shared between threads; each thread keeps its own, per pattern.
icu::MessageFormat& message_format_for(std::string const& pattern, std::string const& locale_id)
{
    thread_local std::unordered_map<std::string, std::unique_ptr<icu::MessageFormat>> formats;
    auto& format = formats[locale_id + '\n' + pattern];
    if (!format)
        format = compile(pattern, icu_locale(locale_id));
    return *format;
}

// Tells catalogues apart in the caches of formatted values, even one made where another was.
unsigned next_instance()
{
    static std::atomic<unsigned> counter{0};
    return ++counter;
}

} // namespace

Catalogue::Catalogue(std::string language, std::string locale_id,
                     std::map<std::string, std::string, std::less<>> patterns)
    : m_language(std::move(language)), m_locale_id(std::move(locale_id)), m_instance(next_instance())
{
    auto const locale = icu_locale(m_locale_id);
    for (auto& [key, pattern] : patterns) {
        auto format = compile(pattern, locale);
        if (!format)
            throw std::invalid_argument(m_language + " message " + key +
                                        " is not a valid ICU MessageFormat pattern");
        icu::UnicodeString plain;
        icu::FieldPosition ignore;
        UErrorCode status = U_ZERO_ERROR;
        format->format(nullptr, 0, plain, ignore, status);
        m_entries.emplace(key, Entry{std::move(pattern), U_SUCCESS(status) ? utf8(plain) : std::string()});
    }
}

std::string_view Catalogue::text(std::string_view key) const
{
    auto it = m_entries.find(key);
    return it == m_entries.end() ? key : std::string_view(it->second.plain);
}

std::string Catalogue::format(std::string_view key, std::initializer_list<MessageArgument> arguments) const
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::string(key);

    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (auto const& argument : arguments) {
        names.push_back(unicode(argument.name));
        if (auto const* number = std::get_if<long long>(&argument.value))
            values.emplace_back(static_cast<int64_t>(*number));
        else
            values.emplace_back(unicode(std::get<std::string>(argument.value)));
    }
    icu::UnicodeString result;
    UErrorCode status = U_ZERO_ERROR;
    message_format_for(it->second.pattern, m_locale_id)
        .format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    if (U_FAILURE(status))
        return it->second.plain;
    return utf8(result);
}

std::string Catalogue::date(domain::Date date) const
{
    // The same dates come back page after page (birth dates, lesson days), and ICU takes a
    // microsecond for each: every thread remembers those it formatted.
    thread_local std::unordered_map<long long, std::string> remembered;
    auto const key = static_cast<long long>(m_instance) << 32 | (date.days_since_epoch() & 0xffffffff);
    if (auto it = remembered.find(key); it != remembered.end())
        return it->second;
    if (remembered.size() > 100'000)
        remembered.clear();
    return remembered.emplace(key, format_date(date)).first->second;
}

std::string Catalogue::format_date(domain::Date date) const
{
    thread_local std::unordered_map<std::string, std::unique_ptr<icu::DateFormat>> formats;
    auto& format = formats[m_locale_id];
    if (!format) {
        format.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu_locale(m_locale_id)));
        format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    }
    auto const milliseconds = static_cast<UDate>(date.days_since_epoch()) * 86400000.0;
    icu::UnicodeString result;
    format->format(milliseconds, result);
    return utf8(result);
}

std::string Catalogue::month_year(domain::YearMonth month) const
{
    thread_local std::unordered_map<std::string, std::unique_ptr<icu::DateFormat>> formats;
    auto& format = formats[m_locale_id];
    if (!format) {
        UErrorCode status = U_ZERO_ERROR;
        format.reset(icu::DateFormat::createInstanceForSkeleton("MMMMy", icu_locale(m_locale_id), status));
        format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    }
    auto const first = domain::Date::from_parts(month.year(), month.month(), 1);
    auto const milliseconds = static_cast<UDate>(first->days_since_epoch()) * 86400000.0;
    icu::UnicodeString result;
    format->format(milliseconds, result);
    return utf8(result);
}

std::string Catalogue::date_time(domain::Instant instant, std::string const& time_zone) const
{
    thread_local std::unordered_map<std::string, std::unique_ptr<icu::DateFormat>> formats;
    auto& format = formats[m_locale_id + '\n' + time_zone];
    if (!format) {
        format.reset(icu::DateFormat::createDateTimeInstance(
            icu::DateFormat::kMedium, icu::DateFormat::kShort, icu_locale(m_locale_id)));
        format->adoptTimeZone(icu::TimeZone::createTimeZone(unicode(time_zone)));
    }
    auto const milliseconds = static_cast<UDate>(instant.time_since_epoch().count()) * 1000.0;
    icu::UnicodeString result;
    format->format(milliseconds, result);
    return utf8(result);
}

std::string Catalogue::number(long long value) const
{
    thread_local std::unordered_map<std::string, std::unique_ptr<icu::NumberFormat>> formats;
    auto& format = formats[m_locale_id];
    if (!format) {
        UErrorCode status = U_ZERO_ERROR;
        format.reset(icu::NumberFormat::createInstance(icu_locale(m_locale_id), status));
        if (U_FAILURE(status))
            return std::to_string(value);
    }
    icu::UnicodeString result;
    format->format(static_cast<int64_t>(value), result);
    return utf8(result);
}

std::vector<std::string> Catalogue::keys() const
{
    std::vector<std::string> keys;
    keys.reserve(m_entries.size());
    for (auto const& [key, entry] : m_entries)
        keys.push_back(key);
    return keys;
}

} // namespace tremplin::locale
