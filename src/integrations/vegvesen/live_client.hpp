#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "modules/registry/carriers/app/vehicle_register.hpp"

namespace masseflyt::vegvesen {

struct LiveClientOptions {
  std::string base_url = "https://akfell-datautlevering.atlas.vegvesen.no";
  /// Sent as "SVV-Authorization: Apikey <key>". A secret: never logged, never in error details.
  std::string api_key;
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds total_timeout{10000};
  /// Pause before the single retry after a 5xx or a timeout.
  std::chrono::milliseconds retry_backoff{300};
  std::chrono::seconds cache_ttl{std::chrono::hours(24)};
  /// "No such plate" is cached for a shorter time: a vehicle may be registered today.
  std::chrono::seconds not_found_ttl{std::chrono::minutes(10)};
  std::size_t cache_max_entries = 5000;
  std::size_t max_body_bytes = 1024 * 1024;
  std::string user_agent = "Masseflyt/0.1 (+kontakt@masseflyt.no)";
  /// Replaceable for tests of the cache expiry.
  std::function<std::chrono::steady_clock::time_point()> now = [] {
    return std::chrono::steady_clock::now();
  };
};

/// Statens vegvesen's single lookup over HTTPS (platform/outbound):
/// GET {base}/enkeltoppslag/kjoretoydata?kjennemerke=<PLATE>. One retry after a 5xx, a timeout or
/// a connection failure; never a retry after a 4xx. 204, 404 and an empty list are "not found";
/// 422 is the used-up daily quota. Answers (also "not found") are cached in process, bounded.
class LiveVehicleRegister final : public registry::carriers::VehicleRegister {
 public:
  explicit LiveVehicleRegister(LiveClientOptions options);
  ~LiveVehicleRegister() override;

  std::optional<registry::carriers::RegisterVehicle> lookup(const std::string& plate) const override;

  std::size_t cachedEntries() const;

 private:
  struct State;
  LiveClientOptions options_;
  std::unique_ptr<State> state_;
};

}  // namespace masseflyt::vegvesen
