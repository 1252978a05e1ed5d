#include "modules/masses/fractions/api/fraction_api.hpp"

#include "modules/masses/fractions/api/fraction_json.hpp"
#include "modules/masses/fractions/domain/conversion_query.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::masses::fractions {
namespace {

const Fraction& fractionFromPath(const http::Request& request) {
  const Fraction* f = catalog().find(request.pathParam("key"));
  if (f == nullptr) throw Error(ErrorKind::NotFound, "masses.fractions.error.not_found");
  return *f;
}

http::Response listFractions(http::Request&) { return http::Response::json(json::catalogDocument(catalog())); }

http::Response getFraction(http::Request& request) {
  return http::Response::json(json::fractionDocument(catalog(), fractionFromPath(request)));
}

http::Response convertFraction(http::Request& request) {
  const Fraction& f = fractionFromPath(request);
  std::vector<FieldError> unknown;
  for (const auto& [name, value] : request.queryParams()) {
    if (name != "mengde" && name != "enhet" && name != "tilstand") {
      unknown.push_back({name, "masses.fractions.error.unknown_parameter"});
    }
  }
  if (!unknown.empty()) throw Error(ErrorKind::Validation, "masses.fractions.error.query", {}, std::move(unknown));
  const auto quantity = convertQuery({.quantity = request.queryParam("mengde").value_or(""),
                                      .unit = request.queryParam("enhet").value_or(""),
                                      .state = request.queryParam("tilstand").value_or("")},
                                     f.factors);
  return http::Response::json(json::conversionDocument(catalog(), f, quantity));
}

}  // namespace

void registerApiRoutes(http::Router& router) {
  router.add({http::Method::Get, "/api/v1/fraksjoner", http::Audience::Api, listFractions, {}});
  router.add({http::Method::Get, "/api/v1/fraksjoner/{key}", http::Audience::Api, getFraction, {}});
  router.add({http::Method::Get, "/api/v1/fraksjoner/{key}/omregning", http::Audience::Api, convertFraction, {}});
}

}  // namespace masseflyt::masses::fractions
