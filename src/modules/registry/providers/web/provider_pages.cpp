#include "modules/registry/providers/web/provider_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>

#include "modules/registry/common/page_helpers.hpp"
#include "modules/registry/common/rules.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/text.hpp"
#include "platform/web/dictionary.hpp"
#include "modules/registry/providers/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/history/history_view.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::providers {
namespace {

constexpr std::string_view kTemplates = "modules/registry/providers/web/templates/";
constexpr std::string_view kBase = "/kontrolltjenester";
constexpr std::int64_t kPageSize = 20;
// NACE codes that fit a quality-control provider: technical testing and analysis, other technical
// consultancy. Shown as a hint on the profile, never enforced.
constexpr std::string_view kProviderNace[] = {"71.200", "74.900", "71.129", "71.122"};

using common::Dictionary;
using identity::organisations::OrganisationRecord;

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

http::Response page(const web::Renderer& renderer, const http::Request& request, const std::string& title,
                    std::string_view file, const Dictionary& content, int status = 200) {
  web::PageMeta meta;
  meta.title = title;
  meta.nav = "kontrolltjenester";
  meta.principal = request.principal.get();
  return http::Response::html(renderer.page(meta, std::string(kTemplates) + std::string(file), content), status);
}

std::string servicesText(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) {
    if (!out.empty()) out += ", ";
    out += text("registry.provider.service." + code);
  }
  return out;
}

// ---- /kontrolltjenester ----

struct SortOption {
  std::string_view value;
  std::string_view label_key;
  ProviderSort sort;
};
constexpr SortOption kSorts[] = {
    {"navn", "registry.provider.list.sort.name", ProviderSort::Name},
    {"-navn", "registry.provider.list.sort.name_desc", ProviderSort::NameDesc},
    {"akkreditert", "registry.provider.list.sort.accredited", ProviderSort::Accredited},
};

http::Response listPage(const ProviderService& service, const web::Renderer& renderer,
                        const http::Request& request) {
  Dictionary content("kontrolltjenester");
  ProviderFilter filter;
  filter.search = request.queryParam("q").value_or("");
  if (filter.search.size() > 100) filter.search.resize(100);
  const std::string service_code = request.queryParam("tjeneste").value_or("");
  if (isProviderService(service_code)) filter.service = service_code;
  filter.municipality = common::municipalityFilter(request, "kommune");
  filter.accredited_only = request.queryParam("akkreditert").value_or("") == "1";
  const std::string sort_value = request.queryParam("sorter").value_or("navn");
  const SortOption* sort = &kSorts[0];
  for (const auto& option : kSorts) {
    if (option.value == sort_value) sort = &option;
  }
  const std::int64_t page_number = common::pageNumber(request);
  const auto result = service.list(filter, sort->sort, (page_number - 1) * kPageSize, kPageSize);

  web::setValue(content, "SEARCH", filter.search);
  for (const auto& s : providerServices()) {
    auto* option = content.AddSectionDictionary("SERVICE_OPTION");
    web::setValue(*option, "VALUE", s.code);
    web::setValue(*option, "LABEL", text(s.label_key));
    if (s.code == filter.service) option->ShowSection("SELECTED");
  }
  common::fillMunicipalityOptions(content, "MUNICIPALITY_OPTION", filter.municipality);
  if (filter.accredited_only) content.ShowSection("ACCREDITED_CHECKED");
  for (const auto& option : kSorts) {
    auto* entry = content.AddSectionDictionary("SORT");
    web::setValue(*entry, "VALUE", option.value);
    web::setValue(*entry, "LABEL", text(option.label_key));
    if (&option == sort) entry->ShowSection("SELECTED");
  }
  web::setValue(content, "COUNT_TEXT",
      i18n::catalog().format("registry.provider.list.count", {{"count", std::to_string(result.total)}}));
  content.ShowSection(result.items.empty() ? "EMPTY" : "HAS_ROWS");
  for (const auto& p : result.items) {
    auto* row = content.AddSectionDictionary("ROW");
    web::setValue(*row, "NUMBER", p.organisation_number);
    web::setValue(*row, "NAME", p.name);
    web::setValue(*row, "SERVICES", servicesText(p.services));
    web::setValue(*row, "AREA", common::municipalitiesSummary(p.municipalities, 4, "registry.provider.list.more"));
    if (p.accredited()) {
      web::addTextSection(*row, "ACCREDITED", p.accreditationText());
    } else {
      row->ShowSection("NOT_ACCREDITED");
    }
  }
  common::addPagination(
      content, result.total, kPageSize, page_number,
      [&](std::int64_t target) {
        std::string href = std::string(kBase) + "?sorter=" + text::percentEncode(sort->value);
        if (!filter.search.empty()) href += "&q=" + text::percentEncode(filter.search);
        if (!filter.service.empty()) href += "&tjeneste=" + filter.service;
        if (!filter.municipality.empty()) href += "&kommune=" + filter.municipality;
        if (filter.accredited_only) href += "&akkreditert=1";
        return href + "&side=" + std::to_string(target);
      },
      "registry.provider.list.page_of");
  return page(renderer, request, text("registry.provider.list.title"), "liste.tpl", content);
}

// ---- the form (/kontrolltjenester/ny and …/endre) ----

ProviderInput readInput(const http::Request& request) {
  ProviderInput input;
  input.services = request.formValues("tjenester");
  input.accreditation_scheme = request.formField("akkreditering_ordning");
  input.accreditation_number = request.formField("akkreditering_nummer");
  input.municipalities = request.formValues("kommuner");
  input.contact_name = request.formField("kontakt_navn");
  input.contact_phone = request.formField("kontakt_telefon");
  input.contact_email = request.formField("kontakt_epost");
  input.description = request.formField("beskrivelse");
  return input;
}

ProviderInput inputOf(const ProviderRecord& p) {
  ProviderInput input;
  input.services = p.services;
  input.accreditation_scheme = p.accreditation_scheme;
  input.accreditation_number = p.accreditation_number;
  input.municipalities = p.municipalities;
  input.contact_name = p.contact_name;
  input.contact_phone = p.contact_phone;
  input.contact_email = p.contact_email;
  input.description = p.description;
  return input;
}

void fillForm(Dictionary& form, const ProviderInput& input) {
  for (const auto& s : providerServices()) {
    auto* option = form.AddSectionDictionary("SERVICE");
    web::setValue(*option, "VALUE", s.code);
    web::setValue(*option, "LABEL", text(s.label_key));
    if (std::find(input.services.begin(), input.services.end(), s.code) != input.services.end()) {
      option->ShowSection("CHECKED");
    }
  }
  common::fillMunicipalityChoices(form, "MUNICIPALITY", input.municipalities);
  web::setValue(form, "ACCREDITATION_SCHEME", input.accreditation_scheme);
  web::setValue(form, "ACCREDITATION_NUMBER", input.accreditation_number);
  web::setValue(form, "CONTACT_NAME", input.contact_name);
  web::setValue(form, "CONTACT_PHONE", input.contact_phone);
  web::setValue(form, "CONTACT_EMAIL", input.contact_email);
  web::setValue(form, "DESCRIPTION", input.description);
}

http::Response newPage(const ProviderService& service, const web::Renderer& renderer,
                       const http::Request& request, const ProviderInput& input, const std::string& chosen,
                       const Error* error) {
  const auto& actor = *request.principal;
  Dictionary content("ny");
  web::setValue(content, "TITLE", text("registry.provider.new.title"));
  web::setValue(content, "ACTION", std::string(kBase) + "/ny");
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "SUBMIT", text("registry.provider.new.submit"));
  content.ShowSection("NEW_LEAD");
  const auto organisations = service.registrable(actor);
  int status = 200;
  if (organisations.empty()) {
    content.ShowSection("NO_ORGANISATION");
    return page(renderer, request, text("registry.provider.new.title"), "skjema.tpl", content,
                error != nullptr ? 422 : 200);
  }
  auto* form = content.AddSectionDictionary("FORM");
  auto* choose = form->AddSectionDictionary("CHOOSE_ORGANISATION");
  for (const auto& o : organisations) {
    auto* option = choose->AddSectionDictionary("ORGANISATION");
    web::setValue(*option, "VALUE", o.organisation_number);
    web::setValue(*option, "LABEL", o.name + " (" + common::formatOrgnr(o.organisation_number) + ")");
    if (o.organisation_number == chosen) option->ShowSection("SELECTED");
  }
  fillForm(*form, input);
  if (error != nullptr) {
    common::showFieldErrors(*form, *error);
    status = error->kind() == ErrorKind::Conflict ? 409 : 422;
  }
  return page(renderer, request, text("registry.provider.new.title"), "skjema.tpl", content, status);
}

http::Response editPage(const web::Renderer& renderer, const http::Request& request,
                        const ProviderRecord& provider, const ProviderInput& input, const Error* error) {
  Dictionary content("endre");
  const std::string title = i18n::catalog().format("registry.provider.edit.title", {{"name", provider.name}});
  web::setValue(content, "TITLE", title);
  web::setValue(content, "ACTION", std::string(kBase) + "/" + provider.organisation_number + "/endre");
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  web::setValue(content, "SUBMIT", text("registry.provider.edit.submit"));
  auto* back = content.AddSectionDictionary("BACK");
  web::setValue(*back, "HREF", std::string(kBase) + "/" + provider.organisation_number);
  web::setValue(*back, "NAME", provider.name);
  auto* form = content.AddSectionDictionary("FORM");
  fillForm(*form, input);
  int status = 200;
  if (error != nullptr) {
    common::showFieldErrors(*form, *error);
    status = 422;
  }
  return page(renderer, request, title, "skjema.tpl", content, status);
}

// ---- /kontrolltjenester/{orgnr} ----

void fillOrganisation(Dictionary& content, const std::optional<OrganisationRecord>& organisation,
                      const ProviderRecord& provider) {
  web::setValue(content, "NUMBER_FORMATTED", common::formatOrgnr(provider.organisation_number));
  if (!organisation) return;
  std::string address = organisation->business_address;
  if (!organisation->postal_code.empty()) {
    if (!address.empty()) address += ", ";
    address += organisation->postal_code + " " + organisation->postal_place;
  }
  if (!address.empty()) web::addTextSection(content, "ADDRESS", address);
  if (!organisation->nace_codes.empty()) {
    auto* list = content.AddSectionDictionary("NACE_LIST");
    for (const auto& code : organisation->nace_codes) {
      auto* item = list->AddSectionDictionary("NACE");
      web::setValue(*item, "CODE", code.code);
      web::setValue(*item, "DESCRIPTION", code.description);
      if (std::find(std::begin(kProviderNace), std::end(kProviderNace), code.code) != std::end(kProviderNace)) {
        item->ShowSection("FITS");
      }
    }
  }
  if (organisation->register_fetched_at) {
    web::addTextSection(content, "FETCHED", calendar::displayDay(*organisation->register_fetched_at));
  }
}

http::Response detailPage(const ProviderService& service, const web::Renderer& renderer,
                          const http::Request& request) {
  const auto provider = service.get(request.pathParam("organisasjonsnummer"));
  const auth::Principal* actor = request.principal.get();
  Dictionary content("kontrolltjeneste");
  web::setValue(content, "NAME", provider.name);
  web::setValue(content, "NUMBER", provider.organisation_number);
  if (provider.is_demo) content.ShowSection("DEMO");
  if (request.queryParam("registrert")) web::addTextSection(content, "FLASH", text("registry.provider.detail.registered"));
  if (request.queryParam("lagret")) web::addTextSection(content, "FLASH", text("registry.provider.detail.saved"));
  if (provider.accredited()) {
    auto* accreditation = content.AddSectionDictionary("ACCREDITED");
    web::setValue(*accreditation, "SCHEME", provider.accreditation_scheme);
    web::setValue(*accreditation, "NUMBER", provider.accreditation_number);
  } else {
    content.ShowSection("NOT_ACCREDITED");
  }
  fillOrganisation(content, service.organisation(provider.organisation_number), provider);
  for (const auto& code : provider.services) web::addTextSection(content, "SERVICE", text("registry.provider.service." + code));
  for (const auto& number : provider.municipalities) web::addTextSection(content, "AREA", common::municipalityName(number));
  if (provider.municipalities.empty()) content.ShowSection("NO_AREA");
  if (!provider.description.empty()) web::addTextSection(content, "DESCRIPTION", provider.description);
  if (actor == nullptr) {
    content.ShowSection("CONTACT_LOGIN");
  } else {
    auto* contact = content.AddSectionDictionary("CONTACT");
    if (!provider.contact_name.empty()) web::addTextSection(*contact, "CONTACT_NAME", provider.contact_name);
    if (!provider.contact_phone.empty()) web::addTextSection(*contact, "CONTACT_PHONE", provider.contact_phone);
    if (!provider.contact_email.empty()) web::addTextSection(*contact, "CONTACT_EMAIL", provider.contact_email);
    if (provider.contact_name.empty() && provider.contact_phone.empty() && provider.contact_email.empty()) {
      contact->ShowSection("CONTACT_NONE");
    }
  }
  if (auth::allowed(actor, kEditProvider, provider.organisation_id)) content.ShowSection("EDIT_LINK");
  history::addHistory(content, service.history(provider));
  return page(renderer, request, provider.name, "kontrolltjeneste.tpl", content);
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const ProviderService> service,
                        const web::Renderer& renderer) {
  const auto* view = &renderer;
  const std::string base(kBase);
  router.add({http::Method::Get, base, http::Audience::Page,
              [service, view](http::Request& request) { return listPage(*service, *view, request); },
              {}});
  router.add({http::Method::Get, base + "/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                auth::require(request, "identity.organisation.register");
                return newPage(*service, *view, request, ProviderInput{},
                               request.queryParam("organisasjonsnummer").value_or(""), nullptr);
              },
              {}});
  router.add({http::Method::Post, base + "/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                auth::require(request, "identity.organisation.register");
                const ProviderInput input = readInput(request);
                const std::string number = request.formField("organisasjonsnummer");
                try {
                  const auto provider = service->registerProvider(*request.principal, number, input);
                  return http::Response::redirect(std::string(kBase) + "/" + provider.organisation_number +
                                                  "?registrert=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Conflict) throw;
                  return newPage(*service, *view, request, input, number, &e);
                }
              },
              {}});
  router.add({http::Method::Get, base + "/{organisasjonsnummer}", http::Audience::Page,
              [service, view](http::Request& request) { return detailPage(*service, *view, request); },
              {}});
  router.add({http::Method::Get, base + "/{organisasjonsnummer}/endre", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto provider = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, kEditProvider, provider.organisation_id);
                return editPage(*view, request, provider, inputOf(provider), nullptr);
              },
              {}});
  router.add({http::Method::Post, base + "/{organisasjonsnummer}/endre", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto provider = service->get(request.pathParam("organisasjonsnummer"));
                auth::require(request, kEditProvider, provider.organisation_id);
                const ProviderInput input = readInput(request);
                try {
                  service->updateProvider(*request.principal, provider.organisation_number, input);
                  return http::Response::redirect(std::string(kBase) + "/" + provider.organisation_number +
                                                  "?lagret=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return editPage(*view, request, provider, input, &e);
                }
              },
              {}});
}

}  // namespace masseflyt::registry::providers
