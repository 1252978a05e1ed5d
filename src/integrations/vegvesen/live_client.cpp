#include "integrations/vegvesen/live_client.hpp"

#include <algorithm>

#include "integrations/vegvesen/vegvesen_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/http_client.hpp"
#include "platform/outbound/ttl_cache.hpp"

namespace masseflyt::vegvesen {
namespace {

using registry::carriers::RegisterVehicle;

// Every call of this client shares the outbound rules (platform/outbound): https or literal
// loopback, timeouts, size cap, one retry after a 5xx or a transport failure, never after a 4xx.
// Only the path, the key header and the meaning of the statuses are Statens vegvesen's own.
outbound::Response fetch(const LiveClientOptions& options, const std::string& path) {
  outbound::Request request;
  request.url = options.base_url + path;
  // The key is in a header, never in the path: the path is safe to log and to put in details.
  request.headers = {"Accept: application/json", "SVV-Authorization: Apikey " + options.api_key};
  const outbound::Limits limits{options.connect_timeout, options.total_timeout,
                                options.max_body_bytes, options.user_agent};
  return outbound::getWithRetry(request, limits, options.retry_backoff, "vegvesen.error.unavailable");
}

// The plate goes into a URL and logs: only what checkPlate lets through (letters and digits).
bool safePlate(const std::string& plate) {
  return !plate.empty() && plate.size() <= 12 &&
         std::all_of(plate.begin(), plate.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

}  // namespace

struct LiveVehicleRegister::State {
  explicit State(const LiveClientOptions& options) : cache(options.cache_max_entries, options.now) {}
  outbound::TtlCache<std::optional<RegisterVehicle>> cache;
};

LiveVehicleRegister::LiveVehicleRegister(LiveClientOptions options)
    : options_(std::move(options)), state_(std::make_unique<State>(options_)) {
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
}

LiveVehicleRegister::~LiveVehicleRegister() = default;

std::size_t LiveVehicleRegister::cachedEntries() const { return state_->cache.size(); }

std::optional<RegisterVehicle> LiveVehicleRegister::lookup(const std::string& plate) const {
  if (!safePlate(plate)) {
    throw Error(ErrorKind::Validation, "registry.vehicle.plate.format", "lookup of a malformed plate");
  }
  if (auto cached = state_->cache.get(plate)) return *std::move(cached);

  const std::string path = "/enkeltoppslag/kjoretoydata?kjennemerke=" + plate;
  const auto result = fetch(options_, path);
  // 422: the daily quota is used up; asking again today will not help, so it is not retried.
  if (result.status == 422) {
    throw Error(ErrorKind::Unavailable, "vegvesen.error.quota", "GET " + path + ": HTTP 422");
  }
  std::optional<RegisterVehicle> found;
  if (result.status == 200) {
    found = parseVehicleResponse(result.body);
  } else if (result.status != 204 && result.status != 404) {
    throw Error(ErrorKind::Unavailable, "vegvesen.error.rejected",
                "GET " + path + ": HTTP " + std::to_string(result.status));
  }
  if (found) {
    found->fetched_at_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
    found->source_key = "vegvesen.source";
  }
  state_->cache.put(plate, found, found ? options_.cache_ttl : options_.not_found_ttl);
  return found;
}

}  // namespace masseflyt::vegvesen
