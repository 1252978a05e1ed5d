#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/error.hpp"

// Saved searches and their alerts (issue 5 item 6), as plain data and pure rules.
namespace masseflyt::masses::searches {

/// How many searches one person may keep, and how long a name may be: enough for real use,
/// small enough that matching every saved search on each publication stays cheap.
inline constexpr std::size_t kMaxSearchesPerUser = 20;
inline constexpr std::size_t kMaxNameLength = 100;
inline constexpr std::size_t kMaxQueryLength = 2000;

struct SavedSearch {
  std::string id;
  std::string user_id;
  std::string name;
  std::string query;  ///< the /masser filter parameters, without '?'
  bool email_alerts = true;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> last_alert_at;
};

struct Alert {
  std::string id;
  std::string saved_search_id;
  std::string saved_search_name;
  std::string user_id;
  std::string listing_id;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> emailed_at;
  std::optional<std::int64_t> seen_at;
};

/// The trimmed name; adds a field error on "navn" when it is empty or too long.
std::string validName(std::string_view name, std::vector<FieldError>& errors);

/// What the alert e-mail says about one listing, all Norwegian text from the catalog.
struct AlertMailFacts {
  std::string search_name;
  std::string listing_title;
  std::string kind_label;      ///< "Overskudd", "Behov", "Kapasitet"
  std::string fraction_name;
  std::string quantity_text;   ///< "27 000 t"
  std::string period_text;     ///< "01.01.2027–31.12.2028"
  std::string place_text;      ///< "Fornebu, Bærum"
  std::string listing_url;     ///< absolute
  std::string searches_url;    ///< absolute, where alerts are switched off
};

/// Subject and plain-text body of the alert e-mail (no personal data but the recipient's own).
std::string alertSubject(const AlertMailFacts& facts);
std::string alertBody(const AlertMailFacts& facts);

}  // namespace masseflyt::masses::searches
