#include "modules/registry/providers/app/provider_service.hpp"

#include "modules/registry/common/profiles.hpp"
#include "modules/registry/common/rules.hpp"
#include "modules/registry/providers/infra/provider_repository.hpp"
#include "modules/registry/providers/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::providers {
namespace {

using identity::organisations::OrganisationRecord;

constexpr std::string_view kHistoryKind = "provider";

std::string servicesText(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) {
    if (!out.empty()) out += ", ";
    out += std::string(i18n::t("registry.provider.service." + code));
  }
  return out;
}

history::ChangeSet providerChanges(const ProviderRecord& before, const ProviderRecord& after) {
  history::ChangeSet changes;
  changes.compare("registry.provider.field.services", servicesText(before.services),
                  servicesText(after.services));
  changes.compare("registry.provider.field.accreditation", before.accreditationText(),
                  after.accreditationText());
  changes.compare("registry.provider.field.municipalities", common::municipalitiesText(before.municipalities),
                  common::municipalitiesText(after.municipalities));
  changes.compare("registry.provider.field.contact_name", before.contact_name, after.contact_name);
  changes.compare("registry.provider.field.contact_phone", before.contact_phone, after.contact_phone);
  changes.compare("registry.provider.field.contact_email", before.contact_email, after.contact_email);
  changes.compare("registry.provider.field.description", before.description, after.description);
  return changes;
}

}  // namespace

ProviderService::ProviderService(db::Database& database, const identity::organisations::BrregClient& brreg)
    : database_(database), organisations_(database, brreg) {}

ProviderRecord ProviderService::registerProvider(const auth::Principal& actor, std::string_view orgnr,
                                                 const ProviderInput& input) const {
  const auto organisation = organisations_.find(orgnr);
  if (!organisation) {
    throw Error(ErrorKind::Validation, "registry.provider.error.organisation_unknown", {},
                {{"organisasjonsnummer", "registry.provider.error.organisation_unknown"}});
  }
  common::requireAllowed(actor, kEditProvider, organisation->id);
  ProviderRecord provider = validateProviderInput(input);
  provider.id = db::newUuidV7();
  provider.organisation_id = organisation->id;
  provider.organisation_number = organisation->organisation_number;
  provider.name = organisation->name;
  provider.created_at = provider.updated_at = db::nowEpochMs();
  provider.is_demo = organisation->is_demo;

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::findProviderByNumber(lease, provider.organisation_number)) {
    throw Error(ErrorKind::Conflict, "registry.provider.error.exists");
  }
  repository::insertProvider(lease, provider);
  history::record(lease, kHistoryKind, provider.id, actor.user_id, organisation->name, "created",
                  providerChanges(ProviderRecord{}, provider).changes());
  transaction.commit();
  return provider;
}

ProviderRecord ProviderService::updateProvider(const auth::Principal& actor, std::string_view orgnr,
                                               const ProviderInput& input) const {
  const ProviderRecord before = get(orgnr);
  common::requireAllowed(actor, kEditProvider, before.organisation_id);
  ProviderRecord after = validateProviderInput(input);
  after.id = before.id;
  after.organisation_id = before.organisation_id;
  after.organisation_number = before.organisation_number;
  after.name = before.name;
  after.created_at = before.created_at;
  after.is_demo = before.is_demo;
  after.updated_at = db::nowEpochMs();
  const auto changes = providerChanges(before, after);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::updateProvider(lease, after);
  history::record(lease, kHistoryKind, after.id, actor.user_id, before.name, "updated", changes.changes());
  transaction.commit();
  return after;
}

std::optional<ProviderRecord> ProviderService::find(std::string_view orgnr) const {
  if (!common::isOrganisationNumber(orgnr)) return std::nullopt;
  auto lease = database_.lease();
  return repository::findProviderByNumber(lease, std::string(orgnr));
}

ProviderRecord ProviderService::get(std::string_view orgnr) const {
  auto provider = find(orgnr);
  if (!provider) throw Error(ErrorKind::NotFound, "registry.provider.error.not_found");
  return std::move(*provider);
}

ProviderService::Page ProviderService::list(const ProviderFilter& filter, ProviderSort sort,
                                            std::int64_t offset, std::int64_t limit) const {
  auto lease = database_.lease();
  Page page;
  page.items = repository::listProviders(lease, filter, sort, offset, limit);
  page.total = repository::countProviders(lease, filter);
  return page;
}

std::vector<ProviderRecord> ProviderService::listAfter(const ProviderFilter& filter,
                                                       const std::optional<std::string>& after,
                                                       std::int64_t limit) const {
  auto lease = database_.lease();
  return repository::listProvidersAfter(lease, filter, after, limit);
}

std::optional<OrganisationRecord> ProviderService::organisation(std::string_view orgnr) const {
  return organisations_.find(orgnr);
}

std::vector<OrganisationRecord> ProviderService::registrable(const auth::Principal& actor) const {
  return common::registrableOrganisations(organisations_, actor, kEditProvider,
                                          [this](const OrganisationRecord& organisation) {
                                            return find(organisation.organisation_number).has_value();
                                          });
}

std::vector<history::ChangeEntry> ProviderService::history(const ProviderRecord& provider) const {
  auto lease = database_.lease();
  return history::list(lease, kHistoryKind, provider.id);
}

}  // namespace masseflyt::registry::providers
