#include "modules/registry/carriers/api/carrier_api.hpp"

#include <algorithm>

#include "modules/registry/carriers/api/carrier_json.hpp"
#include "modules/registry/carriers/permissions.hpp"
#include "platform/api/pagination.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::registry::carriers {
namespace {

constexpr std::string_view kCarriers = "/api/v1/transportorer";
constexpr std::string_view kVehicles = "/api/v1/kjoretoy";

bool allDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void rejectUnknown(const http::Request& request, std::initializer_list<std::string_view> known,
                   std::vector<FieldError>& errors) {
  for (const auto& [name, value] : request.queryParams()) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      errors.push_back({name, "registry.carrier.error.unknown_parameter"});
    }
  }
}

http::Response listCarriers(const CarrierService& service, http::Request& request) {
  std::vector<FieldError> errors;
  rejectUnknown(request, {"q", "tjeneste", "kommune", "drivstoff", "limit", "cursor"}, errors);
  CarrierFilter filter;
  if (auto q = request.queryParam("q")) {
    if (q->size() > 100) {
      errors.push_back({"q", "registry.carrier.error.search_too_long"});
    } else {
      filter.search = *q;
    }
  }
  if (auto s = request.queryParam("tjeneste"); s && !s->empty()) {
    if (!isCarrierService(*s)) errors.push_back({"tjeneste", "registry.carrier.error.service"});
    filter.service = *s;
  }
  if (auto m = request.queryParam("kommune"); m && !m->empty()) {
    if (!geo::validMunicipalityNumber(*m)) errors.push_back({"kommune", "registry.carrier.error.municipality"});
    filter.municipality = *m;
  }
  if (auto f = request.queryParam("drivstoff"); f && !f->empty()) {
    if (!isFuel(*f)) errors.push_back({"drivstoff", "registry.vehicle.error.fuel"});
    filter.fuel = *f;
  }
  api::PageRequest page;
  try {
    page = api::parsePageRequest(request);
  } catch (const Error& error) {
    errors.insert(errors.end(), error.fields().begin(), error.fields().end());
  }
  if (page.after && (page.after->size() != 9 || !allDigits(*page.after))) {
    errors.push_back({"cursor", "api.error.cursor"});
  }
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  auto items = service.listAfter(filter, page.after, static_cast<std::int64_t>(page.limit) + 1);
  std::optional<std::string> next;
  if (items.size() > page.limit) {
    items.resize(page.limit);
    next = api::encodeCursor(items.back().organisation_number);
  }
  return http::Response::json(json::carrierPage(items, next, request.principal != nullptr));
}

http::Response getCarrier(const CarrierService& service, http::Request& request) {
  const auto carrier = service.get(request.pathParam("organisasjonsnummer"));
  return http::Response::json(json::carrier(carrier, request.principal != nullptr));
}

http::Response createCarrier(const CarrierService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto body = json::parseCarrierBody(request.body);
  const auto carrier = service.registerCarrier(actor, body.organisasjonsnummer, body.input);
  auto response = http::Response::json(json::carrier(carrier, true), 201);
  response.headers.set("Location", std::string(kCarriers) + "/" + carrier.organisation_number);
  return response;
}

http::Response updateCarrier(const CarrierService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto body = json::parseCarrierBody(request.body);
  const auto carrier = service.updateCarrier(actor, request.pathParam("organisasjonsnummer"), body.input);
  return http::Response::json(json::carrier(carrier, true));
}

http::Response carrierVehicles(const CarrierService& service, http::Request& request) {
  const auto carrier = service.get(request.pathParam("organisasjonsnummer"));
  const auto items = service.carrierVehicles(carrier, service.isMember(request.principal.get(), carrier));
  return http::Response::json(json::vehiclePage(items, std::nullopt));
}

http::Response addVehicle(const CarrierService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto input = json::parseVehicleBody(request.body);
  const auto vehicle = service.addVehicle(actor, request.pathParam("organisasjonsnummer"), input);
  auto response = http::Response::json(json::vehicle(vehicle), 201);
  response.headers.set("Location", std::string(kVehicles) + "/" + vehicle.id);
  return response;
}

http::Response listVehicles(const CarrierService& service, http::Request& request) {
  std::vector<FieldError> errors;
  rejectUnknown(request, {"euroklasse", "drivstoff", "transportor", "limit", "cursor"}, errors);
  VehicleFilter filter;
  if (auto e = request.queryParam("euroklasse"); e && !e->empty()) {
    const auto codes = euroClassCodes();
    if (std::find(codes.begin(), codes.end(), *e) == codes.end()) {
      errors.push_back({"euroklasse", "registry.vehicle.error.euro_class"});
    }
    filter.euro_class = *e;
  }
  if (auto f = request.queryParam("drivstoff"); f && !f->empty()) {
    if (!isFuel(*f)) errors.push_back({"drivstoff", "registry.vehicle.error.fuel"});
    filter.fuel = *f;
  }
  if (auto t = request.queryParam("transportor"); t && !t->empty()) {
    if (t->size() != 9 || !allDigits(*t)) errors.push_back({"transportor", "registry.vehicle.error.carrier"});
    filter.carrier_organisation_number = *t;
  }
  api::PageRequest page;
  try {
    page = api::parsePageRequest(request);
  } catch (const Error& error) {
    errors.insert(errors.end(), error.fields().begin(), error.fields().end());
  }
  if (page.after && (page.after->empty() || page.after->size() > 64)) {
    errors.push_back({"cursor", "api.error.cursor"});
  }
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  auto items = service.listVehiclesAfter(filter, page.after, static_cast<std::int64_t>(page.limit) + 1);
  std::optional<std::string> next;
  if (items.size() > page.limit) {
    items.resize(page.limit);
    next = api::encodeCursor(items.back().id);
  }
  return http::Response::json(json::vehiclePage(items, next));
}

VehicleRecord visibleVehicle(const CarrierService& service, const http::Request& request) {
  const auto vehicle = service.findVehicle(request.pathParam("id"));
  if (!vehicle) throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
  if (vehicle->status != VehicleStatus::Approved) {
    const auto carrier = service.get(vehicle->carrier_organisation_number);
    if (!service.isMember(request.principal.get(), carrier)) {
      throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
    }
  }
  return *vehicle;
}

http::Response getVehicle(const CarrierService& service, http::Request& request) {
  return http::Response::json(json::vehicle(visibleVehicle(service, request)));
}

http::Response decideVehicle(const CarrierService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto vehicle = visibleVehicle(service, request);
  const auto action = parseVehicleAction(json::parseDecisionBody(request.body));
  if (!action) {
    throw Error(ErrorKind::Validation, "registry.vehicle.error.action", {},
                {{"handling", "registry.vehicle.error.action"}});
  }
  return http::Response::json(json::vehicle(service.decide(actor, vehicle.id, *action)));
}

http::Response linkVehicleProject(const CarrierService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto vehicle = visibleVehicle(service, request);
  return http::Response::json(
      json::vehicle(service.linkProject(actor, vehicle.id, request.pathParam("prosjektId"))));
}

http::Response unlinkVehicleProject(const CarrierService& service, http::Request& request) {
  const auto& actor = auth::requireAuthenticated(request);
  const auto vehicle = visibleVehicle(service, request);
  return http::Response::json(
      json::vehicle(service.unlinkProject(actor, vehicle.id, request.pathParam("prosjektId"))));
}

http::Response lookupVehicle(const CarrierService& service, http::Request& request) {
  // A lookup costs an outbound call and quota: no anonymous callers, and API clients only with
  // the scope they need to add the vehicle afterwards.
  if (auth::requireAuthenticated(request).kind == auth::Principal::Kind::ApiClient) {
    auth::require(request, kEditVehicle);
  }
  const auto found = service.lookupVehicle(request.pathParam("kjennemerke"));
  if (!found) throw Error(ErrorKind::NotFound, "registry.vehicle.plate.not_found");
  return http::Response::json(json::lookup(*found));
}

using Endpoint = http::Response (*)(const CarrierService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const CarrierService>& service,
         http::Method method, std::string path, Endpoint endpoint) {
  router.add({method, std::move(path), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const CarrierService> service) {
  const std::string carriers(kCarriers);
  const std::string vehicles(kVehicles);
  add(router, service, http::Method::Get, carriers, &listCarriers);
  add(router, service, http::Method::Post, carriers, &createCarrier);
  add(router, service, http::Method::Get, carriers + "/{organisasjonsnummer}", &getCarrier);
  add(router, service, http::Method::Put, carriers + "/{organisasjonsnummer}", &updateCarrier);
  add(router, service, http::Method::Get, carriers + "/{organisasjonsnummer}/kjoretoy", &carrierVehicles);
  add(router, service, http::Method::Post, carriers + "/{organisasjonsnummer}/kjoretoy", &addVehicle);
  add(router, service, http::Method::Get, vehicles, &listVehicles);
  add(router, service, http::Method::Get, vehicles + "/oppslag/{kjennemerke}", &lookupVehicle);
  add(router, service, http::Method::Get, vehicles + "/{id}", &getVehicle);
  add(router, service, http::Method::Post, vehicles + "/{id}/godkjenning", &decideVehicle);
  add(router, service, http::Method::Put, vehicles + "/{id}/prosjekter/{prosjektId}", &linkVehicleProject);
  add(router, service, http::Method::Delete, vehicles + "/{id}/prosjekter/{prosjektId}",
      &unlinkVehicleProject);
}

}  // namespace masseflyt::registry::carriers
