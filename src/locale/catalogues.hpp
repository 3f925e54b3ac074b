#pragma once

// Every language Tremplin speaks: one catalogue per file `i18n/<language>.json`.

#include "locale/catalogue.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::locale {

class Catalogues {
  public:
    // The catalogues embedded in the binary. Throws if one cannot be read.
    static Catalogues embedded();

    // One catalogue from its JSON text: nested objects give dotted keys; "_meta" holds the
    // locale ("fr-BE") and is not a message.
    static Catalogue parse(std::string const& language, std::string_view json);

    explicit Catalogues(std::vector<Catalogue> catalogues);

    Catalogue const* find(std::string_view language) const;
    std::vector<std::string> const& languages() const { return m_languages; }

    // The first language of an Accept-Language header (RFC 9110 12.5.4) that a catalogue
    // speaks, by quality; empty when none does.
    std::string negotiate(std::string_view accept_language) const;

  private:
    std::vector<std::unique_ptr<Catalogue const>> m_catalogues;
    std::vector<std::string> m_languages;
};

} // namespace tremplin::locale
