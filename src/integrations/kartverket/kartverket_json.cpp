#include <boost/json.hpp>

#include "integrations/kartverket/kartverket_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::kartverket {
namespace {

namespace bj = boost::json;

[[noreturn]] void unexpected(std::string detail) {
  throw Error(ErrorKind::Unavailable, "kartverket.error.unexpected", std::move(detail));
}

std::string string(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return {};
  return std::string(value->get_string());
}

std::optional<double> number(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_number()) return std::nullopt;
  return value->to_number<double>();
}

// "NORDRE FOLLO" -> "Nordre Follo" for municipalities outside the region table (ASCII and the
// Norwegian capitals only; the rest is left as it is).
std::string titleCase(std::string_view text) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      if (!start && next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
      out += static_cast<char>(c);
      out += static_cast<char>(next);
      ++i;
      start = false;
      continue;
    }
    if (c >= 'A' && c <= 'Z' && !start) {
      out += static_cast<char>(c + 32);
    } else {
      out += static_cast<char>(c);
    }
    start = c == ' ' || c == '-';
  }
  return out;
}

}  // namespace

registry::addresses::AddressHits parseAddresses(std::string_view body) {
  boost::system::error_code ec;
  const bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) unexpected("not a JSON object");
  const auto& root = value.get_object();
  const auto* list = root.if_contains("adresser");
  if (list == nullptr || !list->is_array()) unexpected("no adresser array");
  registry::addresses::AddressHits hits;
  for (const auto& item : list->get_array()) {
    if (!item.is_object()) continue;
    const auto& a = item.get_object();
    const auto* point = a.if_contains("representasjonspunkt");
    if (point == nullptr || !point->is_object()) continue;
    const auto lat = number(point->get_object(), "lat");
    const auto lon = number(point->get_object(), "lon");
    if (!lat || !lon) continue;
    registry::addresses::Address address;
    address.text = string(a, "adressetekst");
    address.postal_code = string(a, "postnummer");
    address.postal_place = string(a, "poststed");
    address.municipality_number = string(a, "kommunenummer");
    const auto* known = geo::findMunicipality(address.municipality_number);
    address.municipality_name =
        known != nullptr ? std::string(known->name) : titleCase(string(a, "kommunenavn"));
    address.point = {*lat, *lon};
    address.distance_m = number(a, "meterDistanseTilPunkt");
    hits.addresses.push_back(std::move(address));
  }
  hits.total = static_cast<std::int64_t>(hits.addresses.size());
  if (const auto* metadata = root.if_contains("metadata"); metadata && metadata->is_object()) {
    if (const auto total = number(metadata->get_object(), "totaltAntallTreff")) {
      hits.total = static_cast<std::int64_t>(*total);
    }
  }
  return hits;
}

}  // namespace masseflyt::kartverket
