#pragma once

#include <functional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

// Deleting a person's data everywhere when their account is deleted (anonymised). Identity owns
// the account but not what other modules keep about the person (saved searches, …), and may not
// reach into their tables; so each module that stores personal data registers an eraser here at
// start-up, and identity runs them all inside the transaction that anonymises the account.
namespace masseflyt::privacy {

/// Deletes or anonymises what one part keeps about `user_id`, on the caller's session (inside
/// its transaction). Must be idempotent.
using Eraser = std::function<void(db::Database::Lease& lease, const std::string& user_id)>;

/// Registers `eraser` under `name` (the part, e.g. "masses.searches"). Call at start-up, before
/// any request is served; registering a name again replaces its eraser (tests register often).
void registerEraser(std::string name, Eraser eraser);

/// Runs every registered eraser for `user_id`, in name order.
void eraseEverywhere(db::Database::Lease& lease, const std::string& user_id);

/// The registered names, sorted (shown in "Mine data" so people see what deletion covers).
std::vector<std::string> eraserNames();

}  // namespace masseflyt::privacy
