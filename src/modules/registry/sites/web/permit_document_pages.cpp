#include "modules/registry/sites/web/permit_document_pages.hpp"

#include <ctemplate/template.h>

#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/sites/domain/permit_document.hpp"
#include "modules/registry/sites/permissions.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/forms/multipart.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"

namespace masseflyt::registry::sites {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// A little over the document limit: the multipart framing and the CSRF part come on top, and a
// file just above the limit should get the form's message rather than the server's 413 page.
constexpr std::size_t kMaxUploadBody = kMaxPermitDocumentBytes + 256 * 1024;

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

http::Response documentPage(const PermitDocuments& documents, const web::Renderer& renderer,
                            const http::Request& request, const Error* error) {
  const auto& sites = documents.sites();
  const auto site = sites.get(request.pathParam("id"));
  auth::require(request, kEditPermission, site.site.organisation_id);
  const auto permit = sites.getPermit(site.site.id, request.pathParam("permitId"));
  Dictionary content("tillatelse_dokument");
  web::setValue(content, "SITE_ID", site.site.id);
  web::setValue(content, "SITE_NAME", site.site.name);
  web::setValue(content, "PERMIT_ID", permit.id);
  web::setValue(content, "CSRF_TOKEN", request.principal->csrf_token);
  const auto* type = findPermitType(permit.type);
  web::setValue(content, "LEAD",
                i18n::catalog().format("registry.permit.document.lead",
                                       {{"type", type != nullptr ? text(type->label_key) : permit.type},
                                        {"site", site.site.name}}));
  if (permit.document) {
    const auto size = displayFileSize(permit.document->size_bytes);
    auto* current = content.AddSectionDictionary("CURRENT");
    web::setValue(*current, "TEXT",
                  i18n::catalog().format("registry.permit.document.current_text",
                                         {{"name", permit.document->name},
                                          {"size", size},
                                          {"date", calendar::displayDay(permit.document->uploaded_at)}}));
    web::setValue(*current, "HREF", permitDocumentPath(site.site.id, permit.id));
    web::setValue(*current, "DOWNLOAD", i18n::catalog().format("registry.permit.document.download", {{"size", size}}));
    content.ShowSection("REMOVE");
  } else {
    content.ShowSection("NO_DOCUMENT");
  }
  if (error != nullptr) common::showFieldErrors(content, *error);
  return common::renderPage(renderer, request,
                            {"anlegg", text("registry.permit.document.title"),
                             "modules/registry/sites/web/templates/dokument.tpl", error == nullptr ? 200 : 422},
                            content);
}

http::Response upload(const PermitDocuments& documents, const web::Renderer& renderer,
                      const http::Request& request) {
  const auto site = documents.sites().get(request.pathParam("id"));
  auth::require(request, kEditPermission, site.site.organisation_id);
  const std::string permit_id(request.pathParam("permitId"));
  try {
    const auto boundary = forms::multipartBoundary(request.header("Content-Type").value_or(""));
    if (!boundary) {
      throw Error(ErrorKind::Validation, "registry.permit.document.error.empty", {},
                  {{std::string(kPermitDocumentField), "registry.permit.document.error.empty"}});
    }
    const auto parts = forms::parseMultipart(request.body, *boundary);
    const auto* file = forms::findPart(parts, kPermitDocumentField);
    documents.upload(*request.principal, site.site.id, permit_id, file != nullptr ? file->filename : "",
                     file != nullptr ? std::string_view(file->body) : std::string_view());
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::BadRequest) {
      // A damaged multipart body: say so on the form, as for any other bad file.
      const Error shown(ErrorKind::Validation, e.messageKey(), {}, {{std::string(kPermitDocumentField), e.messageKey()}});
      return documentPage(documents, renderer, request, &shown);
    }
    if (e.kind() != ErrorKind::Validation) throw;
    return documentPage(documents, renderer, request, &e);
  }
  return http::Response::redirect("/anlegg/" + site.site.id + "?dokument_lastet_opp=1#tillatelser");
}

http::Response remove(const PermitDocuments& documents, const web::Renderer&, const http::Request& request) {
  const auto site = documents.sites().get(request.pathParam("id"));
  auth::require(request, kEditPermission, site.site.organisation_id);
  documents.remove(*request.principal, site.site.id, request.pathParam("permitId"));
  return http::Response::redirect("/anlegg/" + site.site.id + "?dokument_fjernet=1#tillatelser");
}

http::Response download(const PermitDocuments& documents, const web::Renderer&, const http::Request& request) {
  if (request.principal == nullptr) {
    // Pages send people to log in and back here rather than showing a bare 401.
    return http::Response::redirect("/logg-inn?neste=" + text::percentEncode(request.path));
  }
  auto file = documents.download(request.principal.get(), request.pathParam("id"), request.pathParam("permitId"));
  return http::Response::download(std::move(file.bytes), "application/pdf", file.name);
}

}  // namespace

std::string permitDocumentPath(std::string_view site_id, std::string_view permit_id) {
  return "/anlegg/" + std::string(site_id) + "/tillatelser/" + std::string(permit_id) + "/dokument";
}

void registerPermitDocumentPages(http::Router& router, std::shared_ptr<const PermitDocuments> documents,
                                 const web::Renderer& renderer) {
  const auto* view = &renderer;
  using Handler = http::Response (*)(const PermitDocuments&, const web::Renderer&, const http::Request&);
  const auto add = [&](http::Method method, std::string_view suffix, Handler handler, std::size_t max_body) {
    router.add({method, "/anlegg/{id}/tillatelser/{permitId}/dokument" + std::string(suffix),
                http::Audience::Page,
                [documents, view, handler](http::Request& request) { return handler(*documents, *view, request); },
                {.max_body_bytes = max_body}});
  };
  const std::size_t small = 64 * 1024;
  add(http::Method::Get, "", &download, small);
  add(http::Method::Get, "/endre",
      [](const PermitDocuments& d, const web::Renderer& r, const http::Request& request) {
        return documentPage(d, r, request, nullptr);
      },
      small);
  add(http::Method::Post, "", &upload, kMaxUploadBody);
  add(http::Method::Post, "/fjern", &remove, small);
}

}  // namespace masseflyt::registry::sites
