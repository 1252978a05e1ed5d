#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/imports/domain/record.hpp"

// The paged GET loop of the live public-register clients (over platform/outbound): one page after
// the other until the register says there is no more, one retry after a 5xx or a transport
// failure per page, never after a 4xx, and no result at all when the pages do not end.
namespace masseflyt::feature_service {

/// How the live clients talk to a register; one policy for all of them, so the registers'
/// LiveClientOptions inherit it and keep only what differs.
struct HttpOptions {
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds total_timeout{10000};
  std::chrono::milliseconds retry_backoff{300};
  std::size_t max_body_bytes = 8 * 1024 * 1024;
  std::string user_agent = "Masseflyt/0.1 (+kontakt@masseflyt.no)";
};

/// The catalog keys a register reports its failures under.
struct ErrorKeys {
  std::string_view unavailable = {};     ///< no answer, or a 5xx twice
  std::string_view rejected = {};        ///< any other status than 200
  std::string_view too_many_pages = {};  ///< still "more" after max_pages
};

/// What one page yields.
struct Page {
  std::vector<registry::imports::ImportedRecord> records = {};
  /// How far the next page's offset moves: the features the page held, also the unusable ones.
  int advance = 0;
  /// Whether the register says (or implies) that another page follows.
  bool more = false;
};

struct PagedQuery {
  /// Trailing slashes are ignored, so a configured ".../" works.
  std::string base_url = {};
  std::string accept_header = {};
  int max_pages = 0;
  ErrorKeys keys = {};
  /// The path and query appended to base_url for the page starting at `offset`.
  std::function<std::string(int offset)> page_path = {};
  std::function<Page(std::string_view body)> parse_page = {};
};

/// Every record of every page. Throws Error(Unavailable, keys.…, detail).
std::vector<registry::imports::ImportedRecord> fetchAllPages(const PagedQuery& query,
                                                             const HttpOptions& http);

}  // namespace masseflyt::feature_service
