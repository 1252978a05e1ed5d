#include "integrations/kartverket/live_client.hpp"

#include <cstdio>

#include "integrations/kartverket/kartverket_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/outbound/http_client.hpp"
#include "platform/outbound/ttl_cache.hpp"

namespace masseflyt::kartverket {
namespace {

using registry::addresses::AddressHits;

std::string decimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  return buffer;
}

}  // namespace

struct LiveAddressClient::State {
  explicit State(const LiveClientOptions& options) : cache(options.cache_max_entries, options.now) {}
  outbound::TtlCache<AddressHits> cache;
};

LiveAddressClient::LiveAddressClient(LiveClientOptions options)
    : options_(std::move(options)), state_(std::make_unique<State>(options_)) {
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
}

LiveAddressClient::~LiveAddressClient() = default;

std::size_t LiveAddressClient::cachedEntries() const { return state_->cache.size(); }

AddressHits LiveAddressClient::search(std::string_view text,
                                      std::optional<std::string> municipality_number,
                                      int limit) const {
  std::string path = "/sok?sok=" + text::percentEncode(text) + "&treffPerSide=" + std::to_string(limit) +
                     "&side=0&utkoordsys=4258&asciiKompatibel=true";
  if (municipality_number) path += "&kommunenummer=" + text::percentEncode(*municipality_number);
  return get(path);
}

AddressHits LiveAddressClient::nearby(geo::LatLon point, int radius_m, int limit) const {
  return get("/punktsok?lat=" + decimal(point.lat) + "&lon=" + decimal(point.lon) +
             "&radius=" + std::to_string(radius_m) + "&koordsys=4258&utkoordsys=4258&treffPerSide=" +
             std::to_string(limit) + "&side=0");
}

// The transport rules (https or literal loopback, timeouts, size cap, one retry after a 5xx or a
// transport failure, never after a 4xx) are the platform's (platform/outbound); only the paths,
// the answer's shape and the cache key are Kartverket's own.
AddressHits LiveAddressClient::get(const std::string& path) const {
  if (auto cached = state_->cache.get(path)) return *std::move(cached);
  outbound::Request request;
  request.url = options_.base_url + path;
  request.headers = {"Accept: application/json"};
  const outbound::Limits limits{options_.connect_timeout, options_.total_timeout,
                                options_.max_body_bytes, options_.user_agent};
  const auto result =
      outbound::getWithRetry(request, limits, options_.retry_backoff, "kartverket.error.unavailable");
  // A 4xx is an answer about our request; asking again cannot change it.
  if (result.status != 200) {
    throw Error(ErrorKind::Unavailable, "kartverket.error.rejected",
                "GET address API: HTTP " + std::to_string(result.status));
  }
  AddressHits hits = parseAddresses(result.body);
  state_->cache.put(path, hits, options_.cache_ttl);
  return hits;
}

}  // namespace masseflyt::kartverket
