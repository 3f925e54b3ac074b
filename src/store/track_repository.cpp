#include "store/track_repository.hpp"

#include "store/query.hpp"
#include "store/word_list.hpp"

namespace tremplin::store {

namespace {

using domain::code_of;

constexpr auto track_columns =
    "id, organisation_id, code, kind, name_fr, name_nl, name_en, description_fr, description_nl, "
    "description_en, occupations, ecf_profile, minimum_attendance_percent, requires_all_modules_passed, "
    "active, "
    "current_version_id";

domain::Track read_track(Row const& row)
{
    domain::Track track;
    track.id = row.integer("id");
    track.organisation_id = row.integer("organisation_id");
    track.code = row.text("code");
    track.kind = domain::from_code<domain::TrackKind>(row.text("kind")).value_or(domain::TrackKind::Other);
    track.name = {row.text("name_fr"), row.text("name_nl"), row.text("name_en")};
    track.description = {row.text("description_fr"), row.text("description_nl"), row.text("description_en")};
    track.occupations = split_words(row.text("occupations"));
    track.ecf_profile = row.text("ecf_profile");
    track.minimum_attendance_percent = static_cast<int>(row.integer("minimum_attendance_percent"));
    track.requires_all_modules_passed = row.boolean("requires_all_modules_passed");
    track.active = row.boolean("active");
    track.current_version_id = row.integer("current_version_id");
    return track;
}

Query& bind_track(Query& query, domain::Track const& track)
{
    return query.bind("organisation", track.organisation_id)
        .bind("code", track.code)
        .bind("kind", std::string(code_of(track.kind)))
        .bind("name_fr", track.name.fr)
        .bind("name_nl", track.name.nl)
        .bind("name_en", track.name.en)
        .bind("description_fr", track.description.fr)
        .bind("description_nl", track.description.nl)
        .bind("description_en", track.description.en)
        .bind("occupations", join_words(track.occupations))
        .bind("ecf_profile", track.ecf_profile)
        .bind("minimum_attendance", track.minimum_attendance_percent)
        .bind("all_modules", track.requires_all_modules_passed)
        .bind("active", track.active);
}

domain::Module read_module(Row const& row)
{
    domain::Module module;
    module.id = row.integer("id");
    module.track_version_id = row.integer("track_version_id");
    module.position = static_cast<int>(row.integer("position"));
    module.name = {row.text("name_fr"), row.text("name_nl"), row.text("name_en")};
    module.planned_minutes = static_cast<int>(row.integer("planned_minutes"));
    module.competences = split_words(row.text("competences"));
    return module;
}

} // namespace

long long TrackRepository::insert(domain::Track const& track, std::string const& now)
{
    Query query(
        m_connection,
        "INSERT INTO tracks (organisation_id, code, kind, name_fr, name_nl, name_en, description_fr, "
        "description_nl, description_en, occupations, ecf_profile, minimum_attendance_percent, "
        "requires_all_modules_passed, active, created_at, updated_at) VALUES (:organisation, :code, :kind, "
        ":name_fr, :name_nl, :name_en, :description_fr, :description_nl, :description_en, :occupations, "
        ":ecf_profile, :minimum_attendance, :all_modules, :active, :now, :now) RETURNING id");
    return bind_track(query, track).bind("now", now).scalar();
}

void TrackRepository::update(domain::Track const& track, std::string const& now)
{
    Query query(
        m_connection,
        "UPDATE tracks SET code = :code, kind = :kind, name_fr = :name_fr, name_nl = :name_nl, "
        "name_en = :name_en, description_fr = :description_fr, description_nl = :description_nl, "
        "description_en = :description_en, occupations = :occupations, ecf_profile = :ecf_profile, "
        "minimum_attendance_percent = :minimum_attendance, requires_all_modules_passed = :all_modules, "
        "active = :active, updated_at = :now WHERE organisation_id = :organisation AND id = :id");
    bind_track(query, track).bind("now", now).bind("id", track.id).run();
}

std::optional<domain::Track> TrackRepository::find(long long organisation_id, long long id)
{
    static auto const sql = std::string("SELECT ") + track_columns +
                            " FROM tracks WHERE organisation_id = :organisation AND id = :id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<domain::Track>(read_track);
}

std::optional<domain::Track> TrackRepository::find_by_code(long long organisation_id, std::string const& code)
{
    static auto const sql = std::string("SELECT ") + track_columns +
                            " FROM tracks WHERE organisation_id = :organisation AND code = :code";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("code", code)
        .first_row<domain::Track>(read_track);
}

std::vector<domain::Track> TrackRepository::all(long long organisation_id)
{
    static auto const sql = std::string("SELECT ") + track_columns +
                            " FROM tracks WHERE organisation_id = :organisation ORDER BY active DESC, code";
    return Query(m_connection, sql).bind("organisation", organisation_id).rows<domain::Track>(read_track);
}

long long TrackRepository::add_version(long long organisation_id, long long track_id,
                                       std::vector<domain::Module> const& modules, std::string const& now)
{
    auto const number = Query(m_connection, "SELECT COALESCE(MAX(number), 0) + 1 FROM track_versions "
                                            "WHERE track_id = :track")
                            .bind("track", track_id)
                            .scalar();
    auto const version_id =
        Query(m_connection, "INSERT INTO track_versions (organisation_id, track_id, number, created_at) "
                            "VALUES (:organisation, :track, :number, :now) RETURNING id")
            .bind("organisation", organisation_id)
            .bind("track", track_id)
            .bind("number", number)
            .bind("now", now)
            .scalar();
    insert_modules(organisation_id, version_id, modules);
    Query(m_connection, "UPDATE tracks SET current_version_id = :version, updated_at = :now "
                        "WHERE organisation_id = :organisation AND id = :track")
        .bind("version", version_id)
        .bind("now", now)
        .bind("organisation", organisation_id)
        .bind("track", track_id)
        .run();
    return version_id;
}

std::optional<domain::TrackVersion> TrackRepository::version(long long organisation_id, long long version_id)
{
    auto version = Query(m_connection, "SELECT id, track_id, number, created_at FROM track_versions "
                                       "WHERE organisation_id = :organisation AND id = :id")
                       .bind("organisation", organisation_id)
                       .bind("id", version_id)
                       .first_row<domain::TrackVersion>([](Row const& row) {
                           return domain::TrackVersion{row.integer("id"),
                                                       row.integer("track_id"),
                                                       static_cast<int>(row.integer("number")),
                                                       row.text("created_at"),
                                                       {}};
                       });
    if (version)
        version->modules =
            Query(m_connection, "SELECT id, track_version_id, position, name_fr, name_nl, name_en, "
                                "planned_minutes, competences FROM modules "
                                "WHERE track_version_id = :version ORDER BY position")
                .bind("version", version_id)
                .rows<domain::Module>(read_module);
    return version;
}

bool TrackRepository::version_in_use(long long version_id)
{
    return Query(m_connection, "SELECT COUNT(*) FROM cohorts WHERE track_version_id = :version")
               .bind("version", version_id)
               .scalar() > 0;
}

void TrackRepository::replace_modules(long long organisation_id, long long version_id,
                                      std::vector<domain::Module> const& modules)
{
    Query(m_connection,
          "DELETE FROM modules WHERE organisation_id = :organisation AND track_version_id = :version")
        .bind("organisation", organisation_id)
        .bind("version", version_id)
        .run();
    insert_modules(organisation_id, version_id, modules);
}

void TrackRepository::insert_modules(long long organisation_id, long long version_id,
                                     std::vector<domain::Module> const& modules)
{
    int position = 0;
    for (auto const& module : modules) {
        Query(m_connection,
              "INSERT INTO modules (organisation_id, track_version_id, position, name_fr, name_nl, "
              "name_en, planned_minutes, competences) VALUES (:organisation, :version, :position, "
              ":name_fr, :name_nl, :name_en, :minutes, :competences)")
            .bind("organisation", organisation_id)
            .bind("version", version_id)
            .bind("position", ++position)
            .bind("name_fr", module.name.fr)
            .bind("name_nl", module.name.nl)
            .bind("name_en", module.name.en)
            .bind("minutes", module.planned_minutes)
            .bind("competences", join_words(module.competences))
            .run();
    }
}

} // namespace tremplin::store
