#include "modules/identity/organisations/web/organisation_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <charconv>
#include <ctime>

#include "modules/identity/organisations/domain/organisation_number.hpp"
#include "modules/identity/organisations/permissions.hpp"
#include "platform/core/calendar.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/core/text.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::identity::organisations {
namespace {

constexpr std::string_view kTemplates = "modules/identity/organisations/web/templates/";
constexpr std::int64_t kPageSize = 20;

using Dictionary = ctemplate::TemplateDictionary;

std::string templateName(std::string_view file) { return std::string(kTemplates) + std::string(file); }

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

std::string_view statusColor(RegisterStatus status) {
  return canTrade(status) ? "success" : "danger";
}

std::string roleLabel(std::string_view role) {
  const std::string key = "organisations.role." + std::string(role);
  return i18n::catalog().contains(key) ? text(key) : std::string(role);
}

std::string membershipStatusLabel(std::string_view status) {
  return text("organisations.membership.status." + std::string(status));
}

std::string errorText(const Error& error) {
  if (!error.fields().empty()) return text(error.fields().front().message_key);
  return text(error.messageKey());
}

void fillFacts(Dictionary& facts, const OrganisationRecord& o) {
  web::setValue(facts, "NUMBER_FORMATTED", formatOrganisationNumber(o.organisation_number));
  if (!o.organisation_form_description.empty() || !o.organisation_form.empty()) {
    web::addTextSection(facts, "FORM", o.organisation_form_description.empty()
                               ? o.organisation_form
                               : o.organisation_form_description + " (" + o.organisation_form + ")");
  }
  if (!o.business_address.empty() || !o.postal_code.empty()) {
    std::string address = o.business_address;
    if (!o.postal_code.empty()) {
      if (!address.empty()) address += ", ";
      address += o.postal_code + " " + o.postal_place;
    }
    web::addTextSection(facts, "ADDRESS", address);
  }
  if (!o.municipality_name.empty()) {
    web::addTextSection(facts, "MUNICIPALITY", o.municipality_name + " (" + o.municipality_number + ")");
  }
  if (!o.nace_codes.empty()) {
    auto* list = facts.AddSectionDictionary("NACE_LIST");
    for (const auto& code : o.nace_codes) {
      auto* item = list->AddSectionDictionary("NACE");
      web::setValue(*item, "CODE", code.code);
      web::setValue(*item, "DESCRIPTION", code.description);
    }
  }
  if (!o.parent_organisation_number.empty()) {
    web::addTextSection(facts, "PARENT", formatOrganisationNumber(o.parent_organisation_number));
  }
  web::setValue(facts, "STATUS", text(registerStatusLabelKey(o.register_status)));
  web::setValue(facts, "STATUS_COLOR", statusColor(o.register_status));
  web::setValue(facts, "STATUS_REASON", text(registerStatusReasonKey(o.register_status)));
  if (o.register_fetched_at) web::addTextSection(facts, "FETCHED", calendar::displayDay(*o.register_fetched_at));
}

Dictionary* addFacts(Dictionary& parent, const OrganisationRecord& organisation) {
  auto* facts = parent.AddIncludeDictionary("REGISTER_FACTS");
  facts->SetFilename(templateName("fakta.tpl"));
  fillFacts(*facts, organisation);
  return facts;
}

http::Response page(const web::Renderer& renderer, const std::string& title,
                    std::string_view file, const Dictionary& content, int status = 200) {
  web::PageMeta meta;
  meta.title = title;
  meta.nav = "organisasjoner";
  return http::Response::html(renderer.page(meta, templateName(file), content), status);
}

const auth::Principal& requirePerson(const http::Request& request, std::string_view permission,
                                     std::optional<std::string_view> organisation = std::nullopt) {
  auth::require(request, permission, organisation);
  return *request.principal;
}

// ---- /organisasjoner ----

struct SortOption {
  std::string_view value;
  std::string_view label_key;
  OrganisationSort sort;
};
constexpr SortOption kSorts[] = {
    {"navn", "organisations.list.sort.name", OrganisationSort::Name},
    {"-navn", "organisations.list.sort.name_desc", OrganisationSort::NameDesc},
    {"organisasjonsnummer", "organisations.list.sort.number", OrganisationSort::Number},
    {"kommune", "organisations.list.sort.municipality", OrganisationSort::Municipality},
};

http::Response listPage(const OrganisationService& service, const web::Renderer& renderer,
                        const http::Request& request) {
  Dictionary content("organisasjoner");
  OrganisationFilter filter;
  filter.search = request.queryParam("sok").value_or("");
  if (filter.search.size() > 100) filter.search.resize(100);
  const std::string municipality = request.queryParam("kommunenummer").value_or("");
  const bool municipality_ok =
      municipality.empty() || (municipality.size() == 4 &&
                               std::all_of(municipality.begin(), municipality.end(),
                                           [](char c) { return c >= '0' && c <= '9'; }));
  if (municipality_ok) {
    filter.municipality_number = municipality;
  } else {
    content.ShowSection("MUNICIPALITY_ERROR");
  }
  const std::string sort_value = request.queryParam("sorter").value_or("navn");
  const SortOption* sort = &kSorts[0];
  for (const auto& option : kSorts) {
    if (option.value == sort_value) sort = &option;
  }
  std::int64_t page_number = 1;
  if (const auto side = request.queryParam("side")) {
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(side->data(), side->data() + side->size(), value);
    if (ec == std::errc{} && ptr == side->data() + side->size() && value >= 1 && value <= 100000) {
      page_number = value;
    }
  }

  const auto result = service.list(filter, sort->sort, (page_number - 1) * kPageSize, kPageSize);
  web::setValue(content, "SEARCH", filter.search);
  web::setValue(content, "MUNICIPALITY", municipality);
  for (const auto& option : kSorts) {
    auto* entry = content.AddSectionDictionary("SORT");
    web::setValue(*entry, "VALUE", option.value);
    web::setValue(*entry, "LABEL", text(option.label_key));
    if (&option == sort) entry->ShowSection("SELECTED");
  }
  web::setValue(content, "COUNT_TEXT",
      i18n::catalog().format("organisations.list.count", {{"count", std::to_string(result.total)}}));
  if (result.items.empty()) {
    content.ShowSection("EMPTY");
  } else {
    content.ShowSection("HAS_ROWS");
  }
  for (const auto& o : result.items) {
    auto* row = content.AddSectionDictionary("ROW");
    web::setValue(*row, "NUMBER", o.organisation_number);
    web::setValue(*row, "NUMBER_FORMATTED", formatOrganisationNumber(o.organisation_number));
    web::setValue(*row, "NAME", o.name);
    web::setValue(*row, "MUNICIPALITY",
        o.municipality_name.empty() ? "" : o.municipality_name + " (" + o.municipality_number + ")");
    web::setValue(*row, "STATUS", text(registerStatusLabelKey(o.register_status)));
    web::setValue(*row, "STATUS_COLOR", statusColor(o.register_status));
  }
  const std::int64_t pages = std::max<std::int64_t>(1, (result.total + kPageSize - 1) / kPageSize);
  if (pages > 1) {
    auto* nav = content.AddSectionDictionary("PAGINATION");
    const auto link = [&](std::int64_t target) {
      std::string href = "/organisasjoner?sorter=" + text::percentEncode(sort->value);
      if (!filter.search.empty()) href += "&sok=" + text::percentEncode(filter.search);
      if (!filter.municipality_number.empty()) href += "&kommunenummer=" + filter.municipality_number;
      return href + "&side=" + std::to_string(target);
    };
    if (page_number > 1) web::setValue(*nav->AddSectionDictionary("PREVIOUS"), "HREF", link(page_number - 1));
    if (page_number < pages) web::setValue(*nav->AddSectionDictionary("NEXT"), "HREF", link(page_number + 1));
    web::setValue(*nav, "PAGE_TEXT",
        i18n::catalog().format("organisations.list.page_of", {{"page", std::to_string(page_number)},
                                                              {"pages", std::to_string(pages)}}));
  }
  return page(renderer, text("organisations.list.title"), "liste.tpl", content);
}

// ---- /organisasjoner/ny ----

// Digits, spaces and dots are a number being typed; anything with a letter is a name to search.
bool looksLikeName(std::string_view input) {
  return std::any_of(input.begin(), input.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || byte >= 0x80;
  });
}

http::Response newPage(const OrganisationService& service, const web::Renderer& renderer,
                       const auth::Principal& actor, const std::string& input,
                       const Error* error, bool lookup) {
  Dictionary content("ny");
  web::setValue(content, "NUMBER_INPUT", input);
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "LOOKUP_VARIANT", "primary");
  int status = 200;
  const auto showError = [&](const Error& e) {
    if (e.kind() == ErrorKind::Validation) {
      const std::string message = errorText(e);
      web::addTextSection(*content.AddSectionDictionary("ERRORS"), "ERROR", message);
      web::addTextSection(content, "NUMBER_ERROR", message);
      status = 422;
    } else {
      web::addTextSection(content, "ALERT", text(e.messageKey()));
      status = e.kind() == ErrorKind::Conflict ? 409 : 503;
    }
  };
  if (error != nullptr) {
    showError(*error);
  } else if (lookup && looksLikeName(input)) {
    try {
      const auto hits = service.searchRegister(input);
      auto* results = content.AddSectionDictionary("SEARCH");
      results->ShowSection(hits.empty() ? "NO_HITS" : "HAS_HITS");
      for (const auto& hit : hits) {
        auto* row = results->AddSectionDictionary("HIT");
        web::setValue(*row, "NAME", hit.name);
        web::setValue(*row, "NUMBER", hit.organisation_number);
        web::setValue(*row, "NUMBER_DISPLAY", formatOrganisationNumber(hit.organisation_number));
        if (hit.business_address && !hit.business_address->postal_place.empty()) {
          web::addTextSection(*row, "PLACE", hit.business_address->postal_place);
        }
        if (hit.flags.deleted_on) row->ShowSection("DELETED");
      }
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Unavailable) throw;
      showError(e);
    }
  } else if (lookup) {
    try {
      const auto preview = service.preview(actor, input);
      auto* card = content.AddSectionDictionary("PREVIEW");
      OrganisationRecord record = organisationFromRegister(preview.entity);
      addFacts(*card, record);
      web::setValue(*card, "NUMBER", record.organisation_number);
      web::setValue(*card, "CSRF_TOKEN", actor.csrf_token);
      web::setValue(*card, "HEADING", record.name);
      if (preview.existing) {
        card->ShowSection("EXISTS");
        web::setValue(*card, "HEADING", text("organisations.new.exists_heading") + ": " + record.name);
      } else if (preview.entity.subunit) {
        web::addTextSection(*card, "CANNOT_TRADE", text("organisations.orgnr.subunit"));
      } else if (!preview.assessment.can_trade) {
        web::addTextSection(*card, "CANNOT_TRADE", text(preview.assessment.reason_key));
      } else {
        card->ShowSection("CONFIRM");
        web::setValue(content, "LOOKUP_VARIANT", "secondary");
      }
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Unavailable) throw;
      showError(e);
    }
  }
  return page(renderer, text("organisations.new.title"), "ny.tpl", content, status);
}

// ---- /organisasjoner/{orgnr} ----

// What a refresh changed travels through the redirect as its codes (?oppdatert=navn,status);
// "-" means nothing changed.
std::string refreshCodes(const std::vector<std::string>& changed) {
  std::string codes;
  for (const auto& code : changed) codes += (codes.empty() ? "" : ",") + code;
  return codes.empty() ? "-" : codes;
}

std::string refreshedText(std::string_view codes) {
  std::string fields;
  while (!codes.empty()) {
    const auto comma = codes.find(',');
    const auto key = refreshFieldKey(codes.substr(0, comma));
    codes = comma == std::string_view::npos ? std::string_view() : codes.substr(comma + 1);
    if (key.empty()) continue;
    std::string label = text(key);
    if (!fields.empty()) {
      fields += ", ";
      label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
    }
    fields += label;
  }
  return fields.empty() ? text("organisations.refresh.done_unchanged")
                        : i18n::catalog().format("organisations.refresh.done_changed", {{"fields", fields}});
}

http::Response detailPage(const OrganisationService& service, const web::Renderer& renderer,
                          const http::Request& request, const Error* error,
                          const std::string& chosen_role) {
  const auto organisation = service.get(request.pathParam("organisasjonsnummer"));
  Dictionary content("organisasjon");
  web::setValue(content, "NAME", organisation.name);
  web::setValue(content, "NUMBER", organisation.organisation_number);
  addFacts(content, organisation);
  if (organisation.is_demo) content.ShowSection("DEMO");
  if (request.queryParam("registrert")) web::addTextSection(content, "FLASH", text("organisations.new.registered"));
  if (request.queryParam("forespurt")) web::addTextSection(content, "FLASH", text("organisations.detail.requested"));
  if (const auto changed = request.queryParam("oppdatert")) {
    web::addTextSection(content, "FLASH", refreshedText(*changed));
  }
  if (error != nullptr && error->kind() != ErrorKind::Validation) {
    web::addTextSection(content, "ALERT", text(error->messageKey()));
  }
  const auth::Principal* actor = request.principal.get();
  if (actor == nullptr) {
    content.ShowSection("LOGIN");
  } else {
    if (auth::allowed(actor, kReadMembersPermission, organisation.id)) content.ShowSection("MEMBERS_LINK");
    if (auth::allowed(actor, kEditPermission, organisation.id)) {
      auto* refresh = content.AddSectionDictionary("REFRESH");
      web::setValue(*refresh, "NUMBER", organisation.organisation_number);
      web::setValue(*refresh, "CSRF_TOKEN", actor->csrf_token);
    }
    // identity/clients' permission, named as text: a module does not include another's headers.
    if (auth::allowed(actor, "identity.api_clients.manage", organisation.id)) {
      content.ShowSection("API_CLIENTS_LINK");
    }
    Dictionary* mine = nullptr;
    for (const auto& membership : actor->memberships) {
      if (membership.organisation_id != organisation.id) continue;
      if (mine == nullptr) mine = content.AddSectionDictionary("MY_ROLES");
      auto* role = mine->AddSectionDictionary("ROLE");
      web::setValue(*role, "NAME", roleLabel(membership.role));
      web::setValue(*role, "STATUS", membershipStatusLabel(membership.verified ? "verified" : "pending"));
    }
    auto* form = content.AddSectionDictionary("REQUEST");
    web::setValue(*form, "NUMBER", organisation.organisation_number);
    web::setValue(*form, "CSRF_TOKEN", actor->csrf_token);
    for (const auto role : kOrganisationRoles) {
      auto* option = form->AddSectionDictionary("OPTION");
      web::setValue(*option, "VALUE", role);
      web::setValue(*option, "LABEL", roleLabel(role));
      if (role == (chosen_role.empty() ? std::string_view("representative") : chosen_role)) {
        option->ShowSection("SELECTED");
      }
    }
    if (error != nullptr) web::addTextSection(*form, "ROLE_ERROR", errorText(*error));
  }
  int status = 200;
  if (error != nullptr) status = error->kind() == ErrorKind::Conflict ? 409 : 422;
  return page(renderer, organisation.name, "organisasjon.tpl", content, status);
}

// ---- /organisasjoner/{orgnr}/medlemmer ----

// The register's roles as evidence; nullopt when Enhetsregisteret could not be asked just now.
void addRoles(Dictionary& evidence, const std::optional<std::vector<RegisterRole>>& roles) {
  if (!roles) {
    evidence.ShowSection("ROLES_UNAVAILABLE");
  } else if (roles->empty()) {
    evidence.ShowSection("NO_ROLES");
  } else {
    auto* list = evidence.AddSectionDictionary("ROLES");
    for (const auto& role : *roles) {
      auto* item = list->AddSectionDictionary("ROLE");
      web::setValue(*item, "ROLE_NAME", role.role.empty() ? role.group : role.role);
      web::setValue(*item, "HOLDER", role.holder);
    }
  }
}

http::Response membersPage(const OrganisationService& service, const web::Renderer& renderer,
                           const http::Request& request, const std::string& failed_id,
                           const Error* error, const std::string& note) {
  const auto organisation = service.get(request.pathParam("organisasjonsnummer"));
  const auto& actor = requirePerson(request, kReadMembersPermission, organisation.id);
  const auto members = service.members(actor, organisation.organisation_number);
  Dictionary content("medlemmer");
  web::setValue(content, "TITLE",
      i18n::catalog().format("organisations.members.title", {{"name", organisation.name}}));
  web::setValue(content, "NUMBER", organisation.organisation_number);
  if (request.queryParam("behandlet")) web::addTextSection(content, "FLASH", text("organisations.members.decided"));
  if (request.queryParam("tilbakekalt")) {
    web::addTextSection(content, "FLASH", text("organisations.members.revoked"));
  }
  if (error != nullptr && failed_id.empty()) web::addTextSection(content, "ALERT", errorText(*error));
  bool any_pending = false;
  bool any_member = false;
  // Roles come from the register on demand, once per page, and only for someone who decides.
  std::optional<std::optional<std::vector<RegisterRole>>> roles_cache;
  const auto register_roles = [&]() -> const std::optional<std::vector<RegisterRole>>& {
    if (!roles_cache) {
      try {
        roles_cache.emplace(service.registerRoles(organisation.organisation_number));
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::Unavailable) throw;
        roles_cache.emplace(std::nullopt);
      }
    }
    return *roles_cache;
  };
  // The action column appears only for people who may revoke someone here.
  const bool may_revoke_any = auth::allowed(&actor, kManageMembersPermission, organisation.id);
  for (const auto& m : members.memberships) {
    if (m.status == "pending") {
      any_pending = true;
      auto* item = content.AddSectionDictionary("PENDING");
      web::setValue(*item, "ID", m.id);
      web::setValue(*item, "NUMBER", organisation.organisation_number);
      web::setValue(*item, "EMAIL", m.user_email);
      web::setValue(*item, "REQUESTED", calendar::displayDay(m.requested_at));
      web::setValue(*item, "HEADING", i18n::catalog().format("organisations.members.requested_by",
                                                   {{"name", m.user_name}, {"role", roleLabel(m.role)}}));
      const bool first_admin = m.role == "org_admin" && !members.has_verified_admin;
      if (first_admin) item->ShowSection("FIRST_ADMIN");
      if (service.mayDecide(actor, organisation, m, members.has_verified_admin)) {
        auto* evidence = item->AddSectionDictionary("EVIDENCE");
        addFacts(*evidence, organisation);
        addRoles(*evidence, register_roles());
        auto* form = item->AddSectionDictionary("DECIDE");
        web::setValue(*form, "ID", m.id);
        web::setValue(*form, "NUMBER", organisation.organisation_number);
        web::setValue(*form, "CSRF_TOKEN", actor.csrf_token);
        if (m.id == failed_id && error != nullptr) {
          web::setValue(*form, "NOTE", note);
          web::addTextSection(*form, "NOTE_ERROR", errorText(*error));
          web::addTextSection(content, "ALERT", errorText(*error));
        }
      } else {
        item->ShowSection("NOT_ALLOWED");
      }
    } else {
      any_member = true;
      auto* row = content.AddSectionDictionary("MEMBER");
      web::setValue(*row, "NAME", m.user_name);
      web::setValue(*row, "ROLE", roleLabel(m.role));
      web::setValue(*row, "STATUS", membershipStatusLabel(m.status));
      web::setValue(*row, "DECIDED", m.decided_at ? calendar::displayDay(*m.decided_at) : "");
      if (may_revoke_any) {
        auto* cell = row->AddSectionDictionary("ACTION_CELL");
        if (m.status == "verified" &&
            service.mayDecide(actor, organisation, m, members.has_verified_admin)) {
          auto* link = cell->AddSectionDictionary("REVOKE");
          web::setValue(*link, "ID", m.id);
          web::setValue(*link, "NAME", m.user_name);
          web::setValue(*link, "NUMBER", organisation.organisation_number);
        }
      }
    }
  }
  if (may_revoke_any) content.ShowSection("ACTIONS");
  if (!any_pending) content.ShowSection("NO_PENDING");
  content.ShowSection(any_member ? "HAS_MEMBERS" : "NO_MEMBERS");
  const int status = error == nullptr ? 200 : (error->kind() == ErrorKind::Validation ? 422 : 409);
  return page(renderer, i18n::catalog().format("organisations.members.title", {{"name", organisation.name}}),
              "medlemmer.tpl", content, status);
}

// The confirmation step of revoking: who, in which role, and the reason the decision needs.
http::Response revokePage(const OrganisationService& service, const web::Renderer& renderer,
                          const http::Request& request, const Error* error,
                          const std::string& note) {
  const auto organisation = service.get(request.pathParam("organisasjonsnummer"));
  const auto& actor = requirePerson(request, kManageMembersPermission, organisation.id);
  const auto members = service.members(actor, organisation.organisation_number);
  const std::string id(request.pathParam("id"));
  const auto it = std::find_if(members.memberships.begin(), members.memberships.end(),
                               [&](const MembershipRecord& m) { return m.id == id; });
  if (it == members.memberships.end() || it->status != "verified" ||
      !service.mayDecide(actor, organisation, *it, members.has_verified_admin)) {
    throw Error(ErrorKind::NotFound, "organisations.error.membership_not_found");
  }
  Dictionary content("tilbakekall");
  const std::string title =
      i18n::catalog().format("organisations.members.revoke_title", {{"name", it->user_name}});
  web::setValue(content, "TITLE", title);
  web::setValue(content, "EMAIL", it->user_email);
  web::setValue(content, "ROLE", roleLabel(it->role));
  web::setValue(content, "ID", it->id);
  web::setValue(content, "NUMBER", organisation.organisation_number);
  web::setValue(content, "CSRF_TOKEN", actor.csrf_token);
  web::setValue(content, "NOTE", note);
  if (error != nullptr) {
    web::addTextSection(content, "ALERT", errorText(*error));
    web::addTextSection(content, "NOTE_ERROR", errorText(*error));
  }
  const int status = error == nullptr ? 200 : (error->kind() == ErrorKind::Validation ? 422 : 409);
  return page(renderer, title, "tilbakekall.tpl", content, status);
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const OrganisationService> service,
                        const web::Renderer& renderer) {
  const auto* view = &renderer;
  router.add({http::Method::Get, "/organisasjoner", http::Audience::Page,
              [service, view](http::Request& request) { return listPage(*service, *view, request); },
              {}});
  router.add({http::Method::Get, "/organisasjoner/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto& actor = requirePerson(request, kRegisterPermission);
                const auto input = request.queryParam("organisasjonsnummer");
                return newPage(*service, *view, actor, input.value_or(""), nullptr, input.has_value());
              },
              {}});
  router.add({http::Method::Post, "/organisasjoner/ny", http::Audience::Page,
              [service, view](http::Request& request) {
                const auto& actor = requirePerson(request, kRegisterPermission);
                const std::string input = request.formField("organisasjonsnummer");
                try {
                  const auto result = service->registerOrganisation(actor, input);
                  return http::Response::redirect("/organisasjoner/" +
                                                  result.organisation.organisation_number +
                                                  "?registrert=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Conflict &&
                      e.kind() != ErrorKind::Unavailable) {
                    throw;
                  }
                  return newPage(*service, *view, actor, input, &e, false);
                }
              },
              {}});
  router.add({http::Method::Get, "/organisasjoner/{organisasjonsnummer}", http::Audience::Page,
              [service, view](http::Request& request) {
                return detailPage(*service, *view, request, nullptr, {});
              },
              {}});
  router.add({http::Method::Post, "/organisasjoner/{organisasjonsnummer}/oppdater",
              http::Audience::Page,
              [service, view](http::Request& request) {
                const auto& actor = requirePerson(request, kRegisterPermission);
                const std::string number(request.pathParam("organisasjonsnummer"));
                try {
                  const auto result = service->refreshFromRegister(actor, number);
                  return http::Response::redirect("/organisasjoner/" + number +
                                                  "?oppdatert=" + refreshCodes(result.changed_fields));
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Unavailable && e.kind() != ErrorKind::Conflict) throw;
                  auto response = detailPage(*service, *view, request, &e, {});
                  response.status = e.kind() == ErrorKind::Conflict ? 409 : 503;
                  return response;
                }
              },
              {}});
  router.add({http::Method::Post, "/organisasjoner/{organisasjonsnummer}/medlemskap",
              http::Audience::Page,
              [service, view](http::Request& request) {
                const auto& actor = requirePerson(request, kRegisterPermission);
                const std::string role = request.formField("rolle");
                const std::string number(request.pathParam("organisasjonsnummer"));
                try {
                  service->requestMembership(actor, number, role);
                  return http::Response::redirect("/organisasjoner/" + number + "?forespurt=1");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Conflict) throw;
                  return detailPage(*service, *view, request, &e, role);
                }
              },
              {}});
  router.add({http::Method::Get, "/organisasjoner/{organisasjonsnummer}/medlemmer",
              http::Audience::Page,
              [service, view](http::Request& request) {
                return membersPage(*service, *view, request, {}, nullptr, {});
              },
              {}});
  router.add({http::Method::Get, "/organisasjoner/{organisasjonsnummer}/medlemmer/{id}/tilbakekall",
              http::Audience::Page,
              [service, view](http::Request& request) {
                return revokePage(*service, *view, request, nullptr, {});
              },
              {}});
  router.add({http::Method::Post, "/organisasjoner/{organisasjonsnummer}/medlemmer/{id}/vedtak",
              http::Audience::Page,
              [service, view](http::Request& request) {
                const auto& actor = requirePerson(request, kRegisterPermission);
                const std::string number(request.pathParam("organisasjonsnummer"));
                const std::string id(request.pathParam("id"));
                const std::string verdict = request.formField("vedtak");
                const std::string note = request.formField("begrunnelse");
                try {
                  const auto decision = parseDecision(verdict);
                  service->decide(actor, number, id, decision, note);
                  return http::Response::redirect(
                      "/organisasjoner/" + number + "/medlemmer?" +
                      (decision == Decision::Revoke ? "tilbakekalt=1" : "behandlet=1"));
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::Conflict) throw;
                  if (verdict == "tilbakekalt" && e.kind() == ErrorKind::Validation) {
                    return revokePage(*service, *view, request, &e, note);
                  }
                  return membersPage(*service, *view, request, id, &e, note);
                }
              },
              {}});
}

}  // namespace masseflyt::identity::organisations
