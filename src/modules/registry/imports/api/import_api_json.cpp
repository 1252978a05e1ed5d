#include <boost/json.hpp>

#include "modules/registry/imports/api/import_json.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::registry::imports::json {
namespace {
namespace bj = boost::json;
}

std::string run(const ImportRun& r) {
  const auto& f = r.figures;
  bj::object o;
  o["id"] = r.id;
  o["kilde"] = r.source;
  o["status"] = r.status;
  o["startet"] = r.started_at;
  o["ferdig"] = r.finished_at;
  o["hentet"] = r.fetched;
  o["nye"] = f.created;
  o["oppdatert"] = f.updated;
  o["uendret"] = f.unchanged;
  o["forsvunnet"] = f.vanished;
  o["eierendringerBeholdt"] = f.kept_owner_fields;
  o["hoppetOver"] = f.skipped;
  return bj::serialize(o);
}

std::string claim(const sites::Site& site, std::string_view organisation_number) {
  bj::object o;
  o["id"] = site.id;
  o["kilde"] = site.import_source;
  o["lisens"] = site.import_licence;
  if (site.claimed_at) {
    o["kravGjort"] = *site.claimed_at;
    o["organisasjonsnummer"] = organisation_number;
  } else {
    o["kravGjort"] = nullptr;
    o["organisasjonsnummer"] = nullptr;
  }
  return bj::serialize(o);
}

std::string parseClaimBody(std::string_view body) {
  boost::system::error_code ec;
  const bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) {
    throw Error(ErrorKind::BadRequest, "registry.import.error.body", "not a JSON object");
  }
  const auto* field = value.get_object().if_contains("organisasjonsnummer");
  if (field == nullptr || !field->is_string() || field->get_string().empty()) {
    throw Error(ErrorKind::Validation, "registry.site.claim.invalid", {},
                {{"organisasjonsnummer", "registry.site.claim.unknown_organisation"}});
  }
  return std::string(field->get_string());
}

}  // namespace masseflyt::registry::imports::json
