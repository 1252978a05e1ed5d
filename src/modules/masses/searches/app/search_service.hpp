#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/listings/app/places.hpp"
#include "modules/masses/searches/domain/saved_search.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"

namespace masseflyt::mail {
class Mailer;
}

// Saved searches and alerts: the use cases. A search belongs to the person who saved it; nobody
// else sees or deletes it. Thread-safe.
namespace masseflyt::masses::searches {

/// The e-mail address of an active account, nullopt otherwise (identity's activeEmail).
using EmailLookup = std::function<std::optional<std::string>(const std::string& user_id)>;

struct AlertSettings {
  mail::Mailer* mailer = nullptr;  ///< nullptr: alerts are shown in the app only
  EmailLookup email_of = {};
  std::string public_base_url;     ///< for the links in e-mails
};

/// One alert with what the page shows of its listing.
struct AlertView {
  Alert alert;
  std::string listing_title;
  std::string listing_kind;  ///< label
  bool listing_available = true;  ///< false when withdrawn or no longer public
};

class SearchService {
 public:
  SearchService(db::Database& database, const listings::Places& places, AlertSettings settings);

  /// Saves the /masser filters in `query` under `name`. Error(Validation) with field errors for
  /// a missing or long name, a query the search does not accept ("sok"), or more than
  /// kMaxSearchesPerUser searches; Error(Unauthorized) when not logged in as a person.
  SavedSearch save(const auth::Principal& actor, std::string_view name, std::string_view query,
                   bool email_alerts) const;
  std::vector<SavedSearch> list(const auth::Principal& actor) const;
  /// Error(NotFound) unless the search is the actor's own.
  void remove(const auth::Principal& actor, std::string_view id) const;

  std::vector<AlertView> alerts(const auth::Principal& actor, std::int64_t limit) const;
  std::int64_t unseenAlerts(const auth::Principal& actor) const;
  void markAlertsSeen(const auth::Principal& actor) const;

  /// The work of the listings' "published" job: checks the published listing against every saved
  /// search, stores an alert for each match (once per search and listing) and e-mails those who
  /// asked. Returns the number of new alerts. Idempotent: a second run finds the alerts stored.
  int matchListing(std::string_view listing_id) const;

 private:
  db::Database& database_;
  const listings::Places& places_;
  AlertSettings settings_;
};

}  // namespace masseflyt::masses::searches
