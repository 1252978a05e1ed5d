#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "modules/registry/addresses/app/address_lookup.hpp"

namespace masseflyt::kartverket {

struct LiveClientOptions {
  /// Also served as https://api.kartverket.no/adresser/v1 (integrations.md §2): configurable.
  std::string base_url = "https://ws.geonorge.no/adresser/v1";
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds total_timeout{10000};
  /// Pause before the single retry after a 5xx or a timeout.
  std::chrono::milliseconds retry_backoff{300};
  /// Addresses change rarely (integrations.md §0: 7 days).
  std::chrono::seconds cache_ttl{std::chrono::hours(24 * 7)};
  std::size_t cache_max_entries = 5000;
  std::size_t max_body_bytes = 1024 * 1024;
  std::string user_agent = "Masseflyt/0.1 (+kontakt@masseflyt.no)";
  std::function<std::chrono::steady_clock::time_point()> now = [] {
    return std::chrono::steady_clock::now();
  };
};

/// Kartverket's address API over the platform's outgoing HTTP: GET /sok and /punktsok. One retry after a
/// 5xx, a timeout or a connection failure; never after a 4xx. Answers are cached in process
/// (bounded), keyed by the request path.
class LiveAddressClient final : public registry::addresses::AddressLookup {
 public:
  explicit LiveAddressClient(LiveClientOptions options = {});
  ~LiveAddressClient() override;

  registry::addresses::AddressHits search(std::string_view text,
                                          std::optional<std::string> municipality_number,
                                          int limit) const override;
  registry::addresses::AddressHits nearby(geo::LatLon point, int radius_m, int limit) const override;

  std::size_t cachedEntries() const;

 private:
  registry::addresses::AddressHits get(const std::string& path) const;
  struct State;
  LiveClientOptions options_;
  std::unique_ptr<State> state_;
};

}  // namespace masseflyt::kartverket
