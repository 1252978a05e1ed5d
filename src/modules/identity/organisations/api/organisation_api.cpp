#include "modules/identity/organisations/api/organisation_api.hpp"

#include <algorithm>

#include "modules/identity/organisations/api/organisation_json.hpp"
#include "modules/identity/organisations/domain/organisation_number.hpp"
#include "modules/identity/organisations/permissions.hpp"
#include "platform/api/pagination.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::identity::organisations {
namespace {

constexpr std::string_view kBase = "/api/v1/organisasjoner";
constexpr std::size_t kMaxSearch = 100;

const auth::Principal& requirePerson(const http::Request& request, std::string_view permission) {
  auth::require(request, permission);
  return *request.principal;
}

bool allDigits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Filters shared by the API and the list page: a bad value is an error, not an empty list.
OrganisationFilter readFilter(const http::Request& request, std::vector<FieldError>& errors) {
  OrganisationFilter filter;
  if (auto search = request.queryParam("sok")) {
    if (search->size() > kMaxSearch) {
      errors.push_back({"sok", "organisations.list.search_too_long"});
    } else {
      filter.search = std::move(*search);
    }
  }
  if (auto municipality = request.queryParam("kommunenummer"); municipality && !municipality->empty()) {
    if (municipality->size() != 4 || !allDigits(*municipality)) {
      errors.push_back({"kommunenummer", "organisations.list.municipality_invalid"});
    } else {
      filter.municipality_number = std::move(*municipality);
    }
  }
  return filter;
}

std::string numberParam(const http::Request& request) {
  const auto number = checkOrganisationNumber(request.pathParam("organisasjonsnummer"));
  // A malformed number cannot name an organisation: 404, like any other unknown one.
  if (!number.valid()) throw Error(ErrorKind::NotFound, "organisations.error.not_found");
  return *number.number;
}

http::Response listOrganisations(const OrganisationService& service, http::Request& request) {
  std::vector<FieldError> errors;
  for (const auto& [name, value] : request.queryParams()) {
    if (name != "sok" && name != "kommunenummer" && name != "limit" && name != "cursor") {
      errors.push_back({name, "organisations.list.unknown_parameter"});
    }
  }
  const OrganisationFilter filter = readFilter(request, errors);
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
  return http::Response::json(json::organisationPage(items, next));
}

http::Response getOrganisation(const OrganisationService& service, http::Request& request) {
  return http::Response::json(json::organisation(service.get(numberParam(request))));
}

http::Response registerOrganisation(const OrganisationService& service, http::Request& request) {
  const auto& actor = requirePerson(request, kRegisterPermission);
  const auto body = json::parseBody(request.body);
  const auto result = service.registerOrganisation(actor, body.organisasjonsnummer.value_or(""));
  auto response = http::Response::json(json::organisation(result.organisation), 201);
  response.headers.set("Location",
                       std::string(kBase) + "/" + result.organisation.organisation_number);
  return response;
}

http::Response refreshOrganisation(const OrganisationService& service, http::Request& request) {
  const auto& actor = requirePerson(request, kRegisterPermission);
  const auto result = service.refreshFromRegister(actor, numberParam(request));
  return http::Response::json(json::refreshed(result.organisation, result.changed_fields));
}

http::Response listMemberships(const OrganisationService& service, http::Request& request) {
  const auto& actor = requirePerson(request, kRegisterPermission);
  const auto members = service.members(actor, numberParam(request));
  return http::Response::json(
      json::memberships(members.memberships, members.organisation.organisation_number));
}

http::Response requestMembership(const OrganisationService& service, http::Request& request) {
  const auto& actor = requirePerson(request, kRegisterPermission);
  const std::string number = numberParam(request);
  const auto body = json::parseBody(request.body);
  const auto membership = service.requestMembership(actor, number, body.rolle.value_or(""));
  auto response = http::Response::json(json::membership(membership, number), 201);
  return response;
}

http::Response decideMembership(const OrganisationService& service, http::Request& request) {
  const auto& actor = requirePerson(request, kRegisterPermission);
  const std::string number = numberParam(request);
  const auto body = json::parseBody(request.body);
  const auto membership = service.decide(actor, number, request.pathParam("id"),
                                         parseDecision(body.vedtak.value_or("")),
                                         body.begrunnelse.value_or(""));
  return http::Response::json(json::membership(membership, number));
}

using Endpoint = http::Response (*)(const OrganisationService&, http::Request&);

void add(http::Router& router, const std::shared_ptr<const OrganisationService>& service,
         http::Method method, std::string_view suffix, Endpoint endpoint) {
  router.add({method, std::string(kBase) + std::string(suffix), http::Audience::Api,
              [service, endpoint](http::Request& request) { return endpoint(*service, request); },
              {}});
}

}  // namespace

void registerApiRoutes(http::Router& router, std::shared_ptr<const OrganisationService> service) {
  add(router, service, http::Method::Get, "", &listOrganisations);
  add(router, service, http::Method::Post, "", &registerOrganisation);
  add(router, service, http::Method::Get, "/{organisasjonsnummer}", &getOrganisation);
  add(router, service, http::Method::Post, "/{organisasjonsnummer}/oppdater", &refreshOrganisation);
  add(router, service, http::Method::Get, "/{organisasjonsnummer}/medlemskap", &listMemberships);
  add(router, service, http::Method::Post, "/{organisasjonsnummer}/medlemskap", &requestMembership);
  add(router, service, http::Method::Post, "/{organisasjonsnummer}/medlemskap/{id}/vedtak",
      &decideMembership);
}

}  // namespace masseflyt::identity::organisations
