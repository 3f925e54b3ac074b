#pragma once

// How the training pages show lessons, hours and translated names.

#include "domain/track.hpp"
#include "locale/catalogue.hpp"
#include "service/cohort_service.hpp"
#include "web/template_value.hpp"

#include <string>

namespace tremplin::web {

// A name written in three languages, in the reader's.
inline std::string in_reader_language(domain::TranslatedText const& text, locale::Catalogue const& catalogue)
{
    return text.in(catalogue.language());
}

// "09:00–12:30"
std::string time_range(int starts_at, int ends_at);

// A lesson as the lists show it: day, times, cohort, module, trainer, room, status.
TemplateValue lesson_row(service::LessonView const& view, locale::Catalogue const& catalogue);

} // namespace tremplin::web
