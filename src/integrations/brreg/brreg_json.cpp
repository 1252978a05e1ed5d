#include <boost/json.hpp>

#include "integrations/brreg/brreg_parser.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::brreg {
namespace {

namespace json = boost::json;
using identity::organisations::NaceCode;
using identity::organisations::RegisterAddress;

std::string stringAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return {};
  return std::string(value->get_string());
}

std::optional<std::string> optionalStringAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return std::nullopt;
  return std::string(value->get_string());
}

bool boolAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_bool() && value->get_bool();
}

const json::object* objectAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_object() ? &value->get_object() : nullptr;
}

std::optional<long long> integerAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr) return std::nullopt;
  if (value->is_int64()) return value->get_int64();
  if (value->is_uint64()) return static_cast<long long>(value->get_uint64());
  return std::nullopt;
}

std::optional<RegisterAddress> addressAt(const json::object& object, std::string_view key) {
  const auto* address = objectAt(object, key);
  if (address == nullptr) return std::nullopt;
  RegisterAddress out;
  if (const auto* lines = address->if_contains("adresse"); lines != nullptr && lines->is_array()) {
    for (const auto& line : lines->get_array()) {
      if (line.is_string() && !line.get_string().empty()) out.lines.emplace_back(line.get_string());
    }
  }
  out.postal_code = stringAt(*address, "postnummer");
  out.postal_place = stringAt(*address, "poststed");
  out.municipality = stringAt(*address, "kommune");
  out.municipality_number = stringAt(*address, "kommunenummer");
  out.country = stringAt(*address, "land");
  out.country_code = stringAt(*address, "landkode");
  return out;
}

json::value parse(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) {
    throw Error(ErrorKind::Unavailable, "brreg.error.invalid_response",
                "not JSON: " + ec.message());
  }
  return value;
}

RegisterEntity entityFrom(const json::object& object, bool subunit) {
  RegisterEntity entity;
  entity.organisation_number = stringAt(object, "organisasjonsnummer");
  if (entity.organisation_number.empty()) {
    throw Error(ErrorKind::Unavailable, "brreg.error.invalid_response",
                "entity without organisasjonsnummer");
  }
  entity.name = stringAt(object, "navn");
  if (const auto* form = objectAt(object, "organisasjonsform")) {
    entity.organisation_form_code = stringAt(*form, "kode");
    entity.organisation_form_description = stringAt(*form, "beskrivelse");
  }
  // A subunit has a location (beliggenhetsadresse) where an entity has a business address.
  entity.business_address = addressAt(object, "forretningsadresse");
  if (const auto location = addressAt(object, "beliggenhetsadresse")) {
    if (!entity.business_address) entity.business_address = location;
    subunit = true;
  }
  entity.postal_address = addressAt(object, "postadresse");
  for (const char* key : {"naeringskode1", "naeringskode2", "naeringskode3"}) {
    if (const auto* nace = objectAt(object, key)) {
      NaceCode code{stringAt(*nace, "kode"), stringAt(*nace, "beskrivelse")};
      if (!code.code.empty()) entity.nace_codes.push_back(std::move(code));
    }
  }
  entity.parent_organisation_number = optionalStringAt(object, "overordnetEnhet");
  entity.registered_on = optionalStringAt(object, "registreringsdatoEnhetsregisteret");
  entity.employees = integerAt(object, "antallAnsatte");
  entity.registered_in_business_register = boolAt(object, "registrertIForetaksregisteret");
  entity.registered_in_vat_register = boolAt(object, "registrertIMvaregisteret");
  entity.subunit = subunit || entity.organisation_form_code == "BEDR";
  entity.flags.bankrupt = boolAt(object, "konkurs");
  entity.flags.under_liquidation = boolAt(object, "underAvvikling");
  entity.flags.under_forced_liquidation =
      boolAt(object, "underTvangsavviklingEllerTvangsopplosning");
  entity.flags.deleted_on = optionalStringAt(object, "slettedato");
  return entity;
}

const json::object& requireObject(const json::value& value) {
  if (!value.is_object()) {
    throw Error(ErrorKind::Unavailable, "brreg.error.invalid_response", "not a JSON object");
  }
  return value.get_object();
}

}  // namespace

RegisterEntity parseEntity(std::string_view text, bool subunit) {
  const json::value value = parse(text);
  return entityFrom(requireObject(value), subunit);
}

std::vector<RegisterRole> parseRoles(std::string_view text) {
  const json::value value = parse(text);
  const auto& object = requireObject(value);
  std::vector<RegisterRole> roles;
  const auto* groups = object.if_contains("rollegrupper");
  if (groups == nullptr || !groups->is_array()) return roles;
  for (const auto& group_value : groups->get_array()) {
    if (!group_value.is_object()) continue;
    const auto& group = group_value.get_object();
    std::string group_name;
    if (const auto* type = objectAt(group, "type")) group_name = stringAt(*type, "beskrivelse");
    const auto* list = group.if_contains("roller");
    if (list == nullptr || !list->is_array()) continue;
    for (const auto& role_value : list->get_array()) {
      if (!role_value.is_object()) continue;
      const auto& role = role_value.get_object();
      if (boolAt(role, "fratraadt")) continue;
      RegisterRole out;
      out.group = group_name;
      if (const auto* type = objectAt(role, "type")) out.role = stringAt(*type, "beskrivelse");
      if (const auto* person = objectAt(role, "person")) {
        if (const auto* name = objectAt(*person, "navn")) {
          std::string full;
          for (const char* part : {"fornavn", "mellomnavn", "etternavn"}) {
            const std::string piece = stringAt(*name, part);
            if (piece.empty()) continue;
            full += (full.empty() ? "" : " ") + piece;
          }
          out.holder = full;
        }
      } else if (const auto* entity = objectAt(role, "enhet")) {
        std::string name;
        if (const auto* names = entity->if_contains("navn"); names != nullptr && names->is_array()) {
          for (const auto& piece : names->get_array()) {
            if (piece.is_string()) name += (name.empty() ? "" : " ") + std::string(piece.get_string());
          }
        }
        const std::string number = stringAt(*entity, "organisasjonsnummer");
        out.holder = number.empty() ? name : name + " (" + number + ")";
      }
      if (!out.holder.empty()) roles.push_back(std::move(out));
    }
  }
  return roles;
}

SearchPage parseSearchPage(std::string_view text) {
  const json::value value = parse(text);
  const auto& object = requireObject(value);
  SearchPage page;
  // No hits: the register leaves `_embedded` out instead of sending an empty list.
  if (const auto* embedded = objectAt(object, "_embedded")) {
    for (const auto& [key, list] : *embedded) {
      if (!list.is_array()) continue;
      const bool subunits = key == "underenheter";
      for (const auto& item : list.get_array()) {
        if (item.is_object()) page.entities.push_back(entityFrom(item.get_object(), subunits));
      }
    }
  }
  if (const auto* paging = objectAt(object, "page")) {
    page.total_elements = integerAt(*paging, "totalElements").value_or(0);
    page.total_pages = integerAt(*paging, "totalPages").value_or(0);
    page.number = integerAt(*paging, "number").value_or(0);
    page.size = integerAt(*paging, "size").value_or(0);
  }
  return page;
}

std::optional<RegisterError> parseError(std::string_view text) {
  boost::system::error_code ec;
  const json::value value = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec || !value.is_object()) return std::nullopt;
  const auto& object = value.get_object();
  const auto status = integerAt(object, "status");
  if (!status || !object.contains("feilmelding")) return std::nullopt;
  RegisterError error;
  error.status = static_cast<int>(*status);
  error.message = stringAt(object, "feilmelding");
  error.path = stringAt(object, "sti");
  if (const auto* list = object.if_contains("valideringsfeil"); list != nullptr && list->is_array()) {
    for (const auto& item : list->get_array()) {
      if (item.is_object()) error.validations.push_back(stringAt(item.get_object(), "feilmelding"));
    }
  }
  return error;
}

}  // namespace masseflyt::brreg
