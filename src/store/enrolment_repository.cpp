#include "store/enrolment_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

using domain::code_of;

constexpr auto enrolment_columns =
    "e.id, e.organisation_id, e.participant_id, e.cohort_id, e.stage, e.enrolled_on, e.stage_changed_on, "
    "e.withdrawal_reason, e.transferred_to_cohort_id, e.capacity_override_reason, e.entry_age, "
    "e.entry_gender, "
    "e.entry_education_level, e.entry_diploma_obtained_abroad, e.entry_diploma_recognised, "
    "e.entry_qualification_obsolete, e.entry_labour_market_status, e.entry_months_unemployed, "
    "e.entry_single_parent, e.entry_housing_exclusion, e.entry_disability, e.entry_minority, "
    "e.entry_nationality, "
    "e.entry_postcode";

std::optional<int> small_integer_at(Row const& row, std::string_view column)
{
    auto const value = row.optional_integer(column);
    return value ? std::optional(static_cast<int>(*value)) : std::nullopt;
}

domain::Enrolment read_enrolment(Row const& row)
{
    domain::Enrolment e;
    e.id = row.integer("id");
    e.organisation_id = row.integer("organisation_id");
    e.participant_id = row.integer("participant_id");
    e.cohort_id = row.integer("cohort_id");
    e.stage = choice_at<domain::EnrolmentStage>(row, "stage").value_or(domain::EnrolmentStage::Enrolled);
    e.enrolled_on = row.date("enrolled_on");
    e.stage_changed_on = row.date("stage_changed_on");
    e.withdrawal_reason = choice_at<domain::WithdrawalReason>(row, "withdrawal_reason");
    e.transferred_to_cohort_id = row.integer("transferred_to_cohort_id");
    e.capacity_override_reason = row.text("capacity_override_reason");
    auto& s = e.snapshot;
    s.entered_on = e.enrolled_on;
    s.age = small_integer_at(row, "entry_age");
    s.gender = choice_at<domain::Gender>(row, "entry_gender").value_or(domain::Gender::NotSaid);
    s.education_level = choice_at<domain::EducationLevel>(row, "entry_education_level");
    s.diploma_obtained_abroad = choice_at<domain::Answer>(row, "entry_diploma_obtained_abroad");
    s.diploma_recognised = choice_at<domain::Answer>(row, "entry_diploma_recognised");
    s.qualification_obsolete = choice_at<domain::Answer>(row, "entry_qualification_obsolete");
    s.labour_market_status = choice_at<domain::LabourMarketStatus>(row, "entry_labour_market_status");
    s.months_unemployed = small_integer_at(row, "entry_months_unemployed");
    s.single_parent = choice_at<domain::Answer>(row, "entry_single_parent");
    s.housing_exclusion = choice_at<domain::Answer>(row, "entry_housing_exclusion");
    s.disability = choice_at<domain::Answer>(row, "entry_disability");
    s.minority = choice_at<domain::Answer>(row, "entry_minority");
    s.nationality = row.text("entry_nationality");
    s.postcode = row.text("entry_postcode");
    return e;
}

std::optional<long long> optional_number(std::optional<int> value)
{
    return value ? std::optional<long long>(*value) : std::nullopt;
}

EnrolmentView read_view(Row const& row)
{
    return {read_enrolment(row),
            row.text("first_name"),
            row.text("last_name"),
            row.text("name"),
            {row.text("name_fr"), row.text("name_nl"), row.text("name_en")}};
}

constexpr auto view_joins =
    ", p.first_name, p.last_name, c.name, t.name_fr, t.name_nl, t.name_en FROM enrolments e "
    "JOIN participants p ON p.id = e.participant_id JOIN cohorts c ON c.id = e.cohort_id "
    "JOIN tracks t ON t.id = c.track_id ";

} // namespace

long long EnrolmentRepository::insert(domain::Enrolment const& e, std::string const& now)
{
    auto const& s = e.snapshot;
    return Query(
               m_connection,
               "INSERT INTO enrolments (organisation_id, participant_id, cohort_id, stage, enrolled_on, "
               "stage_changed_on, capacity_override_reason, entry_age, entry_gender, entry_education_level, "
               "entry_diploma_obtained_abroad, entry_diploma_recognised, entry_qualification_obsolete, "
               "entry_labour_market_status, entry_months_unemployed, entry_single_parent, "
               "entry_housing_exclusion, "
               "entry_disability, entry_minority, entry_nationality, entry_postcode, created_at, updated_at) "
               "VALUES (:organisation, :participant, :cohort, :stage, :enrolled_on, :enrolled_on, :override, "
               ":age, "
               ":gender, :education, :abroad, :recognised, :obsolete, :labour, :months, :single_parent, "
               ":housing, "
               ":disability, :minority, :nationality, :postcode, :now, :now) RETURNING id")
        .bind("organisation", e.organisation_id)
        .bind("participant", e.participant_id)
        .bind("cohort", e.cohort_id)
        .bind("stage", std::string(code_of(e.stage)))
        .bind("enrolled_on", e.enrolled_on.iso())
        .bind("override", e.capacity_override_reason)
        .bind("age", optional_number(s.age))
        .bind("gender", std::string(code_of(s.gender)))
        .bind("education", code_or_null(s.education_level))
        .bind("abroad", code_or_null(s.diploma_obtained_abroad))
        .bind("recognised", code_or_null(s.diploma_recognised))
        .bind("obsolete", code_or_null(s.qualification_obsolete))
        .bind("labour", code_or_null(s.labour_market_status))
        .bind("months", optional_number(s.months_unemployed))
        .bind("single_parent", code_or_null(s.single_parent))
        .bind("housing", code_or_null(s.housing_exclusion))
        .bind("disability", code_or_null(s.disability))
        .bind("minority", code_or_null(s.minority))
        .bind("nationality", s.nationality)
        .bind("postcode", s.postcode)
        .bind("now", now)
        .scalar();
}

void EnrolmentRepository::update_stage(domain::Enrolment const& e, std::string const& now)
{
    Query(m_connection,
          "UPDATE enrolments SET stage = :stage, stage_changed_on = :changed_on, "
          "withdrawal_reason = :reason, transferred_to_cohort_id = :transferred_to, updated_at = :now "
          "WHERE organisation_id = :organisation AND id = :id")
        .bind("stage", std::string(code_of(e.stage)))
        .bind("changed_on", e.stage_changed_on.iso())
        .bind("reason", code_or_null(e.withdrawal_reason))
        .bind("transferred_to",
              e.transferred_to_cohort_id ? std::optional(e.transferred_to_cohort_id) : std::nullopt)
        .bind("now", now)
        .bind("organisation", e.organisation_id)
        .bind("id", e.id)
        .run();
}

std::optional<domain::Enrolment> EnrolmentRepository::find(long long organisation_id, long long id)
{
    static auto const sql = std::string("SELECT ") + enrolment_columns +
                            " FROM enrolments e WHERE e.organisation_id = :organisation AND e.id = :id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<domain::Enrolment>(read_enrolment);
}

std::optional<domain::Enrolment> EnrolmentRepository::find_for(long long cohort_id, long long participant_id)
{
    static auto const sql =
        std::string("SELECT ") + enrolment_columns +
        " FROM enrolments e WHERE e.cohort_id = :cohort AND e.participant_id = :participant";
    return Query(m_connection, sql)
        .bind("cohort", cohort_id)
        .bind("participant", participant_id)
        .first_row<domain::Enrolment>(read_enrolment);
}

std::optional<EnrolmentView> EnrolmentRepository::view(long long organisation_id, long long id)
{
    static auto const sql = std::string("SELECT ") + enrolment_columns + view_joins +
                            "WHERE e.organisation_id = :organisation AND e.id = :id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<EnrolmentView>(read_view);
}

std::vector<EnrolmentView> EnrolmentRepository::of_cohort(long long organisation_id, long long cohort_id)
{
    static auto const sql = std::string("SELECT ") + enrolment_columns + view_joins +
                            "WHERE e.organisation_id = :organisation AND e.cohort_id = :cohort "
                            "ORDER BY p.sort_key, p.id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("cohort", cohort_id)
        .rows<EnrolmentView>(read_view);
}

std::vector<EnrolmentView> EnrolmentRepository::of_participant(long long organisation_id,
                                                               long long participant_id)
{
    static auto const sql = std::string("SELECT ") + enrolment_columns + view_joins +
                            "WHERE e.organisation_id = :organisation AND e.participant_id = :participant "
                            "ORDER BY e.enrolled_on DESC, e.id DESC";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .rows<EnrolmentView>(read_view);
}

} // namespace tremplin::store
