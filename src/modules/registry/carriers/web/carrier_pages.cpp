#include "modules/registry/carriers/web/carrier_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <charconv>
#include <ctime>

#include "modules/registry/carriers/permissions.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "modules/registry/common/rules.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/text.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/geo/municipalities.hpp"
#include "platform/history/history_view.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::carriers {
namespace {

constexpr std::string_view kTemplates = "modules/registry/carriers/web/templates/";
constexpr std::int64_t kPageSize = 20;
constexpr std::string_view kRoadFreightNace = "49.410";

using Dictionary = ctemplate::TemplateDictionary;
using identity::organisations::OrganisationRecord;

std::string templateName(std::string_view file) { return std::string(kTemplates) + std::string(file); }
std::string text(std::string_view key) { return std::string(i18n::t(key)); }

using common::formatOrgnr;
using common::municipalityName;
using common::showFieldErrors;

std::string kilograms(const std::optional<std::int64_t>& kg) {
  if (!kg) return {};
  std::string digits = std::to_string(*kg);
  std::string out;
  const int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += "\xC2\xA0";  // no-break space between thousands
    out += digits[static_cast<std::size_t>(i)];
  }
  return out + " kg";
}

std::string errorText(const Error& error) {
  if (!error.fields().empty()) return text(error.fields().front().message_key);
  return text(error.messageKey());
}

http::Response page(const web::Renderer& renderer, const http::Request& request,
                    const std::string& title, std::string_view file, const Dictionary& content,
                    int status = 200) {
  web::PageMeta meta;
  meta.title = title;
  meta.nav = "transportorer";
  meta.principal = request.principal.get();
  return http::Response::html(renderer.page(meta, templateName(file), content), status);
}

std::string fuelLabel(std::string_view code) { return text("registry.vehicle.fuel." + std::string(code)); }
std::string statusLabel(VehicleStatus status) {
  return text("registry.vehicle.status." + std::string(vehicleStatusCode(status)));
}
std::string_view statusColor(VehicleStatus status) {
  switch (status) {
    case VehicleStatus::Approved: return "success";
    case VehicleStatus::Pending: return "warning";
    case VehicleStatus::Deactivated: return "neutral";
  }
  return "neutral";
}

void addVehicleRow(Dictionary& parent, std::string_view section_name, const VehicleRecord& v) {
  auto* row = parent.AddSectionDictionary(std::string(section_name));
  web::setValue(*row, "ID", v.id);
  web::setValue(*row, "NUMBER", v.carrier_organisation_number);
  web::setValue(*row, "PLATE", formatPlate(v.registration_number));
  web::setValue(*row, "MAKE_MODEL", v.make + (v.model.empty() ? "" : " " + v.model));
  web::setValue(*row, "EURO", euroClassLabel(v.euro_class));
  web::setValue(*row, "FUEL", fuelLabel(v.fuel));
  web::setValue(*row, "TOTAL_WEIGHT", kilograms(v.permitted_total_weight_kg));
  web::setValue(*row, "STATUS", statusLabel(v.status));
  web::setValue(*row, "STATUS_COLOR", statusColor(v.status));
}

// ---- /transportorer ----

struct SortOption {
  std::string_view value;
  std::string_view label_key;
  CarrierSort sort;
};
constexpr SortOption kSorts[] = {
    {"navn", "registry.carrier.list.sort.name", CarrierSort::Name},
    {"-navn", "registry.carrier.list.sort.name_desc", CarrierSort::NameDesc},
    {"kjoretoy", "registry.carrier.list.sort.vehicles", CarrierSort::Vehicles},
};
constexpr std::string_view kFuelFilters[] = {"elektrisk", "hvo100", "biogass", "hydrogen"};

http::Response listPage(const CarrierService& service, const web::Renderer& renderer,
                        const http::Request& request) {
  Dictionary content("transportorer");
  CarrierFilter filter;
  filter.search = request.queryParam("q").value_or("");
  if (filter.search.size() > 100) filter.search.resize(100);
  const std::string service_code = request.queryParam("tjeneste").value_or("");
  if (isCarrierService(service_code)) filter.service = service_code;
  filter.municipality = common::municipalityFilter(request, "kommune");
  const std::string fuel = request.queryParam("drivstoff").value_or("");
  if (std::find(std::begin(kFuelFilters), std::end(kFuelFilters), fuel) != std::end(kFuelFilters)) {
    filter.fuel = fuel;
  }
  const std::string sort_value = request.queryParam("sorter").value_or("navn");
  const SortOption* sort = &kSorts[0];
  for (const auto& option : kSorts) {
    if (option.value == sort_value) sort = &option;
  }
  const std::int64_t page_number = common::pageNumber(request);
  const auto result = service.list(filter, sort->sort, (page_number - 1) * kPageSize, kPageSize);

  web::setValue(content, "SEARCH", filter.search);
  for (const auto& s : carrierServices()) {
    auto* option = content.AddSectionDictionary("SERVICE_OPTION");
    web::setValue(*option, "VALUE", s.code);
    web::setValue(*option, "LABEL", text(s.label_key));
    if (s.code == filter.service) option->ShowSection("SELECTED");
  }
  common::fillMunicipalityOptions(content, "MUNICIPALITY_OPTION", filter.municipality);
  for (const auto code : kFuelFilters) {
    auto* option = content.AddSectionDictionary("FUEL_OPTION");
    web::setValue(*option, "VALUE", code);
    web::setValue(*option, "LABEL", text("registry.carrier.list.fuel_has." + std::string(code)));
    if (code == filter.fuel) option->ShowSection("SELECTED");
  }
  for (const auto& option : kSorts) {
    auto* entry = content.AddSectionDictionary("SORT");
    web::setValue(*entry, "VALUE", option.value);
    web::setValue(*entry, "LABEL", text(option.label_key));
    if (&option == sort) entry->ShowSection("SELECTED");
  }
  web::setValue(content, "COUNT_TEXT",
      i18n::catalog().format("registry.carrier.list.count", {{"count", std::to_string(result.total)}}));
  content.ShowSection(result.items.empty() ? "EMPTY" : "HAS_ROWS");
  for (const auto& c : result.items) {
    auto* row = content.AddSectionDictionary("ROW");
    web::setValue(*row, "NUMBER", c.organisation_number);
    web::setValue(*row, "NAME", c.name);
    std::string services;
    for (const auto& code : c.services) {
      if (!services.empty()) services += ", ";
      services += text("registry.carrier.service." + code);
    }
    web::setValue(*row, "SERVICES", services);
    const std::string area =
        common::municipalitiesSummary(c.municipalities, 4, "registry.carrier.list.more");
    web::setValue(*row, "AREA", area);
    web::setValue(*row, "VEHICLES", std::to_string(c.approved_vehicles));
    if (c.has_electric) row->ShowSection("ELECTRIC");
    if (c.has_hvo) row->ShowSection("HVO");
  }
  common::addPagination(
      content, result.total, kPageSize, page_number,
      [&](std::int64_t target) {
        std::string href = "/transportorer?sorter=" + text::percentEncode(sort->value);
        if (!filter.search.empty()) href += "&q=" + text::percentEncode(filter.search);
        if (!filter.service.empty()) href += "&tjeneste=" + filter.service;
        if (!filter.municipality.empty()) href += "&kommune=" + filter.municipality;
        if (!filter.fuel.empty()) href += "&drivstoff=" + filter.fuel;
        return href + "&side=" + std::to_string(target);
      },
      "registry.carrier.list.page_of");
  return page(renderer, request, text("registry.carrier.list.title"), "liste.tpl", content);
}

// ---- the carrier form (/transportorer/ny and …/endre) ----

CarrierInput readInput(const http::Request& request) {
  CarrierInput input;
  input.services = request.formValues("tjenester");
  input.municipalities = request.formValues("kommuner");
  input.vehicle_count = request.formField("antall_kjoretoy");
  input.tonnes_per_day = request.formField("tonn_per_dag");
  input.capacity_note = request.formField("kapasitet_merknad");
  input.contact_name = request.formField("kontakt_navn");
  input.contact_phone = request.formField("kontakt_telefon");
  input.contact_email = request.formField("kontakt_epost");
  input.description = request.formField("beskrivelse");
  return input;
}

CarrierInput inputOf(const CarrierRecord& c) {
  CarrierInput input;
  input.services = c.services;
  input.municipalities = c.municipalities;
  input.vehicle_count = c.vehicle_count ? std::to_string(*c.vehicle_count) : "";
  input.tonnes_per_day = c.tonnes_per_day ? std::to_string(*c.tonnes_per_day) : "";
  input.capacity_note = c.capacity_note;
  input.contact_name = c.contact_name;
  input.contact_phone = c.contact_phone;
  input.contact_email = c.contact_email;
  input.description = c.description;
  return input;
}

void fillForm(Dictionary& form, const CarrierInput& input) {
  for (const auto& s : carrierServices()) {
    auto* option = form.AddSectionDictionary("SERVICE");
    web::setValue(*option, "VALUE", s.code);
    web::setValue(*option, "LABEL", text(s.label_key));
    if (std::find(input.services.begin(), input.services.end(), s.code) != input.services.end()) {
      option->ShowSection("CHECKED");
    }
  }
  common::fillMunicipalityChoices(form, "MUNICIPALITY", input.municipalities);
  web::setValue(form, "VEHICLE_COUNT", input.vehicle_count);
  web::setValue(form, "TONNES_PER_DAY", input.tonnes_per_day);
  web::setValue(form, "CAPACITY_NOTE", input.capacity_note);
  web::setValue(form, "CONTACT_NAME", input.contact_name);
  web::setValue(form, "CONTACT_PHONE", input.contact_phone);
  web::setValue(form, "CONTACT_EMAIL", input.contact_email);
  web::setValue(form, "DESCRIPTION", input.description);
}

http::Response newPage(const CarrierService& service, const web::Renderer& renderer,
                       const http::Request& request, const CarrierInput& input,
                       const std::string& chosen, const Error* error) {
  const auto& actor = *request.principal;
  Dictionary content("ny");
  web::setValue(content, "TITLE", text("registry.carrier.new.title"));
  web::setValue(content, "ACTION", "/transportorer/ny");
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "SUBMIT", text("registry.carrier.new.submit"));
  content.ShowSection("NEW_LEAD");
  const auto organisations = service.registrable(actor);
  if (organisations.empty()) {
    content.ShowSection("NO_ORGANISATION");
    return page(renderer, request, text("registry.carrier.new.title"), "skjema.tpl", content,
                error != nullptr ? 422 : 200);
  }
  auto* form = content.AddSectionDictionary("FORM");
  auto* choose = form->AddSectionDictionary("CHOOSE_ORGANISATION");
  for (const auto& o : organisations) {
    auto* option = choose->AddSectionDictionary("ORGANISATION");
    web::setValue(*option, "VALUE", o.organisation_number);
    web::setValue(*option, "LABEL", o.name + " (" + formatOrgnr(o.organisation_number) + ")");
    if (o.organisation_number == chosen) option->ShowSection("SELECTED");
  }
  fillForm(*form, input);
  int status = 200;
  if (error != nullptr) {
    showFieldErrors(*form, *error);
    status = error->kind() == ErrorKind::Conflict ? 409 : 422;
  }
  return page(renderer, request, text("registry.carrier.new.title"), "skjema.tpl", content, status);
}

http::Response editPage(const CarrierService& service, const web::Renderer& renderer,
                        const http::Request& request, const CarrierRecord& carrier,
                        const CarrierInput& input, const Error* error) {
  (void)service;
  Dictionary content("endre");
  const std::string title =
      i18n::catalog().format("registry.carrier.edit.title", {{"name", carrier.name}});
  web::setValue(content, "TITLE", title);
  web::setValue(content, "ACTION", "/transportorer/" + carrier.organisation_number + "/endre");
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  web::setValue(content, "SUBMIT", text("registry.carrier.edit.submit"));
  web::setValue(content, "BACK", "/transportorer/" + carrier.organisation_number);
  auto* form = content.AddSectionDictionary("FORM");
  fillForm(*form, input);
  int status = 200;
  if (error != nullptr) {
    showFieldErrors(*form, *error);
    status = 422;
  }
  return page(renderer, request, title, "skjema.tpl", content, status);
}

// ---- /transportorer/{orgnr} ----

void fillOrganisation(Dictionary& content, const std::optional<OrganisationRecord>& organisation,
                      const CarrierRecord& carrier) {
  web::setValue(content, "NUMBER_FORMATTED", formatOrgnr(carrier.organisation_number));
  if (!organisation) return;
  std::string address = organisation->business_address;
  if (!organisation->postal_code.empty()) {
    if (!address.empty()) address += ", ";
    address += organisation->postal_code + " " + organisation->postal_place;
  }
  if (!address.empty()) web::addTextSection(content, "ADDRESS", address);
  bool road_freight = false;
  if (!organisation->nace_codes.empty()) {
    auto* list = content.AddSectionDictionary("NACE_LIST");
    for (const auto& code : organisation->nace_codes) {
      auto* item = list->AddSectionDictionary("NACE");
      web::setValue(*item, "CODE", code.code);
      web::setValue(*item, "DESCRIPTION", code.description);
      if (code.code == kRoadFreightNace) {
        road_freight = true;
        item->ShowSection("ROAD_FREIGHT");
      }
    }
  }
  if (!road_freight) content.ShowSection("NO_ROAD_FREIGHT");
  if (organisation->register_fetched_at) {
    web::addTextSection(content, "FETCHED", calendar::displayDay(*organisation->register_fetched_at));
  }
}

http::Response detailPage(const CarrierService& service, const web::Renderer& renderer,
                          const http::Request& request) {
  const auto carrier = service.get(request.pathParam("organisasjonsnummer"));
  const auth::Principal* actor = request.principal.get();
  Dictionary content("transportor");
  web::setValue(content, "NAME", carrier.name);
  web::setValue(content, "NUMBER", carrier.organisation_number);
  if (carrier.is_demo) content.ShowSection("DEMO");
  if (request.queryParam("registrert")) web::addTextSection(content, "FLASH", text("registry.carrier.detail.registered"));
  if (request.queryParam("lagret")) web::addTextSection(content, "FLASH", text("registry.carrier.detail.saved"));
  fillOrganisation(content, service.organisation(carrier.organisation_number), carrier);
  for (const auto& code : carrier.services) web::addTextSection(content, "SERVICE", text("registry.carrier.service." + code));
  if (carrier.services.empty()) content.ShowSection("NO_SERVICES");
  for (const auto& number : carrier.municipalities) web::addTextSection(content, "AREA", municipalityName(number));
  if (carrier.municipalities.empty()) content.ShowSection("NO_AREA");
  if (carrier.vehicle_count) web::addTextSection(content, "VEHICLE_COUNT", std::to_string(*carrier.vehicle_count));
  if (carrier.tonnes_per_day) web::addTextSection(content, "TONNES_PER_DAY", std::to_string(*carrier.tonnes_per_day));
  if (!carrier.capacity_note.empty()) web::addTextSection(content, "CAPACITY_NOTE", carrier.capacity_note);
  if (!carrier.description.empty()) web::addTextSection(content, "DESCRIPTION", carrier.description);
  if (actor == nullptr) {
    content.ShowSection("CONTACT_LOGIN");
  } else {
    auto* contact = content.AddSectionDictionary("CONTACT");
    if (!carrier.contact_name.empty()) web::addTextSection(*contact, "CONTACT_NAME", carrier.contact_name);
    if (!carrier.contact_phone.empty()) web::addTextSection(*contact, "CONTACT_PHONE", carrier.contact_phone);
    if (!carrier.contact_email.empty()) web::addTextSection(*contact, "CONTACT_EMAIL", carrier.contact_email);
    if (carrier.contact_name.empty() && carrier.contact_phone.empty() && carrier.contact_email.empty()) {
      contact->ShowSection("CONTACT_NONE");
    }
  }
  if (auth::allowed(actor, kEditCarrier, carrier.organisation_id)) content.ShowSection("EDIT_LINK");
  if (auth::allowed(actor, kEditVehicle, carrier.organisation_id)) content.ShowSection("ADD_VEHICLE_LINK");
  const bool member = service.isMember(actor, carrier);
  const auto vehicles = service.carrierVehicles(carrier, member);
  bool any_approved = false;
  bool any_hidden = false;
  for (const auto& v : vehicles) {
    if (v.status == VehicleStatus::Approved) {
      any_approved = true;
      addVehicleRow(content, "VEHICLE", v);
    } else {
      any_hidden = true;
      addVehicleRow(content, "HIDDEN_VEHICLE", v);
    }
  }
  content.ShowSection(any_approved ? "HAS_VEHICLES" : "NO_VEHICLES");
  if (any_hidden) content.ShowSection("HAS_HIDDEN");
  history::addHistory(content, service.history("carrier", carrier.id));
  return page(renderer, request, carrier.name, "transportor.tpl", content);
}

// ---- /transportorer/{orgnr}/kjoretoy/ny ----

http::Response newVehiclePage(const CarrierService& service, const web::Renderer& renderer,
                              const http::Request& request, const CarrierRecord& carrier,
                              const std::string& plate_input, bool lookup, const VehicleInput* input,
                              const Error* error) {
  const auto& actor = *request.principal;
  Dictionary content("kjoretoy_ny");
  web::setValue(content, "NAME", carrier.name);
  web::setValue(content, "NUMBER", carrier.organisation_number);
  web::setValue(content, "PLATE_INPUT", plate_input);
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "LOOKUP_VARIANT", "primary");
  int status = 200;
  const auto showError = [&](const Error& e) {
    if (e.kind() == ErrorKind::Validation || e.kind() == ErrorKind::Conflict) {
      bool plate_error = false;
      for (const auto& field : e.fields()) {
        if (field.field == "kjennemerke") {
          plate_error = true;
          web::addTextSection(content, "PLATE_ERROR", text(field.message_key));
        }
      }
      auto* summary = content.AddSectionDictionary("ERRORS");
      for (const auto& field : e.fields()) {
        auto* item = summary->AddSectionDictionary("ERROR");
        web::setValue(*item, "FIELD", field.field == "kjennemerke" ? "kjennemerke" : field.field);
        web::setValue(*item, "TEXT", text(field.message_key));
      }
      if (!plate_error && e.fields().empty()) web::addTextSection(content, "ALERT", errorText(e));
      status = e.kind() == ErrorKind::Conflict ? 409 : 422;
    } else {
      web::addTextSection(content, "ALERT", text(e.messageKey()));
      status = 503;
    }
  };
  if (error != nullptr) showError(*error);
  if (lookup && (error == nullptr || error->fields().empty() ||
                 std::none_of(error->fields().begin(), error->fields().end(),
                              [](const FieldError& f) { return f.field == "kjennemerke"; }))) {
    try {
      const auto found = service.lookupVehicle(plate_input);
      if (!found) {
        web::addTextSection(content, "PLATE_ERROR", text("registry.vehicle.plate.not_found"));
        auto* summary = content.AddSectionDictionary("ERRORS");
        auto* item = summary->AddSectionDictionary("ERROR");
        web::setValue(*item, "FIELD", "kjennemerke");
        web::setValue(*item, "TEXT", text("registry.vehicle.plate.not_found"));
        status = 422;
      } else {
        auto* card = content.AddSectionDictionary("PREVIEW");
        web::setValue(*card, "PLATE", found->registration_number);
        web::setValue(*card, "PLATE_FORMATTED", formatPlate(found->registration_number));
        web::setValue(*card, "MAKE", found->make);
        web::setValue(*card, "MODEL", found->model);
        web::setValue(*card, "GROUP", found->vehicle_group + (found->vehicle_group_description.empty()
                                                        ? ""
                                                        : " – " + found->vehicle_group_description));
        web::setValue(*card, "EURO", euroClassLabel(found->euro_class));
        web::setValue(*card, "TOTAL_WEIGHT", kilograms(found->permitted_total_weight_kg));
        web::setValue(*card, "PAYLOAD", kilograms(found->payload_kg));
        web::setValue(*card, "SOURCE", text(found->source_key.empty() ? "vegvesen.source" : found->source_key));
        web::setValue(*card, "FETCHED", calendar::displayDay(found->fetched_at_ms));
        web::setValue(*card, "CSRF_TOKEN", actor.csrf_token);
        web::setValue(*card, "NUMBER", carrier.organisation_number);
        const std::string chosen_fuel =
            input != nullptr ? input->fuel : std::string(suggestedFuel(found->register_fuel_code));
        for (const auto& fuel : fuels()) {
          auto* option = card->AddSectionDictionary("FUEL");
          web::setValue(*option, "VALUE", fuel.code);
          web::setValue(*option, "LABEL", text(fuel.label_key));
          if (fuel.code == chosen_fuel) option->ShowSection("SELECTED");
        }
        std::string works_for;
        if (input != nullptr) {
          for (const auto& n : input->works_for) works_for += (works_for.empty() ? "" : ", ") + n;
        }
        web::setValue(*card, "WORKS_FOR", works_for);
        if (error != nullptr) {
          for (const auto& field : error->fields()) {
            if (field.field == "drivstoff") web::addTextSection(*card, "FUEL_ERROR", text(field.message_key));
            if (field.field == "arbeider_for") web::addTextSection(*card, "WORKS_FOR_ERROR", text(field.message_key));
          }
        }
        web::setValue(content, "LOOKUP_VARIANT", "secondary");
      }
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Unavailable) throw;
      showError(e);
    }
  }
  return page(renderer, request, text("registry.vehicle.new.title"), "kjoretoy_ny.tpl", content, status);
}

std::vector<std::string> splitNumbers(std::string_view textv) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : textv) {
    if (c == ',' || c == ';' || c == '\n' || c == '\r') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else if (c != ' ' && c != '\t') {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

// ---- /transportorer/{orgnr}/kjoretoy/{id} ----

http::Response vehiclePage(const CarrierService& service, const web::Renderer& renderer,
                           const http::Request& request, const Error* error) {
  const auto carrier = service.get(request.pathParam("organisasjonsnummer"));
  const auto vehicle = service.findVehicle(request.pathParam("id"));
  const auth::Principal* actor = request.principal.get();
  // Pending and deactivated vehicles are the carrier's own business.
  if (!vehicle || vehicle->carrier_id != carrier.id ||
      (vehicle->status != VehicleStatus::Approved && !service.isMember(actor, carrier))) {
    throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
  }
  const auto& v = *vehicle;
  Dictionary content("kjoretoy");
  const std::string title = formatPlate(v.registration_number);
  web::setValue(content, "TITLE", title);
  web::setValue(content, "NAME", carrier.name);
  web::setValue(content, "NUMBER", carrier.organisation_number);
  web::setValue(content, "ID", v.id);
  web::setValue(content, "MAKE", v.make);
  web::setValue(content, "MODEL", v.model);
  web::setValue(content, "GROUP", v.vehicle_group + (v.vehicle_group_description.empty() ? "" : " – " + v.vehicle_group_description));
  web::setValue(content, "EURO", euroClassLabel(v.euro_class));
  web::setValue(content, "FUEL", fuelLabel(v.fuel));
  web::setValue(content, "TOTAL_WEIGHT", kilograms(v.permitted_total_weight_kg));
  web::setValue(content, "PAYLOAD", kilograms(v.payload_kg));
  web::setValue(content, "SOURCE", text(v.register_source.empty() ? "vegvesen.source" : v.register_source));
  web::setValue(content, "FETCHED", v.register_fetched_at ? calendar::displayDay(*v.register_fetched_at) : "");
  web::setValue(content, "STATUS", statusLabel(v.status));
  web::setValue(content, "STATUS_COLOR", statusColor(v.status));
  if (v.is_demo) content.ShowSection("DEMO");
  if (request.queryParam("lagt_til")) web::addTextSection(content, "FLASH", text("registry.vehicle.detail.added"));
  if (request.queryParam("behandlet")) web::addTextSection(content, "FLASH", text("registry.vehicle.detail.decided"));
  if (error != nullptr) web::addTextSection(content, "ALERT", errorText(*error));
  if (v.status == VehicleStatus::Pending) content.ShowSection("PENDING_NOTE");
  for (const auto& organisation_id : v.works_for) {
    const auto organisation = service.organisationById(organisation_id);
    if (!organisation) continue;
    auto* item = content.AddSectionDictionary("WORKS_FOR");
    web::setValue(*item, "NAME", organisation->name);
    web::setValue(*item, "NUMBER", organisation->organisation_number);
  }
  if (v.works_for.empty()) content.ShowSection("WORKS_FOR_NONE");
  const bool may_link = actor != nullptr && auth::allowed(actor, kEditVehicle, carrier.organisation_id);
  if (request.queryParam("prosjekter")) {
    web::addTextSection(content, "FLASH", text("registry.vehicle.detail.projects_changed"));
  }
  if (v.projects.empty()) content.ShowSection("PROJECTS_NONE");
  auto* project_list = v.projects.empty() ? nullptr : content.AddSectionDictionary("PROJECT_LIST");
  for (const auto& project_id : v.projects) {
    auto* item = project_list->AddSectionDictionary("PROJECT");
    const auto name = service.projectName(project_id);
    web::setValue(*item, "PROJECT_ID", project_id);
    web::setValue(*item, "PROJECT_NAME", name.empty() ? project_id : name);
    if (may_link) {
      auto* unlink = item->AddSectionDictionary("UNLINK");
      web::setValue(*unlink, "CSRF_TOKEN", actor->csrf_token);
      web::setValue(*unlink, "NUMBER", carrier.organisation_number);
      web::setValue(*unlink, "ID", v.id);
    }
  }
  if (may_link) {
    auto* form = content.AddSectionDictionary("LINK_FORM");
    web::setValue(*form, "CSRF_TOKEN", actor->csrf_token);
    web::setValue(*form, "NUMBER", carrier.organisation_number);
    web::setValue(*form, "ID", v.id);
    for (const auto& project : service.projectChoices()) {
      if (std::find(v.projects.begin(), v.projects.end(), project.first) != v.projects.end()) continue;
      auto* choice = form->AddSectionDictionary("CHOICE");
      web::setValue(*choice, "VALUE", project.first);
      web::setValue(*choice, "LABEL", project.second);
    }
    if (error != nullptr) {
      for (const auto& field : error->fields()) {
        if (field.field == "prosjekt") web::addTextSection(*form, "PROJECT_ERROR", text(field.message_key));
      }
    }
  }
  if (actor != nullptr) {
    const bool may_approve = auth::allowed(actor, kApproveVehicle, carrier.organisation_id);
    const bool may_edit = auth::allowed(actor, kEditVehicle, carrier.organisation_id);
    const auto addAction = [&](std::string_view action, std::string_view label_key, std::string_view variant) {
      auto* form = content.AddSectionDictionary("ACTION");
      web::setValue(*form, "ACTION", action);
      web::setValue(*form, "LABEL", text(label_key));
      web::setValue(*form, "VARIANT", variant);
      web::setValue(*form, "CSRF_TOKEN", actor->csrf_token);
      web::setValue(*form, "NUMBER", carrier.organisation_number);
      web::setValue(*form, "ID", v.id);
    };
    if (may_approve && transition(v.status, VehicleAction::Approve)) {
      addAction("godkjenn", "registry.vehicle.action.approve", "primary");
    }
    if (may_approve && transition(v.status, VehicleAction::Deactivate)) {
      addAction("deaktiver", "registry.vehicle.action.deactivate", "secondary");
    }
    if (may_edit && transition(v.status, VehicleAction::Reactivate)) {
      addAction("reaktiver", "registry.vehicle.action.reactivate", "secondary");
    }
  }
  history::addHistory(content, service.history("vehicle", v.id));
  int status = 200;
  if (error != nullptr) status = error->kind() == ErrorKind::Conflict ? 409 : 422;
  return page(renderer, request, title, "kjoretoy.tpl", content, status);
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const CarrierService> service,
                        const web::Renderer& renderer) {
  const auto* view = &renderer;
  router.add({http::Method::Get, "/transportorer", http::Audience::Page,
              [service, view](http::Request& request) { return listPage(*service, *view, request); },
              {}});
  router.add({http::Method::Get, "/transportorer/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                auth::require(request, "identity.organisation.register");
                CarrierInput input;
                return newPage(*service, *view, request, input,
                               request.queryParam("organisasjonsnummer").value_or(""), nullptr);
              },
              {}});
  router.add({http::Method::Post, "/transportorer/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                auth::require(request, "identity.organisation.register");
                const CarrierInput input = readInput(request);
                const std::string number = request.formField("organisasjonsnummer");
                try {
                  const auto carrier = service->registerCarrier(*request.principal, number, input);
                  return http::Response::redirect("/transportorer/" + carrier.organisation_number +
                                                  "?registrert=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Conflict) throw;
                  return newPage(*service, *view, request, input, number, &e);
                }
              },
              {}});
  router.add({http::Method::Get, "/transportorer/{organisasjonsnummer}", http::Audience::Page,
              [service, view](http::Request& request) { return detailPage(*service, *view, request); },
              {}});
  router.add({http::Method::Get, "/transportorer/{organisasjonsnummer}/endre", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto carrier = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, kEditCarrier, carrier.organisation_id);
                return editPage(*service, *view, request, carrier, inputOf(carrier), nullptr);
              },
              {}});
  router.add({http::Method::Post, "/transportorer/{organisasjonsnummer}/endre", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto carrier = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, kEditCarrier, carrier.organisation_id);
                const CarrierInput input = readInput(request);
                try {
                  service->updateCarrier(*request.principal, carrier.organisation_number, input);
                  return http::Response::redirect("/transportorer/" + carrier.organisation_number +
                                                  "?lagret=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return editPage(*service, *view, request, carrier, input, &e);
                }
              },
              {}});
  router.add({http::Method::Get, "/transportorer/{organisasjonsnummer}/kjoretoy/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto carrier = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, kEditVehicle, carrier.organisation_id);
                const auto plate = request.queryParam("kjennemerke");
                return newVehiclePage(*service, *view, request, carrier, plate.value_or(""),
                                      plate.has_value(), nullptr, nullptr);
              },
              {}});
  router.add({http::Method::Post, "/transportorer/{organisasjonsnummer}/kjoretoy/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto carrier = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, kEditVehicle, carrier.organisation_id);
                VehicleInput input;
                input.registration_number = request.formField("kjennemerke");
                input.fuel = request.formField("drivstoff");
                input.works_for = splitNumbers(request.formField("arbeider_for"));
                try {
                  const auto vehicle = service->addVehicle(*request.principal, carrier.organisation_number, input);
                  return http::Response::redirect("/transportorer/" + carrier.organisation_number +
                                                  "/kjoretoy/" + vehicle.id + "?lagt_til=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Conflict &&
                      e.kind() != ErrorKind::Unavailable) {
                    throw;
                  }
                  return newVehiclePage(*service, *view, request, carrier, input.registration_number,
                                        true, &input, &e);
                }
              },
              {}});
  router.add({http::Method::Get, "/transportorer/{organisasjonsnummer}/kjoretoy/{id}", http::Audience::Page,
              [service, view](http::Request& request) { return vehiclePage(*service, *view, request, nullptr); },
              {}});
  router.add({http::Method::Post, "/transportorer/{organisasjonsnummer}/kjoretoy/{id}/prosjekter",
              http::Audience::Page,
              [service, view](http::Request& request) {
                const auto carrier = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, "identity.organisation.register");
                const std::string id(request.pathParam("id"));
                const auto vehicle = service->findVehicle(id);
                if (!vehicle || vehicle->carrier_id != carrier.id) {
                  throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
                }
                const auto action = request.formField("handling");
                const auto project = request.formField("prosjekt");
                try {
                  if (action == "knytt") {
                    service->linkProject(*request.principal, id, project);
                  } else if (action == "fjern") {
                    service->unlinkProject(*request.principal, id, project);
                  } else {
                    throw Error(ErrorKind::Validation, "registry.vehicle.error.project_action");
                  }
                  return http::Response::redirect("/transportorer/" + carrier.organisation_number +
                                                  "/kjoretoy/" + id + "?prosjekter=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return vehiclePage(*service, *view, request, &e);
                }
              },
              {}});
  router.add({http::Method::Post, "/transportorer/{organisasjonsnummer}/kjoretoy/{id}/status",
              http::Audience::Page,
              [service, view](http::Request& request) {
                const auto carrier = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, "identity.organisation.register");
                const auto action = parseVehicleAction(request.formField("handling"));
                const std::string id(request.pathParam("id"));
                const auto vehicle = service->findVehicle(id);
                if (!vehicle || vehicle->carrier_id != carrier.id) {
                  throw Error(ErrorKind::NotFound, "registry.vehicle.error.not_found");
                }
                try {
                  if (!action) throw Error(ErrorKind::Validation, "registry.vehicle.error.action");
                  service->decide(*request.principal, id, *action);
                  return http::Response::redirect("/transportorer/" + carrier.organisation_number +
                                                  "/kjoretoy/" + id + "?behandlet=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Conflict) throw;
                  return vehiclePage(*service, *view, request, &e);
                }
              },
              {}});
}

}  // namespace masseflyt::registry::carriers
