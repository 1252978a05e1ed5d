#include <gtest/gtest.h>

#include <soci/soci.h>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/identity/organisations/infra/organisation_repository.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::organisations {
namespace {

class OrganisationServiceTest : public db::testing::DatabaseTest {
 protected:
  auth::Principal person(const std::string& email, const std::string& name) {
    auto lease = db().lease();
    const std::string id = db::newUuidV7();
    const std::int64_t now = db::nowEpochMs();
    *lease << "INSERT INTO users (id, email, display_name, created_at, updated_at) "
              "VALUES (:id, :email, :name, :now, :now2)",
        soci::use(id, "id"), soci::use(email, "email"), soci::use(name, "name"),
        soci::use(now, "now"), soci::use(now, "now2");
    auth::Principal principal;
    principal.user_id = id;
    principal.display_name = name;
    return principal;
  }

  std::vector<std::string> auditActions() {
    auto lease = db().lease();
    audit::AuditQuery query;
    query.limit = 100;
    std::vector<std::string> actions;
    for (const auto& entry : audit::list(lease, query)) actions.insert(actions.begin(), entry.action);
    return actions;
  }

  static std::string expectFieldError(const std::function<void()>& action) {
    try {
      action();
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Validation);
      if (!error.fields().empty()) return error.fields()[0].message_key;
      return error.messageKey();
    }
    ADD_FAILURE() << "no validation error";
    return {};
  }

  static ErrorKind kindOf(const std::function<void()>& action) {
    try {
      action();
    } catch (const Error& error) {
      return error.kind();
    }
    return ErrorKind::Internal;
  }

  brreg::FixtureBrregClient brreg_;
};

TEST_P(OrganisationServiceTest, RegistersFromTheRegisterWithAPendingAdminRequest) {
  const OrganisationService service(db(), brreg_);
  const auto berit = person("berit@example.no", "Berit");
  const auto result = service.registerOrganisation(berit, "991 825 827");
  EXPECT_EQ(result.organisation.name, "DIGITALISERINGSDIREKTORATET");
  EXPECT_EQ(result.organisation.municipality_number, "0301");
  EXPECT_EQ(result.organisation.business_address, "Lørenfaret 1C");
  EXPECT_EQ(result.membership.role, "org_admin");
  EXPECT_EQ(result.membership.status, "pending");

  const auto stored = service.find("991825827");
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->organisation_form, "ORGL");
  ASSERT_EQ(stored->nace_codes.size(), 1u);
  EXPECT_EQ(stored->nace_codes[0].code, "84.110");
  EXPECT_EQ(auditActions(), (std::vector<std::string>{"organisation.registered", "membership.requested"}));

  EXPECT_EQ(kindOf([&] { service.registerOrganisation(berit, "991825827"); }), ErrorKind::Conflict);
}

TEST_P(OrganisationServiceTest, RefusesWhatCannotTradeAndSaysWhy) {
  const OrganisationService service(db(), brreg_);
  const auto berit = person("berit@example.no", "Berit");
  EXPECT_EQ(expectFieldError([&] { service.registerOrganisation(berit, "821227062"); }),
            "organisations.status.reason.deleted");
  EXPECT_EQ(expectFieldError([&] { service.registerOrganisation(berit, "315500990"); }),
            "organisations.status.reason.bankrupt");
  EXPECT_EQ(expectFieldError([&] { service.registerOrganisation(berit, "924203617"); }),
            "organisations.orgnr.subunit");
  EXPECT_EQ(expectFieldError([&] { service.registerOrganisation(berit, "974760673"); }),
            "organisations.orgnr.not_found");
  EXPECT_EQ(expectFieldError([&] { service.registerOrganisation(berit, "991825828"); }),
            "organisations.orgnr.check_digit");
  EXPECT_FALSE(service.find("821227062").has_value());
  EXPECT_TRUE(auditActions().empty());

  const auto preview = service.preview(berit, "821227062");
  EXPECT_FALSE(preview.assessment.can_trade);
  EXPECT_EQ(preview.assessment.status, RegisterStatus::Deleted);
}

TEST_P(OrganisationServiceTest, FirstAdminNeedsAPlatformAdministrator) {
  const OrganisationService service(db(), brreg_);
  const auto berit = person("berit@example.no", "Berit");
  auto other = person("ole@example.no", "Ole");
  const auto registered = service.registerOrganisation(berit, "315500117");
  const std::string org = registered.organisation.id;
  // Even someone claiming to be a verified admin elsewhere cannot vouch for the first admin.
  other.memberships.push_back({org, "315500117", "x", "org_admin", true});
  EXPECT_EQ(kindOf([&] {
              service.decide(other, "315500117", registered.membership.id, Decision::Approve, "");
            }),
            ErrorKind::Forbidden);
  EXPECT_EQ(kindOf([&] {
              service.decide(berit, "315500117", registered.membership.id, Decision::Approve, "");
            }),
            ErrorKind::Forbidden)
      << "nobody approves their own request";

  auto ada = person("ada@example.no", "Ada");
  ada.platform_roles = {"administrator"};
  const auto approved =
      service.decide(ada, "315500117", registered.membership.id, Decision::Approve, "Sjekket");
  EXPECT_EQ(approved.status, "verified");
  EXPECT_EQ(approved.decided_by, ada.user_id);
  EXPECT_EQ(kindOf([&] {
              service.decide(ada, "315500117", registered.membership.id, Decision::Reject, "x");
            }),
            ErrorKind::Conflict);
}

TEST_P(OrganisationServiceTest, VerifiedAdminApprovesAndRejectsRepresentatives) {
  const OrganisationService service(db(), brreg_);
  auto berit = person("berit@example.no", "Berit");
  auto ada = person("ada@example.no", "Ada");
  ada.platform_roles = {"administrator"};
  const auto registered = service.registerOrganisation(berit, "315500117");
  service.decide(ada, "315500117", registered.membership.id, Decision::Approve, "");
  berit.memberships.push_back({registered.organisation.id, "315500117", "x", "org_admin", true});

  const auto rune = person("rune@example.no", "Rune");
  const auto request = service.requestMembership(rune, "315500117", "representative");
  EXPECT_EQ(request.status, "pending");
  EXPECT_EQ(kindOf([&] { service.requestMembership(rune, "315500117", "representative"); }),
            ErrorKind::Conflict);
  EXPECT_EQ(expectFieldError([&] { service.requestMembership(rune, "315500117", "administrator"); }),
            "organisations.membership.role_invalid");
  EXPECT_EQ(kindOf([&] { service.requestMembership(rune, "991825827", "driver"); }),
            ErrorKind::NotFound);

  // A pending member has no say, even over other requests.
  auto pending = rune;
  pending.memberships.push_back({registered.organisation.id, "315500117", "x", "org_admin", false});
  const auto nina = person("nina@example.no", "Nina");
  const auto second = service.requestMembership(nina, "315500117", "driver");
  EXPECT_EQ(kindOf([&] { service.decide(pending, "315500117", second.id, Decision::Approve, ""); }),
            ErrorKind::Forbidden);

  EXPECT_EQ(expectFieldError([&] { service.decide(berit, "315500117", request.id, Decision::Reject, " "); }),
            "organisations.decision.note_required");
  EXPECT_EQ(service.decide(berit, "315500117", request.id, Decision::Approve, "").status, "verified");
  const auto rejected = service.decide(berit, "315500117", second.id, Decision::Reject, "Ukjent for oss");
  EXPECT_EQ(rejected.status, "rejected");
  EXPECT_EQ(rejected.decision_note, "Ukjent for oss");
  // Asking again after a rejection opens the same request again.
  EXPECT_EQ(service.requestMembership(nina, "315500117", "driver").status, "pending");

  const auto members = service.members(berit, "315500117");
  EXPECT_EQ(members.memberships.size(), 3u);
  EXPECT_EQ(kindOf([&] { service.members(nina, "315500117"); }), ErrorKind::Forbidden);

  const auto actions = auditActions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "membership.approved"), 2);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "membership.rejected"), 1);
}

TEST_P(OrganisationServiceTest, AdminRevokesAVerifiedMembershipWithAReason) {
  const OrganisationService service(db(), brreg_);
  auto berit = person("berit@example.no", "Berit");
  auto ada = person("ada@example.no", "Ada");
  ada.platform_roles = {"administrator"};
  const auto registered = service.registerOrganisation(berit, "315500117");
  service.decide(ada, "315500117", registered.membership.id, Decision::Approve, "");
  berit.memberships.push_back({registered.organisation.id, "315500117", "x", "org_admin", true});
  auto rune = person("rune@example.no", "Rune");
  const auto request = service.requestMembership(rune, "315500117", "representative");

  // Only verified memberships can be revoked, and only with a reason.
  EXPECT_EQ(kindOf([&] { service.decide(berit, "315500117", request.id, Decision::Revoke, "x"); }),
            ErrorKind::Conflict);
  service.decide(berit, "315500117", request.id, Decision::Approve, "");
  EXPECT_EQ(expectFieldError([&] {
              service.decide(berit, "315500117", request.id, Decision::Revoke, "  ");
            }),
            "organisations.decision.note_required");
  // A representative cannot revoke anyone, and nobody revokes themselves (so the last admin stays).
  rune.memberships.push_back({registered.organisation.id, "315500117", "x", "representative", true});
  EXPECT_EQ(kindOf([&] {
              service.decide(rune, "315500117", registered.membership.id, Decision::Revoke, "x");
            }),
            ErrorKind::Forbidden);
  EXPECT_EQ(kindOf([&] {
              service.decide(berit, "315500117", registered.membership.id, Decision::Revoke, "x");
            }),
            ErrorKind::Forbidden);

  const auto revoked =
      service.decide(berit, "315500117", request.id, Decision::Revoke, "Sluttet hos oss");
  EXPECT_EQ(revoked.status, "revoked");
  EXPECT_EQ(revoked.decision_note, "Sluttet hos oss");
  EXPECT_EQ(kindOf([&] { service.decide(berit, "315500117", request.id, Decision::Revoke, "x"); }),
            ErrorKind::Conflict);
  const auto actions = auditActions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "membership.revoked"), 1);
  // Asking again after a revocation opens the same row as pending.
  EXPECT_EQ(service.requestMembership(rune, "315500117", "representative").status, "pending");
}

TEST_P(OrganisationServiceTest, SearchesTheRegisterByNameAndShowsRolesAsEvidence) {
  const OrganisationService service(db(), brreg_);
  EXPECT_EQ(service.searchRegister(" Lommedalen pukkverk ").at(0).organisation_number, "315500443");
  EXPECT_EQ(expectFieldError([&] { service.searchRegister("  ab "); }), "organisations.search.length");
  EXPECT_EQ(service.registerRoles("315500443").at(0).holder, "Rune Representant");
  EXPECT_TRUE(service.registerRoles("123").empty()) << "a malformed number asks nobody";
}

TEST_P(OrganisationServiceTest, RefreshesRegisterDataForItsAdminsOnly) {
  const OrganisationService service(db(), brreg_);
  auto berit = person("berit@example.no", "Berit");
  auto ada = person("ada@example.no", "Ada");
  ada.platform_roles = {"administrator"};
  const auto registered = service.registerOrganisation(berit, "315500117");
  {
    auto lease = db().lease();
    *lease << "UPDATE organisations SET name = 'Gammelt navn AS', postal_place = 'OSLO' WHERE id = :id",
        soci::use(registered.organisation.id, "id");
  }
  // Pending admin: not yet allowed.
  berit.memberships.push_back({registered.organisation.id, "315500117", "x", "org_admin", false});
  EXPECT_EQ(kindOf([&] { service.refreshFromRegister(berit, "315500117"); }), ErrorKind::Forbidden);

  const auto first = service.refreshFromRegister(ada, "315500117");
  EXPECT_EQ(first.changed_fields, (std::vector<std::string>{"navn", "adresse"}));
  EXPECT_EQ(service.get("315500117").name, "Fornebu Byutvikling AS (demo)");
  EXPECT_TRUE(service.refreshFromRegister(ada, "315500117").changed_fields.empty());
  const auto actions = auditActions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "organisation.refreshed"), 2);
  EXPECT_EQ(refreshFieldKey("naering"), "organisations.detail.nace");
  EXPECT_TRUE(refreshFieldKey("x").empty());
}

TEST(ParseDecision, AcceptsTheThreeVerdicts) {
  EXPECT_EQ(parseDecision("godkjent"), Decision::Approve);
  EXPECT_EQ(parseDecision("avvist"), Decision::Reject);
  EXPECT_EQ(parseDecision("tilbakekalt"), Decision::Revoke);
  EXPECT_THROW(parseDecision("slettet"), Error);
}

TEST_P(OrganisationServiceTest, DemoSeedIsIdempotentAndSkipsMissingPeople) {
  person("byggherre@demo.masseflyt.no", "Berit Byggherre");
  person("ny@demo.masseflyt.no", "Nina Ny");
  const int first = seedDemoOrganisations(db(), brreg_);
  EXPECT_EQ(first, 8 + 2);  // eight companies, one verified admin, one pending request
  EXPECT_EQ(seedDemoOrganisations(db(), brreg_), 0);
  auto lease = db().lease();
  const auto developer = repository::findOrganisationByNumber(lease, "315500117");
  ASSERT_TRUE(developer.has_value());
  EXPECT_TRUE(developer->is_demo);
  EXPECT_TRUE(repository::hasVerifiedAdmin(lease, developer->id));
  const auto bankrupt = repository::findOrganisationByNumber(lease, "315500990");
  ASSERT_TRUE(bankrupt.has_value());
  EXPECT_EQ(bankrupt->register_status, RegisterStatus::Bankrupt);
  EXPECT_FALSE(repository::findOrganisationByNumber(lease, "315501105").has_value());
}

MF_INSTANTIATE_DATABASE_TEST(OrganisationServiceTest);

}  // namespace
}  // namespace masseflyt::identity::organisations
