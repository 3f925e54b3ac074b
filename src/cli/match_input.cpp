// Reads the input of `tremplin match`:
//   {"programs":[{"id":"c1","capacity":12,"priority":[["a7","a2"],["a9"]]}],
//    "applicants":[{"id":"a2","choices":["c1","c3"]}],
//    "tie_break":{"mode":"single","seed":42}, "proposing":"applicants"}
// tie_break and proposing may be left out: single with seed 0, applicants proposing.
//
// The file is read as a stream of events (SAX), each value going straight into the instance:
// a round of a million applicants is 400 MB of JSON, which as a document would take several
// times that in memory. Reading stops at the first problem, named with its place in the file.

#include "cli/match_input.hpp"

#include <array>
#include <limits>
#include <optional>

#include <nlohmann/json.hpp>

namespace tremplin::cli {

namespace {

using Json = nlohmann::json;

// What a value of the input is, from where it stands.
enum class Slot {
    Root,
    Programs,
    Program,
    ProgramId,
    Capacity,
    Priority,
    Group,
    Member, // an applicant id in a priority group
    Applicants,
    Applicant,
    ApplicantId,
    Choices,
    Choice,
    TieBreak,
    Mode,
    Seed,
    Proposing,
};

// The fields an object may have, in the order a missing one is reported, and the slot of each.
struct Field {
    char const* name;
    Slot slot;
    bool required;
};

std::vector<Field> const& fields_of(Slot object)
{
    static std::vector<Field> const root{{"programs", Slot::Programs, true},
                                         {"applicants", Slot::Applicants, true},
                                         {"tie_break", Slot::TieBreak, false},
                                         {"proposing", Slot::Proposing, false}};
    static std::vector<Field> const program{{"id", Slot::ProgramId, true},
                                            {"capacity", Slot::Capacity, true},
                                            {"priority", Slot::Priority, true}};
    static std::vector<Field> const applicant{{"id", Slot::ApplicantId, true},
                                              {"choices", Slot::Choices, true}};
    static std::vector<Field> const tie_break{{"mode", Slot::Mode, true}, {"seed", Slot::Seed, false}};
    static std::vector<Field> const none;
    switch (object) {
    case Slot::Root:
        return root;
    case Slot::Program:
        return program;
    case Slot::Applicant:
        return applicant;
    case Slot::TieBreak:
        return tie_break;
    default:
        return none;
    }
}

bool is_object(Slot slot)
{
    return slot == Slot::Root || slot == Slot::Program || slot == Slot::Applicant || slot == Slot::TieBreak;
}

bool is_list(Slot slot)
{
    return slot == Slot::Programs || slot == Slot::Priority || slot == Slot::Group ||
           slot == Slot::Applicants || slot == Slot::Choices;
}

Slot element_of(Slot list)
{
    switch (list) {
    case Slot::Programs:
        return Slot::Program;
    case Slot::Priority:
        return Slot::Group;
    case Slot::Group:
        return Slot::Member;
    case Slot::Applicants:
        return Slot::Applicant;
    default:
        return Slot::Choice;
    }
}

// What a value in `slot`, found at `where`, must be.
std::string expected_at(Slot slot, std::string const& where)
{
    switch (slot) {
    case Slot::Root:
        return "the input must be an object with programs and applicants";
    case Slot::Programs:
    case Slot::Applicants:
        return where + " must be a list";
    case Slot::Program:
        return where + " must be an object with id, capacity and priority";
    case Slot::Applicant:
        return where + " must be an object with id and choices";
    case Slot::Capacity:
    case Slot::Seed:
        return where + " must be a whole number ≥ 0";
    case Slot::Priority:
        return where + " must be a list of groups, each a list of applicant ids";
    case Slot::Group:
        return where + " must be a list of applicant ids";
    case Slot::Choices:
        return where + " must be a list of program ids";
    case Slot::TieBreak:
        return "tie_break must be an object with mode and seed";
    case Slot::Mode:
        return "tie_break.mode must be \"single\", \"multiple\" or \"none\"";
    case Slot::Proposing:
        return "proposing must be \"applicants\" or \"programs\"";
    default:
        return where + " must be a string";
    }
}

// The SAX handler: a stack of the objects and lists open, and the instance they fill.
class InputHandler : public nlohmann::json_sax<Json> {
  public:
    match::Instance instance;
    std::string problem;

    bool null() override { return wrong(); }
    bool boolean(bool) override { return wrong(); }
    bool number_float(number_float_t, string_t const&) override { return wrong(); }
    bool binary(binary_t&) override { return wrong(); }
    bool number_integer(number_integer_t value) override
    {
        if (value < 0) // never negative here
            return wrong();
        return number_unsigned(static_cast<number_unsigned_t>(value));
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        auto const slot = begin_value();
        if (slot == Slot::Capacity) // more seats than anyone could fill are as good as that many
            instance.programs.back().capacity = static_cast<std::int64_t>(
                std::min<std::uint64_t>(value, std::numeric_limits<std::int64_t>::max()));
        else if (slot == Slot::Seed)
            instance.seed = value;
        else
            return fail(expected_at(slot, where()));
        return true;
    }

    bool string(string_t& value) override
    {
        auto const slot = begin_value();
        switch (slot) {
        case Slot::ProgramId:
            instance.programs.back().id = std::move(value);
            return true;
        case Slot::Member:
            instance.programs.back().priority.back().push_back(std::move(value));
            return true;
        case Slot::ApplicantId:
            instance.applicants.back().id = std::move(value);
            return true;
        case Slot::Choice:
            instance.applicants.back().choices.push_back(std::move(value));
            return true;
        case Slot::Mode:
            return mode(value);
        case Slot::Proposing:
            return proposing(value);
        default:
            return fail(expected_at(slot, where()));
        }
    }

    bool start_object(std::size_t) override
    {
        auto const slot = begin_value();
        if (!is_object(slot))
            return fail(expected_at(slot, where()));
        if (slot == Slot::Program)
            instance.programs.emplace_back();
        else if (slot == Slot::Applicant)
            instance.applicants.emplace_back();
        m_open.push_back({slot});
        return true;
    }

    bool key(string_t& name) override
    {
        auto& object = m_open.back();
        auto const& fields = fields_of(object.slot);
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (name == fields[i].name) {
                object.key = std::move(name);
                object.value = fields[i].slot;
                object.seen[i] = true;
                return true;
            }
        std::string list;
        for (auto const& field : fields)
            list += (list.empty() ? "" : ", ") + std::string(field.name);
        return fail(join(where(m_open.size() - 1), name) + " is not a field here (expected: " + list + ")");
    }

    bool end_object() override
    {
        auto const& object = m_open.back();
        auto const& fields = fields_of(object.slot);
        auto const at = where(m_open.size() - 1);
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (fields[i].required && !object.seen[i])
                return fail(join(at, fields[i].name) + " is missing");
        // A lottery must say its seed, so that the round can be replayed.
        if (object.slot == Slot::TieBreak && instance.tie_break != match::TieBreak::None && !object.seen[1])
            return fail("tie_break.seed is missing: a lottery must record its seed");
        m_open.pop_back();
        return true;
    }

    bool start_array(std::size_t) override
    {
        auto const slot = begin_value();
        if (!is_list(slot))
            return fail(expected_at(slot, where()));
        if (slot == Slot::Group)
            instance.programs.back().priority.emplace_back();
        m_open.push_back({slot});
        return true;
    }

    bool end_array() override
    {
        m_open.pop_back();
        return true;
    }

    bool parse_error(std::size_t, std::string const&, nlohmann::detail::exception const& error) override
    {
        std::string message = error.what(); // "[json.exception.parse_error.101] parse error at line …"
        if (auto const end = message.find("] "); end != std::string::npos)
            message.erase(0, end + 2);
        return fail("not valid JSON: " + message);
    }

  private:
    // An object or a list being read, and where it is in the one holding it.
    struct Open {
        Slot slot;
        std::string key;            // an object's field being read
        Slot value = Slot::Root;    // its slot
        std::array<bool, 4> seen{}; // an object's fields read, as in fields_of
        std::size_t elements = 0;   // a list's elements begun
    };

    bool fail(std::string message)
    {
        problem = std::move(message);
        return false;
    }

    // A value that is never right where it stands: the message says what should be there.
    bool wrong()
    {
        auto const slot = begin_value();
        return fail(expected_at(slot, where()));
    }

    // The slot of the value beginning now.
    Slot begin_value()
    {
        if (m_open.empty())
            return Slot::Root;
        auto& holder = m_open.back();
        if (is_object(holder.slot))
            return holder.value;
        ++holder.elements;
        return element_of(holder.slot);
    }

    // The place of the value being read in the first `depth` objects and lists open, as
    // "programs[3].capacity".
    std::string where(std::size_t depth) const
    {
        std::string path;
        for (std::size_t i = 0; i < depth; ++i) {
            if (is_object(m_open[i].slot))
                path = join(path, m_open[i].key);
            else
                path += "[" + std::to_string(m_open[i].elements - 1) + "]";
        }
        return path;
    }
    std::string where() const { return where(m_open.size()); }

    static std::string join(std::string const& where, std::string const& name)
    {
        return where.empty() ? name : where + "." + name;
    }

    bool mode(std::string const& value)
    {
        if (value == "single")
            instance.tie_break = match::TieBreak::Single;
        else if (value == "multiple")
            instance.tie_break = match::TieBreak::Multiple;
        else if (value == "none")
            instance.tie_break = match::TieBreak::None;
        else
            return fail(expected_at(Slot::Mode, ""));
        return true;
    }

    bool proposing(std::string const& value)
    {
        if (value == "applicants")
            instance.proposing = match::Proposing::Applicants;
        else if (value == "programs")
            instance.proposing = match::Proposing::Programs;
        else
            return fail(expected_at(Slot::Proposing, ""));
        return true;
    }

    std::vector<Open> m_open;
};

} // namespace

std::expected<match::Instance, std::string> read_match_input(std::string const& text)
{
    InputHandler handler;
    if (!Json::sax_parse(text, &handler))
        return std::unexpected(handler.problem);
    return std::move(handler.instance);
}

} // namespace tremplin::cli
