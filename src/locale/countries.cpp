#include "locale/countries.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

namespace tremplin::locale {

namespace {

// ICU also lists user-assigned and exceptional reservations that are not countries people
// are born in or citizens of.
bool is_listed(std::string_view code)
{
    static constexpr std::string_view not_countries[] = {"AC", "CP", "DG", "EA", "EU", "EZ", "IC",
                                                         "TA", "UN", "XA", "XB", "XK", "ZZ"};
    return std::ranges::find(not_countries, code) == std::end(not_countries);
}

std::set<std::string, std::less<>> const& country_codes()
{
    static auto const codes = [] {
        std::set<std::string, std::less<>> codes;
        for (char const* const* code = uloc_getISOCountries(); *code; ++code)
            if (is_listed(*code))
                codes.emplace(*code);
        // Kosovo has no ISO code yet but is a nationality the centre meets; XK is its common user-assigned
        // code.
        codes.emplace("XK");
        return codes;
    }();
    return codes;
}

icu::Locale icu_locale(std::string_view locale_id)
{
    UErrorCode status = U_ZERO_ERROR;
    auto locale = icu::Locale::forLanguageTag(
        icu::StringPiece(locale_id.data(), static_cast<int32_t>(locale_id.size())), status);
    return U_FAILURE(status) ? icu::Locale::getRoot() : locale;
}

std::string display_name(std::string_view code, icu::Locale const& in)
{
    icu::UnicodeString name;
    icu::Locale("", std::string(code).c_str()).getDisplayCountry(in, name);
    std::string utf8;
    name.toUTF8String(utf8);
    return utf8;
}

} // namespace

bool is_country_code(std::string_view code)
{
    return country_codes().contains(code);
}

std::vector<Country> const& countries_for(std::string_view locale_id)
{
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<std::vector<Country>>, std::less<>> by_locale;
    std::lock_guard lock(mutex);
    if (auto it = by_locale.find(locale_id); it != by_locale.end())
        return *it->second;

    auto const locale = icu_locale(locale_id);
    auto countries = std::make_unique<std::vector<Country>>();
    for (auto const& code : country_codes())
        countries->push_back({code, display_name(code, locale)});

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(locale, status));
    if (U_SUCCESS(status)) {
        std::ranges::sort(*countries, [&](Country const& a, Country const& b) {
            UErrorCode compare_status = U_ZERO_ERROR;
            return collator->compareUTF8(a.name, b.name, compare_status) == UCOL_LESS;
        });
    }
    return *by_locale.emplace(std::string(locale_id), std::move(countries)).first->second;
}

std::string country_name(std::string_view code, std::string_view locale_id)
{
    if (!is_country_code(code))
        return std::string(code);
    return display_name(code, icu_locale(locale_id));
}

} // namespace tremplin::locale
