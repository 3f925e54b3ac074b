#pragma once

// The closed answers a participant's record is made of, with their stable codes.

#include "domain/codes.hpp"

namespace tremplin::domain {

enum class Gender { Woman, Man, NonBinary, NotSaid };

// ESF+ Annex I: sensitive questions may be refused; *refused* is recorded apart from *unknown*
// and *no*. A question never asked has no answer at all (std::nullopt).
enum class Answer { Yes, No, Unknown, Refused };

// ISCED 2011 level of the highest qualification (docs/domain.md "Education"). Unknown and
// refused are different answers.
enum class EducationLevel {
    Isced0,
    Isced1,
    Isced2,
    Isced3,
    Isced4,
    Isced5,
    Isced6,
    Isced7,
    Isced8,
    Unknown,
    Refused
};

// ESF+ Annex I: at entry, each participant is exactly one of unemployed, inactive or employed
// (self-employed included).
enum class LabourMarketStatus { Unemployed, Inactive, Employed };

enum class ReferralSource {
    OwnInitiative,
    WordOfMouth,
    Actiris,
    SocialServices, // CPAS / OCMW
    BruxellesFormation,
    Vdab,
    OtherOrganisation,
    PartnerEnterprise,
    Internet,
    Other,
};

enum class ConsentKind {
    Contact,            // to be told about sessions, courses and job offers
    ShareWithEmployers, // her profile may be shown to partner enterprises
    SpecialCategories,  // GDPR Art. 9(2)(a): explicit consent for disability and minority answers
    Photographs,        // pictures taken during training may be published
};

enum class NoteKind { Note, PhoneCall, Email, Meeting, Letter, TextMessage };

template <> struct Codes<Gender> {
    static constexpr std::array table{
        std::pair{Gender::Woman, std::string_view("woman")},
        std::pair{Gender::Man, std::string_view("man")},
        std::pair{Gender::NonBinary, std::string_view("non_binary")},
        std::pair{Gender::NotSaid, std::string_view("not_said")},
    };
};

template <> struct Codes<Answer> {
    static constexpr std::array table{
        std::pair{Answer::Yes, std::string_view("yes")},
        std::pair{Answer::No, std::string_view("no")},
        std::pair{Answer::Unknown, std::string_view("unknown")},
        std::pair{Answer::Refused, std::string_view("refused")},
    };
};

template <> struct Codes<EducationLevel> {
    static constexpr std::array table{
        std::pair{EducationLevel::Isced0, std::string_view("isced_0")},
        std::pair{EducationLevel::Isced1, std::string_view("isced_1")},
        std::pair{EducationLevel::Isced2, std::string_view("isced_2")},
        std::pair{EducationLevel::Isced3, std::string_view("isced_3")},
        std::pair{EducationLevel::Isced4, std::string_view("isced_4")},
        std::pair{EducationLevel::Isced5, std::string_view("isced_5")},
        std::pair{EducationLevel::Isced6, std::string_view("isced_6")},
        std::pair{EducationLevel::Isced7, std::string_view("isced_7")},
        std::pair{EducationLevel::Isced8, std::string_view("isced_8")},
        std::pair{EducationLevel::Unknown, std::string_view("unknown")},
        std::pair{EducationLevel::Refused, std::string_view("refused")},
    };
};

template <> struct Codes<LabourMarketStatus> {
    static constexpr std::array table{
        std::pair{LabourMarketStatus::Unemployed, std::string_view("unemployed")},
        std::pair{LabourMarketStatus::Inactive, std::string_view("inactive")},
        std::pair{LabourMarketStatus::Employed, std::string_view("employed")},
    };
};

template <> struct Codes<ReferralSource> {
    static constexpr std::array table{
        std::pair{ReferralSource::OwnInitiative, std::string_view("own_initiative")},
        std::pair{ReferralSource::WordOfMouth, std::string_view("word_of_mouth")},
        std::pair{ReferralSource::Actiris, std::string_view("actiris")},
        std::pair{ReferralSource::SocialServices, std::string_view("social_services")},
        std::pair{ReferralSource::BruxellesFormation, std::string_view("bruxelles_formation")},
        std::pair{ReferralSource::Vdab, std::string_view("vdab")},
        std::pair{ReferralSource::OtherOrganisation, std::string_view("other_organisation")},
        std::pair{ReferralSource::PartnerEnterprise, std::string_view("partner_enterprise")},
        std::pair{ReferralSource::Internet, std::string_view("internet")},
        std::pair{ReferralSource::Other, std::string_view("other")},
    };
};

template <> struct Codes<ConsentKind> {
    static constexpr std::array table{
        std::pair{ConsentKind::Contact, std::string_view("contact")},
        std::pair{ConsentKind::ShareWithEmployers, std::string_view("share_with_employers")},
        std::pair{ConsentKind::SpecialCategories, std::string_view("special_categories")},
        std::pair{ConsentKind::Photographs, std::string_view("photographs")},
    };
};

template <> struct Codes<NoteKind> {
    static constexpr std::array table{
        std::pair{NoteKind::Note, std::string_view("note")},
        std::pair{NoteKind::PhoneCall, std::string_view("phone_call")},
        std::pair{NoteKind::Email, std::string_view("email")},
        std::pair{NoteKind::Meeting, std::string_view("meeting")},
        std::pair{NoteKind::Letter, std::string_view("letter")},
        std::pair{NoteKind::TextMessage, std::string_view("text_message")},
    };
};

} // namespace tremplin::domain
