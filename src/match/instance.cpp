#include "match/instance.hpp"

namespace tremplin::match {

std::string describe(InputError const& error)
{
    auto const id = "\"" + error.id + "\"";
    switch (error.problem) {
    case Problem::DuplicateProgram:
        return error.where + ": " + id + " is already the id of an earlier program";
    case Problem::DuplicateApplicant:
        return error.where + ": " + id + " is already the id of an earlier applicant";
    case Problem::NegativeCapacity:
        return error.where + " must be a whole number ≥ 0 (program " + id + ")";
    case Problem::UnknownProgram:
        return error.where + ": " + id + " is not the id of any program";
    case Problem::RepeatedChoice:
        return error.where + ": " + id + " is already an earlier choice of this applicant";
    case Problem::UnknownApplicant:
        return error.where + ": " + id + " is not the id of any applicant";
    case Problem::RepeatedInPriority:
        return error.where + ": " + id + " is already earlier in this program's priority";
    case Problem::TooLarge:
        return error.where + ": too many to count with 32-bit indices";
    }
    return error.where + ": invalid";
}

} // namespace tremplin::match
