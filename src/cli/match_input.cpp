// Reads the input of `tremplin match`:
//   {"programs":[{"id":"c1","capacity":12,"priority":[["a7","a2"],["a9"]]}],
//    "applicants":[{"id":"a2","choices":["c1","c3"]}],
//    "tie_break":{"mode":"single","seed":42}, "proposing":"applicants"}
// tie_break and proposing may be left out: single with seed 0, applicants proposing.

#include "cli/match_input.hpp"

#include <initializer_list>
#include <limits>

#include <nlohmann/json.hpp>

namespace tremplin::cli {

namespace {

using Json = nlohmann::json;

enum class Presence { Required, Optional };

// Reads one value after another, stopping at the first problem, which it keeps.
class Reader {
  public:
    std::string const& problem() const { return m_problem; }

    bool fail(std::string message)
    {
        m_problem = std::move(message);
        return false;
    }

    // A misspelt field would otherwise be ignored in silence (and a seed with it).
    bool only_fields(Json const& object, std::string const& where, std::initializer_list<char const*> fields)
    {
        for (auto const& [key, value] : object.items()) {
            bool known = false;
            for (auto const* field : fields)
                known = known || key == field;
            if (!known) {
                std::string list;
                for (auto const* field : fields)
                    list += (list.empty() ? "" : ", ") + std::string(field);
                return fail(join(where, key) + " is not a field here (expected: " + list + ")");
            }
        }
        return true;
    }

    Json* field(Json& object, std::string const& where, char const* name,
                Presence presence = Presence::Required)
    {
        auto found = object.find(name);
        if (found == object.end()) {
            if (presence == Presence::Required)
                fail(join(where, name) + " is missing");
            return nullptr;
        }
        return &*found;
    }

    bool string(Json& value, std::string const& where, std::string& into)
    {
        if (!value.is_string())
            return fail(where + " must be a string");
        into = std::move(value.get_ref<std::string&>());
        return true;
    }

    bool strings(Json& value, std::string const& where, std::string const& what,
                 std::vector<std::string>& into)
    {
        if (!value.is_array())
            return fail(where + " must be a list of " + what);
        into.resize(value.size());
        for (std::size_t i = 0; i < value.size(); ++i)
            if (!string(value[i], where + "[" + std::to_string(i) + "]", into[i]))
                return false;
        return true;
    }

    bool whole_number(Json const& value, std::string const& where, std::uint64_t& into)
    {
        if (value.is_number_unsigned()) {
            into = value.get<std::uint64_t>();
            return true;
        }
        if (value.is_number_integer() && value.get<std::int64_t>() >= 0) { // never negative here
            into = static_cast<std::uint64_t>(value.get<std::int64_t>());
            return true;
        }
        return fail(where + " must be a whole number ≥ 0");
    }

    static std::string join(std::string const& where, std::string const& name)
    {
        return where.empty() ? name : where + "." + name;
    }

  private:
    std::string m_problem;
};

bool read_program(Reader& reader, Json& json, std::string const& where, match::Program& program)
{
    if (!json.is_object())
        return reader.fail(where + " must be an object with id, capacity and priority");
    if (!reader.only_fields(json, where, {"id", "capacity", "priority"}))
        return false;
    auto* id = reader.field(json, where, "id");
    if (!id || !reader.string(*id, where + ".id", program.id))
        return false;
    auto* capacity = reader.field(json, where, "capacity");
    std::uint64_t seats = 0;
    if (!capacity || !reader.whole_number(*capacity, where + ".capacity", seats))
        return false;
    // More seats than anyone could fill are as good as that many.
    program.capacity =
        static_cast<std::int64_t>(std::min<std::uint64_t>(seats, std::numeric_limits<std::int64_t>::max()));
    auto* priority = reader.field(json, where, "priority");
    if (!priority)
        return false;
    if (!priority->is_array())
        return reader.fail(where + ".priority must be a list of groups, each a list of applicant ids");
    program.priority.resize(priority->size());
    for (std::size_t g = 0; g < priority->size(); ++g)
        if (!reader.strings((*priority)[g], where + ".priority[" + std::to_string(g) + "]", "applicant ids",
                            program.priority[g]))
            return false;
    return true;
}

bool read_applicant(Reader& reader, Json& json, std::string const& where, match::Applicant& applicant)
{
    if (!json.is_object())
        return reader.fail(where + " must be an object with id and choices");
    if (!reader.only_fields(json, where, {"id", "choices"}))
        return false;
    auto* id = reader.field(json, where, "id");
    if (!id || !reader.string(*id, where + ".id", applicant.id))
        return false;
    auto* choices = reader.field(json, where, "choices");
    return choices && reader.strings(*choices, where + ".choices", "program ids", applicant.choices);
}

bool read_tie_break(Reader& reader, Json& json, match::Instance& instance)
{
    if (!json.is_object())
        return reader.fail("tie_break must be an object with mode and seed");
    if (!reader.only_fields(json, "tie_break", {"mode", "seed"}))
        return false;
    auto* mode = reader.field(json, "tie_break", "mode");
    if (!mode)
        return false;
    if (*mode == "single")
        instance.tie_break = match::TieBreak::Single;
    else if (*mode == "multiple")
        instance.tie_break = match::TieBreak::Multiple;
    else if (*mode == "none")
        instance.tie_break = match::TieBreak::None;
    else
        return reader.fail("tie_break.mode must be \"single\", \"multiple\" or \"none\"");
    // A lottery must say its seed, so that the round can be replayed.
    auto const lottery = instance.tie_break != match::TieBreak::None;
    auto* seed = reader.field(json, "tie_break", "seed", Presence::Optional);
    if (!seed)
        return !lottery || reader.fail("tie_break.seed is missing: a lottery must record its seed");
    return reader.whole_number(*seed, "tie_break.seed", instance.seed);
}

template <class Item, class Read>
bool read_list(Reader& reader, Json& root, char const* name, std::vector<Item>& into, Read read)
{
    auto* list = reader.field(root, "", name);
    if (!list)
        return false;
    if (!list->is_array())
        return reader.fail(std::string(name) + " must be a list");
    into.resize(list->size());
    for (std::size_t i = 0; i < list->size(); ++i)
        if (!read(reader, (*list)[i], std::string(name) + "[" + std::to_string(i) + "]", into[i]))
            return false;
    return true;
}

} // namespace

std::expected<match::Instance, std::string> read_match_input(std::string const& text)
{
    Json root;
    try {
        root = Json::parse(text);
    } catch (Json::parse_error const& error) {
        std::string message = error.what(); // "[json.exception.parse_error.101] parse error at line …"
        if (auto const end = message.find("] "); end != std::string::npos)
            message.erase(0, end + 2);
        return std::unexpected("not valid JSON: " + message);
    }
    Reader reader;
    match::Instance instance;
    auto const read = [&] {
        if (!root.is_object())
            return reader.fail("the input must be an object with programs and applicants");
        if (!reader.only_fields(root, "", {"programs", "applicants", "tie_break", "proposing"}))
            return false;
        if (!read_list(reader, root, "programs", instance.programs, read_program) ||
            !read_list(reader, root, "applicants", instance.applicants, read_applicant))
            return false;
        if (auto* tie_break = reader.field(root, "", "tie_break", Presence::Optional); tie_break)
            if (!read_tie_break(reader, *tie_break, instance))
                return false;
        if (auto* proposing = reader.field(root, "", "proposing", Presence::Optional); proposing) {
            if (*proposing == "applicants")
                instance.proposing = match::Proposing::Applicants;
            else if (*proposing == "programs")
                instance.proposing = match::Proposing::Programs;
            else
                return reader.fail("proposing must be \"applicants\" or \"programs\"");
        }
        return true;
    };
    if (!read())
        return std::unexpected(reader.problem());
    return instance;
}

} // namespace tremplin::cli
