#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/masses/searches/domain/saved_search.hpp"
#include "platform/db/database.hpp"

// The SQL of saved searches and alerts; internal to the part. Runs on the caller's session.
namespace masseflyt::masses::searches::repository {

void insertSearch(db::Database::Lease& lease, const SavedSearch& search);
/// Newest first.
std::vector<SavedSearch> searchesOfUser(db::Database::Lease& lease, const std::string& user_id);
std::int64_t countSearchesOfUser(db::Database::Lease& lease, const std::string& user_id);
std::optional<SavedSearch> findSearch(db::Database::Lease& lease, const std::string& id);
/// Deletes the search and its alerts; false when there was none.
bool deleteSearch(db::Database::Lease& lease, const std::string& id);
/// Every saved search, oldest first, in pages (the matching job walks them all).
std::vector<SavedSearch> searchesAfter(db::Database::Lease& lease, const std::optional<std::string>& after,
                                       std::int64_t limit);

/// Stores the alert unless this search has alerted this listing before; false then.
bool insertAlert(db::Database::Lease& lease, const Alert& alert);
void markEmailed(db::Database::Lease& lease, const std::string& alert_id, std::int64_t at);
void touchSearch(db::Database::Lease& lease, const std::string& search_id, std::int64_t at);
/// The person's newest alerts with the search's name.
std::vector<Alert> alertsOfUser(db::Database::Lease& lease, const std::string& user_id,
                                std::int64_t limit);
std::int64_t countUnseenAlerts(db::Database::Lease& lease, const std::string& user_id);
void markAllSeen(db::Database::Lease& lease, const std::string& user_id, std::int64_t at);
/// Deletes every search and alert of the person (account deletion).
void deleteAllOfUser(db::Database::Lease& lease, const std::string& user_id);

}  // namespace masseflyt::masses::searches::repository
