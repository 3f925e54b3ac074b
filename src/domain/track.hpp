#pragma once

// The catalogue: tracks the centre runs and the modules they are made of. A track is data,
// not code (docs/design.md "Tracks are data"): other centres add their own. Modules belong to
// a *version* of the track, so that changing them never alters a cohort already running on an
// older version.

#include "domain/codes.hpp"
#include "domain/error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

enum class TrackKind { Awareness, Orientation, Initiation, Qualifying, CertificationPreparation, Other };

// A text written in each interface language ("fr", "nl", "en").
struct TranslatedText {
    std::string fr;
    std::string nl;
    std::string en;

    // The text in `language`, else the first one written (fr, nl, en).
    std::string const& in(std::string_view language) const;
    bool empty() const { return fr.empty() && nl.empty() && en.empty(); }
    bool operator==(TranslatedText const&) const = default;
};

struct Track {
    long long id = 0;
    long long organisation_id = 0;
    std::string code; // short and stable, e.g. "WEB"; shown in cohort names
    TrackKind kind = TrackKind::Qualifying;
    TranslatedText name;
    TranslatedText description;
    // ISCO-08 unit groups and ESCO occupation codes (docs/domain.md "Occupations"), e.g. "2513",
    // "2513.5".
    std::vector<std::string> occupations;
    std::string ecf_profile; // CWA 16458-1 role profile code, e.g. "developer"; empty: none
    // Completion criteria, checked when an enrolment is completed.
    int minimum_attendance_percent = 80;
    bool requires_all_modules_passed = true;
    bool active = true;
    long long current_version_id = 0;
};

struct Module {
    long long id = 0;
    long long track_version_id = 0;
    int position = 0; // order within the version, from 1
    TranslatedText name;
    int planned_minutes = 0;
    std::vector<std::string> competences; // e-CF codes, e.g. "B.1", "C.1" (EN 16234-1)
};

struct TrackVersion {
    long long id = 0;
    long long track_id = 0;
    int number = 1;
    std::string created_at;
    std::vector<Module> modules;

    int planned_minutes() const;
};

// Checks a track as typed in its form; the errors name the form's fields.
std::vector<FieldError> validate_track(Track const& track);
std::vector<FieldError> validate_module(Module const& module);

// "B.1" .. "E.10": the 41 e-CF 4.0 competence codes.
bool is_ecf_competence(std::string_view code);
// "2513" (ISCO-08 unit group) or "2513.5" / "2522.1.1" (ESCO occupation below it).
bool is_occupation_code(std::string_view code);

template <> struct Codes<TrackKind> {
    static constexpr std::array table{
        std::pair{TrackKind::Awareness, std::string_view("awareness")},
        std::pair{TrackKind::Orientation, std::string_view("orientation")},
        std::pair{TrackKind::Initiation, std::string_view("initiation")},
        std::pair{TrackKind::Qualifying, std::string_view("qualifying")},
        std::pair{TrackKind::CertificationPreparation, std::string_view("certification_preparation")},
        std::pair{TrackKind::Other, std::string_view("other")},
    };
};

} // namespace tremplin::domain
