#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "platform/db/database.hpp"

// A person's data across modules: their copy of it ("Mine data", GDPR art. 15 and 20) and its
// deletion when the account is deleted (anonymised). Identity owns the account but not what other
// modules keep about the person (saved searches, …), and may not reach into their tables; so each
// module that stores personal data registers a part here at start-up declaring both how to export
// and how to erase it — one cannot be added without thinking about the other.
namespace masseflyt::privacy {

/// What one part keeps about `user_id` as one JSON value (an object), read on the caller's session
/// (inside its snapshot). Norwegian keys, like the rest of the export.
using Exporter = std::function<std::string(db::Database::Lease& lease, const std::string& user_id)>;
/// Deletes or anonymises what one part keeps about `user_id`, on the caller's session (inside
/// its transaction). Must be idempotent.
using Eraser = std::function<void(db::Database::Lease& lease, const std::string& user_id)>;

struct PersonalDataPart {
  Exporter exporter;
  Eraser eraser;
};

/// Registers `part` under `name` (the module part, e.g. "masses.searches"). Call at start-up,
/// before any request is served; registering a name again replaces it (tests register often).
void registerPart(std::string name, PersonalDataPart part);

/// Every registered part's export as (name, JSON text), in name order.
std::vector<std::pair<std::string, std::string>> exportEverywhere(db::Database::Lease& lease,
                                                                  const std::string& user_id);

/// Runs every registered eraser for `user_id`, in name order.
void eraseEverywhere(db::Database::Lease& lease, const std::string& user_id);

/// The registered names, sorted.
std::vector<std::string> partNames();

}  // namespace masseflyt::privacy
