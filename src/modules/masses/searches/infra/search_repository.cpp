#include "modules/masses/searches/infra/search_repository.hpp"

#include <soci/soci.h>

#include "platform/db/optional.hpp"

namespace masseflyt::masses::searches::repository {
namespace {

constexpr std::string_view kSearchColumns =
    "id, user_id, name, query, email_alerts, created_at, last_alert_at";

constexpr std::string_view kInsertSearch = R"sql(
INSERT INTO masses_saved_searches (id, user_id, name, query, email_alerts, created_at)
VALUES (:id, :user_id, :name, :query, :email_alerts, :created_at))sql";
constexpr std::string_view kCountOfUser =
    "SELECT COUNT(*) FROM masses_saved_searches WHERE user_id = :user_id";
constexpr std::string_view kDeleteAlertsOfSearch =
    "DELETE FROM masses_search_alerts WHERE saved_search_id = :id";
constexpr std::string_view kDeleteSearch = "DELETE FROM masses_saved_searches WHERE id = :id";
constexpr std::string_view kAlertExists = R"sql(
SELECT COUNT(*) FROM masses_search_alerts
 WHERE saved_search_id = :saved_search_id AND listing_id = :listing_id)sql";
constexpr std::string_view kInsertAlert = R"sql(
INSERT INTO masses_search_alerts (id, saved_search_id, user_id, listing_id, created_at)
VALUES (:id, :saved_search_id, :user_id, :listing_id, :created_at))sql";
constexpr std::string_view kMarkEmailed =
    "UPDATE masses_search_alerts SET emailed_at = :at WHERE id = :id";
constexpr std::string_view kTouchSearch =
    "UPDATE masses_saved_searches SET last_alert_at = :at WHERE id = :id";
constexpr std::string_view kAlertsOfUser = R"sql(
SELECT a.id, a.saved_search_id, s.name, a.user_id, a.listing_id, a.created_at, a.emailed_at,
       a.seen_at
  FROM masses_search_alerts a JOIN masses_saved_searches s ON s.id = a.saved_search_id
 WHERE a.user_id = :user_id
 ORDER BY a.created_at DESC, a.id DESC
 LIMIT :limit)sql";
constexpr std::string_view kCountUnseen = R"sql(
SELECT COUNT(*) FROM masses_search_alerts WHERE user_id = :user_id AND seen_at IS NULL)sql";
constexpr std::string_view kDeleteAlertsOfUser = "DELETE FROM masses_search_alerts WHERE user_id = :user_id";
constexpr std::string_view kDeleteSearchesOfUser = "DELETE FROM masses_saved_searches WHERE user_id = :user_id";
constexpr std::string_view kMarkAllSeen = R"sql(
UPDATE masses_search_alerts SET seen_at = :at WHERE user_id = :user_id AND seen_at IS NULL)sql";

struct SearchRow {
  std::string id, user_id, name, query;
  int email_alerts = 1;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> last_alert_at;

  void bind(soci::statement& statement) {
    statement.exchange(soci::into(id));
    statement.exchange(soci::into(user_id));
    statement.exchange(soci::into(name));
    statement.exchange(soci::into(query));
    statement.exchange(soci::into(email_alerts));
    statement.exchange(soci::into(created_at));
    statement.exchange(soci::into(last_alert_at));
  }
  SavedSearch get() const {
    return {id, user_id, name, query, email_alerts != 0, created_at, last_alert_at};
  }
};

std::vector<SavedSearch> querySearches(db::Database::Lease& lease, const std::string& sql,
                                       const std::vector<std::pair<std::string, std::string>>& text,
                                       std::int64_t limit = 0) {
  std::vector<SavedSearch> out;
  SearchRow row;
  soci::statement statement(*lease);
  row.bind(statement);
  for (const auto& [name, value] : text) statement.exchange(soci::use(value, name));
  if (limit > 0) statement.exchange(soci::use(limit, "limit"));
  statement.alloc();
  statement.prepare(sql);
  statement.define_and_bind();
  if (statement.execute(true)) {
    do {
      out.push_back(row.get());
    } while (statement.fetch());
  }
  return out;
}

std::string selectSearches() {
  return "SELECT " + std::string(kSearchColumns) + " FROM masses_saved_searches";
}

}  // namespace

void insertSearch(db::Database::Lease& lease, const SavedSearch& s) {
  const int email = s.email_alerts ? 1 : 0;
  *lease << kInsertSearch, soci::use(s.id, "id"), soci::use(s.user_id, "user_id"),
      soci::use(s.name, "name"), soci::use(s.query, "query"), soci::use(email, "email_alerts"),
      soci::use(s.created_at, "created_at");
}

std::vector<SavedSearch> searchesOfUser(db::Database::Lease& lease, const std::string& user_id) {
  return querySearches(lease, selectSearches() + " WHERE user_id = :user_id ORDER BY created_at DESC, id DESC",
                       {{"user_id", user_id}});
}

std::int64_t countSearchesOfUser(db::Database::Lease& lease, const std::string& user_id) {
  std::int64_t count = 0;
  *lease << kCountOfUser, soci::into(count), soci::use(user_id, "user_id");
  return count;
}

std::optional<SavedSearch> findSearch(db::Database::Lease& lease, const std::string& id) {
  auto rows = querySearches(lease, selectSearches() + " WHERE id = :id", {{"id", id}});
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

bool deleteSearch(db::Database::Lease& lease, const std::string& id) {
  *lease << kDeleteAlertsOfSearch, soci::use(id, "id");
  soci::statement statement = (lease->prepare << kDeleteSearch, soci::use(id, "id"));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

std::vector<SavedSearch> searchesAfter(db::Database::Lease& lease, const std::optional<std::string>& after,
                                       std::int64_t limit) {
  if (after) {
    return querySearches(lease, selectSearches() + " WHERE id > :after ORDER BY id LIMIT :limit",
                         {{"after", *after}}, limit);
  }
  return querySearches(lease, selectSearches() + " ORDER BY id LIMIT :limit", {}, limit);
}

bool insertAlert(db::Database::Lease& lease, const Alert& a) {
  std::int64_t exists = 0;
  *lease << kAlertExists, soci::into(exists), soci::use(a.saved_search_id, "saved_search_id"),
      soci::use(a.listing_id, "listing_id");
  if (exists > 0) return false;
  *lease << kInsertAlert, soci::use(a.id, "id"), soci::use(a.saved_search_id, "saved_search_id"),
      soci::use(a.user_id, "user_id"), soci::use(a.listing_id, "listing_id"),
      soci::use(a.created_at, "created_at");
  return true;
}

void markEmailed(db::Database::Lease& lease, const std::string& alert_id, std::int64_t at) {
  *lease << kMarkEmailed, soci::use(at, "at"), soci::use(alert_id, "id");
}

void touchSearch(db::Database::Lease& lease, const std::string& search_id, std::int64_t at) {
  *lease << kTouchSearch, soci::use(at, "at"), soci::use(search_id, "id");
}

std::vector<Alert> alertsOfUser(db::Database::Lease& lease, const std::string& user_id,
                                std::int64_t limit) {
  std::vector<Alert> out;
  Alert row;
  soci::statement statement =
      (lease->prepare << kAlertsOfUser, soci::into(row.id), soci::into(row.saved_search_id),
       soci::into(row.saved_search_name), soci::into(row.user_id), soci::into(row.listing_id),
       soci::into(row.created_at), soci::into(row.emailed_at), soci::into(row.seen_at),
       soci::use(user_id, "user_id"), soci::use(limit, "limit"));
  statement.execute();
  while (statement.fetch()) out.push_back(row);
  return out;
}

std::int64_t countUnseenAlerts(db::Database::Lease& lease, const std::string& user_id) {
  std::int64_t count = 0;
  *lease << kCountUnseen, soci::into(count), soci::use(user_id, "user_id");
  return count;
}

void markAllSeen(db::Database::Lease& lease, const std::string& user_id, std::int64_t at) {
  *lease << kMarkAllSeen, soci::use(at, "at"), soci::use(user_id, "user_id");
}

void deleteAllOfUser(db::Database::Lease& lease, const std::string& user_id) {
  *lease << kDeleteAlertsOfUser, soci::use(user_id, "user_id");
  *lease << kDeleteSearchesOfUser, soci::use(user_id, "user_id");
}

}  // namespace masseflyt::masses::searches::repository
