#pragma once

// The demo centre's catalogue: its details for documents, tracks with their modules, trainers
// and closure days, all entered through the services as the director would.

#include "service/actor.hpp"
#include "service/training.hpp"
#include "store/database.hpp"

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace tremplin::cli {

// A service refused what the demo asked: the demo stops with this message.
class DemoError : public std::runtime_error {
  public:
    DemoError(std::string const& what, domain::Error const& error);
};

template <class T> T expect(domain::Result<T> result, std::string const& what)
{
    if (!result)
        throw DemoError(what, result.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

struct DemoTrainer {
    long long id = 0;
    std::vector<std::string> tracks; // codes of the tracks she teaches first
};

struct DemoCatalogue {
    std::map<std::string, long long> track_ids; // by code
    std::vector<DemoTrainer> trainers;
    long long account_trainer_id = 0;      // the trainer record of the "trainer" demo account
    long long account_trainer_account = 0; // and her staff account
};

void set_centre_details(store::Database& database, long long organisation_id);

// `trainer_account_id`: the staff account of the demo trainer, linked to her trainer record.
DemoCatalogue create_catalogue(service::Training& training, service::Actor const& actor,
                               long long trainer_account_id);

// Fête de l'Iris (8 May), a staff day in June and the days between Christmas and New Year.
void add_closures(service::Training& training, service::Actor const& actor, int from_year, int to_year);

} // namespace tremplin::cli
