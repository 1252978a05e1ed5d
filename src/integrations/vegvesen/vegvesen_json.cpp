#include <boost/json.hpp>

#include "integrations/vegvesen/vegvesen_parser.hpp"
#include "modules/registry/carriers/domain/vehicle.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::vegvesen {
namespace {

namespace bj = boost::json;

const bj::value* path(const bj::value* from, std::initializer_list<std::string_view> keys) {
  const bj::value* at = from;
  for (const auto key : keys) {
    if (at == nullptr || !at->is_object()) return nullptr;
    at = at->get_object().if_contains(key);
  }
  return at;
}

std::string text(const bj::value* value) {
  if (value == nullptr) return {};
  if (value->is_string()) return std::string(value->get_string());
  if (value->is_int64()) return std::to_string(value->get_int64());
  if (value->is_uint64()) return std::to_string(value->get_uint64());
  return {};
}

std::optional<std::int64_t> integer(const bj::value* value) {
  if (value == nullptr) return std::nullopt;
  if (value->is_int64()) return value->get_int64();
  if (value->is_uint64()) return static_cast<std::int64_t>(value->get_uint64());
  if (value->is_double()) return static_cast<std::int64_t>(value->get_double());
  return std::nullopt;
}

const bj::value* first(const bj::value* array) {
  if (array == nullptr || !array->is_array() || array->get_array().empty()) return nullptr;
  return &array->get_array().front();
}

[[noreturn]] void invalid(std::string detail) {
  throw Error(ErrorKind::Unavailable, "vegvesen.error.invalid_response", std::move(detail));
}

}  // namespace

std::optional<RegisterVehicle> parseVehicleResponse(std::string_view json) {
  boost::system::error_code ec;
  const bj::value root = bj::parse(bj::string_view(json.data(), json.size()), ec);
  if (ec || !root.is_object()) invalid("not a JSON object");
  const auto* list = root.get_object().if_contains("kjoretoydataListe");
  if (list == nullptr || list->is_null()) return std::nullopt;
  if (!list->is_array()) invalid("kjoretoydataListe is not a list");
  const bj::value* item = first(list);
  if (item == nullptr) return std::nullopt;
  if (!item->is_object()) invalid("vehicle is not an object");

  RegisterVehicle vehicle;
  vehicle.registration_number =
      registry::carriers::normalisePlate(text(path(item, {"kjoretoyId", "kjennemerke"})));
  if (vehicle.registration_number.empty()) invalid("vehicle without kjennemerke");
  const bj::value* approval = path(item, {"godkjenning", "tekniskGodkjenning"});
  const bj::value* data = path(approval, {"tekniskeData"});
  vehicle.make = text(path(first(path(data, {"generelt", "merke"})), {"merke"}));
  vehicle.model = text(first(path(data, {"generelt", "handelsbetegnelse"})));
  vehicle.vehicle_group = text(path(approval, {"kjoretoyklassifisering", "tekniskKode", "kodeVerdi"}));
  vehicle.vehicle_group_description = text(path(approval, {"kjoretoyklassifisering", "beskrivelse"}));
  vehicle.euro_class = text(path(data, {"miljodata", "euroKlasse", "kodeVerdi"}));
  // The engine's fuel first (drivstoffKode), else the environment group's.
  vehicle.register_fuel_code =
      text(path(first(path(first(path(data, {"motorOgDrivverk", "motor"})), {"drivstoff"})),
                {"drivstoffKode", "kodeVerdi"}));
  if (vehicle.register_fuel_code.empty()) {
    vehicle.register_fuel_code =
        text(path(first(path(first(path(data, {"motorOgDrivverk", "motor"})), {"drivstoff"})),
                  {"drivstoffKode"}));
  }
  if (vehicle.register_fuel_code.empty()) {
    vehicle.register_fuel_code = text(path(first(path(data, {"miljodata", "miljoOgdrivstoffGruppe"})),
                                           {"drivstoffKodeMiljodata", "kodeVerdi"}));
  }
  vehicle.permitted_total_weight_kg = integer(path(data, {"vekter", "tillattTotalvekt"}));
  vehicle.payload_kg = integer(path(data, {"vekter", "nyttelast"}));
  vehicle.curb_weight_kg = integer(path(data, {"vekter", "egenvekt"}));
  vehicle.registration_status = text(path(item, {"registrering", "registreringsstatus", "kodeVerdi"}));
  return vehicle;
}

}  // namespace masseflyt::vegvesen
