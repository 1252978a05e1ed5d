#include <boost/json.hpp>

#include <cstdio>
#include <ctime>

#include "modules/registry/projects/api/project_json.hpp"
#include "modules/registry/common/list_query.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/geojson_json.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::registry::projects::json {
namespace {

namespace bj = boost::json;


bj::object organisationObject(const OrganisationRef& o) {
  return bj::object{{"organisasjonsnummer", o.organisation_number},
                    {"navn", o.name},
                    {"url", "/organisasjoner/" + o.organisation_number}};
}

bj::value dateValue(const std::optional<PlannedDate>& date) {
  return date ? bj::value(bj::string(date->text())) : bj::value(nullptr);
}

bj::object projectObject(const ProjectRecord& p, bool with_personal) {
  bj::object out;
  out["id"] = p.id;
  out["navn"] = p.name;
  out["beskrivelse"] = p.description;
  out["url"] = "/prosjekter/" + p.id;
  out["byggherre"] = organisationObject(p.developer);
  bj::array contractors;
  for (const auto& c : p.contractors) contractors.push_back(organisationObject(c));
  out["entreprenorer"] = std::move(contractors);
  out["fase"] = std::string(phaseCode(p.phase));
  out["fase_navn"] = std::string(i18n::t(phaseLabelKey(p.phase)));
  out["oppstart"] = dateValue(p.start);
  out["oppstart_usikker"] = p.start_uncertain;
  out["slutt"] = dateValue(p.end);
  out["slutt_usikker"] = p.end_uncertain;
  out["posisjon"] = bj::object{{"lat", p.location.lat}, {"lon", p.location.lon}};
  if (p.area_geojson.empty()) {
    out["omrade"] = nullptr;
  } else {
    boost::system::error_code ec;
    auto area = bj::parse(p.area_geojson, ec);
    out["omrade"] = ec ? bj::value(nullptr) : std::move(area);
  }
  out["adresse"] = p.address;
  out["kommunenummer"] = p.municipality_number;
  out["kommunenavn"] = p.municipality_name;
  out["offentlig_byggherre"] = p.public_developer;
  if (with_personal) {
    out["kontakt"] = bj::object{{"navn", p.contact_name},
                                {"epost", p.contact_email},
                                {"telefon", p.contact_phone}};
  }
  bj::array links;
  for (const auto& l : p.plan_links) links.push_back(bj::object{{"url", l.url}, {"tittel", l.title}});
  out["lenker"] = std::move(links);
  out["kilde"] = p.source_note;
  out["demo"] = p.is_demo;
  out["opprettet"] = isoUtc(p.created_at);
  out["endret"] = isoUtc(p.updated_at);
  return out;
}

[[noreturn]] void badBody(std::string detail) {
  throw Error(ErrorKind::BadRequest, "registry.project.error.body", std::move(detail));
}

}  // namespace

std::string project(const ProjectRecord& p, bool with_personal) {
  return bj::serialize(projectObject(p, with_personal));
}

std::string projectPage(const std::vector<ProjectRecord>& items, bool with_personal,
                        const std::optional<std::string>& next) {
  bj::array data;
  for (const auto& item : items) data.push_back(projectObject(item, with_personal));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = next ? bj::value(bj::string(*next)) : bj::value(nullptr);
  return bj::serialize(out);
}

std::string projectFeatures(const std::vector<ProjectRecord>& items,
                            const std::optional<std::string>& next) {
  bj::array features;
  for (const auto& p : items) {
    bj::object properties;
    properties["navn"] = p.name;
    properties["url"] = "/prosjekter/" + p.id;
    properties["kategori"] = std::string(phaseCode(p.phase));
    properties["kategori_navn"] = std::string(i18n::t(phaseLabelKey(p.phase)));
    properties["oppstart"] = dateValue(p.start);
    properties["kommunenummer"] = p.municipality_number;
    properties["demo"] = p.is_demo;
    features.push_back(geo::feature(p.id, geo::pointGeometry(p.location), std::move(properties)));
  }
  if (next) return bj::serialize(geo::featureCollection(std::move(features), std::string_view(*next)));
  return bj::serialize(geo::featureCollection(std::move(features)));
}

ProjectInput parseBody(std::string_view body) {
  boost::system::error_code ec;
  const bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  const auto& object = value.get_object();
  ProjectInput in;
  const auto text = [&](std::string_view key, std::string& into) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return;
    if (!member->is_string()) badBody(std::string(key) + " is not a string");
    into = std::string(member->get_string());
  };
  const auto flag = [&](std::string_view key, bool& into) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return;
    if (!member->is_bool()) badBody(std::string(key) + " is not a boolean");
    into = member->get_bool();
  };
  const auto coordinate = [&](std::string_view key, std::string& into) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return;
    if (member->is_string()) {
      into = std::string(member->get_string());
    } else if (member->is_number()) {
      char buffer[40];
      std::snprintf(buffer, sizeof buffer, "%.8f", member->to_number<double>());
      into = buffer;
    } else {
      badBody(std::string(key) + " is not a number");
    }
  };
  text("navn", in.name);
  text("beskrivelse", in.description);
  text("byggherre", in.developer_orgnr);
  if (const auto* list = object.if_contains("entreprenorer"); list && !list->is_null()) {
    if (!list->is_array()) badBody("entreprenorer is not an array");
    for (const auto& item : list->get_array()) {
      if (!item.is_string()) badBody("entreprenorer holds a non-string");
      in.contractor_orgnrs.emplace_back(item.get_string());
    }
  }
  text("fase", in.phase);
  text("oppstart", in.start);
  flag("oppstart_usikker", in.start_uncertain);
  text("slutt", in.end);
  flag("slutt_usikker", in.end_uncertain);
  if (const auto* position = object.if_contains("posisjon"); position && !position->is_null()) {
    if (!position->is_object()) badBody("posisjon is not an object");
    const auto& p = position->get_object();
    for (const auto* key : {"lat", "lon"}) {
      const auto* member = p.if_contains(key);
      if (member == nullptr || member->is_null()) continue;
      if (!member->is_number()) badBody(std::string("posisjon.") + key + " is not a number");
      char buffer[40];
      std::snprintf(buffer, sizeof buffer, "%.8f", member->to_number<double>());
      (std::string_view(key) == "lat" ? in.lat : in.lon) = buffer;
    }
  }
  coordinate("lat", in.lat);
  coordinate("lon", in.lon);
  if (const auto* area = object.if_contains("omrade"); area && !area->is_null()) {
    if (area->is_string()) {
      in.area = std::string(area->get_string());
    } else if (area->is_object()) {
      in.area = bj::serialize(*area);
    } else {
      badBody("omrade is not a GeoJSON object");
    }
  }
  text("adresse", in.address);
  text("kommunenummer", in.municipality_number);
  flag("offentlig_byggherre", in.public_developer);
  if (const auto* contact = object.if_contains("kontakt"); contact && !contact->is_null()) {
    if (!contact->is_object()) badBody("kontakt is not an object");
    for (const auto& [key, member] : contact->get_object()) {
      if (member.is_null()) continue;
      if (!member.is_string()) badBody("kontakt." + std::string(key) + " is not a string");
      if (key == "navn") in.contact_name = std::string(member.get_string());
      if (key == "epost") in.contact_email = std::string(member.get_string());
      if (key == "telefon") in.contact_phone = std::string(member.get_string());
    }
  }
  if (const auto* links = object.if_contains("lenker"); links && !links->is_null()) {
    if (!links->is_array()) badBody("lenker is not an array");
    for (const auto& item : links->get_array()) {
      if (!item.is_object()) badBody("lenker holds a non-object");
      PlanLink link;
      const auto& o = item.get_object();
      if (const auto* url = o.if_contains("url"); url && url->is_string()) link.url = std::string(url->get_string());
      if (const auto* title = o.if_contains("tittel"); title && title->is_string()) {
        link.title = std::string(title->get_string());
      }
      in.plan_links.push_back(std::move(link));
    }
  }
  text("kilde", in.source_note);
  return in;
}

namespace {

bj::object approvalObject(const Approval& a) {
  const auto* type = findApprovalType(a.type);
  const auto status = approvalStatus(a, calendar::today());
  bj::object out;
  out["id"] = a.id;
  out["type"] = a.type;
  out["type_navn"] = type != nullptr ? std::string(i18n::t(type->label_key)) : a.type;
  out["myndighet"] = a.authority;
  out["referanse"] = a.reference.empty() ? bj::value(nullptr) : bj::value(bj::string(a.reference));
  out["gyldig_fra"] = a.valid_from;
  out["gyldig_til"] = a.valid_to ? bj::value(bj::string(*a.valid_to)) : bj::value(nullptr);
  out["dokument_url"] = a.document_url.empty() ? bj::value(nullptr) : bj::value(bj::string(a.document_url));
  out["status"] = std::string(approvalStatusKey(status));
  out["status_navn"] = std::string(i18n::t(approvalStatusLabelKey(status)));
  out["endret"] = isoUtc(a.updated_at);
  return out;
}

}  // namespace

std::string approval(const Approval& a) { return bj::serialize(approvalObject(a)); }

std::string approvals(const std::vector<Approval>& items) {
  bj::array data;
  for (const auto& a : items) data.push_back(approvalObject(a));
  return bj::serialize(bj::object{{"data", std::move(data)}});
}

ApprovalInput parseApprovalBody(std::string_view body) {
  boost::system::error_code ec;
  const bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  const auto& object = value.get_object();
  ApprovalInput in;
  const auto text = [&](std::string_view key, std::string& into) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return;
    if (!member->is_string()) badBody(std::string(key) + " is not a string");
    into = std::string(member->get_string());
  };
  text("type", in.type);
  text("myndighet", in.authority);
  text("referanse", in.reference);
  text("gyldig_fra", in.valid_from);
  text("gyldig_til", in.valid_to);
  text("dokument_url", in.document_url);
  return in;
}

}  // namespace masseflyt::registry::projects::json
