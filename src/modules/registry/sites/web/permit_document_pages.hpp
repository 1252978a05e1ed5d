#pragma once

#include <memory>

#include "modules/registry/sites/app/permit_documents.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::registry::sites {

/// GET /anlegg/{id}/tillatelser/{permitId}/dokument (the PDF, for logged-in users),
/// GET …/dokument/endre (upload form), POST …/dokument (multipart upload) and POST …/dokument/fjern.
void registerPermitDocumentPages(http::Router& router, std::shared_ptr<const PermitDocuments> documents,
                                 const web::Renderer& renderer);

/// Where the PDF of a permit is downloaded from (pages link it, the API names it).
std::string permitDocumentPath(std::string_view site_id, std::string_view permit_id);

}  // namespace masseflyt::registry::sites
