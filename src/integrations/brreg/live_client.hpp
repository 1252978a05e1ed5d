#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"

namespace masseflyt::brreg {

struct LiveClientOptions {
  std::string base_url = "https://data.brreg.no/enhetsregisteret/api";
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds total_timeout{8000};
  /// Pause before the single retry after a 5xx or a timeout.
  std::chrono::milliseconds retry_backoff{300};
  std::chrono::seconds cache_ttl{std::chrono::hours(24)};
  /// "No such number" is cached for a shorter time: a new company may be registered today.
  std::chrono::seconds not_found_ttl{std::chrono::minutes(10)};
  std::size_t cache_max_entries = 2000;
  std::size_t max_body_bytes = 1024 * 1024;
  std::string user_agent = "Masseflyt/0.1 (+kontakt@masseflyt.no)";
  /// Replaceable for tests of the cache expiry.
  std::function<std::chrono::steady_clock::time_point()> now = [] {
    return std::chrono::steady_clock::now();
  };
};

/// Enhetsregisteret over HTTPS with libcurl: GET /enheter/{orgnr}, then /underenheter/{orgnr} on
/// 404. One retry after a 5xx, a timeout or a connection failure; never a retry after a 4xx.
/// Answers (also "not found") are cached in process with a bounded number of entries.
class LiveBrregClient final : public identity::organisations::BrregClient {
 public:
  explicit LiveBrregClient(LiveClientOptions options = {});
  ~LiveBrregClient() override;

  std::optional<identity::organisations::RegisterEntity> lookup(
      const std::string& orgnr) const override;

  /// GET /enheter/{orgnr}/roller (404: no roles), cached like lookup.
  std::vector<identity::organisations::RegisterRole> roles(const std::string& orgnr) const override;
  /// GET /enheter?navn=…&size=…; not cached (what people type varies too much to be worth it).
  std::vector<identity::organisations::RegisterEntity> searchByName(
      const std::string& name, std::size_t limit) const override;
  std::size_t cachedEntries() const;

 private:
  struct State;
  LiveClientOptions options_;
  std::unique_ptr<State> state_;
};

}  // namespace masseflyt::brreg
