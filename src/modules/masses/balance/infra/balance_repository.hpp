#pragma once

#include <string>
#include <vector>

#include "modules/masses/balance/domain/balance.hpp"
#include "platform/db/database.hpp"

// Reads the masses listings tables directly (same module; the listings part owns them).
namespace masseflyt::masses::balance {

struct BalanceFilter {
  std::string municipality_number = {};       ///< "" for the whole region
  std::vector<std::string> project_ids = {};  ///< empty for every listing
  std::string fraction_group = {};            ///< "" for every group
  Quarter from = {};
  int count = 25;
};

namespace repository {

/// The listings that count in the balance — status publisert or delvis_reservert, with their
/// full quantity_kg — whose period overlaps the window, with their phases. Ordered by id.
std::vector<ListingAmount> listingAmounts(db::Database::Lease& lease, const BalanceFilter& filter);

}  // namespace repository
}  // namespace masseflyt::masses::balance
