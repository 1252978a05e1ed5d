#include <boost/json.hpp>

#include <cstdio>
#include <ctime>

#include "modules/registry/common/rules.hpp"
#include "modules/registry/providers/api/provider_json.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::registry::providers::json {
namespace {

namespace bj = boost::json;

bj::value nullable(const std::string& text) {
  return text.empty() ? bj::value(nullptr) : bj::value(bj::string(text));
}

bj::object providerObject(const ProviderRecord& p, bool with_contact) {
  bj::object out;
  out["organisasjonsnummer"] = p.organisation_number;
  out["navn"] = p.name;
  bj::array services;
  for (const auto& code : p.services) {
    services.push_back(bj::object{{"kode", code}, {"navn", i18n::t("registry.provider.service." + code)}});
  }
  out["tjenester"] = std::move(services);
  out["akkreditering"] = p.accredited() ? bj::value(bj::object{{"ordning", nullable(p.accreditation_scheme)},
                                                                {"nummer", p.accreditation_number}})
                                        : bj::value(nullptr);
  bj::array area;
  for (const auto& number : p.municipalities) {
    area.push_back(bj::object{{"kommunenummer", number}, {"navn", common::municipalityName(number)}});
  }
  out["kommuner"] = std::move(area);
  out["beskrivelse"] = nullable(p.description);
  if (with_contact) {
    out["kontakt"] = bj::object{{"navn", nullable(p.contact_name)},
                                {"telefon", nullable(p.contact_phone)},
                                {"epost", nullable(p.contact_email)}};
  }
  out["demo"] = p.is_demo;
  out["registrert"] = isoUtc(p.created_at);
  out["endret"] = isoUtc(p.updated_at);
  return out;
}

[[noreturn]] void badBody(std::string detail) {
  throw Error(ErrorKind::BadRequest, "registry.provider.error.body", std::move(detail));
}

std::string readString(const bj::object& object, std::string_view key) {
  const auto* member = object.if_contains(key);
  if (member == nullptr || member->is_null()) return {};
  if (!member->is_string()) badBody(std::string(key) + " is not a string");
  return std::string(member->get_string());
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

const bj::object* readObject(const bj::object& object, std::string_view key) {
  const auto* member = object.if_contains(key);
  if (member == nullptr || member->is_null()) return nullptr;
  if (!member->is_object()) badBody(std::string(key) + " is not an object");
  return &member->get_object();
}

}  // namespace

std::string provider(const ProviderRecord& p, bool with_contact) {
  return bj::serialize(providerObject(p, with_contact));
}

std::string providerPage(const std::vector<ProviderRecord>& items, const std::optional<std::string>& next,
                         bool with_contact) {
  bj::array data;
  for (const auto& item : items) data.push_back(providerObject(item, with_contact));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = next ? bj::value(bj::string(*next)) : bj::value(nullptr);
  return bj::serialize(out);
}

ProviderBody parseProviderBody(std::string_view body) {
  boost::system::error_code ec;
  bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  const bj::object& object = value.get_object();
  ProviderBody out;
  out.organisasjonsnummer = readString(object, "organisasjonsnummer");
  out.input.services = readStrings(object, "tjenester");
  out.input.municipalities = readStrings(object, "kommuner");
  out.input.description = readString(object, "beskrivelse");
  if (const auto* accreditation = readObject(object, "akkreditering")) {
    out.input.accreditation_scheme = readString(*accreditation, "ordning");
    out.input.accreditation_number = readString(*accreditation, "nummer");
  }
  if (const auto* contact = readObject(object, "kontakt")) {
    out.input.contact_name = readString(*contact, "navn");
    out.input.contact_phone = readString(*contact, "telefon");
    out.input.contact_email = readString(*contact, "epost");
  }
  return out;
}

}  // namespace masseflyt::registry::providers::json
