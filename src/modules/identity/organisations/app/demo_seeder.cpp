#include <string_view>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/identity/organisations/infra/organisation_repository.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::organisations {
namespace {

struct DemoMembership {
  std::string_view email;  ///< a demo account of the accounts part
  std::string_view organisation_number;
  std::string_view role;
  bool verified;
};

// Fictional companies from the fixture register (integrations/brreg/fixtures/README.md).
constexpr std::string_view kDeveloper = "315500117";
constexpr std::string_view kContractor = "315500222";
constexpr std::string_view kQuarry = "315500443";
constexpr std::string_view kLandfill = "315500559";
constexpr std::string_view kTransport = "315500664";
constexpr std::string_view kLab = "315500885";
// Every demo company but 315501105 (Fornebu Gjenvinning), left for people trying the demo to
// register themselves. 315500990 (Kolsås Graving) is bankrupt: it shows a company that cannot trade.
constexpr std::string_view kSeededCompanies[] = {kDeveloper, kContractor, "315500338", kQuarry,
                                                 kLandfill,  kTransport,  kLab,        "315500990"};

constexpr DemoMembership kDemoMemberships[] = {
    {"byggherre@demo.masseflyt.no", kDeveloper, "org_admin", true},
    {"representant@demo.masseflyt.no", kContractor, "representative", true},
    {"transport@demo.masseflyt.no", kTransport, "dispatcher", true},
    {"sjafor@demo.masseflyt.no", kTransport, "driver", true},
    {"mottak@demo.masseflyt.no", kLandfill, "receiver", true},
    {"kvalitet@demo.masseflyt.no", kLab, "quality_controller", true},
    // Pending, so the approval pages have something to show: one for the developer's admin to
    // decide, one first admin that only a platform administrator may approve.
    {"ny@demo.masseflyt.no", kDeveloper, "representative", false},
    {"representant@demo.masseflyt.no", kQuarry, "org_admin", false},
};

}  // namespace

std::optional<OrganisationRecord> ensureDemoOrganisation(db::Database& database,
                                                         const BrregClient& demo_register,
                                                         std::string_view orgnr) {
  const auto entity = demo_register.lookup(std::string(orgnr));
  if (!entity) return std::nullopt;
  auto lease = database.lease();
  db::Transaction transaction(lease);
  if (auto existing = repository::findOrganisationByNumber(lease, entity->organisation_number)) {
    return existing;
  }
  const std::int64_t now = db::nowEpochMs();
  OrganisationRecord record = organisationFromRegister(*entity);
  record.id = db::newUuidV7();
  record.register_fetched_at = now;
  record.created_at = now;
  record.updated_at = now;
  record.is_demo = true;
  repository::insertOrganisation(lease, record);
  audit::record(lease, {.actor_id = {},
                        .action = "organisation.registered",
                        .subject_type = "organisation",
                        .subject_id = record.id,
                        .organisation_id = record.id,
                        .details = R"({"by":"seed-demo"})",
                        .ip_hash = {}});
  transaction.commit();
  return record;
}

int seedDemoOrganisations(db::Database& database, const BrregClient& demo_register) {
  int created = 0;
  const std::int64_t now = db::nowEpochMs();
  for (const auto number : kSeededCompanies) {
    std::optional<OrganisationRecord> before;
    {
      auto lease = database.lease();
      before = repository::findOrganisationByNumber(lease, std::string(number));
    }
    if (!before && ensureDemoOrganisation(database, demo_register, number)) ++created;
  }

  for (const auto& demo : kDemoMemberships) {
    auto lease = database.lease();
    db::Transaction transaction(lease);
    const auto user_id = repository::findUserIdByEmail(lease, std::string(demo.email));
    const auto organisation =
        repository::findOrganisationByNumber(lease, std::string(demo.organisation_number));
    if (!user_id || !organisation) continue;  // the accounts seeder did not create this person
    if (repository::findMembershipFor(lease, *user_id, organisation->id, std::string(demo.role))) {
      continue;
    }
    MembershipRecord membership;
    membership.id = db::newUuidV7();
    membership.user_id = *user_id;
    membership.organisation_id = organisation->id;
    membership.role = std::string(demo.role);
    membership.status = "pending";
    membership.requested_at = now;
    repository::insertMembership(lease, membership);
    audit::record(lease, {.actor_id = *user_id,
                          .action = "membership.requested",
                          .subject_type = "membership",
                          .subject_id = membership.id,
                          .organisation_id = organisation->id,
                          .details = R"({"role":")" + membership.role + R"(","by":"seed-demo"})",
                          .ip_hash = {}});
    if (demo.verified) {
      // No approver exists yet in a fresh demo, so the seed itself vouches (decided_by stays NULL).
      repository::decideMembership(lease, membership.id, "verified", now, {}, {});
      audit::record(lease, {.actor_id = {},
                            .action = "membership.approved",
                            .subject_type = "membership",
                            .subject_id = membership.id,
                            .organisation_id = organisation->id,
                            .details = R"({"role":")" + membership.role + R"(","by":"seed-demo"})",
                            .ip_hash = {}});
    }
    transaction.commit();
    ++created;
  }
  return created;
}

}  // namespace masseflyt::identity::organisations
