#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "modules/registry/sites/app/site_service.hpp"
#include "platform/storage/file_store.hpp"

// Uploaded permit documents (issue 4 item 2): the bytes go to the file store, the permit row keeps
// name, size and key, the change history names each file. Shared by pages and API.
namespace masseflyt::registry::sites {

class PermitDocuments {
 public:
  PermitDocuments(std::shared_ptr<const SiteService> sites, const storage::FileStore& files);

  /// Checks the permission before the bytes are looked at or stored, so nobody without it can
  /// fill the store. Error(Forbidden), Error(NotFound), Error(Validation) on "dokument".
  Permit upload(const auth::Principal& actor, std::string_view site_id, std::string_view permit_id,
                std::string_view file_name, std::string_view bytes) const;
  /// The file stays in the store (the history refers to it); the permit no longer offers it.
  Permit remove(const auth::Principal& actor, std::string_view site_id, std::string_view permit_id) const;

  struct File {
    std::string name;
    std::string bytes;
  };
  /// Error(Unauthorized) without a login (documents are not open data), Error(NotFound,
  /// "registry.permit.document.error.none") when the permit has none.
  File download(const auth::Principal* actor, std::string_view site_id, std::string_view permit_id) const;

  const SiteService& sites() const { return *sites_; }

 private:
  std::shared_ptr<const SiteService> sites_;
  const storage::FileStore& files_;
};

}  // namespace masseflyt::registry::sites
