#include "modules/masses/plans/web/plan_pages.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <cctype>

#include "modules/masses/plans/api/plan_api.hpp"
#include "modules/masses/plans/app/plan_texts.hpp"
#include "modules/masses/plans/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/forms/multipart.hpp"
#include "platform/history/history_view.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::masses::plans {
namespace {

constexpr std::string_view kTemplates = "modules/masses/plans/web/templates/";
constexpr std::size_t kBlankRows = 3;

using Dictionary = ctemplate::TemplateDictionary;

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

std::string base(std::string_view project_id) {
  return "/prosjekter/" + std::string(project_id) + "/massehandteringsplan";
}

http::Response page(const web::Renderer& renderer, const http::Request& request, const std::string& title,
                    std::string_view file, const Dictionary& content, int status = 200) {
  web::PageMeta meta;
  meta.title = title;
  meta.nav = "prosjekter";
  meta.principal = request.principal.get();
  auto response =
      http::Response::html(renderer.page(meta, std::string(kTemplates) + std::string(file), content), status);
  if (request.principal) response.headers.set("Cache-Control", "no-store");
  return response;
}

// "rad 3, Fraksjon" + the message → "Rad 3, Fraksjon: Ukjent fraksjon …"
std::string sentence(const FieldError& error) {
  std::string out = error.field + ": " + text(error.message_key);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

void addErrors(Dictionary& content, std::string_view section, const Error& error) {
  auto* summary = content.AddSectionDictionary(std::string(section));
  web::setValue(*summary, "TITLE", text(error.messageKey()));
  for (const auto& field : error.fields()) {
    web::setValue(*summary->AddSectionDictionary("ERROR"), "TEXT", sentence(field));
  }
}

void option(Dictionary& parent, std::string_view section, std::string_view value, std::string_view label,
            bool selected) {
  auto* item = parent.AddSectionDictionary(std::string(section));
  web::setValue(*item, "VALUE", value);
  web::setValue(*item, "LABEL", label);
  if (selected) item->ShowSection("SELECTED");
}

void settingsForm(Dictionary& content, const PlanSettings& settings, const std::string& target_text) {
  web::setValue(content, "GJENBRUKSMAL", target_text);
  for (const auto status : {ReuseStatus::NotStarted, ReuseStatus::InProgress, ReuseStatus::Achieved,
                            ReuseStatus::NotAchieved}) {
    option(content, "REUSE_OPTION", reuseStatusKey(status),
           text("masses.plans.reuse." + std::string(reuseStatusKey(status))), settings.reuse_status == status);
  }
  for (const auto status : {DocumentationStatus::Missing, DocumentationStatus::Partial, DocumentationStatus::Complete}) {
    option(content, "DOCUMENTATION_OPTION", documentationStatusKey(status),
           text("masses.plans.documentation." + std::string(documentationStatusKey(status))),
           settings.documentation_status == status);
  }
  web::setValue(content, "MERKNAD", settings.note);
}

http::Response viewPage(const PlanService& service, const web::Renderer& renderer, const http::Request& request,
                        const Error* import_error = nullptr, const Error* settings_error = nullptr,
                        const PlanSettings* typed = nullptr, const std::string& typed_target = {},
                        const std::string& typed_csv = {}) {
  const auto view = service.forProject(request.principal.get(), request.pathParam("id"));
  const auto& plan = view.plan;
  Dictionary content("plan");
  const std::string title = i18n::catalog().format("masses.plans.page.title", {{"project", view.project.name}});
  web::setValue(content, "TITLE", title);
  web::setValue(content, "PROJECT_ID", view.project.id);
  web::setValue(content, "PROJECT_NAME", view.project.name);
  web::setValue(content, "BASE", base(view.project.id));
  if (request.queryParam("lagret")) web::addTextSection(content, "FLASH", text("masses.plans.page.saved"));
  if (request.queryParam("importert")) web::addTextSection(content, "FLASH", text("masses.plans.page.imported"));
  if (request.queryParam("publisert")) web::addTextSection(content, "FLASH", text("masses.plans.page.published"));

  if (plan.id.empty()) {
    content.ShowSection("NO_PLAN");
  } else {
    auto* facts = content.AddSectionDictionary("PLAN");
    web::setValue(*facts, "PLAN_ID", plan.id);
    const auto facts_text = factTexts(plan);
    web::setValue(*facts, "STATUS", facts_text.status);
    web::setValue(*facts, "REUSE_TARGET", facts_text.reuse_target);
    web::setValue(*facts, "PLANNED_REUSE", facts_text.planned_reuse);
    web::setValue(*facts, "REUSE_STATUS", facts_text.reuse_status);
    web::setValue(*facts, "DOCUMENTATION_STATUS", facts_text.documentation_status);
    web::setValue(*facts, "SURPLUS", facts_text.surplus);
    web::setValue(*facts, "NEED", facts_text.need);
    web::setValue(*facts, "CATALOG_VERSION", facts_text.catalog_version);
    if (!plan.settings.note.empty()) web::addTextSection(*facts, "NOTE", plan.settings.note);
    if (plan.lines.empty()) {
      facts->ShowSection("NO_LINES");
    } else {
      auto* table = facts->AddSectionDictionary("LINES");
      for (const auto& line : plan.lines) {
        auto* row = table->AddSectionDictionary("LINE");
        const auto line_text = lineTexts(line);
        web::setValue(*row, "KIND", line_text.kind);
        web::setValue(*row, "FRACTION", line_text.fraction);
        web::setValue(*row, "PHASE", line_text.phase);
        web::setValue(*row, "PERIOD", line_text.period);
        web::setValue(*row, "ENTERED", line_text.entered);
        web::setValue(*row, "TONNES", line_text.tonnes);
        web::setValue(*row, "DESTINATION", line_text.destination);
        web::setValue(*row, "NOTE", line.note);
      }
    }
    history::addHistory(content, service.history(plan.id));
  }
  if (view.may_edit) {
    auto* edit = content.AddSectionDictionary("EDIT");
    web::setValue(*edit, "CSRF_TOKEN", request.principal->csrf_token);
    web::setValue(*edit, "BASE", base(view.project.id));
    web::setValue(*edit, "CSV", typed_csv);
    if (plan.id.empty()) edit->ShowSection("NO_PLAN_HINT");
    if (!plan.id.empty()) {
      auto* existing = edit->AddSectionDictionary("HAS_PLAN");
      web::setValue(*existing, "BASE", base(view.project.id));
      web::setValue(*existing, "CSRF_TOKEN", request.principal->csrf_token);
      if (!plan.lines.empty()) {
        auto* publish = existing->AddSectionDictionary("CAN_PUBLISH");
        web::setValue(*publish, "BASE", base(view.project.id));
        web::setValue(*publish, "CSRF_TOKEN", request.principal->csrf_token);
      }
    }
    const PlanSettings& shown = typed != nullptr ? *typed : plan.settings;
    settingsForm(*edit, shown, typed != nullptr ? typed_target : std::to_string(shown.reuse_target_percent));
    if (import_error != nullptr) addErrors(*edit, "IMPORT_ERRORS", *import_error);
    if (settings_error != nullptr) addErrors(*edit, "SETTINGS_ERRORS", *settings_error);
  } else if (request.principal == nullptr) {
    content.ShowSection("LOGIN_HINT");
  }
  const int status = import_error != nullptr || settings_error != nullptr ? 422 : 200;
  return page(renderer, request, title, "plan.tpl", content, status);
}

// ---- lines form: fields l<i>_<name>, blank rows skipped ----

constexpr std::string_view kLineFields[] = {"type", "fraksjon", "fase", "fra", "til", "mengde",
                                            "enhet", "volumtilstand", "disponering", "mottaker", "merknad"};

LineInput lineFromForm(const std::vector<std::pair<std::string, std::string>>& fields, std::size_t i) {
  const std::string prefix = "l" + std::to_string(i) + "_";
  auto value = [&](std::string_view name) {
    for (const auto& [key, v] : fields) {
      if (key.size() == prefix.size() + name.size() && key.starts_with(prefix) && key.substr(prefix.size()) == name) {
        return v;
      }
    }
    return std::string();
  };
  return LineInput{.id = value("id"),
                   .kind = value("type"),
                   .fraction = value("fraksjon"),
                   .phase = value("fase"),
                   .period_from = value("fra"),
                   .period_to = value("til"),
                   .quantity = value("mengde"),
                   .unit = value("enhet"),
                   .state = value("volumtilstand"),
                   .destination = value("disponering"),
                   .destination_name = value("mottaker"),
                   .note = value("merknad")};
}

bool blank(const LineInput& in) {
  // A blank row has only its defaults (type and unit selects always send a value).
  return in.fraction.empty() && in.phase.empty() && in.period_from.empty() && in.period_to.empty() &&
         in.quantity.empty() && in.destination_name.empty() && in.note.empty();
}

LineInput inputOf(const PlanLine& line) {
  const bool volume = line.entered.unit == fractions::Unit::CubicMetres;
  return LineInput{.id = line.id,
                   .kind = std::string(lineKindKey(line.kind)),
                   .fraction = line.fraction_key,
                   .phase = line.phase,
                   .period_from = line.period_from,
                   .period_to = line.period_to,
                   .quantity = enteredAmountText(line.entered),
                   .unit = volume ? "m3" : "tonn",
                   .state = volume ? std::string(fractions::volumeStateKey(line.entered.state)) : "",
                   .destination = std::string(destinationKey(line.destination)),
                   .destination_name = line.destination_name,
                   .note = line.note};
}

http::Response linesPage(const PlanService& service, const web::Renderer& renderer, const http::Request& request,
                         const std::vector<LineInput>& rows, const Error* error) {
  const auto view = service.forProject(request.principal.get(), request.pathParam("id"));
  Dictionary content("linjer");
  const std::string title = i18n::catalog().format("masses.plans.lines.title", {{"project", view.project.name}});
  web::setValue(content, "TITLE", title);
  web::setValue(content, "PROJECT_ID", view.project.id);
  web::setValue(content, "PROJECT_NAME", view.project.name);
  web::setValue(content, "BASE", base(view.project.id));
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  web::setValue(content, "COUNT", std::to_string(rows.size()));
  // Field errors arrive as "linjer[i].field": shown next to that field of row i.
  std::vector<std::vector<std::pair<std::string, std::string>>> row_errors(rows.size());
  if (error != nullptr) {
    auto* summary = content.AddSectionDictionary("ERRORS");
    web::setValue(*summary, "TITLE", text(error->messageKey()));
    for (const auto& field : error->fields()) {
      const auto open = field.field.find('[');
      const auto close = field.field.find(']');
      std::size_t index = 0;
      std::string name;
      if (open != std::string::npos && close != std::string::npos && close > open) {
        index = static_cast<std::size_t>(std::stoul(field.field.substr(open + 1, close - open - 1)));
        if (close + 2 <= field.field.size()) name = field.field.substr(close + 2);
      }
      auto* item = summary->AddSectionDictionary("ERROR");
      web::setValue(*item, "TEXT", i18n::catalog().format("masses.plans.lines.error",
                                                          {{"row", std::to_string(index + 1)},
                                                           {"column", columnLabel(name)},
                                                           {"message", text(field.message_key)}}));
      web::setValue(*item, "ANCHOR", "l" + std::to_string(index) + "_" + (name.empty() ? "type" : name));
      if (index < row_errors.size()) row_errors[index].emplace_back(name, text(field.message_key));
    }
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& in = rows[i];
    auto* row = content.AddSectionDictionary("ROW");
    const std::string prefix = "l" + std::to_string(i) + "_";
    web::setValue(*row, "P", prefix);
    web::setValue(*row, "LEGEND", i18n::catalog().format("masses.plans.lines.row", {{"number", std::to_string(i + 1)}}));
    web::setValue(*row, "ID", in.id);
    for (const auto field : kLineFields) {
      std::string upper(field);
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string* value = nullptr;
      if (field == "fase") value = &in.phase;
      if (field == "fra") value = &in.period_from;
      if (field == "til") value = &in.period_to;
      if (field == "mengde") value = &in.quantity;
      if (field == "mottaker") value = &in.destination_name;
      if (field == "merknad") value = &in.note;
      if (value != nullptr) web::setValue(*row, upper, *value);
      for (const auto& [name, message] : row_errors[i]) {
        if (name == field) {
          auto* err = row->AddSectionDictionary("ERR_" + upper);
          web::setValue(*err, "TEXT", message);
          web::setValue(*err, "P", prefix);
          break;
        }
      }
    }
    option(*row, "KIND_OPTION", "overskudd", text("masses.plans.kind.overskudd"), in.kind != "behov");
    option(*row, "KIND_OPTION", "behov", text("masses.plans.kind.behov"), in.kind == "behov");
    option(*row, "FRACTION_OPTION", "", text("masses.plans.lines.choose_fraction"), in.fraction.empty());
    for (const auto& fraction : fractions::catalog().fractions) {
      option(*row, "FRACTION_OPTION", fraction.key, fraction.name, in.fraction == fraction.key);
    }
    option(*row, "UNIT_OPTION", "tonn", "tonn", in.unit != "m3");
    option(*row, "UNIT_OPTION", "m3", "m³", in.unit == "m3");
    option(*row, "STATE_OPTION", "", text("masses.plans.lines.state_none"), in.state.empty());
    for (const auto state : {fractions::VolumeState::Solid, fractions::VolumeState::Loose, fractions::VolumeState::Placed}) {
      const std::string key(fractions::volumeStateKey(state));
      option(*row, "STATE_OPTION", key, text("masses.plans.state." + key), in.state == key);
    }
    for (const auto destination : {Destination::Undecided, Destination::OwnReuse, Destination::OtherProject,
                                   Destination::Receiver}) {
      const std::string key(destinationKey(destination));
      option(*row, "DESTINATION_OPTION", key, text("masses.plans.destination." + key),
             in.destination == key || (in.destination.empty() && destination == Destination::Undecided));
    }
  }
  return page(renderer, request, title, "linjer.tpl", content, error != nullptr ? 422 : 200);
}

std::vector<LineInput> withBlankRows(std::vector<LineInput> rows) {
  for (std::size_t i = 0; i < kBlankRows; ++i) rows.push_back(LineInput{});
  return rows;
}

void requireEditor(const PlanService& service, const http::Request& request, const PlanView& view) {
  auth::require(request, kEditPermission);
  if (!service.mayEdit(request.principal.get(), view.project)) {
    throw Error(ErrorKind::Forbidden, "masses.plans.error.forbidden");
  }
}

// The plan of the project, created on first save (settings or lines).
PlanView ensurePlan(const PlanService& service, const http::Request& request, const PlanView& view) {
  if (!view.plan.id.empty()) return view;
  return service.create(*request.principal, view.project.id, PlanSettings{});
}

}  // namespace

void registerPageRoutes(http::Router& router, std::shared_ptr<const PlanService> service,
                        const web::Renderer& renderer) {
  const auto* r = &renderer;
  const std::string path = "/prosjekter/{id}/massehandteringsplan";
  router.add({http::Method::Get, path, http::Audience::Page,
              [service, r](http::Request& request) { return viewPage(*service, *r, request); }, {}});

  router.add({http::Method::Post, path + "/innstillinger", http::Audience::Page,
              [service, r](http::Request& request) {
                auto view = service->forProject(request.principal.get(), request.pathParam("id"));
                requireEditor(*service, request, view);
                std::vector<CellError> errors;
                const std::string target = request.formField("gjenbruksmal");
                const auto settings = validateSettings(target, request.formField("gjenbruksstatus"),
                                                       request.formField("dokumentasjonsstatus"),
                                                       request.formField("merknad"), errors);
                if (!settings) {
                  const Error error(ErrorKind::Validation, "masses.plans.error.invalid", {}, lineFieldErrors(errors));
                  PlanSettings typed;
                  typed.reuse_status = parseReuseStatus(request.formField("gjenbruksstatus")).value_or(ReuseStatus::NotStarted);
                  typed.documentation_status = parseDocumentationStatus(request.formField("dokumentasjonsstatus"))
                                                   .value_or(DocumentationStatus::Missing);
                  typed.note = request.formField("merknad");
                  return viewPage(*service, *r, request, nullptr, &error, &typed, target);
                }
                if (view.plan.id.empty()) {
                  service->create(*request.principal, view.project.id, *settings);
                } else {
                  service->updateSettings(*request.principal, view.plan.id, *settings);
                }
                return http::Response::redirect(base(view.project.id) + "?lagret=1");
              },
              {}});

  router.add({http::Method::Post, path + "/import", http::Audience::Page,
              [service, r](http::Request& request) {
                const auto view = service->forProject(request.principal.get(), request.pathParam("id"));
                requireEditor(*service, request, view);
                // A file (multipart/form-data) or CSV text pasted into the form (urlencoded).
                const bool multipart =
                    forms::multipartBoundary(request.header("Content-Type").value_or("")).has_value();
                const std::string pasted = multipart ? std::string() : request.formField("csv");
                try {
                  const UploadedFile file = multipart ? uploadedFile(request) : UploadedFile{pasted};
                  service->importFile(*request.principal, view.project.id, file);
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation && e.kind() != ErrorKind::BadRequest &&
                      e.kind() != ErrorKind::UnsupportedMediaType) {
                    throw;
                  }
                  return viewPage(*service, *r, request, &e, nullptr, nullptr, {}, pasted);
                }
                return http::Response::redirect(base(view.project.id) + "?importert=1");
              },
              {.max_body_bytes = kMaxUploadBytes}});

  router.add({http::Method::Post, path + "/publiser", http::Audience::Page,
              [service](http::Request& request) {
                const auto view = service->forProject(request.principal.get(), request.pathParam("id"));
                requireEditor(*service, request, view);
                if (view.plan.id.empty()) throw Error(ErrorKind::NotFound, "masses.plans.error.not_found");
                service->publish(*request.principal, view.plan.id);
                return http::Response::redirect(base(view.project.id) + "?publisert=1");
              },
              {}});

  router.add({http::Method::Get, path + "/linjer", http::Audience::Page,
              [service, r](http::Request& request) {
                const auto view = service->forProject(request.principal.get(), request.pathParam("id"));
                requireEditor(*service, request, view);
                std::vector<LineInput> rows;
                for (const auto& line : view.plan.lines) rows.push_back(inputOf(line));
                return linesPage(*service, *r, request, withBlankRows(std::move(rows)), nullptr);
              },
              {}});

  router.add({http::Method::Post, path + "/linjer", http::Audience::Page,
              [service, r](http::Request& request) {
                const auto view = service->forProject(request.principal.get(), request.pathParam("id"));
                requireEditor(*service, request, view);
                const auto fields = request.formFields();
                std::size_t count = 0;
                try {
                  count = std::min<std::size_t>(std::stoul(request.formField("antall")), kMaxLines + kBlankRows);
                } catch (const std::exception&) {
                  count = 0;
                }
                std::vector<LineInput> rows;
                for (std::size_t i = 0; i < count; ++i) {
                  auto in = lineFromForm(fields, i);
                  bool removed = false;
                  for (const auto& [key, value] : fields) {
                    if (key == "l" + std::to_string(i) + "_slett") removed = true;
                  }
                  if (!removed && !blank(in)) rows.push_back(std::move(in));
                }
                try {
                  const auto plan = ensurePlan(*service, request, view);
                  service->replaceLines(*request.principal, plan.plan.id, rows);
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return linesPage(*service, *r, request, rows, &e);
                }
                return http::Response::redirect(base(view.project.id) + "?lagret=1");
              },
              {.max_body_bytes = 1024 * 1024}});
}

}  // namespace masseflyt::masses::plans
