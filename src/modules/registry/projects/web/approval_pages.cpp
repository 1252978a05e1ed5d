#include "modules/registry/projects/web/approval_pages.hpp"

#include <ctemplate/template.h>

#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "modules/registry/projects/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::registry::projects {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

ApprovalInput readForm(const http::Request& request) {
  return {request.formField("type"),       request.formField("myndighet"),  request.formField("referanse"),
          request.formField("gyldig_fra"), request.formField("gyldig_til"), request.formField("dokument_url")};
}

http::Response formPage(const web::Renderer& renderer, const http::Request& request,
                        const ProjectRecord& project, const std::optional<Approval>& existing,
                        const ApprovalInput& in, const Error* error) {
  Dictionary content("godkjenning");
  const std::string title = text(existing ? "registry.project.approval.form.edit_title"
                                          : "registry.project.approval.form.new_title");
  web::setValue(content, "TITLE", title);
  web::setValue(content, "LEAD", i18n::catalog().format("registry.project.approval.form.lead", {{"project", project.name}}));
  web::setValue(content, "PROJECT_ID", project.id);
  web::setValue(content, "PROJECT_NAME", project.name);
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  const std::string base = "/prosjekter/" + project.id + "/godkjenninger/";
  web::setValue(content, "ACTION", existing ? base + existing->id + "/endre" : base + "ny");
  for (const auto& type : approvalTypes()) {
    auto* option = content.AddSectionDictionary("TYPE_OPTION");
    web::setValue(*option, "VALUE", type.key);
    web::setValue(*option, "LABEL", text(type.label_key));
    if (in.type == type.key) option->ShowSection("SELECTED");
  }
  web::setValue(content, "MYNDIGHET", in.authority);
  web::setValue(content, "REFERANSE", in.reference);
  web::setValue(content, "GYLDIG_FRA", in.valid_from);
  web::setValue(content, "GYLDIG_TIL", in.valid_to);
  web::setValue(content, "DOKUMENT_URL", in.document_url);
  if (error != nullptr) common::showFieldErrors(content, *error);
  return common::renderPage(renderer, request,
                            {"prosjekter", title, "modules/registry/projects/web/templates/godkjenning.tpl",
                             error == nullptr ? 200 : 422},
                            content);
}

// Both forms: the same permission as editing the project, checked before anything is shown.
ProjectRecord editableProject(const ApprovalService& approvals, const http::Request& request) {
  auto project = approvals.projects().get(request.pathParam("id"));
  auth::require(request, kEditPermission, project.developer.id);
  return project;
}

http::Response saved(const ProjectRecord& project) {
  return http::Response::redirect("/prosjekter/" + project.id + "?godkjenning_lagret=1#godkjenninger");
}

}  // namespace

void addApprovals(Dictionary& content, const std::vector<Approval>& approvals, const std::string& project_id,
                  bool may_edit) {
  if (approvals.empty()) {
    content.ShowSection("NO_APPROVALS");
    return;
  }
  content.ShowSection("HAS_APPROVALS");
  const std::string day = calendar::today();
  for (const auto& a : approvals) {
    auto* row = content.AddSectionDictionary("APPROVAL");
    const auto* type = findApprovalType(a.type);
    web::setValue(*row, "ID", a.id);
    web::setValue(*row, "PROJECT_ID", project_id);
    web::setValue(*row, "TYPE", type != nullptr ? text(type->label_key) : a.type);
    web::setValue(*row, "AUTHORITY", a.authority);
    if (!a.reference.empty()) web::addTextSection(*row, "REFERENCE", a.reference);
    if (!a.document_url.empty()) web::setValue(*row->AddSectionDictionary("DOCUMENT"), "URL", a.document_url);
    if (may_edit) row->ShowSection("APPROVAL_EDIT");
    web::setValue(*row, "PERIOD", calendar::displayDate(a.valid_from) + " – " +
                                      (a.valid_to ? calendar::displayDate(*a.valid_to)
                                                  : text("registry.project.approval.open_ended")));
    const auto status = approvalStatus(a, day);
    web::setValue(*row, "STATUS", text(approvalStatusLabelKey(status)));
    web::setValue(*row, "STATUS_COLOR", approvalStatusColor(status));
  }
}

void registerApprovalPages(http::Router& router, std::shared_ptr<const ApprovalService> approvals,
                           const web::Renderer& renderer) {
  const auto* view = &renderer;
  router.add({http::Method::Get, "/prosjekter/{id}/godkjenninger/ny", http::Audience::Page,
              [approvals, view](http::Request& request) {
                const auto project = editableProject(*approvals, request);
                return formPage(*view, request, project, std::nullopt, {}, nullptr);
              },
              {}});
  router.add({http::Method::Post, "/prosjekter/{id}/godkjenninger/ny", http::Audience::Page,
              [approvals, view](http::Request& request) {
                const auto project = editableProject(*approvals, request);
                const auto in = readForm(request);
                try {
                  approvals->add(*request.principal, project.id, in);
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return formPage(*view, request, project, std::nullopt, in, &e);
                }
                return saved(project);
              },
              {}});
  router.add({http::Method::Get, "/prosjekter/{id}/godkjenninger/{approvalId}/endre", http::Audience::Page,
              [approvals, view](http::Request& request) {
                const auto project = editableProject(*approvals, request);
                const auto approval = approvals->get(project.id, request.pathParam("approvalId"));
                return formPage(*view, request, project, approval, inputFrom(approval), nullptr);
              },
              {}});
  router.add({http::Method::Post, "/prosjekter/{id}/godkjenninger/{approvalId}/endre", http::Audience::Page,
              [approvals, view](http::Request& request) {
                const auto project = editableProject(*approvals, request);
                const auto approval = approvals->get(project.id, request.pathParam("approvalId"));
                const auto in = readForm(request);
                try {
                  approvals->update(*request.principal, project.id, approval.id, in);
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::Validation) throw;
                  return formPage(*view, request, project, approval, in, &e);
                }
                return saved(project);
              },
              {}});
}

}  // namespace masseflyt::registry::projects
