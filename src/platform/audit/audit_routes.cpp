#include "platform/audit/audit_routes.hpp"

#include <ctemplate/template.h>

#include <charconv>
#include <map>
#include <string>

#include "platform/api/pagination.hpp"
#include "platform/audit/audit_filters.hpp"
#include "platform/audit/audit_json.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/audit/oslo_time.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::audit {
namespace {

constexpr std::string_view kPagePath = "/admin/revisjonslogg";
constexpr std::string_view kApiPath = "/api/v1/revisjonslogg";
constexpr std::string_view kTemplate = "platform/audit/templates/revisjonslogg.tpl";
constexpr std::string_view kPermission = "audit.log.read";
constexpr std::size_t kPageSize = 50;

// The filter's choices: groups (a prefix matching several actions) and every single action.
constexpr std::string_view kActionGroups[] = {"login",        "logout",     "membership", "role",
                                               "organisation", "api_client", "api_key",    "password"};
constexpr std::string_view kActions[] = {
    "login.succeeded",          "login.failed",        "login.locked",
    "logout",                   "logout.everywhere",   "totp.enrolled",
    "session.step_up",          "oidc.linked",         "user.created",
    "password.reset_requested", "password.reset",      "account.anonymised",
    "membership.requested",     "membership.approved", "membership.rejected",
    "membership.revoked",       "organisation.registered", "organisation.refreshed",
    "role.granted",             "role.revoked",        "api_client.created",
    "api_client.secret_rotated", "api_client.revoked", "api_client.token_denied",
    "api_key.created",          "api_key.rotated",
};

std::optional<std::int64_t> parsePositive(std::string_view text) {
  std::int64_t value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size() || value <= 0) {
    return std::nullopt;
  }
  return value;
}

// The Norwegian name of an action; actions added later without a text show their key.
std::string actionLabel(const std::string& action) {
  const std::string key = "audit.action." + action;
  return i18n::catalog().contains(key) ? std::string(i18n::t(key)) : action;
}

std::string joinQuery(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "&" + b;
}

std::string pageLink(const std::string& query) {
  return query.empty() ? std::string(kPagePath) : std::string(kPagePath) + "?" + query;
}

void fillActionOptions(ctemplate::TemplateDictionary& dict, const std::string& selected) {
  const auto add = [&](const char* section, std::string value, std::string label) {
    auto* option = dict.AddSectionDictionary(section);
    option->SetValue("VALUE", value);
    option->SetValue("LABEL", label);
    if (value == selected) {
      option->ShowSection("SELECTED");
    }
  };
  for (const auto group : kActionGroups) {
    add("GROUP_OPTION", std::string(group), std::string(i18n::t("audit.group." + std::string(group))));
  }
  for (const auto action : kActions) {
    add("ACTION_OPTION", std::string(action), actionLabel(std::string(action)));
  }
  // A prefix typed into the URL by hand still shows as chosen.
  bool known = selected.empty();
  for (const auto group : kActionGroups) known = known || selected == group;
  for (const auto action : kActions) known = known || selected == action;
  if (!known) {
    add("ACTION_OPTION", selected, selected);
  }
}

void fillFieldError(ctemplate::TemplateDictionary& dict, const std::vector<FieldError>& errors,
                    const std::string& field, const char* section) {
  for (const auto& error : errors) {
    if (error.field == field) {
      dict.ShowSection(section);
      dict.SetValueAndShowSection(std::string(section) + "_TEXT", std::string(i18n::t(error.message_key)),
                                  std::string(section) + "_MESSAGE");
      return;
    }
  }
}

// Looks each id up once per page: the same person or organisation fills many rows.
class NameCache {
 public:
  explicit NameCache(std::function<std::optional<std::string>(const std::string&)> lookup)
      : lookup_(std::move(lookup)) {}
  std::optional<std::string> operator()(const std::string& id) {
    if (!lookup_) return std::nullopt;
    auto it = names_.find(id);
    if (it == names_.end()) it = names_.emplace(id, lookup_(id)).first;
    return it->second;
  }

 private:
  std::function<std::optional<std::string>(const std::string&)> lookup_;
  std::map<std::string, std::optional<std::string>> names_;
};

http::Response renderPage(db::Database& database, const web::Renderer& renderer,
                          const AuditNames& names,
                          http::Request& request) {
  auth::require(request, kPermission);
  const AuditFilters filters = parseFilters(request);
  AuditQuery query = filters.query;
  query.limit = kPageSize + 1;  // one more tells whether an older page exists
  if (const auto eldre = request.queryParam("eldre")) {
    query.before_sequence = parsePositive(*eldre);
  }
  const bool check_chain = request.queryParam("kontroller") == "1";

  auto lease = database.lease();
  std::vector<AuditEntry> entries = list(lease, query);
  const bool has_older = entries.size() > kPageSize;
  if (has_older) {
    entries.resize(kPageSize);
  }

  ctemplate::TemplateDictionary dict("revisjonslogg");
  dict.SetValue("PAGE_PATH", std::string(kPagePath));
  dict.SetValue("F_HANDLING", filters.handling);
  dict.SetValue("F_AKTOR", filters.aktor);
  dict.SetValue("F_ORGANISASJON", filters.organisasjon);
  dict.SetValue("F_OBJEKT", filters.objekt);
  dict.SetValue("F_FRA", filters.fra);
  dict.SetValue("F_TIL", filters.til);
  if (!filters.objekt.empty()) {
    dict.ShowSection("HAS_OBJEKT");
  }
  fillActionOptions(dict, filters.handling);

  if (!filters.errors.empty()) {
    dict.ShowSection("ERRORS");
    for (const auto& error : filters.errors) {
      auto* item = dict.AddSectionDictionary("ERROR");
      item->SetValue("FIELD", error.field);
      item->SetValue("TEXT", std::string(i18n::t(error.message_key)));
    }
    fillFieldError(dict, filters.errors, "handling", "HANDLING_ERROR");
    fillFieldError(dict, filters.errors, "aktor", "AKTOR_ERROR");
    fillFieldError(dict, filters.errors, "organisasjon", "ORGANISASJON_ERROR");
    fillFieldError(dict, filters.errors, "fra", "FRA_ERROR");
    fillFieldError(dict, filters.errors, "til", "TIL_ERROR");
  }

  const std::string filter_query = filterQueryString(filters);
  if (check_chain) {
    const VerifyResult result = verify(lease);
    if (result.ok) {
      dict.SetValueAndShowSection(
          "TEXT", i18n::catalog().format("audit.verify.ok", {{"checked", std::to_string(result.checked)}}),
          "CHAIN_OK");
    } else {
      dict.SetValueAndShowSection(
          "TEXT",
          i18n::catalog().format(
              "audit.verify.broken",
              {{"sequence", std::to_string(result.first_broken_sequence.value_or(0))},
               {"reason", std::string(i18n::t(result.reason_key))}}),
          "CHAIN_BROKEN");
    }
  } else {
    dict.ShowSection("CHAIN_UNCHECKED");
  }

  if (entries.empty()) {
    dict.ShowSection("EMPTY");
  } else {
    dict.ShowSection("TABLE");
  }
  const std::string none(i18n::t("audit.page.none"));
  NameCache actor_name(names.actor);
  NameCache organisation_name(names.organisation);
  for (const AuditEntry& e : entries) {
    auto* row = dict.AddSectionDictionary("ENTRY");
    row->SetValue("SEQUENCE", std::to_string(e.sequence));
    row->SetValue("TIME", formatOsloTime(e.at_ms));
    row->SetValue("TIME_ISO", isoUtc(e.at_ms));
    row->SetValue("ACTION", actionLabel(e.action));
    row->SetValue("ACTION_KEY", e.action);
    if (e.actor_id.empty()) {
      row->SetValueAndShowSection("TEXT", none, "NO_ACTOR");
    } else {
      auto* actor = row->AddSectionDictionary("ACTOR");
      actor->SetValue("ID", e.actor_id);
      if (const auto name = actor_name(e.actor_id)) actor->SetValueAndShowSection("NAME", *name, "NAMED");
      else actor->ShowSection("UNNAMED");
      actor->SetValue("HREF", pageLink("aktor=" + e.actor_id));
      actor->SetValue("LABEL", i18n::catalog().format("audit.page.filter_by_actor", {{"id", e.actor_id}}));
    }
    if (e.subject_type.empty() && e.subject_id.empty()) {
      row->SetValueAndShowSection("TEXT", none, "NO_SUBJECT");
    } else {
      auto* subject = row->AddSectionDictionary("SUBJECT");
      subject->SetValue("TYPE", e.subject_type);
      subject->SetValue("ID", e.subject_id);
    }
    if (e.organisation_id.empty()) {
      row->SetValueAndShowSection("TEXT", none, "NO_ORGANISATION");
    } else {
      auto* organisation = row->AddSectionDictionary("ORGANISATION");
      organisation->SetValue("ID", e.organisation_id);
      if (const auto name = organisation_name(e.organisation_id)) {
        organisation->SetValueAndShowSection("NAME", *name, "NAMED");
      } else {
        organisation->ShowSection("UNNAMED");
      }
      organisation->SetValue("HREF", pageLink("organisasjon=" + e.organisation_id));
      organisation->SetValue("LABEL", i18n::catalog().format("audit.page.filter_by_organisation",
                                                             {{"id", e.organisation_id}}));
    }
  }
  if (has_older) {
    dict.SetValueAndShowSection(
        "HREF", pageLink(joinQuery(filter_query, "eldre=" + std::to_string(entries.back().sequence))),
        "OLDER");
  }
  if (query.before_sequence) {
    dict.SetValueAndShowSection("HREF", pageLink(filter_query), "NEWEST");
  }
  // The chain check keeps the current filters, as hidden fields of its GET form.
  const std::pair<const char*, const std::string*> hidden[] = {
      {"handling", &filters.handling}, {"aktor", &filters.aktor},
      {"organisasjon", &filters.organisasjon}, {"objekt", &filters.objekt},
      {"fra", &filters.fra}, {"til", &filters.til}};
  for (const auto& [name, value] : hidden) {
    if (!value->empty()) {
      auto* field = dict.AddSectionDictionary("CHECK_HIDDEN");
      field->SetValue("NAME", name);
      field->SetValue("VALUE", *value);
    }
  }

  web::PageMeta meta;
  meta.title = std::string(i18n::t("audit.page.title"));
  auto response = http::Response::html(renderer.page(meta, kTemplate, dict),
                                       filters.errors.empty() ? 200 : 422);
  // Security events of other people: never kept by a browser or proxy cache.
  response.headers.set("Cache-Control", "no-store");
  return response;
}

http::Response listApi(db::Database& database, http::Request& request) {
  auth::require(request, kPermission);
  const api::PageRequest page = api::parsePageRequest(request);
  AuditFilters filters = parseFilters(request);
  if (!filters.errors.empty()) {
    throw Error(ErrorKind::Validation, "audit.error.invalid_filter", {}, filters.errors);
  }
  AuditQuery query = filters.query;
  query.limit = page.limit + 1;
  if (page.after) {
    query.before_sequence = parsePositive(*page.after);
    if (!query.before_sequence) {
      throw Error(ErrorKind::Validation, "audit.error.invalid_filter", "cursor",
                  {{"cursor", "api.error.cursor"}});
    }
  }
  auto lease = database.lease();
  std::vector<AuditEntry> entries = list(lease, query);
  std::optional<std::string> next;
  if (entries.size() > page.limit) {
    entries.resize(page.limit);
    next = api::encodeCursor(std::to_string(entries.back().sequence));
  }
  auto response = http::Response::json(entriesPageJson(entries, next));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

void registerAuditRoutes(http::Router& router, db::Database& database,
                         const web::Renderer& renderer, AuditNames names) {
  router.add({http::Method::Get, std::string(kPagePath), http::Audience::Page,
              [&database, &renderer, names = std::move(names)](http::Request& request) {
                return renderPage(database, renderer, names, request);
              },
              {}});
  router.add({http::Method::Get, std::string(kApiPath), http::Audience::Api,
              [&database](http::Request& request) { return listApi(database, request); }, {}});
}

}  // namespace masseflyt::audit
