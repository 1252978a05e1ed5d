#include "modules/masses/listings/web/listing_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "modules/masses/listings/api/listing_api.hpp"
#include "modules/masses/listings/api/listing_json.hpp"
#include "modules/masses/listings/app/listing_query.hpp"
#include "modules/masses/listings/permissions.hpp"
#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/history/history_view.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::masses::listings {
namespace {

constexpr std::string_view kTemplates = "modules/masses/listings/web/templates/";
constexpr std::int64_t kPageSize = 25;
constexpr std::int64_t kMapLimit = 200;
constexpr std::int64_t kDownloadLimit = 10'000;
// Empty phase rows a form offers: a year by month. A listing with more phases gets a few empty
// rows after its own, so editing never drops phases the form cannot show.
constexpr int kPhaseRows = 12;
constexpr int kExtraPhaseRows = 4;

using Dictionary = ctemplate::TemplateDictionary;
using Options = std::vector<std::pair<std::string, std::string>>;

std::string templateName(std::string_view file) { return std::string(kTemplates) + std::string(file); }
std::string text(std::string_view key) { return std::string(i18n::t(key)); }

http::Response page(const web::Renderer& renderer, const http::Request& request, const std::string& title,
                    std::string_view file, const Dictionary& content, int status = 200,
                    std::vector<std::string> scripts = {}, std::vector<std::string> styles = {}) {
  return registry::common::renderPage(
      renderer, request, {"masser", title, templateName(file), status, std::move(scripts), std::move(styles)},
      content);
}

// ---- Form fields through felt.tpl ----

struct Field {
  std::string name;
  std::string label_key;
  std::string value;
  std::string hint_key;
  std::string error;
};

Dictionary* addField(Dictionary& parent, std::string_view include, std::string_view kind, const Field& field,
                     const std::string& label = {}) {
  auto* include_dict = parent.AddIncludeDictionary(std::string(include));
  include_dict->SetFilename(templateName("felt.tpl"));
  auto* d = include_dict->AddSectionDictionary(std::string(kind));
  web::setValue(*d, "ID", field.name);
  web::setValue(*d, "NAME", field.name);
  web::setValue(*d, "LABEL", label.empty() ? text(field.label_key) : label);
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

void addInput(Dictionary& parent, std::string_view include, const Field& field, std::string_view type = "text",
              std::string_view inputmode = {}, const std::string& label = {}) {
  auto* d = addField(parent, include, "INPUT", field, label);
  web::setValue(*d, "TYPE", type);
  if (!inputmode.empty()) web::setValue(*d->AddSectionDictionary("INPUTMODE"), "MODE", inputmode);
  if (field.name == "adresse") web::setValue(*d->AddSectionDictionary("AUTOCOMPLETE"), "VALUE", "off");
}

void addTextarea(Dictionary& parent, std::string_view include, const Field& field) {
  auto* d = addField(parent, include, "TEXTAREA", field);
  web::setValue(*d, "ROWS", "4");
}

void addSelect(Dictionary& parent, std::string_view include, const Field& field, const Options& options) {
  auto* d = addField(parent, include, "SELECT", field);
  for (const auto& [value, label] : options) {
    auto* option = d->AddSectionDictionary("OPTION");
    web::setValue(*option, "VALUE", value);
    web::setValue(*option, "LABEL", label);
    if (value == field.value) option->ShowSection("SELECTED");
  }
}

void addBoxes(Dictionary& parent, std::string_view include, const Field& field, const Options& options,
              const std::vector<std::string>& checked) {
  auto* d = addField(parent, include, "CHECKBOXES", field);
  for (const auto& [value, label] : options) {
    auto* box = d->AddSectionDictionary("BOX");
    web::setValue(*box, "BOX_ID", field.name + "-" + value);
    web::setValue(*box, "VALUE", value);
    web::setValue(*box, "LABEL", label);
    if (std::find(checked.begin(), checked.end(), value) != checked.end()) box->ShowSection("CHECKED");
  }
}

std::string fieldError(const std::vector<FieldError>& errors, std::string_view field) {
  for (const auto& e : errors) {
    if (e.field == field) return text(e.message_key);
  }
  return {};
}

Options kindOptions() {
  Options out;
  for (auto k : {Kind::Surplus, Kind::Need, Kind::Capacity}) out.emplace_back(kindKey(k), text(kindLabelKey(k)));
  return out;
}

Options fractionOptions(std::string_view empty_key) {
  Options out{{"", text(empty_key)}};
  for (const auto& f : fractions::catalog().fractions) {
    out.emplace_back(f.key, f.name + " (EAL " + f.eal_code + ")");
  }
  return out;
}

Options groupOptions() {
  Options out{{"", text("masses.listing.filter.any_group")}};
  for (const auto& g : fractions::groups()) out.emplace_back(g.key, text(g.label_key));
  return out;
}

Options municipalityOptions(std::string_view empty_key) {
  Options out{{"", text(empty_key)}};
  for (const auto& m : geo::regionMunicipalities()) out.emplace_back(m.number, std::string(m.name));
  return out;
}

std::string dateText(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

std::string periodText(const Listing& l) { return dateText(l.period_from) + "–" + dateText(l.period_to); }

std::string distanceText(double metres) {
  char buffer[32];
  if (metres < 1000) {
    std::snprintf(buffer, sizeof buffer, "%.0f\u00A0m", metres);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f\u00A0km", metres / 1000.0);
    for (char* p = buffer; *p != '\0'; ++p) {
      if (*p == '.') *p = ',';
    }
  }
  return buffer;
}

std::string fractionName(const Listing& l) {
  const auto* f = fractions::catalog().find(l.fraction_key);
  return f != nullptr ? f->name : l.fraction_key;
}

// ---- /masser ----

struct Sort {
  std::string_view value;
  std::string_view label_key;
};
constexpr Sort kSorts[] = {{"avstand", "masses.listing.sort.distance"},
                           {"dato", "masses.listing.sort.date"},
                           {"mengde", "masses.listing.sort.quantity"},
                           {"mengde_stigende", "masses.listing.sort.quantity_asc"},
                           {"nyeste", "masses.listing.sort.newest"}};

std::string param(const http::Request& request, std::string_view name) {
  return request.queryParam(name).value_or("");
}

std::vector<std::string> multi(const http::Request& request, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& [key, value] : request.queryParams()) {
    if (key != name) continue;
    std::size_t start = 0;
    while (start <= value.size()) {
      auto end = value.find(',', start);
      if (end == std::string::npos) end = value.size();
      if (end > start) out.push_back(value.substr(start, end - start));
      start = end + 1;
    }
  }
  return out;
}

// The search's query string: the filters exactly as given (repeated checkboxes kept), for links.
std::string queryString(const http::Request& request) {
  std::string out;
  for (const auto& [key, value] : request.queryParams()) {
    if (value.empty() ||
        std::find(std::begin(kFilterParams), std::end(kFilterParams), key) == std::end(kFilterParams)) {
      continue;
    }
    if (!out.empty()) out += "&";
    out += text::percentEncode(key) + "=" + text::percentEncode(value);
  }
  return out;
}

void fillSearchForm(Dictionary& content, const http::Request& request, const std::vector<FieldError>& errors,
                    const ListingService& service) {
  auto* search = content.AddSectionDictionary("SEARCH");
  const auto f = [&](std::string name, std::string label_key, std::string hint = {}) {
    return Field{name, std::move(label_key), param(request, name), std::move(hint), fieldError(errors, name)};
  };
  addInput(*search, "FILTER_FIELD", f("q", "masses.listing.filter.search"), "search");
  addBoxes(*search, "FILTER_FIELD", f("type", "masses.listing.field.kind"), kindOptions(), multi(request, "type"));
  addSelect(*search, "FILTER_FIELD", f("fraksjon", "masses.listing.field.fraction"),
            fractionOptions("masses.listing.filter.any_fraction"));
  addSelect(*search, "FILTER_FIELD", f("fraksjonsgruppe", "masses.listing.filter.group"), groupOptions());
  addInput(*search, "FILTER_FIELD", f("min_tonn", "masses.listing.filter.min_tonnes"), "text", "decimal");
  addInput(*search, "FILTER_FIELD", f("maks_tonn", "masses.listing.filter.max_tonnes"), "text", "decimal");
  addInput(*search, "FILTER_FIELD", f("fra", "masses.listing.filter.from", "masses.listing.filter.period_hint"), "date");
  addInput(*search, "FILTER_FIELD", f("til", "masses.listing.filter.to"), "date");
  addSelect(*search, "FILTER_FIELD", f("kommune", "masses.listing.field.municipality"),
            municipalityOptions("masses.listing.filter.any_municipality"));
  addBoxes(*search, "FILTER_FIELD", f("status", "masses.listing.field.status"),
           {{"publisert", text("masses.listing.status.publisert")},
            {"delvis_reservert", text("masses.listing.status.delvis_reservert")},
            {"oppfylt", text("masses.listing.status.oppfylt")}},
           multi(request, "status"));
  Options sorts;
  for (const auto& s : kSorts) sorts.emplace_back(s.value, text(s.label_key));
  addSelect(*search, "FILTER_FIELD", f("sorter", "masses.listing.filter.sort"), sorts);
  // Distance origin: the address search fills lat/lon; a site of one's own organisations, or a
  // point typed or taken from the map.
  addInput(*search, "ORIGIN_FIELD", f("adresse", "masses.listing.filter.address"), "text");
  addInput(*search, "ORIGIN_FIELD", f("lat", "masses.listing.filter.lat"), "text", "decimal");
  addInput(*search, "ORIGIN_FIELD", f("lon", "masses.listing.filter.lon"), "text", "decimal");
  if (request.principal) {
    Options sites{{"", text("masses.listing.filter.no_site")}};
    for (const auto& owner : service.ownerChoices(*request.principal)) {
      for (const auto& s : service.places().sitesOf(owner.id)) sites.emplace_back(s.id, s.name);
    }
    if (sites.size() > 1) {
      addSelect(*search, "ORIGIN_FIELD", f("avstand_fra_anlegg", "masses.listing.filter.site"), sites);
    }
  }
  addInput(*search, "ORIGIN_FIELD", f("radius_km", "masses.listing.filter.radius"), "text", "decimal");
}

void fillRows(Dictionary& content, const std::vector<ListingView>& items, bool show_status) {
  const bool has_distance = std::any_of(items.begin(), items.end(), [](const auto& v) { return v.distance_m.has_value(); });
  if (has_distance) content.ShowSection("HAS_DISTANCE");
  for (const auto& v : items) {
    const Listing& l = v.listing;
    auto* row = content.AddSectionDictionary("ROW");
    web::setValue(*row, "ID", l.id);
    web::setValue(*row, "TITLE", l.title);
    web::setValue(*row, "OWNER", v.owner.name);
    web::setValue(*row, "KIND", text(kindLabelKey(l.kind)));
    web::setValue(*row, "FRACTION", fractionName(l));
    web::setValue(*row, "REMAINING", formatKg(remainingKg(l)));
    web::setValue(*row, "PERIOD", periodText(l));
    const auto* m = geo::findMunicipality(l.municipality_number);
    web::setValue(*row, "PLACE", l.place_name + (m != nullptr && l.place_name != m->name ? ", " + std::string(m->name) : ""));
    if (!v.site_permit_status_text.empty()) {
      auto* tag = row->AddSectionDictionary("PERMIT_STATUS");
      web::setValue(*tag, "TEXT", v.site_permit_status_text);
      web::setValue(*tag, "COLOR", v.site_permit_status_color);
    }
    if (has_distance) {
      row->ShowSection("HAS_DISTANCE");
      web::setValue(*row, "DISTANCE", v.distance_m ? distanceText(*v.distance_m) : "");
    }
    if (l.is_demo) row->ShowSection("DEMO");
    if (show_status || l.status != Status::Published) {
      web::addTextSection(*row, "STATUS", text(statusLabelKey(l.status)));
    }
  }
}

// The address combobox fills in the point as the user picks an address. Without JavaScript the
// address arrives as typed text with no point: look it up here and send the browser on to the same
// search with the found address and its point, so the URL can be shared and a saved search keeps
// the point. Nothing to do when a point or a site is given.
std::optional<http::Response> redirectToAddressPoint(const registry::addresses::AddressLookup& addresses,
                                                     const http::Request& request, std::vector<FieldError>& errors) {
  constexpr std::size_t kMaxAddressLength = 200;
  const std::string typed = param(request, "adresse");
  if (typed.empty() || !param(request, "lat").empty() || !param(request, "lon").empty() ||
      !param(request, "avstand_fra_anlegg").empty()) {
    return std::nullopt;
  }
  registry::addresses::AddressHits hits;
  if (typed.size() <= kMaxAddressLength) {
    try {
      hits = addresses.search(typed, std::nullopt, 1);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Unavailable) throw;
      errors.push_back({"adresse", "masses.listing.error.address_unavailable"});
      return std::nullopt;
    }
  }
  if (hits.addresses.empty()) {
    errors.push_back({"adresse", "masses.listing.error.address_not_found"});
    return std::nullopt;
  }
  const auto& hit = hits.addresses.front();
  std::string target = "/masser?";
  for (const auto& [key, value] : request.queryParams()) {
    const bool known = std::find(std::begin(kFilterParams), std::end(kFilterParams), key) != std::end(kFilterParams);
    if (value.empty() || !known || key == "adresse" || key == "lat" || key == "lon") continue;
    target += text::percentEncode(key) + "=" + text::percentEncode(value) + "&";
  }
  char point[64];
  std::snprintf(point, sizeof point, "lat=%.6f&lon=%.6f", hit.point.lat, hit.point.lon);
  target += "adresse=" + text::percentEncode(hit.text + ", " + hit.postal_code + " " + hit.postal_place) + "&" + point;
  if (param(request, "visning") == "kart") target += "&visning=kart";
  return http::Response::redirect(target, 303);
}

http::Response listPage(const ListingService& service, const web::Renderer& renderer,
                        const registry::addresses::AddressLookup& addresses, const http::Request& request) {
  Dictionary content("masser");
  std::vector<FieldError> errors;
  if (auto redirect = redirectToAddressPoint(addresses, request, errors)) return std::move(*redirect);
  auto search = readSearch(request, service.places(), errors);
  const bool map_view = param(request, "visning") == "kart";
  const std::int64_t page_number = registry::common::pageNumber(request);
  const auto result = service.search(search.filter, search.sort, (page_number - 1) * kPageSize, kPageSize);
  web::setValue(content, "HEADING", text("masses.listing.list.title"));
  fillSearchForm(content, request, errors, service);
  const std::string filters = queryString(request);
  const auto href = [&](bool map, std::int64_t target) {
    std::string out = "/masser?" + filters;
    if (map) out += std::string(filters.empty() ? "" : "&") + "visning=kart";
    if (target > 1) out += std::string(out.back() == '?' ? "" : "&") + "side=" + std::to_string(target);
    if (out.back() == '?') out.pop_back();
    return out;
  };
  web::setValue(content, "VIEW", map_view ? "kart" : "liste");
  web::setValue(content, "LIST_HREF", href(false, 1));
  web::setValue(content, "MAP_HREF", href(true, 1));
  web::setValue(content, "CSV_HREF", "/masser.csv" + (filters.empty() ? "" : "?" + filters));
  web::setValue(content, "GEOJSON_HREF", "/masser.geojson" + (filters.empty() ? "" : "?" + filters));
  if (request.principal != nullptr && !request.principal->user_id.empty()) content.ShowSection("LOGGED_IN");
  // Saving is offered only for a search that reads cleanly (a saved search must mean something).
  if (errors.empty()) {
    web::setValue(content, "SAVE_HREF", "/masser/lagrede-sok?sok=" + text::percentEncode(filters));
    content.ShowSection("SAVE_SEARCH");
  }
  content.ShowSection(map_view ? "MAP_CURRENT" : "LIST_CURRENT");
  if (map_view) {
    auto* map = content.AddSectionDictionary("MAP");
    web::setValue(*map, "GEOJSON_URL", "/api/v1/masser?format=geojson&limit=" + std::to_string(kMapLimit) +
                                           (filters.empty() ? "" : "&" + filters));
  }
  if (request.principal && auth::allowed(request.principal.get(), kEditPermission)) content.ShowSection("MAY_CREATE");
  web::setValue(content, "COUNT_TEXT",
                i18n::catalog().format("masses.listing.list.count", {{"count", std::to_string(result.total)}}));
  if (result.items.empty()) {
    auto* empty = content.AddSectionDictionary("EMPTY");
    web::setValue(*empty, "TEXT", text(filters.empty() ? "masses.listing.list.empty" : "masses.listing.list.empty_filtered"));
    if (!filters.empty()) empty->ShowSection("FILTERED");
  } else {
    content.ShowSection("HAS_ROWS");
  }
  fillRows(content, result.items, false);
  registry::common::addPagination(content, result.total, kPageSize, page_number,
                                  [&](std::int64_t target) { return href(map_view, target); },
                                  "masses.listing.list.page_of");
  std::vector<std::string> scripts{"address-search.js"};
  std::vector<std::string> styles;
  if (map_view) {
    scripts.emplace_back("map.js");
    styles.emplace_back("map.css");
  }
  return page(renderer, request, text("masses.listing.list.title"), "liste.tpl", content, 200, std::move(scripts),
              std::move(styles));
}

// ---- Mine masser ----

http::Response minePage(const ListingService& service, const web::Renderer& renderer, const http::Request& request) {
  auth::require(request, kEditPermission);
  Dictionary content("mine_masser");
  web::setValue(content, "HEADING", text("masses.listing.mine.title"));
  content.ShowSection("MAY_CREATE");
  std::vector<ListingView> all;
  for (const auto& owner : service.ownerChoices(*request.principal)) {
    ListingFilter filter;
    filter.organisation_id = owner.id;
    filter.statuses = {Status::Draft, Status::Published, Status::PartlyReserved, Status::Fulfilled, Status::Withdrawn};
    auto result = service.search(filter, SortOrder::Newest, 0, 500);
    for (auto& item : result.items) all.push_back(std::move(item));
  }
  web::setValue(content, "COUNT_TEXT",
                i18n::catalog().format("masses.listing.list.count", {{"count", std::to_string(all.size())}}));
  if (all.empty()) {
    web::setValue(*content.AddSectionDictionary("EMPTY"), "TEXT", text("masses.listing.mine.empty"));
  } else {
    content.ShowSection("HAS_ROWS");
  }
  fillRows(content, all, true);
  return page(renderer, request, text("masses.listing.mine.title"), "liste.tpl", content);
}

// ---- Downloads (open data, no personal data) ----

std::string csvCell(std::string value) {
  // Formula injection: a cell starting with =, +, - or @ is text for spreadsheets.
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
    value.insert(0, "'");
  }
  if (value.find_first_of(";\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string decimal(std::int64_t thousandths) {
  return thousandthsText(thousandths);
}

ListingService::Page downloadRows(const ListingService& service, const http::Request& request) {
  std::vector<FieldError> errors;
  const auto search = readSearch(request, service.places(), errors);
  if (!errors.empty()) throw Error(ErrorKind::Validation, "api.error.query", {}, std::move(errors));
  return service.search(search.filter, search.sort, 0, kDownloadLimit);
}

http::Response csvDownload(const ListingService& service, const web::Renderer&, const http::Request& request) {
  const auto result = downloadRows(service, request);
  std::string out =
      "id;type;status;tittel;fraksjon;fraksjon_navn;eal;oppgitt_mengde;oppgitt_enhet;volumtilstand;tonn;fast_m3;"
      "los_m3;anbrakt_m3;gjenstaende_tonn;densitet_kg_per_m3;svellfaktor;komprimeringsfaktor;faktorkilde;"
      "periode_fra;periode_til;pristype;pris_kr;kommunenummer;sted;lat;lon;eier_orgnr;eier;avstand_m;demo;url\r\n";
  for (const auto& v : result.items) {
    const Listing& l = v.listing;
    const auto c = converted(l);
    const auto* f = fractions::catalog().find(l.fraction_key);
    const bool m3 = l.entered.unit == fractions::Unit::CubicMetres;
    char position[64];
    std::snprintf(position, sizeof position, "%.6f;%.6f", l.lat, l.lon);
    const std::vector<std::string> cells = {
        l.id, std::string(kindKey(l.kind)), std::string(statusKey(l.status)), csvCell(l.title), l.fraction_key,
        csvCell(f != nullptr ? f->name : ""), f != nullptr ? f->eal_code : "",
        decimal(m3 ? l.entered.dm3 : l.entered.kg), m3 ? "m3" : "tonn",
        m3 ? std::string(fractions::volumeStateKey(l.entered.state)) : "", decimal(c.kg), decimal(c.solid_dm3),
        decimal(c.loose_dm3), decimal(c.placed_dm3), decimal(remainingKg(l)),
        std::to_string(l.factors.density_kg_per_m3), decimal(l.factors.swell_permille),
        decimal(l.factors.placed_permille), csvCell(l.factors.source), l.period_from, l.period_to,
        std::string(priceKindKey(l.price_kind)), l.price_ore ? decimal(*l.price_ore * 10) : "",
        l.municipality_number, csvCell(l.place_name), position, v.owner.organisation_number,
        csvCell(v.owner.name), v.distance_m ? std::to_string(std::lround(*v.distance_m)) : "",
        l.is_demo ? "ja" : "nei", "/masser/" + l.id};
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i > 0 ? ";" : "") + cells[i];
    out += "\r\n";
  }
  // BOM: Excel reads UTF-8
  return http::Response::download("\xEF\xBB\xBF" + out, "text/csv; charset=utf-8", "masser.csv");
}

http::Response geojsonDownload(const ListingService& service, const web::Renderer&, const http::Request& request) {
  const auto result = downloadRows(service, request);
  return http::Response::download(json::featureCollection(result.items, std::nullopt),
                                  "application/geo+json", "masser.geojson");
}

// ---- /masser/{id} ----

std::string factorText(std::int32_t permille) { return thousandthsText(permille); }

http::Response detailPage(const ListingService& service, const web::Renderer& renderer, const http::Request& request) {
  const std::string id(request.pathParam("id"));
  if (!db::isUuid(id)) throw Error(ErrorKind::NotFound, "masses.listing.error.not_found");
  const auto v = service.get(id, request.principal.get());
  const Listing& l = v.listing;
  Dictionary content("masse");
  web::setValue(content, "ID", l.id);
  web::setValue(content, "TITLE", l.title);
  web::setValue(content, "KIND", text(kindLabelKey(l.kind)));
  web::setValue(content, "STATUS", text(statusLabelKey(l.status)));
  if (l.is_demo) content.ShowSection("DEMO");
  if (request.queryParam("lagret")) content.ShowSection("SAVED");
  if (!l.description.empty()) web::addTextSection(content, "DESCRIPTION", l.description);
  const auto* f = fractions::catalog().find(l.fraction_key);
  web::setValue(content, "FRACTION", f != nullptr ? f->name + " (EAL " + f->eal_code + ")" : l.fraction_key);
  const auto c = converted(l);
  const bool m3 = l.entered.unit == fractions::Unit::CubicMetres;
  web::setValue(content, "ENTERED", m3 ? fractions::formatCubicMetres(l.entered.dm3, l.entered.state)
                                       : fractions::formatTonnes(l.entered.kg));
  const auto estimate = [&](std::string label, std::string value) {
    auto* d = content.AddSectionDictionary("ESTIMATE");
    web::setValue(*d, "LABEL", label);
    web::setValue(*d, "VALUE", value);
  };
  if (m3) estimate(text("masses.listing.detail.tonnes"), fractions::formatTonnes(c.kg));
  for (auto [state, dm3] : {std::pair{fractions::VolumeState::Solid, c.solid_dm3},
                            std::pair{fractions::VolumeState::Loose, c.loose_dm3},
                            std::pair{fractions::VolumeState::Placed, c.placed_dm3}}) {
    if (m3 && l.entered.state == state) continue;
    estimate(text("masses.listing.state." + std::string(fractions::volumeStateKey(state))),
             fractions::formatCubicMetres(dm3, state));
  }
  web::setValue(content, "FACTORS",
                std::to_string(l.factors.density_kg_per_m3) + " kg/m³ · " + text("masses.listing.detail.swell") + " " +
                    factorText(l.factors.swell_permille) + " · " + text("masses.listing.detail.placed") + " " +
                    factorText(l.factors.placed_permille) + " — " +
                    (l.factors_overridden ? text("masses.listing.detail.own_factors") + ": " : "") + l.factors.source);
  web::setValue(content, "RESERVED", formatKg(l.reserved_kg));
  web::setValue(content, "REMAINING", formatKg(remainingKg(l)));
  web::setValue(content, "PERIOD", periodText(l));
  std::string price = text(priceKindLabelKey(l.price_kind));
  if (l.price_ore) price += ": " + formatKroner(*l.price_ore);
  web::setValue(content, "PRICE", price);
  std::string transport = text(l.transport_needed ? "masses.listing.detail.transport_needed"
                                                  : "masses.listing.detail.transport_not_needed");
  if (!l.transport_by.empty()) transport += ". " + text("masses.listing.transport." + l.transport_by);
  web::setValue(content, "TRANSPORT", transport);
  web::setValue(content, "OWNER", v.owner.name);
  web::setValue(content, "OWNER_NUMBER", v.owner.organisation_number);
  const auto* m = geo::findMunicipality(l.municipality_number);
  web::setValue(content, "PLACE", l.place_name + (m != nullptr ? " (" + std::string(m->name) + ")" : ""));
  if (!l.project_id.empty()) {
    auto* p = content.AddSectionDictionary("PROJECT");
    web::setValue(*p, "ID", l.project_id);
    web::setValue(*p, "NAME", v.project_name);
  }
  if (!l.site_id.empty()) {
    auto* s = content.AddSectionDictionary("SITE");
    web::setValue(*s, "ID", l.site_id);
    web::setValue(*s, "NAME", v.site_name);
    if (!v.site_permit_status_text.empty()) {
      auto* tag = s->AddSectionDictionary("PERMIT_STATUS");
      web::setValue(*tag, "TEXT", v.site_permit_status_text);
      web::setValue(*tag, "COLOR", v.site_permit_status_color);
    }
  }
  web::setValue(content, "POSITION", geo::formatLatLon({l.lat, l.lon}) + " · " + geo::formatUtm33(geo::toUtm33({l.lat, l.lon})));
  if (!l.phases.empty()) {
    auto* phases = content.AddSectionDictionary("PHASES");
    for (const auto& p : l.phases) {
      auto* row = phases->AddSectionDictionary("PHASE");
      web::setValue(*row, "START", p.granularity == "kvartal"
                                       ? p.period_start.substr(0, 4) + " K" +
                                             std::to_string((std::stoi(p.period_start.substr(5, 2)) - 1) / 3 + 1)
                                       : p.period_start.substr(0, 7));
      web::setValue(*row, "QUANTITY", formatKg(p.quantity_kg));
    }
  }
  if (service.mayEdit(request.principal.get(), l) && allowed(l.status, Action::Edit)) {
    auto* may = content.AddSectionDictionary("MAY_EDIT");
    web::setValue(*may, "CSRF_TOKEN", request.principal->csrf_token);
    may->ShowSection("EDIT");
    const auto step = [&](std::string_view action, std::string_view label_key, std::string_view variant) {
      auto* d = may->AddSectionDictionary("STEP");
      web::setValue(*d, "ACTION", action);
      web::setValue(*d, "LABEL", text(label_key));
      web::setValue(*d, "VARIANT", variant);
    };
    if (allowed(l.status, Action::Publish)) step("publiser", "masses.listing.action.publish", "primary");
    if (allowed(l.status, Action::Fulfil)) step("oppfylt", "masses.listing.action.fulfil", "secondary");
    if (allowed(l.status, Action::Withdraw)) step("trekk", "masses.listing.action.withdraw", "tertiary");
    if (allowed(l.status, Action::Reserve)) {
      auto* reserve = may->AddSectionDictionary("RESERVE");
      web::setValue(*reserve, "VALUE", thousandthsText(l.reserved_kg));
      if (const auto error = request.queryParam("reservert_feil")) {
        reserve->ShowSection("INVALID");
        web::addTextSection(*reserve, "ERROR", text("masses.listing.error.reserved"));
      }
    }
  }
  history::addHistory(content, service.history(l.id));
  return page(renderer, request, l.title, "masse.tpl", content);
}

http::Response statusStep(const ListingService& service, const web::Renderer&, const http::Request& request) {
  const std::string id(request.pathParam("id"));
  if (!db::isUuid(id)) throw Error(ErrorKind::NotFound, "masses.listing.error.not_found");
  auth::require(request, kEditPermission);
  const auto& actor = *request.principal;
  const std::string action = request.formField("handling");
  if (action == "publiser") {
    service.publish(actor, id);
  } else if (action == "trekk") {
    service.withdraw(actor, id);
  } else if (action == "oppfylt") {
    service.fulfil(actor, id);
  } else if (action == "reserver") {
    const auto tonnes = parseThousandths(request.formField("reservert"));
    try {
      if (!tonnes) throw Error(ErrorKind::Validation, "masses.listing.error.reserved");
      service.reserve(actor, id, *tonnes);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Validation) throw;
      return http::Response::redirect("/masser/" + id + "?reservert_feil=1#reservert");
    }
  } else {
    throw Error(ErrorKind::BadRequest, "masses.listing.error.body", "unknown action");
  }
  return http::Response::redirect("/masser/" + id + "?lagret=1");
}

// ---- Forms: /masser/ny, /masser/{id}/endre ----

using FormValues = std::map<std::string, std::string>;

FormValues valuesFromListing(const ListingView& v) {
  const ListingInput in = inputFromListing(v.listing);
  FormValues out{{"type", in.kind}, {"tittel", in.title}, {"beskrivelse", in.description},
                 {"fraksjon", in.fraction_key}, {"enhet", in.unit}, {"mengde", in.quantity},
                 {"volumtilstand", in.volume_state}, {"periode_fra", in.period_from},
                 {"periode_til", in.period_to}, {"pris_type", in.price_kind}, {"pris", in.price},
                 {"transport_behov", in.transport_needed ? "ja" : ""}, {"transport_ved", in.transport_by},
                 {"tetthet", in.density}, {"svellfaktor", in.swell}, {"komprimeringsfaktor", in.placed},
                 {"faktor_kilde", in.factor_source}, {"faseplan", in.phase_granularity},
                 {"prosjekt_id", v.listing.project_id}, {"anlegg_id", v.listing.site_id},
                 {"kommunenummer", v.listing.municipality_number}, {"stedsnavn", v.listing.place_name}};
  if (v.listing.project_id.empty() && v.listing.site_id.empty()) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", v.listing.lat);
    out["lat"] = buffer;
    std::snprintf(buffer, sizeof buffer, "%.6f", v.listing.lon);
    out["lon"] = buffer;
  }
  for (std::size_t i = 0; i < in.phases.size(); ++i) {
    out["fase_start_" + std::to_string(i + 1)] = in.phases[i].first;
    out["fase_mengde_" + std::to_string(i + 1)] = in.phases[i].second;
  }
  return out;
}

FormValues postedValues(const http::Request& request) {
  FormValues out;
  for (const auto& [key, value] : request.formFields()) {
    if (key != "csrf_token") out[key] = value;
  }
  return out;
}

ListingInput inputFromForm(const http::Request& request, PlaceInput& place) {
  ListingInput in;
  in.kind = request.formField("type");
  in.title = request.formField("tittel");
  in.description = request.formField("beskrivelse");
  in.fraction_key = request.formField("fraksjon");
  in.unit = request.formField("enhet");
  in.quantity = request.formField("mengde");
  in.volume_state = request.formField("volumtilstand");
  in.period_from = request.formField("periode_fra");
  in.period_to = request.formField("periode_til");
  in.price_kind = request.formField("pris_type");
  in.price = request.formField("pris");
  in.transport_needed = request.formField("transport_behov") == "ja";
  in.transport_by = request.formField("transport_ved");
  in.density = request.formField("tetthet");
  in.swell = request.formField("svellfaktor");
  in.placed = request.formField("komprimeringsfaktor");
  in.factor_source = request.formField("faktor_kilde");
  in.phase_granularity = request.formField("faseplan");
  for (int i = 1; i <= static_cast<int>(kMaxPhases) + kExtraPhaseRows; ++i) {
    const std::string start = text::trim(request.formField("fase_start_" + std::to_string(i)));
    const std::string amount = text::trim(request.formField("fase_mengde_" + std::to_string(i)));
    if (start.empty() && amount.empty()) continue;
    in.phases.emplace_back(start, amount);
  }
  if (in.phases.empty()) in.phase_granularity.clear();
  place.project_id = request.formField("prosjekt_id");
  place.site_id = request.formField("anlegg_id");
  place.lat = request.formField("lat");
  place.lon = request.formField("lon");
  place.municipality_number = request.formField("kommunenummer");
  place.place_name = request.formField("stedsnavn");
  if (place.place_name.empty()) place.place_name = request.formField("adresse");
  return in;
}

http::Response listingForm(const ListingService& service, const web::Renderer& renderer, const http::Request& request,
                           const std::optional<ListingView>& existing, const FormValues& values, const Error* error) {
  const auth::Principal& actor = *request.principal;
  Dictionary content("masse_skjema");
  const std::string title = existing ? i18n::catalog().format("masses.listing.form.edit_title", {{"title", existing->listing.title}})
                                     : text("masses.listing.form.new_title");
  web::setValue(content, "TITLE", title);
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "ACTION", existing ? "/masser/" + existing->listing.id + "/endre" : "/masser/ny");
  web::setValue(content, "CANCEL_HREF", existing ? "/masser/" + existing->listing.id : "/masser");
  if (existing) {
    auto* parent = content.AddSectionDictionary("PARENT");
    web::setValue(*parent, "HREF", "/masser/" + existing->listing.id);
    web::setValue(*parent, "NAME", existing->listing.title);
    web::setValue(content, "SUBMIT", text("masses.listing.form.save"));
    web::setValue(content, "SUBMIT_VALUE", "lagre");
  } else {
    content.ShowSection("DRAFT_BUTTON");
    web::setValue(content, "SUBMIT", text("masses.listing.form.publish"));
    web::setValue(content, "SUBMIT_VALUE", "publiser");
  }
  std::vector<FieldError> errors;
  if (error != nullptr) {
    // A missing place is reported on the first point field, where the summary link can land.
    errors = error->fields();
    for (auto& e : errors) {
      if (e.field == "posisjon") e.field = "lat";
    }
    registry::common::showFieldErrors(content, Error(error->kind(), error->messageKey(), {}, errors));
  }
  const auto value = [&](const std::string& name) {
    const auto it = values.find(name);
    return it == values.end() ? std::string() : it->second;
  };
  const auto field = [&](const std::string& name, std::string label_key, std::string hint_key = {}) {
    return Field{name, std::move(label_key), value(name), std::move(hint_key), fieldError(errors, name)};
  };
  const auto owners = service.ownerChoices(actor);
  if (!existing) {
    Options choices;
    for (const auto& o : owners) choices.emplace_back(o.organisation_number, o.name);
    addSelect(content, "TOP_FIELD", field("organisasjon", "masses.listing.field.owner"), choices);
  }
  Options kinds{{"", text("masses.listing.form.choose")}};
  for (const auto& k : kindOptions()) kinds.push_back(k);
  addSelect(content, "TOP_FIELD", field("type", "masses.listing.field.kind"), kinds);
  addInput(content, "TOP_FIELD", field("tittel", "masses.listing.field.title", "masses.listing.form.title_hint"));
  addTextarea(content, "TOP_FIELD", field("beskrivelse", "masses.listing.field.description"));
  addSelect(content, "TOP_FIELD", field("fraksjon", "masses.listing.field.fraction", "masses.listing.form.fraction_hint"),
            fractionOptions("masses.listing.form.choose"));

  // Place: a project or site of the owner organisations, or a point.
  Options projects{{"", text("masses.listing.form.no_project")}}, sites{{"", text("masses.listing.form.no_site")}};
  for (const auto& o : owners) {
    for (const auto& p : service.places().projectsOf(o.id)) projects.emplace_back(p.id, p.name + " (" + o.name + ")");
    for (const auto& s : service.places().sitesOf(o.id)) sites.emplace_back(s.id, s.name + " (" + o.name + ")");
  }
  addSelect(content, "PLACE_FIELD", field("prosjekt_id", "masses.listing.field.project"), projects);
  addSelect(content, "PLACE_FIELD", field("anlegg_id", "masses.listing.field.site", "masses.listing.form.site_hint"), sites);
  addInput(content, "ADDRESS_FIELD", field("adresse", "masses.listing.form.address"));
  addInput(content, "ADDRESS_FIELD", field("lat", "masses.listing.filter.lat"), "text", "decimal");
  addInput(content, "ADDRESS_FIELD", field("lon", "masses.listing.filter.lon"), "text", "decimal");
  addInput(content, "ADDRESS_FIELD", field("kommunenummer", "masses.listing.form.municipality_number"), "text", "numeric");
  addInput(content, "ADDRESS_FIELD", field("stedsnavn", "masses.listing.form.place_name"));

  addInput(content, "QUANTITY_FIELD", field("mengde", "masses.listing.field.quantity", "masses.listing.form.quantity_hint"),
           "text", "decimal");
  addSelect(content, "QUANTITY_FIELD", field("enhet", "masses.listing.field.unit"),
            {{"m3", "m³"}, {"tonn", text("masses.listing.form.tonnes")}});
  addSelect(content, "QUANTITY_FIELD", field("volumtilstand", "masses.listing.field.volume_state", "masses.listing.form.volume_state_hint"),
            {{"fast", text("masses.listing.state.fast")}, {"los", text("masses.listing.state.los")},
             {"anbrakt", text("masses.listing.state.anbrakt")}});
  addInput(content, "FACTOR_FIELD", field("tetthet", "masses.listing.form.density"), "text", "numeric");
  addInput(content, "FACTOR_FIELD", field("svellfaktor", "masses.listing.form.swell"), "text", "decimal");
  addInput(content, "FACTOR_FIELD", field("komprimeringsfaktor", "masses.listing.form.placed"), "text", "decimal");
  addInput(content, "FACTOR_FIELD", field("faktor_kilde", "masses.listing.form.factor_source"));

  addInput(content, "BOTTOM_FIELD", field("periode_fra", "masses.listing.field.period_from"), "date");
  addInput(content, "BOTTOM_FIELD", field("periode_til", "masses.listing.field.period_to"), "date");
  Options prices;
  for (auto k : {PriceKind::None, PriceKind::PerTonne, PriceKind::PerCubicMetre, PriceKind::Free, PriceKind::PaysForReceipt}) {
    prices.emplace_back(priceKindKey(k), text(priceKindLabelKey(k)));
  }
  addSelect(content, "BOTTOM_FIELD", field("pris_type", "masses.listing.field.price"), prices);
  addInput(content, "BOTTOM_FIELD", field("pris", "masses.listing.form.price_amount", "masses.listing.form.price_hint"),
           "text", "decimal");
  addSelect(content, "BOTTOM_FIELD", field("transport_behov", "masses.listing.form.transport_needed"),
            {{"", text("masses.listing.form.no")}, {"ja", text("masses.listing.form.yes")}});
  addSelect(content, "BOTTOM_FIELD", field("transport_ved", "masses.listing.form.transport_by"),
            {{"", text("masses.listing.form.choose")},
             {"eier", text("masses.listing.transport.eier")},
             {"motpart", text("masses.listing.transport.motpart")},
             {"avtales", text("masses.listing.transport.avtales")}});

  addSelect(content, "PHASE_FIELD", field("faseplan", "masses.listing.form.phase_granularity"),
            {{"", text("masses.listing.form.no_phases")},
             {"maned", text("masses.listing.granularity.maned")},
             {"kvartal", text("masses.listing.granularity.kvartal")}});
  if (const auto e = fieldError(errors, "faser"); !e.empty()) web::addTextSection(content, "PHASE_ERROR", e);
  const auto filled = [&](const std::string& name) {
    const auto it = values.find(name);
    return it != values.end() && !it->second.empty();
  };
  int last_phase = 0;
  for (int i = 1; i <= static_cast<int>(kMaxPhases) + kExtraPhaseRows; ++i) {
    if (filled("fase_start_" + std::to_string(i)) || filled("fase_mengde_" + std::to_string(i))) last_phase = i;
  }
  const int phase_rows = std::max(kPhaseRows, last_phase + kExtraPhaseRows);
  for (int i = 1; i <= phase_rows; ++i) {
    const std::string n = std::to_string(i);
    addInput(content, "PHASE_FIELD", field("fase_start_" + n, ""), "text", {},
             i18n::catalog().format("masses.listing.form.phase_start", {{"n", n}}));
    addInput(content, "PHASE_FIELD", field("fase_mengde_" + n, ""), "text", "decimal",
             i18n::catalog().format("masses.listing.form.phase_quantity", {{"n", n}}));
  }
  const int status = error == nullptr ? 200 : 422;
  return page(renderer, request, title, "skjema.tpl", content, status, {"address-search.js"});
}

http::Response newForm(const ListingService& service, const web::Renderer& renderer, const http::Request& request) {
  auth::require(request, kEditPermission);
  FormValues values{{"enhet", "m3"}, {"volumtilstand", "fast"}};
  if (const auto type = request.queryParam("type")) values["type"] = *type;
  if (const auto project = request.queryParam("prosjekt")) values["prosjekt_id"] = *project;
  if (const auto site = request.queryParam("anlegg")) values["anlegg_id"] = *site;
  return listingForm(service, renderer, request, std::nullopt, values, nullptr);
}

http::Response create(const ListingService& service, const web::Renderer& renderer, const http::Request& request) {
  auth::require(request, kEditPermission);
  PlaceInput place;
  const auto input = inputFromForm(request, place);
  try {
    const auto listing = service.create(*request.principal, request.formField("organisasjon"), place, input,
                                        request.formField("lagre") == "publiser");
    return http::Response::redirect("/masser/" + listing.id + "?lagret=1");
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::Validation) throw;
    return listingForm(service, renderer, request, std::nullopt, postedValues(request), &e);
  }
}

http::Response editForm(const ListingService& service, const web::Renderer& renderer, const http::Request& request) {
  const std::string id(request.pathParam("id"));
  if (!db::isUuid(id)) throw Error(ErrorKind::NotFound, "masses.listing.error.not_found");
  auth::require(request, kEditPermission);
  const auto v = service.get(id, request.principal.get());
  auth::require(request, kEditPermission, v.listing.organisation_id);
  requireAllowed(v.listing.status, Action::Edit);
  return listingForm(service, renderer, request, v, valuesFromListing(v), nullptr);
}

http::Response update(const ListingService& service, const web::Renderer& renderer, const http::Request& request) {
  const std::string id(request.pathParam("id"));
  if (!db::isUuid(id)) throw Error(ErrorKind::NotFound, "masses.listing.error.not_found");
  auth::require(request, kEditPermission);
  const auto v = service.get(id, request.principal.get());
  PlaceInput place;
  const auto input = inputFromForm(request, place);
  try {
    service.update(*request.principal, id, place, input);
    return http::Response::redirect("/masser/" + id + "?lagret=1");
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::Validation) throw;
    return listingForm(service, renderer, request, v, postedValues(request), &e);
  }
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const ListingService> service,
                        const web::Renderer& renderer, const registry::addresses::AddressLookup& addresses) {
  const auto* view = &renderer;
  const auto* lookup = &addresses;
  const auto add = [&](http::Method method, std::string pattern,
                       http::Response (*handler)(const ListingService&, const web::Renderer&, const http::Request&)) {
    router.add({method, std::move(pattern), http::Audience::Page,
                [service, view, handler](http::Request& request) { return handler(*service, *view, request); },
                {}});
  };
  router.add({http::Method::Get, "/masser", http::Audience::Page,
              [service, view, lookup](http::Request& request) { return listPage(*service, *view, *lookup, request); },
              {}});
  add(http::Method::Get, "/masser.csv", &csvDownload);
  add(http::Method::Get, "/masser.geojson", &geojsonDownload);
  add(http::Method::Get, "/masser/mine", &minePage);
  add(http::Method::Get, "/masser/ny", &newForm);
  add(http::Method::Post, "/masser/ny", &create);
  add(http::Method::Get, "/masser/{id}", &detailPage);
  add(http::Method::Get, "/masser/{id}/endre", &editForm);
  add(http::Method::Post, "/masser/{id}/endre", &update);
  add(http::Method::Post, "/masser/{id}/status", &statusStep);
}

}  // namespace masseflyt::masses::listings
