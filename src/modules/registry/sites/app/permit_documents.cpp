#include "modules/registry/sites/app/permit_documents.hpp"

#include "modules/registry/sites/domain/permit_document.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::sites {

PermitDocuments::PermitDocuments(std::shared_ptr<const SiteService> sites, const storage::FileStore& files)
    : sites_(std::move(sites)), files_(files) {}

Permit PermitDocuments::upload(const auth::Principal& actor, std::string_view site_id,
                               std::string_view permit_id, std::string_view file_name,
                               std::string_view bytes) const {
  sites_->requirePermitEdit(actor, site_id);
  sites_->getPermit(site_id, permit_id);
  if (auto errors = checkPermitDocument(bytes); !errors.empty()) {
    std::string key = errors.front().message_key;  // before the vector is moved from
    throw Error(ErrorKind::Validation, std::move(key), {}, std::move(errors));
  }
  PermitDocument document{.file_key = files_.put(bytes),
                          .name = permitDocumentName(file_name),
                          .size_bytes = static_cast<std::int64_t>(bytes.size()),
                          .uploaded_at = db::nowEpochMs()};
  return sites_->setPermitDocument(actor, site_id, permit_id, document);
}

Permit PermitDocuments::remove(const auth::Principal& actor, std::string_view site_id,
                               std::string_view permit_id) const {
  return sites_->setPermitDocument(actor, site_id, permit_id, std::nullopt);
}

PermitDocuments::File PermitDocuments::download(const auth::Principal* actor, std::string_view site_id,
                                                std::string_view permit_id) const {
  if (actor == nullptr) throw Error(ErrorKind::Unauthorized, "registry.permit.document.error.login");
  const auto permit = sites_->getPermit(site_id, permit_id);
  if (!permit.document) throw Error(ErrorKind::NotFound, "registry.permit.document.error.none");
  auto bytes = files_.get(permit.document->file_key);
  // The row names a file the store does not have: lost storage, not the caller's fault.
  if (!bytes) throw Error(ErrorKind::Unavailable, "storage.error.unavailable", "missing " + permit.document->file_key);
  return {permit.document->name, std::move(*bytes)};
}

}  // namespace masseflyt::registry::sites
