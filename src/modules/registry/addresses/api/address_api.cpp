#include <charconv>

#include "modules/registry/addresses/api/address_json.hpp"
#include "modules/registry/addresses/app/api.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::registry::addresses {
namespace {

constexpr int kLimit = 10;
constexpr std::size_t kMinSearch = 3;
constexpr std::size_t kMaxSearch = 100;

// Answers change slowly and the register asks for restraint: let browsers and proxies keep them.
http::Response cached(std::string body) {
  auto response = http::Response::json(std::move(body));
  response.headers.set("Cache-Control", "public, max-age=3600");
  return response;
}

void rejectUnknown(const http::Request& request, std::initializer_list<std::string_view> known,
                   std::vector<FieldError>& errors) {
  for (const auto& [name, value] : request.queryParams()) {
    bool ok = false;
    for (const auto k : known) ok = ok || k == name;
    if (!ok) errors.push_back({name, "registry.address.error.unknown_parameter"});
  }
}

std::size_t characters(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

http::Response search(const AddressLookup& lookup, http::Request& request) {
  std::vector<FieldError> errors;
  rejectUnknown(request, {"sok", "kommunenummer"}, errors);
  std::string text = request.queryParam("sok").value_or("");
  while (!text.empty() && text.back() == ' ') text.pop_back();
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  if (characters(text) < kMinSearch) {
    errors.push_back({"sok", "registry.address.error.search_short"});
  } else if (text.size() > kMaxSearch) {
    errors.push_back({"sok", "registry.address.error.search_long"});
  } else if (text.find_first_of("\r\n\t") != std::string::npos) {
    errors.push_back({"sok", "registry.address.error.search_short"});
  }
  std::optional<std::string> municipality;
  if (auto value = request.queryParam("kommunenummer"); value && !value->empty()) {
    if (!geo::validMunicipalityNumber(*value)) {
      errors.push_back({"kommunenummer", "registry.address.error.municipality"});
    } else {
      municipality = *value;
    }
  }
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  return cached(json::hits(lookup.search(text, municipality, kLimit)));
}

http::Response nearby(const AddressLookup& lookup, http::Request& request) {
  std::vector<FieldError> errors;
  rejectUnknown(request, {"lat", "lon", "radius"}, errors);
  const auto point = geo::parseLatLon(request.queryParam("lat").value_or(""),
                                      request.queryParam("lon").value_or(""));
  if (!point || !geo::withinNorway(*point)) errors.push_back({"lat", "registry.address.error.point"});
  int radius = 200;
  if (const auto value = request.queryParam("radius")) {
    const auto [ptr, ec] = std::from_chars(value->data(), value->data() + value->size(), radius);
    if (ec != std::errc{} || ptr != value->data() + value->size() || radius < 1 || radius > 1000) {
      errors.push_back({"radius", "registry.address.error.radius"});
    }
  }
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  return cached(json::hits(lookup.nearby(*point, radius, kLimit)));
}

}  // namespace

void registerRoutes(http::Router& router, const AddressLookup& lookup) {
  const auto* l = &lookup;
  router.add({http::Method::Get, "/api/v1/adresser", http::Audience::Api,
              [l](http::Request& request) { return search(*l, request); }, {}});
  router.add({http::Method::Get, "/api/v1/adresser/punkt", http::Audience::Api,
              [l](http::Request& request) { return nearby(*l, request); }, {}});
}

}  // namespace masseflyt::registry::addresses
