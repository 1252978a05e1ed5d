#include <boost/json.hpp>

#include "modules/identity/clients/api/client_json.hpp"
#include "platform/audit/oslo_time.hpp"
#include "platform/core/error.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::identity::clients::api_json {
namespace bj = boost::json;
namespace {

bj::value time(const std::optional<std::int64_t>& epoch_ms) {
  if (!epoch_ms) return nullptr;
  return bj::value(isoUtc(*epoch_ms));
}

bj::object clientObject(const ApiClientRecord& c, std::string_view organisation_number) {
  bj::array scopes;
  for (const auto& scope : c.scopes) scopes.emplace_back(scope);
  return bj::object{
      {"client_id", c.id},
      {"navn", c.name},
      {"organisasjonsnummer", bj::string_view(organisation_number.data(), organisation_number.size())},
      {"scopes", std::move(scopes)},
      {"status", c.active() ? "aktiv" : "tilbakekalt"},
      {"opprettet", isoUtc(c.created_at)},
      {"hemmelighet_byttet", isoUtc(c.secret_rotated_at)},
      {"sist_brukt", time(c.last_used_at)},
      {"tilbakekalt", time(c.revoked_at)},
  };
}

[[noreturn]] void badBody() { throw Error(ErrorKind::BadRequest, "clients.error.body"); }

}  // namespace

std::string client(const ApiClientRecord& c, std::string_view organisation_number,
                   const std::optional<std::string>& secret) {
  auto object = clientObject(c, organisation_number);
  if (secret) object["client_secret"] = *secret;
  return bj::serialize(object);
}

std::string clients(const std::vector<ApiClientRecord>& items, std::string_view organisation_number) {
  bj::array data;
  for (const auto& item : items) data.push_back(clientObject(item, organisation_number));
  return bj::serialize(bj::object{{"data", std::move(data)}});
}

CreateBody parseCreate(std::string_view body) {
  boost::system::error_code ec;
  const auto value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody();
  CreateBody out;
  const auto& object = value.as_object();
  if (const auto* name = object.if_contains("navn")) {
    if (!name->is_string()) badBody();
    out.navn = std::string(name->as_string());
  }
  if (const auto* scopes = object.if_contains("scopes")) {
    if (!scopes->is_array()) badBody();
    for (const auto& scope : scopes->as_array()) {
      if (!scope.is_string()) badBody();
      out.scopes.emplace_back(scope.as_string());
    }
  }
  return out;
}

}  // namespace masseflyt::identity::clients::api_json
