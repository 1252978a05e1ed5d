#include <algorithm>
#include <vector>

#include "modules/registry/imports/domain/record.hpp"
#include "platform/core/text.hpp"

namespace masseflyt::registry::imports {
namespace {

constexpr SourceInfo kSources[] = {
    // NGU: Norges geologiske undersøkelse, organisasjonsnummer 970188223.
    {"ngu", "registry.import.source.ngu", "NLOD 2.0", "970188223"},
    // Miljødirektoratet, organisasjonsnummer 999601391.
    {"miljodirektoratet", "registry.import.source.miljodirektoratet", "NLOD 2.0", "999601391"},
};

bool contains(const std::string& folded, std::string_view word) {
  return folded.find(word) != std::string::npos;
}

// What each kind usually takes in or delivers: a starting point the owner corrects after claiming.
std::vector<std::string> fractionsFor(std::string_view kind, std::string_view ngu_material) {
  if (kind == "pukkverk") {
    if (ngu_material == "grus") return {"grus"};
    return {"stein"};
  }
  if (kind == "deponi_farlig") return {"forurenset"};
  if (kind == "deponi_ordinaert") return {"stein", "jord", "leire", "blandet"};
  if (kind == "gjenvinning") return {"asfalt", "betong", "blandet"};
  return {"stein", "grus", "jord", "leire"};  // massemottak, deponi_inert
}

}  // namespace

std::span<const SourceInfo> sources() { return kSources; }

const SourceInfo* findSource(std::string_view key) {
  for (const auto& source : kSources) {
    if (source.key == key) return &source;
  }
  return nullptr;
}

std::string wasteFacilityKind(std::string_view bransje, std::string_view anleggstype) {
  const std::string type = text::foldCase(anleggstype);
  // The facility type says more than the NACE code, so it is asked first.
  if (contains(type, "deponi")) {
    if (contains(type, "farlig") && !contains(type, "ikke-farlig") && !contains(type, "ikke farlig")) {
      return "deponi_farlig";
    }
    if (contains(type, "inert")) return "deponi_inert";
    return "deponi_ordinaert";
  }
  if (contains(type, "gjenvinning") || contains(type, "sortering") || contains(type, "knuse")) {
    return "gjenvinning";
  }
  if (contains(type, "mottak") || contains(type, "mellomlag")) return "massemottak";
  if (!bransje.starts_with("38.")) return {};
  // NACE 38.1 collection → receiving; 38.21 disposal of non-hazardous waste; 38.22 hazardous
  // waste; 38.3 recovery.
  if (bransje.starts_with("38.1")) return "massemottak";
  if (bransje.starts_with("38.21")) return "deponi_ordinaert";
  if (bransje.starts_with("38.22")) return "deponi_farlig";
  if (bransje.starts_with("38.3")) return "gjenvinning";
  return "massemottak";
}

std::optional<sites::ImportedSite> toSite(const ImportedRecord& record) {
  const auto* source = findSource(record.source);
  if (source == nullptr) return std::nullopt;
  sites::ImportedSite out;
  out.source = record.source;
  out.key = record.key;
  out.licence = std::string(source->licence);
  out.source_url = record.source_url;
  out.orgnr = record.orgnr;
  out.name = record.name;
  out.lat = record.lat;
  out.lon = record.lon;
  out.municipality_number = record.municipality;
  const std::string status = text::foldCase(record.status);
  if (record.source == "ngu") {
    // Only extraction sites in operation are places masses can go to or come from.
    if (status != "i drift" && status != "aktiv") return std::nullopt;
    const std::string material = text::foldCase(record.kind);
    if (material != "pukk" && material != "grus") return std::nullopt;
    out.kind = "pukkverk";
    out.fraction_groups = fractionsFor(out.kind, material);
    out.description = material == "pukk" ? "Pukkforekomst" : "Sand- og grusforekomst";
    if (!record.category.empty()) out.description += " – betydning: " + record.category;
    return out;
  }
  if (status != "aktiv" || !record.category.starts_with("38.")) return std::nullopt;
  out.kind = wasteFacilityKind(record.category, record.kind);
  if (out.kind.empty()) return std::nullopt;
  out.fraction_groups = fractionsFor(out.kind, "");
  out.description = record.kind.empty() ? "NACE " + record.category
                                        : record.kind + " (NACE " + record.category + ")";
  return out;
}

}  // namespace masseflyt::registry::imports
