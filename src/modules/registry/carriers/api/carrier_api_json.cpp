#include <boost/json.hpp>

#include <ctime>

#include "modules/registry/carriers/api/carrier_json.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::registry::carriers::json {
namespace {

namespace bj = boost::json;

bj::value optionalNumber(const std::optional<std::int64_t>& value) {
  return value ? bj::value(*value) : bj::value(nullptr);
}

bj::value nullable(const std::string& text) {
  return text.empty() ? bj::value(nullptr) : bj::value(bj::string(text));
}

bj::object carrierObject(const CarrierRecord& c, bool with_contact) {
  bj::object out;
  out["organisasjonsnummer"] = c.organisation_number;
  out["navn"] = c.name;
  bj::array services;
  for (const auto& code : c.services) {
    services.push_back(bj::object{{"kode", code}, {"navn", i18n::t("registry.carrier.service." + code)}});
  }
  out["tjenester"] = std::move(services);
  bj::array area;
  for (const auto& number : c.municipalities) {
    const auto* municipality = geo::findMunicipality(number);
    area.push_back(bj::object{{"kommunenummer", number},
                              {"navn", municipality != nullptr ? municipality->name : std::string_view(number)}});
  }
  out["kommuner"] = std::move(area);
  out["kapasitet"] = bj::object{{"antall_kjoretoy", optionalNumber(c.vehicle_count)},
                                {"tonn_per_dag", optionalNumber(c.tonnes_per_day)},
                                {"merknad", nullable(c.capacity_note)}};
  out["beskrivelse"] = nullable(c.description);
  if (with_contact) {
    out["kontakt"] = bj::object{{"navn", nullable(c.contact_name)},
                                {"telefon", nullable(c.contact_phone)},
                                {"epost", nullable(c.contact_email)}};
  }
  out["godkjente_kjoretoy"] = c.approved_vehicles;
  out["har_elektrisk"] = c.has_electric;
  out["har_hvo100"] = c.has_hvo;
  out["demo"] = c.is_demo;
  out["registrert"] = isoUtc(c.created_at);
  out["endret"] = isoUtc(c.updated_at);
  return out;
}

bj::object vehicleObject(const VehicleRecord& v) {
  bj::object out;
  out["id"] = v.id;
  out["kjennemerke"] = v.registration_number;
  out["transportor"] = bj::object{{"organisasjonsnummer", v.carrier_organisation_number},
                                  {"navn", v.carrier_name}};
  out["merke"] = nullable(v.make);
  out["modell"] = nullable(v.model);
  out["kjoretoygruppe"] = bj::object{{"kode", nullable(v.vehicle_group)},
                                     {"beskrivelse", nullable(v.vehicle_group_description)}};
  out["euroklasse"] = bj::object{{"kode", nullable(v.euro_class)},
                                 {"navn", nullable(euroClassLabel(v.euro_class))}};
  out["tillatt_totalvekt_kg"] = optionalNumber(v.permitted_total_weight_kg);
  out["nyttelast_kg"] = optionalNumber(v.payload_kg);
  out["drivstoff"] = v.fuel;
  out["status"] = vehicleStatusApiCode(v.status);
  out["kilde"] = bj::object{
      {"navn", i18n::t(v.register_source.empty() ? "vegvesen.source" : v.register_source)},
      {"hentet", v.register_fetched_at ? bj::value(bj::string(isoUtc(*v.register_fetched_at)))
                                       : bj::value(nullptr)}};
  bj::array works_for;
  for (const auto& id : v.works_for) works_for.push_back(bj::string(id));
  out["arbeider_for"] = std::move(works_for);
  bj::array projects;
  for (const auto& id : v.projects) projects.push_back(bj::string(id));
  out["prosjekter"] = std::move(projects);
  out["demo"] = v.is_demo;
  out["registrert"] = isoUtc(v.created_at);
  return out;
}

[[noreturn]] void badBody(std::string detail) {
  throw Error(ErrorKind::BadRequest, "registry.carrier.error.body", std::move(detail));
}

bj::object parseObject(std::string_view body) {
  boost::system::error_code ec;
  bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  return std::move(value.get_object());
}

std::string readString(const bj::object& object, std::string_view key) {
  const auto* member = object.if_contains(key);
  if (member == nullptr || member->is_null()) return {};
  if (!member->is_string()) badBody(std::string(key) + " is not a string");
  return std::string(member->get_string());
}

// A count may come as a number or as text; the service validates the range either way.
std::string readCount(const bj::object& object, std::string_view key) {
  const auto* member = object.if_contains(key);
  if (member == nullptr || member->is_null()) return {};
  if (member->is_int64()) return std::to_string(member->get_int64());
  if (member->is_uint64()) return std::to_string(member->get_uint64());
  if (member->is_string()) return std::string(member->get_string());
  if (member->is_double()) return "x";  // not a whole number: the service rejects it
  badBody(std::string(key) + " is not a number");
}

std::vector<std::string> readStrings(const bj::object& object, std::string_view key) {
  std::vector<std::string> out;
  const auto* member = object.if_contains(key);
  if (member == nullptr || member->is_null()) return out;
  if (!member->is_array()) badBody(std::string(key) + " is not a list");
  if (member->get_array().size() > 500) badBody(std::string(key) + " is too long");
  for (const auto& item : member->get_array()) {
    if (!item.is_string()) badBody(std::string(key) + " has a non-string item");
    out.emplace_back(item.get_string());
  }
  return out;
}

}  // namespace

std::string carrier(const CarrierRecord& c, bool with_contact) {
  return bj::serialize(carrierObject(c, with_contact));
}

std::string carrierPage(const std::vector<CarrierRecord>& items, const std::optional<std::string>& next,
                        bool with_contact) {
  bj::array data;
  for (const auto& item : items) data.push_back(carrierObject(item, with_contact));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = next ? bj::value(bj::string(*next)) : bj::value(nullptr);
  return bj::serialize(out);
}

std::string vehicle(const VehicleRecord& v) { return bj::serialize(vehicleObject(v)); }

std::string vehiclePage(const std::vector<VehicleRecord>& items, const std::optional<std::string>& next) {
  bj::array data;
  for (const auto& item : items) data.push_back(vehicleObject(item));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = next ? bj::value(bj::string(*next)) : bj::value(nullptr);
  return bj::serialize(out);
}

std::string lookup(const RegisterVehicle& v) {
  bj::object out;
  out["kjennemerke"] = v.registration_number;
  out["merke"] = nullable(v.make);
  out["modell"] = nullable(v.model);
  out["kjoretoygruppe"] = bj::object{{"kode", nullable(v.vehicle_group)},
                                     {"beskrivelse", nullable(v.vehicle_group_description)}};
  out["euroklasse"] = bj::object{{"kode", nullable(v.euro_class)},
                                 {"navn", nullable(euroClassLabel(v.euro_class))}};
  out["tillatt_totalvekt_kg"] = optionalNumber(v.permitted_total_weight_kg);
  out["nyttelast_kg"] = optionalNumber(v.payload_kg);
  out["foreslatt_drivstoff"] = suggestedFuel(v.register_fuel_code);
  out["registreringsstatus"] = nullable(v.registration_status);
  out["kilde"] = bj::object{{"navn", i18n::t(v.source_key.empty() ? "vegvesen.source" : v.source_key)},
                            {"hentet", isoUtc(v.fetched_at_ms)}};
  return bj::serialize(out);
}

CarrierBody parseCarrierBody(std::string_view body) {
  const bj::object object = parseObject(body);
  CarrierBody out;
  out.organisasjonsnummer = readString(object, "organisasjonsnummer");
  out.input.services = readStrings(object, "tjenester");
  out.input.municipalities = readStrings(object, "kommuner");
  out.input.vehicle_count = readCount(object, "antall_kjoretoy");
  out.input.tonnes_per_day = readCount(object, "tonn_per_dag");
  out.input.capacity_note = readString(object, "kapasitet_merknad");
  out.input.description = readString(object, "beskrivelse");
  if (const auto* contact = object.if_contains("kontakt"); contact != nullptr && !contact->is_null()) {
    if (!contact->is_object()) badBody("kontakt is not an object");
    out.input.contact_name = readString(contact->get_object(), "navn");
    out.input.contact_phone = readString(contact->get_object(), "telefon");
    out.input.contact_email = readString(contact->get_object(), "epost");
  }
  return out;
}

VehicleInput parseVehicleBody(std::string_view body) {
  const bj::object object = parseObject(body);
  VehicleInput out;
  out.registration_number = readString(object, "kjennemerke");
  out.fuel = readString(object, "drivstoff");
  out.works_for = readStrings(object, "arbeider_for");
  return out;
}

std::string parseDecisionBody(std::string_view body) {
  return readString(parseObject(body), "handling");
}

}  // namespace masseflyt::registry::carriers::json
