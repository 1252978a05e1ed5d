#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/providers/domain/provider.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/history/change_history.hpp"

namespace masseflyt::registry::providers {

/// The use cases of quality-control providers. Every write checks permissions itself
/// (registry.provider.edit for the owning organisation), so pages and API share the rules.
/// Thread-safe.
class ProviderService {
 public:
  ProviderService(db::Database& database, const identity::organisations::BrregClient& brreg);

  /// Registers the organisation `orgnr` (already in Masseflyt) as provider. Error(Validation)
  /// with field errors for bad input (nothing saved), Error(Forbidden) without the permission,
  /// Error(Conflict) when it is a provider already.
  ProviderRecord registerProvider(const auth::Principal& actor, std::string_view orgnr,
                                  const ProviderInput& input) const;
  ProviderRecord updateProvider(const auth::Principal& actor, std::string_view orgnr,
                                const ProviderInput& input) const;

  std::optional<ProviderRecord> find(std::string_view orgnr) const;
  /// Error(NotFound, "registry.provider.error.not_found") when absent.
  ProviderRecord get(std::string_view orgnr) const;

  struct Page {
    std::vector<ProviderRecord> items;
    std::int64_t total = 0;
  };
  Page list(const ProviderFilter& filter, ProviderSort sort, std::int64_t offset, std::int64_t limit) const;
  std::vector<ProviderRecord> listAfter(const ProviderFilter& filter, const std::optional<std::string>& after,
                                        std::int64_t limit) const;

  /// The organisation record behind a provider (address, NACE codes).
  std::optional<identity::organisations::OrganisationRecord> organisation(std::string_view orgnr) const;
  /// The organisations `actor` may register as provider (see common::registrableOrganisations).
  std::vector<identity::organisations::OrganisationRecord> registrable(const auth::Principal& actor) const;

  std::vector<history::ChangeEntry> history(const ProviderRecord& provider) const;

 private:
  db::Database& database_;
  identity::organisations::OrganisationService organisations_;
};

/// The demo seeder (app/demo_seeder.cpp): the demo lab and fictional providers, idempotent.
int seedDemoProviders(db::Database& database, const identity::organisations::BrregClient& demo_register);

}  // namespace masseflyt::registry::providers
