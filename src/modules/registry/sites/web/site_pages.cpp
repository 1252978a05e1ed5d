#include "modules/registry/sites/web/site_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "modules/registry/common/list_query.hpp"
#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "modules/registry/sites/app/site_query.hpp"
#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/sites/domain/permit_document.hpp"
#include "modules/registry/sites/web/permit_document_pages.hpp"
#include "modules/registry/sites/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/history/history_view.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::registry::sites {
namespace {

constexpr std::string_view kTemplates = "modules/registry/sites/web/templates/";
constexpr std::int64_t kPageSize = 25;
constexpr std::int64_t kMapLimit = 200;

using Dictionary = ctemplate::TemplateDictionary;

std::string templateName(std::string_view file) { return std::string(kTemplates) + std::string(file); }
std::string text(std::string_view key) { return std::string(i18n::t(key)); }

std::string kindLabel(const std::string& kind) {
  const auto* k = findSiteKind(kind);
  return k != nullptr ? text(k->label_key) : kind;
}

std::string municipalityText(const std::string& number) {
  const auto* m = geo::findMunicipality(number);
  return m != nullptr ? std::string(m->name) + " (" + number + ")" : number;
}

std::string fractionLabels(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& key : keys) {
    const auto* group = findFractionGroup(key);
    if (!out.empty()) out += ", ";
    out += group != nullptr ? text(group->label_key) : key;
  }
  return out;
}

http::Response page(const web::Renderer& renderer, const http::Request& request,
                    const std::string& title, std::string_view file, const Dictionary& content,
                    int status = 200, std::vector<std::string> scripts = {},
                    std::vector<std::string> styles = {}) {
  return common::renderPage(renderer, request,
                            {"anlegg", title, templateName(file), status, std::move(scripts),
                             std::move(styles)},
                            content);
}

// ---- Form fields through felt.tpl ----

struct Field {
  std::string name;       ///< input name (and id)
  std::string label_key;
  std::string value;
  std::string hint_key;
  std::string error;      ///< already Norwegian text
};

Dictionary* addField(Dictionary& parent, std::string_view include, std::string_view kind,
                     const Field& field) {
  auto* include_dict = parent.AddIncludeDictionary(std::string(include));
  include_dict->SetFilename(templateName("felt.tpl"));
  auto* d = include_dict->AddSectionDictionary(std::string(kind));
  web::setValue(*d, "ID", field.name);
  web::setValue(*d, "NAME", field.name);
  web::setValue(*d, "LABEL", text(field.label_key));
  web::setValue(*d, "VALUE", field.value);
  std::string described;
  if (!field.hint_key.empty()) {
    web::addTextSection(*d, "HINT", text(field.hint_key));
    described = field.name + "-hjelp";
  }
  if (!field.error.empty()) {
    web::addTextSection(*d, "ERROR", field.error);
    d->ShowSection("INVALID");
    described += (described.empty() ? "" : " ") + field.name + "-feil";
  }
  if (!described.empty()) web::setValue(*d->AddSectionDictionary("DESCRIBED"), "IDS", described);
  return d;
}

void addInput(Dictionary& parent, std::string_view include, const Field& field,
              std::string_view type = "text", std::string_view inputmode = {},
              std::string_view autocomplete = {}) {
  auto* d = addField(parent, include, "INPUT", field);
  web::setValue(*d, "TYPE", type);
  if (!inputmode.empty()) web::setValue(*d->AddSectionDictionary("INPUTMODE"), "MODE", inputmode);
  if (!autocomplete.empty()) web::setValue(*d->AddSectionDictionary("AUTOCOMPLETE"), "VALUE", autocomplete);
}

void addTextarea(Dictionary& parent, std::string_view include, const Field& field, int rows = 3) {
  auto* d = addField(parent, include, "TEXTAREA", field);
  web::setValue(*d, "ROWS", std::to_string(rows));
}

void addSelect(Dictionary& parent, std::string_view include, const Field& field,
               const std::vector<std::pair<std::string, std::string>>& options) {
  auto* d = addField(parent, include, "SELECT", field);
  for (const auto& [value, label] : options) {
    auto* option = d->AddSectionDictionary("OPTION");
    web::setValue(*option, "VALUE", value);
    web::setValue(*option, "LABEL", label);
    if (value == field.value) option->ShowSection("SELECTED");
  }
}

void addFractionBoxes(Dictionary& parent, std::string_view include, const Field& field,
                      const std::vector<std::string>& checked) {
  auto* d = addField(parent, include, "CHECKBOXES", field);
  for (const auto& group : fractionGroups()) {
    auto* box = d->AddSectionDictionary("BOX");
    web::setValue(*box, "BOX_ID", field.name + "-" + std::string(group.key));
    web::setValue(*box, "VALUE", group.key);
    std::string label = text(group.label_key);
    if (!group.eal_code.empty()) label += " (EAL " + std::string(group.eal_code) + ")";
    web::setValue(*box, "LABEL", label);
    if (std::find(checked.begin(), checked.end(), group.key) != checked.end()) box->ShowSection("CHECKED");
  }
}

std::vector<std::pair<std::string, std::string>> kindOptions(std::string_view empty_key) {
  std::vector<std::pair<std::string, std::string>> out{{"", text(empty_key)}};
  for (const auto& kind : siteKinds()) out.emplace_back(kind.key, text(kind.label_key));
  return out;
}

std::vector<std::pair<std::string, std::string>> fractionOptions() {
  std::vector<std::pair<std::string, std::string>> out{{"", text("registry.site.filter.any_fraction")}};
  for (const auto& g : fractionGroups()) out.emplace_back(g.key, text(g.label_key));
  return out;
}

std::vector<std::pair<std::string, std::string>> municipalityOptions() {
  std::vector<std::pair<std::string, std::string>> out{{"", text("registry.site.filter.any_municipality")}};
  for (const auto& m : geo::regionMunicipalities()) {
    out.emplace_back(std::string(m.number), std::string(m.name) + " (" + std::string(m.number) + ")");
  }
  return out;
}

// ---- /anlegg ----

using SortOption = common::SortOption<SiteSort>;
constexpr auto& kSorts = kSiteSorts;

std::string fieldErrorText(const std::vector<FieldError>& errors, std::string_view field) {
  for (const auto& e : errors) {
    if (e.field == field) return text(e.message_key);
  }
  return {};
}

// The tag says whether the site may receive masses ("Mangler gyldig tillatelse"); why not
// (expired, not yet valid) follows as plain text, so the tag stays short enough for a phone.
void setStatus(Dictionary& d, SiteStatus status) {
  web::setValue(d, "STATUS", text("registry.site.status_short." + std::string(siteStatusKey(status))));
  web::setValue(d, "STATUS_COLOR", siteStatusColor(status));
  if (status == SiteStatus::Expired) web::addTextSection(d, "STATUS_REASON", text("registry.permit.status.utlopt"));
  if (status == SiteStatus::NotYetValid) {
    web::addTextSection(d, "STATUS_REASON", text("registry.permit.status.ikke_gyldig_enna"));
  }
}

void fillRow(Dictionary& row, const SiteSummary& s) {
  web::setValue(row, "ID", s.site.id);
  web::setValue(row, "NAME", s.site.name);
  // An unclaimed imported site is held by the source agency, which is not its owner.
  const bool unclaimed = !s.site.import_source.empty() && !s.site.claimed_at;
  web::setValue(row, "OWNER", unclaimed ? i18n::catalog().format("registry.site.list_imported",
                                                                 {{"source", text("registry.site.import_source." +
                                                                                  s.site.import_source)}})
                                        : s.organisation_name);
  web::setValue(row, "KIND", kindLabel(s.site.kind));
  web::setValue(row, "MUNICIPALITY", municipalityText(s.site.municipality_number));
  const std::string remaining = formatTonnes(s.site.remaining_kg);
  web::setValue(row, "REMAINING", remaining.empty() ? text("registry.site.unknown") : remaining);
  setStatus(row, s.status);
  if (s.site.is_demo) row.ShowSection("DEMO");
}

http::Response listPage(const SiteService& service, const web::Renderer& renderer,
                        const http::Request& request) {
  Dictionary content("anlegg");
  std::vector<FieldError> errors;
  const SiteFilter filter = readSiteFilter(request, errors);
  const SortOption* sort = &common::chosenSort<SiteSort>(request, kSorts);
  const bool map_view = request.queryParam("visning").value_or("") == "kart";
  const std::int64_t page_number = common::pageNumber(request);
  const auto result = service.list(filter, sort->sort, (page_number - 1) * kPageSize, kPageSize);

  const auto q = [&](std::string_view name) { return request.queryParam(name).value_or(""); };
  addInput(content, "FILTER_FIELD", {"q", "registry.site.filter.search", q("q"), "", fieldErrorText(errors, "q")},
           "search");
  addSelect(content, "FILTER_FIELD",
            {"kategori", "registry.site.filter.kind", q("kategori"), "", fieldErrorText(errors, "kategori")},
            kindOptions("registry.site.filter.any_kind"));
  addSelect(content, "FILTER_FIELD",
            {"kommune", "registry.site.filter.municipality", q("kommune"), "", fieldErrorText(errors, "kommune")},
            municipalityOptions());
  addSelect(content, "FILTER_FIELD",
            {"fraksjon", "registry.site.filter.fraction", q("fraksjon"), "", fieldErrorText(errors, "fraksjon")},
            fractionOptions());
  addInput(content, "FILTER_FIELD",
           {"gyldig_dato", "registry.site.filter.valid_on", q("gyldig_dato"),
            "registry.site.filter.valid_on_hint", fieldErrorText(errors, "gyldig_dato")},
           "date");
  addInput(content, "FILTER_FIELD",
           {"ledig_kapasitet", "registry.site.filter.capacity", q("ledig_kapasitet"),
            "registry.site.filter.capacity_hint", fieldErrorText(errors, "ledig_kapasitet")},
           "text", "decimal");
  std::vector<std::pair<std::string, std::string>> sorts;
  for (const auto& option : kSorts) sorts.emplace_back(option.value, text(option.label_key));
  addSelect(content, "FILTER_FIELD", {"sorter", "registry.site.filter.sort", std::string(sort->value), "", ""},
            sorts);

  const std::string filters = filterQuery(request);
  const auto href = [&](bool map, std::int64_t target_page) {
    std::string out = "/anlegg?";
    if (!filters.empty()) out += filters + "&";
    out += "sorter=" + std::string(sort->value);
    if (map) out += "&visning=kart";
    if (target_page > 1) out += "&side=" + std::to_string(target_page);
    return out;
  };
  web::setValue(content, "VIEW", map_view ? "kart" : "liste");
  web::setValue(content, "LIST_HREF", href(false, 1));
  web::setValue(content, "MAP_HREF", href(true, 1));
  content.ShowSection(map_view ? "MAP_CURRENT" : "LIST_CURRENT");
  if (map_view) {
    auto* map = content.AddSectionDictionary("MAP");
    web::setValue(*map, "GEOJSON_URL", "/api/v1/anlegg?format=geojson&limit=" + std::to_string(kMapLimit) +
                                 (filters.empty() ? "" : "&" + filters));
  }
  if (request.principal && auth::allowed(request.principal.get(), kEditPermission)) {
    content.ShowSection("MAY_CREATE");
  }
  // The imports part declares registry.import.run; the key is data, so no include is needed.
  if (request.principal && auth::allowed(request.principal.get(), "registry.import.run")) {
    content.ShowSection("MAY_IMPORT");
  }
  web::setValue(content, "COUNT_TEXT",
      i18n::catalog().format("registry.site.list.count", {{"count", std::to_string(result.total)}}));
  if (result.items.empty()) {
    auto* empty = content.AddSectionDictionary("EMPTY");
    if (!filters.empty()) empty->ShowSection("FILTERED");
  } else {
    content.ShowSection("HAS_ROWS");
  }
  for (const auto& s : result.items) fillRow(*content.AddSectionDictionary("ROW"), s);
  common::addPagination(content, result.total, kPageSize, page_number,
                        [&](std::int64_t target) { return href(map_view, target); },
                        "registry.site.list.page_of");
  std::vector<std::string> scripts;
  std::vector<std::string> styles;
  if (map_view) {
    scripts.emplace_back("map.js");
    styles.emplace_back("map.css");
  }
  return page(renderer, request, text("registry.site.list.title"), "liste.tpl", content, 200,
              std::move(scripts), std::move(styles));
}

// ---- /anlegg/{id} ----

std::string distanceText(double metres) {
  char buffer[32];
  if (metres < 1000) {
    std::snprintf(buffer, sizeof buffer, "%.0f m", std::round(metres / 10) * 10);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f km", metres / 1000);
  }
  std::string out = buffer;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

http::Response detailPage(const SiteService& service, const web::Renderer& renderer,
                          const http::Request& request) {
  const auto summary = service.get(request.pathParam("id"));
  const Site& s = summary.site;
  const auth::Principal* actor = request.principal.get();
  Dictionary content("anlegg_detalj");
  web::setValue(content, "ID", s.id);
  web::setValue(content, "NAME", s.name);
  web::setValue(content, "KIND", kindLabel(s.kind));
  if (s.is_demo) content.ShowSection("DEMO");
  setStatus(content, summary.status);
  if (!hasValidPermit(summary.status)) {
    web::addTextSection(content, "NO_VALID_PERMIT", text("registry.site.status.explain." + std::string(siteStatusKey(summary.status))));
  } else if (summary.status == SiteStatus::ExpiringSoon) {
    web::addTextSection(content, "EXPIRING", text("registry.site.status.explain.utloper_snart"));
  }
  if (request.queryParam("lagret")) web::addTextSection(content, "FLASH", text("registry.site.saved"));
  if (request.queryParam("tillatelse_lagret")) web::addTextSection(content, "FLASH", text("registry.permit.saved"));
  if (request.queryParam("dokument_lastet_opp")) web::addTextSection(content, "FLASH", text("registry.permit.document.uploaded"));
  if (request.queryParam("dokument_fjernet")) web::addTextSection(content, "FLASH", text("registry.permit.document.removed"));
  if (!s.description.empty()) web::addTextSection(content, "DESCRIPTION", s.description);
  const bool may_edit = service.mayEdit(actor, s);
  if (may_edit) web::setValue(*content.AddSectionDictionary("EDIT"), "ID", s.id);
  if (!s.import_source.empty()) {
    // Imported from a public register: the agency only holds the record until the operator
    // claims it, so it is not presented as the owner.
    const std::string source_name = text("registry.site.import_source." + s.import_source);
    auto* imported = content.AddSectionDictionary("IMPORTED");
    web::setValue(*imported, "TEXT", i18n::catalog().format(
        s.claimed_at ? "registry.site.imported_claimed" : "registry.site.imported_unclaimed",
        {{"source", source_name}, {"licence", s.import_licence}}));
    if (!s.source_url.empty()) web::setValue(*imported->AddSectionDictionary("FACT_SHEET"), "URL", s.source_url);
    if (s.vanished_at) web::addTextSection(content, "VANISHED", i18n::catalog().format(
        "registry.site.import_vanished", {{"source", source_name}}));
    if (!s.claimed_at) {
      content.ShowSection("UNCLAIMED_OWNER");
      if (actor != nullptr && !s.vanished_at) web::setValue(*content.AddSectionDictionary("CLAIM"), "ID", s.id);
    } else if (auth::allowed(actor, "registry.import.claim.undo")) {
      // A claim by the wrong company is put right by a platform administrator.
      auto* undo = content.AddSectionDictionary("UNDO_CLAIM");
      web::setValue(*undo, "ID", s.id);
      web::setValue(*undo, "CSRF_TOKEN", actor->csrf_token);
    }
  }
  if (s.import_source.empty() || s.claimed_at) {
    auto* owner = content.AddSectionDictionary("OWNER_ROW");
    web::setValue(*owner, "OWNER", summary.organisation_name);
    web::setValue(*owner, "OWNER_NUMBER", summary.organisation_number);
  }
  if (request.queryParam("krav")) web::addTextSection(content, "FLASH", text("registry.site.claim.done"));
  if (request.queryParam("krav_angret")) web::addTextSection(content, "FLASH", text("registry.site.claim.undone"));
  if (!s.address.empty()) web::addTextSection(content, "ADDRESS", s.address);
  web::setValue(content, "MUNICIPALITY", municipalityText(s.municipality_number));
  web::setValue(content, "LATLON", geo::formatLatLon({s.lat, s.lon}));
  web::setValue(content, "UTM33", geo::formatUtm33(geo::toUtm33({s.lat, s.lon})));
  if (!s.area_geojson.empty()) content.ShowSection("AREA");
  if (!s.opening_hours.empty()) web::addTextSection(content, "OPENING", s.opening_hours);
  if (s.fraction_groups.empty()) {
    content.ShowSection("NO_FRACTIONS");
  } else {
    auto* list = content.AddSectionDictionary("FRACTIONS");
    for (const auto& key : s.fraction_groups) {
      const auto* group = findFractionGroup(key);
      auto* item = list->AddSectionDictionary("FRACTION");
      web::setValue(*item, "LABEL", group != nullptr ? text(group->label_key) : key);
      if (group != nullptr && !group->eal_code.empty()) web::setValue(*item->AddSectionDictionary("EAL"), "CODE", group->eal_code);
    }
  }
  const auto orUnknown = [](std::string value) { return value.empty() ? text("registry.site.unknown") : value; };
  web::setValue(content, "CAPACITY", orUnknown(formatTonnes(s.capacity_kg_per_year)));
  web::setValue(content, "REMAINING", orUnknown(formatTonnes(s.remaining_kg)));
  if (s.fee_ore_per_tonne && (s.publish_fees || actor != nullptr)) {
    auto* fee = content.AddSectionDictionary("FEE");
    web::setValue(*fee, "TEXT", formatFee(s.fee_ore_per_tonne));
    if (!s.publish_fees) fee->ShowSection("UNPUBLISHED");
  }
  if (actor != nullptr) {
    if (!s.contact_name.empty() || !s.contact_phone.empty() || !s.contact_email.empty()) {
      auto* contact = content.AddSectionDictionary("CONTACT");
      web::setValue(*contact, "NAME", s.contact_name);
      if (!s.contact_phone.empty()) web::addTextSection(*contact, "PHONE", s.contact_phone);
      if (!s.contact_email.empty()) web::addTextSection(*contact, "EMAIL", s.contact_email);
    }
  } else {
    content.ShowSection("CONTACT_LOGIN");
  }
  web::setValue(content, "SOURCE", text(s.source == "import" ? "registry.site.source.import" : "registry.site.source.own"));

  const std::string day = today();
  if (summary.permits.empty()) {
    content.ShowSection("NO_PERMITS");
  } else {
    content.ShowSection("HAS_PERMITS");
  }
  for (const auto& p : summary.permits) {
    auto* row = content.AddSectionDictionary("PERMIT");
    const auto* type = findPermitType(p.type);
    web::setValue(*row, "ID", p.id);
    web::setValue(*row, "SITE_ID", s.id);
    web::setValue(*row, "TYPE", type != nullptr ? text(type->label_key) : p.type);
    web::setValue(*row, "AUTHORITY", p.authority);
    if (!p.reference.empty()) web::addTextSection(*row, "REFERENCE", p.reference);
    if (!p.document_url.empty()) web::setValue(*row->AddSectionDictionary("DOCUMENT"), "URL", p.document_url);
    if (p.document) {
      // The PDF is for logged-in users only (issue 4 item 8); others learn that it exists.
      if (actor != nullptr) {
        auto* pdf = row->AddSectionDictionary("PDF");
        web::setValue(*pdf, "HREF", permitDocumentPath(s.id, p.id));
        web::setValue(*pdf, "TEXT", i18n::catalog().format("registry.permit.document.download",
                                                           {{"size", displayFileSize(p.document->size_bytes)}}));
      } else {
        web::setValue(*row->AddSectionDictionary("PDF_LOGIN"), "HREF",
                      "/logg-inn?neste=" + text::percentEncode("/anlegg/" + s.id));
      }
    }
    if (may_edit) {
      row->ShowSection("EDIT");
      web::setValue(*row, "UPLOAD_TEXT", text(p.document ? "registry.permit.document.replace_link"
                                                         : "registry.permit.document.upload_link"));
    }
    web::setValue(*row, "PERIOD", displayDate(p.valid_from) + " – " +
                            (p.valid_to ? displayDate(*p.valid_to) : text("registry.permit.open_ended")));
    web::setValue(*row, "FRACTIONS", p.fraction_groups.empty() ? text("registry.site.none") : fractionLabels(p.fraction_groups));
    std::string limits;
    if (p.max_condition_class) limits = text("registry.permit.highest_class") + " TK" + std::to_string(*p.max_condition_class);
    if (p.max_annual_kg) {
      if (!limits.empty()) limits += ", ";
      limits += i18n::catalog().format("registry.permit.max_per_year", {{"amount", formatTonnes(p.max_annual_kg)}});
    }
    web::setValue(*row, "LIMITS", limits.empty() ? "–" : limits);
    const auto status = permitStatus(p, day);
    web::setValue(*row, "STATUS", text(permitStatusLabelKey(status)));
    web::setValue(*row, "STATUS_COLOR", permitStatusColor(status));
  }

  const auto near = service.nearby(s);
  if (near.empty()) {
    content.ShowSection("NO_NEARBY");
  } else {
    content.ShowSection("HAS_NEARBY");
  }
  for (const auto& n : near) {
    auto* item = content.AddSectionDictionary("NEARBY");
    web::setValue(*item, "ID", n.summary.site.id);
    web::setValue(*item, "NAME", n.summary.site.name);
    web::setValue(*item, "KIND", kindLabel(n.summary.site.kind));
    web::setValue(*item, "DISTANCE", distanceText(n.distance_m));
    setStatus(*item, n.summary.status);
  }
  history::addHistory(content, service.fullHistory(summary));
  return page(renderer, request, s.name, "anlegg.tpl", content);
}

// ---- Site form ----

// The form's own names for the quantities it takes in tonnes and kroner.
constexpr std::pair<std::string_view, std::string_view> kFormFieldFor[] = {
    {"kapasitet_kg_per_ar", "kapasitet_tonn"},
    {"ledig_kapasitet_kg", "ledig_tonn"},
    {"gebyr_ore_per_tonn", "gebyr_kr"},
    {"maks_mengde_kg_per_ar", "maks_tonn"},
};

std::string formName(const std::string& field) {
  for (const auto& [api, form] : kFormFieldFor) {
    if (api == field) return std::string(form);
  }
  return field;
}

std::map<std::string, std::string> errorsByField(const Error* error) {
  std::map<std::string, std::string> out;
  if (error == nullptr) return out;
  for (const auto& e : error->fields()) out.emplace(formName(e.field), text(e.message_key));
  return out;
}

void addErrorSummary(Dictionary& content, const Error* error) {
  if (error == nullptr || error->fields().empty()) return;
  auto* summary = content.AddSectionDictionary("ERRORS");
  for (const auto& e : error->fields()) {
    auto* item = summary->AddSectionDictionary("ERROR");
    web::setValue(*item, "ID", formName(e.field));
    web::setValue(*item, "TEXT", text(e.message_key));
  }
}

using FormValues = std::map<std::string, std::string>;

std::string tonnesText(const std::optional<std::int64_t>& kg) {
  if (!kg) return {};
  std::string out = std::to_string(*kg / 1000);
  if (*kg % 1000 != 0) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, ",%03lld", static_cast<long long>(*kg % 1000));
    std::string d = buffer;
    while (d.back() == '0') d.pop_back();
    out += d;
  }
  return out;
}

std::string kronerText(const std::optional<std::int64_t>& ore) {
  if (!ore) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld,%02lld", static_cast<long long>(*ore / 100),
                static_cast<long long>(*ore % 100));
  return buffer;
}

FormValues siteValues(const Site& s) {
  char lat[32];
  char lon[32];
  std::snprintf(lat, sizeof lat, "%.6f", s.lat);
  std::snprintf(lon, sizeof lon, "%.6f", s.lon);
  return {{"kategori", s.kind}, {"navn", s.name}, {"beskrivelse", s.description},
          {"adresse", s.address}, {"lat", lat}, {"lon", lon}, {"kommunenummer", s.municipality_number},
          {"omrade", s.area_geojson}, {"apningstider", s.opening_hours},
          {"kontakt_navn", s.contact_name}, {"kontakt_telefon", s.contact_phone},
          {"kontakt_epost", s.contact_email}, {"kapasitet_tonn", tonnesText(s.capacity_kg_per_year)},
          {"ledig_tonn", tonnesText(s.remaining_kg)}, {"gebyr_kr", kronerText(s.fee_ore_per_tonne)},
          {"publiser_gebyr", s.publish_fees ? "ja" : ""}};
}

FormValues postedValues(const http::Request& request) {
  FormValues out;
  for (const auto& [key, value] : request.formFields()) {
    if (key == "fraksjonsgrupper" || key == "csrf_token") continue;
    out.emplace(key, value);
  }
  return out;
}

SiteInput siteInputFromForm(const http::Request& request) {
  SiteInput input;
  input.kind = request.formField("kategori");
  input.name = request.formField("navn");
  input.description = request.formField("beskrivelse");
  input.address = request.formField("adresse");
  input.lat = request.formField("lat");
  input.lon = request.formField("lon");
  input.area_geojson = request.formField("omrade");
  input.municipality_number = request.formField("kommunenummer");
  input.opening_hours = request.formField("apningstider");
  input.contact_name = request.formField("kontakt_navn");
  input.contact_phone = request.formField("kontakt_telefon");
  input.contact_email = request.formField("kontakt_epost");
  input.fraction_groups = request.formValues("fraksjonsgrupper");
  const auto tonnes = [&](std::string_view name, std::string field) {
    bool ok = true;
    auto kg = parseTonnesToKg(request.formField(name), ok);
    if (!ok) input.errors.push_back({std::move(field), "registry.site.error.tonnes"});
    return kg;
  };
  input.capacity_kg_per_year = tonnes("kapasitet_tonn", "kapasitet_kg_per_ar");
  input.remaining_kg = tonnes("ledig_tonn", "ledig_kapasitet_kg");
  bool ok = true;
  input.fee_ore_per_tonne = parseKronerToOre(request.formField("gebyr_kr"), ok);
  if (!ok) input.errors.push_back({"gebyr_ore_per_tonn", "registry.site.error.kroner"});
  input.publish_fees = request.formField("publiser_gebyr") == "ja";
  return input;
}

http::Response siteForm(const SiteService& service, const web::Renderer& renderer,
                        const http::Request& request, const std::optional<SiteSummary>& existing,
                        const FormValues& values, const std::vector<std::string>& fractions,
                        const Error* error) {
  const auth::Principal& actor = *request.principal;
  Dictionary content("anlegg_skjema");
  const std::string title = existing ? i18n::catalog().format("registry.site.form.edit_title", {{"name", existing->site.name}})
                                     : text("registry.site.form.new_title");
  web::setValue(content, "TITLE", title);
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "ACTION", existing ? "/anlegg/" + existing->site.id + "/endre" : "/anlegg/ny");
  web::setValue(content, "CANCEL_HREF", existing ? "/anlegg/" + existing->site.id : "/anlegg");
  web::setValue(content, "SUBMIT", text(existing ? "registry.site.form.save" : "registry.site.form.create"));
  web::addTextSection(content, "LEAD", text("registry.site.form.lead"));
  if (existing) {
    auto* parent = content.AddSectionDictionary("PARENT");
    web::setValue(*parent, "HREF", "/anlegg/" + existing->site.id);
    web::setValue(*parent, "NAME", existing->site.name);
  }
  addErrorSummary(content, error);
  const auto errors = errorsByField(error);
  const auto value = [&](const std::string& name) {
    const auto it = values.find(name);
    return it == values.end() ? std::string() : it->second;
  };
  const auto field = [&](const std::string& name, std::string label_key, std::string hint_key = {}) {
    const auto it = errors.find(name);
    return Field{name, std::move(label_key), value(name), std::move(hint_key),
                 it == errors.end() ? std::string() : it->second};
  };
  if (!existing) {
    std::vector<std::pair<std::string, std::string>> owners;
    for (const auto& choice : service.ownerChoices(actor)) {
      owners.emplace_back(choice.organisation_number, choice.name);
    }
    addSelect(content, "TOP_FIELD", field("organisasjonsnummer", "registry.site.field.owner", "registry.site.form.owner_hint"),
              owners);
  }
  addSelect(content, "TOP_FIELD", field("kategori", "registry.site.field.kind"), kindOptions("registry.site.form.choose_kind"));
  addInput(content, "TOP_FIELD", field("navn", "registry.site.field.name"));
  addTextarea(content, "TOP_FIELD", field("beskrivelse", "registry.site.field.description", "registry.site.form.description_hint"));
  content.ShowSection("ADDRESS_GROUP");
  addInput(content, "ADDRESS_FIELD", field("adresse", "registry.site.field.address"), "text", {}, "off");
  addInput(content, "ADDRESS_FIELD", field("lat", "registry.site.field.lat", "registry.site.form.lat_hint"), "text", "decimal");
  addInput(content, "ADDRESS_FIELD", field("lon", "registry.site.field.lon", "registry.site.form.lon_hint"), "text", "decimal");
  addInput(content, "ADDRESS_FIELD", field("kommunenummer", "registry.site.field.municipality_number", "registry.site.form.municipality_hint"),
           "text", "numeric");
  addTextarea(content, "BOTTOM_FIELD", field("omrade", "registry.site.field.area", "registry.site.form.area_hint"), 3);
  addTextarea(content, "BOTTOM_FIELD", field("apningstider", "registry.site.field.opening_hours"), 2);
  addFractionBoxes(content, "BOTTOM_FIELD", field("fraksjonsgrupper", "registry.site.field.fractions", "registry.site.form.fractions_hint"),
                   fractions);
  addInput(content, "BOTTOM_FIELD", field("kapasitet_tonn", "registry.site.form.capacity_tonnes"), "text", "decimal");
  addInput(content, "BOTTOM_FIELD", field("ledig_tonn", "registry.site.form.remaining_tonnes"), "text", "decimal");
  addInput(content, "BOTTOM_FIELD", field("gebyr_kr", "registry.site.form.fee_kroner", "registry.site.form.fee_hint"), "text", "decimal");
  addSelect(content, "BOTTOM_FIELD", field("publiser_gebyr", "registry.site.field.publish_fees"),
            {{"", text("registry.site.form.fee_private")}, {"ja", text("registry.site.form.fee_public")}});
  addInput(content, "BOTTOM_FIELD", field("kontakt_navn", "registry.site.field.contact_name", "registry.site.form.contact_hint"),
           "text", {}, "name");
  addInput(content, "BOTTOM_FIELD", field("kontakt_telefon", "registry.site.field.contact_phone"), "tel", "tel", "tel");
  addInput(content, "BOTTOM_FIELD", field("kontakt_epost", "registry.site.field.contact_email"), "email", "email", "email");
  const int status = error == nullptr ? 200 : 422;
  return page(renderer, request, title, "skjema.tpl", content, status, {"address-search.js"});
}

http::Response newSiteForm(const SiteService& service, const web::Renderer& renderer,
                           const http::Request& request) {
  auth::require(request, kEditPermission);
  return siteForm(service, renderer, request, std::nullopt, {}, {}, nullptr);
}

http::Response createSite(const SiteService& service, const web::Renderer& renderer,
                          const http::Request& request) {
  auth::require(request, kEditPermission);
  const std::string owner = request.formField("organisasjonsnummer");
  try {
    const auto site = service.create(*request.principal, owner, siteInputFromForm(request));
    return http::Response::redirect("/anlegg/" + site.id + "?lagret=1");
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::Validation) throw;
    return siteForm(service, renderer, request, std::nullopt, postedValues(request),
                    request.formValues("fraksjonsgrupper"), &e);
  }
}

http::Response editSiteForm(const SiteService& service, const web::Renderer& renderer,
                            const http::Request& request) {
  const auto summary = service.get(request.pathParam("id"));
  auth::require(request, kEditPermission, summary.site.organisation_id);
  return siteForm(service, renderer, request, summary, siteValues(summary.site),
                  summary.site.fraction_groups, nullptr);
}

http::Response updateSite(const SiteService& service, const web::Renderer& renderer,
                          const http::Request& request) {
  const auto summary = service.get(request.pathParam("id"));
  auth::require(request, kEditPermission, summary.site.organisation_id);
  try {
    service.update(*request.principal, summary.site.id, siteInputFromForm(request));
    return http::Response::redirect("/anlegg/" + summary.site.id + "?lagret=1");
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::Validation) throw;
    return siteForm(service, renderer, request, summary, postedValues(request),
                    request.formValues("fraksjonsgrupper"), &e);
  }
}

// ---- Permit form ----

FormValues permitValues(const Permit& p) {
  return {{"type", p.type}, {"myndighet", p.authority}, {"referanse", p.reference},
          {"gyldig_fra", p.valid_from}, {"gyldig_til", p.valid_to.value_or("")},
          {"hoyeste_tilstandsklasse", p.max_condition_class ? "TK" + std::to_string(*p.max_condition_class) : ""},
          {"maks_tonn", tonnesText(p.max_annual_kg)}, {"dokument_url", p.document_url}};
}

PermitInput permitInputFromForm(const http::Request& request) {
  PermitInput input;
  input.type = request.formField("type");
  input.authority = request.formField("myndighet");
  input.reference = request.formField("referanse");
  input.valid_from = request.formField("gyldig_fra");
  input.valid_to = request.formField("gyldig_til");
  input.max_condition_class = request.formField("hoyeste_tilstandsklasse");
  input.document_url = request.formField("dokument_url");
  input.fraction_groups = request.formValues("fraksjonsgrupper");
  bool ok = true;
  input.max_annual_kg = parseTonnesToKg(request.formField("maks_tonn"), ok);
  if (!ok) input.errors.push_back({"maks_mengde_kg_per_ar", "registry.site.error.tonnes"});
  return input;
}

http::Response permitForm(const web::Renderer& renderer, const http::Request& request,
                          const SiteSummary& site, const std::optional<Permit>& existing,
                          const FormValues& values, const std::vector<std::string>& fractions,
                          const Error* error) {
  Dictionary content("tillatelse_skjema");
  const std::string title = existing ? text("registry.permit.form.edit_title") : text("registry.permit.form.new_title");
  web::setValue(content, "TITLE", title);
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  const std::string base = "/anlegg/" + site.site.id + "/tillatelser/";
  web::setValue(content, "ACTION", existing ? base + existing->id + "/endre" : base + "ny");
  web::setValue(content, "CANCEL_HREF", "/anlegg/" + site.site.id);
  web::setValue(content, "SUBMIT", text(existing ? "registry.site.form.save" : "registry.permit.form.create"));
  web::addTextSection(content, "LEAD", i18n::catalog().format("registry.permit.form.lead", {{"site", site.site.name}}));
  web::addTextSection(content, "NOTE", text("registry.permit.form.document_note"));
  auto* parent = content.AddSectionDictionary("PARENT");
  web::setValue(*parent, "HREF", "/anlegg/" + site.site.id);
  web::setValue(*parent, "NAME", site.site.name);
  addErrorSummary(content, error);
  const auto errors = errorsByField(error);
  const auto field = [&](const std::string& name, std::string label_key, std::string hint_key = {}) {
    const auto it = errors.find(name);
    const auto v = values.find(name);
    return Field{name, std::move(label_key), v == values.end() ? std::string() : v->second,
                 std::move(hint_key), it == errors.end() ? std::string() : it->second};
  };
  std::vector<std::pair<std::string, std::string>> types{{"", text("registry.permit.form.choose_type")}};
  for (const auto& t : permitTypes()) types.emplace_back(t.key, text(t.label_key));
  addSelect(content, "TOP_FIELD", field("type", "registry.permit.field.type"), types);
  addInput(content, "TOP_FIELD", field("myndighet", "registry.permit.field.authority", "registry.permit.form.authority_hint"));
  addInput(content, "TOP_FIELD", field("referanse", "registry.permit.field.reference"));
  addInput(content, "TOP_FIELD", field("gyldig_fra", "registry.permit.field.valid_from", "registry.permit.form.date_hint"), "date");
  addInput(content, "TOP_FIELD", field("gyldig_til", "registry.permit.field.valid_to", "registry.permit.form.valid_to_hint"), "date");
  addFractionBoxes(content, "BOTTOM_FIELD", field("fraksjonsgrupper", "registry.permit.field.fractions"), fractions);
  addSelect(content, "BOTTOM_FIELD", field("hoyeste_tilstandsklasse", "registry.permit.field.condition_class", "registry.permit.form.condition_hint"),
            {{"", text("registry.permit.form.no_class")}, {"TK1", "TK1"}, {"TK2", "TK2"}, {"TK3", "TK3"},
             {"TK4", "TK4"}, {"TK5", "TK5"}});
  addInput(content, "BOTTOM_FIELD", field("maks_tonn", "registry.permit.form.max_tonnes"), "text", "decimal");
  addInput(content, "BOTTOM_FIELD", field("dokument_url", "registry.permit.field.document_url", "registry.permit.form.url_hint"), "url", "url");
  return page(renderer, request, title, "skjema.tpl", content, error == nullptr ? 200 : 422);
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const SiteService> service,
                        const web::Renderer& renderer) {
  const auto* view = &renderer;
  const auto add = [&](http::Method method, std::string pattern,
                       http::Response (*handler)(const SiteService&, const web::Renderer&, const http::Request&)) {
    router.add({method, std::move(pattern), http::Audience::Page,
                [service, view, handler](http::Request& request) { return handler(*service, *view, request); },
                {}});
  };
  add(http::Method::Get, "/anlegg", &listPage);
  add(http::Method::Get, "/anlegg/ny", &newSiteForm);
  add(http::Method::Post, "/anlegg/ny", &createSite);
  add(http::Method::Get, "/anlegg/{id}", &detailPage);
  add(http::Method::Get, "/anlegg/{id}/endre", &editSiteForm);
  add(http::Method::Post, "/anlegg/{id}/endre", &updateSite);
  add(http::Method::Get, "/anlegg/{id}/tillatelser/ny",
      [](const SiteService& s, const web::Renderer& r, const http::Request& request) {
        const auto site = s.get(request.pathParam("id"));
        auth::require(request, kEditPermission, site.site.organisation_id);
        return permitForm(r, request, site, std::nullopt, {}, {}, nullptr);
      });
  add(http::Method::Post, "/anlegg/{id}/tillatelser/ny",
      [](const SiteService& s, const web::Renderer& r, const http::Request& request) {
        const auto site = s.get(request.pathParam("id"));
        auth::require(request, kEditPermission, site.site.organisation_id);
        try {
          s.addPermit(*request.principal, site.site.id, permitInputFromForm(request));
          return http::Response::redirect("/anlegg/" + site.site.id + "?tillatelse_lagret=1#tillatelser");
        } catch (const Error& e) {
          if (e.kind() != ErrorKind::Validation) throw;
          return permitForm(r, request, site, std::nullopt, postedValues(request),
                            request.formValues("fraksjonsgrupper"), &e);
        }
      });
  add(http::Method::Get, "/anlegg/{id}/tillatelser/{permitId}/endre",
      [](const SiteService& s, const web::Renderer& r, const http::Request& request) {
        const auto site = s.get(request.pathParam("id"));
        auth::require(request, kEditPermission, site.site.organisation_id);
        const auto permit = s.getPermit(site.site.id, request.pathParam("permitId"));
        return permitForm(r, request, site, permit, permitValues(permit), permit.fraction_groups, nullptr);
      });
  add(http::Method::Post, "/anlegg/{id}/tillatelser/{permitId}/endre",
      [](const SiteService& s, const web::Renderer& r, const http::Request& request) {
        const auto site = s.get(request.pathParam("id"));
        auth::require(request, kEditPermission, site.site.organisation_id);
        const auto permit = s.getPermit(site.site.id, request.pathParam("permitId"));
        try {
          s.updatePermit(*request.principal, site.site.id, permit.id, permitInputFromForm(request));
          return http::Response::redirect("/anlegg/" + site.site.id + "?tillatelse_lagret=1#tillatelser");
        } catch (const Error& e) {
          if (e.kind() != ErrorKind::Validation) throw;
          return permitForm(r, request, site, permit, postedValues(request),
                            request.formValues("fraksjonsgrupper"), &e);
        }
      });
}

}  // namespace masseflyt::registry::sites
