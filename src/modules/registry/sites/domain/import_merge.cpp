#include "modules/registry/sites/domain/import_merge.hpp"

#include <algorithm>

namespace masseflyt::registry::sites {
namespace {

constexpr std::string_view kFields[] = {"kind",     "name",         "description", "address",
                                        "position", "municipality", "fractions"};

// Positions within a few centimetres are the same place: sources round differently between runs.
bool samePosition(double lat_a, double lon_a, double lat_b, double lon_b) {
  constexpr double kEpsilon = 1e-6;
  const double dlat = lat_a - lat_b, dlon = lon_a - lon_b;
  return dlat < kEpsilon && dlat > -kEpsilon && dlon < kEpsilon && dlon > -kEpsilon;
}

bool differs(std::string_view field, const Site& site, const ImportedSite& in) {
  if (field == "kind") return site.kind != in.kind;
  if (field == "name") return site.name != in.name;
  if (field == "description") return site.description != in.description;
  if (field == "address") return site.address != in.address;
  if (field == "position") return !samePosition(site.lat, site.lon, in.lat, in.lon);
  if (field == "municipality") return site.municipality_number != in.municipality_number;
  return site.fraction_groups != in.fraction_groups;
}

void take(std::string_view field, Site& site, const ImportedSite& in) {
  if (field == "kind") site.kind = in.kind;
  else if (field == "name") site.name = in.name;
  else if (field == "description") site.description = in.description;
  else if (field == "address") site.address = in.address;
  else if (field == "position") site.lat = in.lat, site.lon = in.lon;
  else if (field == "municipality") site.municipality_number = in.municipality_number;
  else site.fraction_groups = in.fraction_groups;
}

ImportedSite asImported(const Site& s) {
  ImportedSite out;
  out.kind = s.kind;
  out.name = s.name;
  out.description = s.description;
  out.address = s.address;
  out.municipality_number = s.municipality_number;
  out.lat = s.lat;
  out.lon = s.lon;
  out.fraction_groups = s.fraction_groups;
  return out;
}

}  // namespace

std::span<const std::string_view> importFieldKeys() { return kFields; }

std::vector<std::string> changedImportFields(const Site& before, const Site& after) {
  const ImportedSite now = asImported(after);
  std::vector<std::string> out;
  for (const auto field : kFields) {
    if (differs(field, before, now)) out.emplace_back(field);
  }
  return out;
}

ImportMerge mergeImported(const Site& current, const ImportedSite& incoming) {
  ImportMerge out;
  out.site = current;
  const auto& edited = current.owner_edited_fields;
  for (const auto field : kFields) {
    if (!differs(field, current, incoming)) continue;
    if (std::find(edited.begin(), edited.end(), field) != edited.end()) {
      out.kept_owner.emplace_back(field);
    } else {
      take(field, out.site, incoming);
      out.updated.emplace_back(field);
    }
  }
  if (current.import_licence != incoming.licence || current.source_url != incoming.source_url ||
      current.import_orgnr != incoming.orgnr) {
    out.site.import_licence = incoming.licence;
    out.site.source_url = incoming.source_url;
    out.site.import_orgnr = incoming.orgnr;
    out.source_meta_changed = true;
  }
  if (current.vanished_at) {
    out.site.vanished_at.reset();
    out.reappeared = true;
  }
  return out;
}

Site newImportedSite(const ImportedSite& in, const std::string& organisation_id, std::int64_t now_ms) {
  Site site;
  site.organisation_id = organisation_id;
  site.kind = in.kind;
  site.name = in.name;
  site.description = in.description;
  site.address = in.address;
  site.lat = in.lat;
  site.lon = in.lon;
  site.municipality_number = in.municipality_number;
  site.fraction_groups = in.fraction_groups;
  site.source = "import";
  site.import_source = in.source;
  site.import_key = in.key;
  site.import_licence = in.licence;
  site.source_url = in.source_url;
  site.import_orgnr = in.orgnr;
  site.imported_at = now_ms;
  site.created_at = site.updated_at = now_ms;
  return site;
}

}  // namespace masseflyt::registry::sites
