#include "integrations/kartverket/fixture_client.hpp"

#include <algorithm>

#include "integrations/kartverket/kartverket_parser.hpp"
#include "integrations/kartverket/live_client.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"

namespace masseflyt::kartverket {
namespace {

using registry::addresses::Address;
using registry::addresses::AddressHits;

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : text::foldCase(text)) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace

FixtureAddressClient::FixtureAddressClient() {
  for (const auto& file : embeddedKartverketFixtures()) {
    if (!file.path.ends_with(".json")) continue;
    for (auto& address : parseAddresses(file.content).addresses) {
      const bool seen = std::any_of(addresses_.begin(), addresses_.end(), [&](const Address& a) {
        return a.text == address.text && a.postal_code == address.postal_code;
      });
      address.distance_m.reset();
      if (!seen) addresses_.push_back(std::move(address));
    }
  }
}

AddressHits FixtureAddressClient::search(std::string_view text,
                                         std::optional<std::string> municipality_number,
                                         int limit) const {
  const auto wanted = words(text);
  AddressHits hits;
  for (const auto& a : addresses_) {
    if (municipality_number && a.municipality_number != *municipality_number) continue;
    const std::string haystack = text::foldCase(a.text + " " + a.postal_code + " " + a.postal_place);
    const bool all = !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](const auto& w) {
      return haystack.find(w) != std::string::npos;
    });
    if (!all) continue;
    ++hits.total;
    if (static_cast<int>(hits.addresses.size()) < limit) hits.addresses.push_back(a);
  }
  return hits;
}

AddressHits FixtureAddressClient::nearby(geo::LatLon point, int radius_m, int limit) const {
  AddressHits hits;
  for (const auto& a : addresses_) {
    const double distance = geo::distanceMeters(point, a.point);
    if (distance > radius_m) continue;
    Address near = a;
    near.distance_m = distance;
    hits.addresses.push_back(std::move(near));
  }
  std::sort(hits.addresses.begin(), hits.addresses.end(),
            [](const Address& x, const Address& y) { return *x.distance_m < *y.distance_m; });
  hits.total = static_cast<std::int64_t>(hits.addresses.size());
  if (static_cast<int>(hits.addresses.size()) > limit) hits.addresses.resize(static_cast<std::size_t>(limit));
  return hits;
}

std::unique_ptr<const registry::addresses::AddressLookup> clientForMode(std::string_view mode) {
  if (mode == "fixture") return std::make_unique<FixtureAddressClient>();
  if (mode == "live") return std::make_unique<LiveAddressClient>();
  throw Error(ErrorKind::BadRequest, "kartverket.error.mode", std::string(mode));
}

}  // namespace masseflyt::kartverket
