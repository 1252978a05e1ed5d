#include <gtest/gtest.h>

#include <soci/soci.h>

#include "modules/identity/organisations/infra/organisation_repository.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::organisations {
namespace {

class OrganisationRepositoryTest : public db::testing::DatabaseTest {
 protected:
  std::string addUser(db::Database::Lease& lease, const std::string& email, const std::string& name) {
    const std::string id = db::newUuidV7();
    const std::int64_t now = db::nowEpochMs();
    *lease << "INSERT INTO users (id, email, display_name, created_at, updated_at) "
              "VALUES (:id, :email, :name, :now, :now2)",
        soci::use(id, "id"), soci::use(email, "email"), soci::use(name, "name"),
        soci::use(now, "now"), soci::use(now, "now2");
    return id;
  }

  OrganisationRecord addOrganisation(db::Database::Lease& lease, const std::string& number,
                                     const std::string& name, const std::string& municipality,
                                     const std::string& municipality_name = "BÆRUM") {
    OrganisationRecord o;
    o.id = db::newUuidV7();
    o.organisation_number = number;
    o.name = name;
    o.organisation_form = "AS";
    o.organisation_form_description = "Aksjeselskap";
    o.business_address = "Veien 1";
    o.postal_code = "1337";
    o.postal_place = "SANDVIKA";
    o.municipality_number = municipality;
    o.municipality_name = municipality_name;
    o.nace_codes = {{"43.120", "Grunnarbeid"}, {"49.410", "Godstransport på vei"}};
    o.register_fetched_at = 1000;
    o.created_at = o.updated_at = 2000;
    repository::insertOrganisation(lease, o);
    return o;
  }
};

TEST_P(OrganisationRepositoryTest, StoresAndFindsOrganisations) {
  auto lease = db().lease();
  const auto stored = addOrganisation(lease, "315500222", "Sandvika Grunnarbeid AS (demo)", "3201");
  const auto found = repository::findOrganisationByNumber(lease, "315500222");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, stored.id);
  EXPECT_EQ(found->name, stored.name);
  EXPECT_EQ(found->municipality_number, "3201");
  ASSERT_EQ(found->nace_codes.size(), 2u);
  EXPECT_EQ(found->nace_codes[1].code, "49.410");
  EXPECT_EQ(found->nace_codes[1].description, "Godstransport på vei");
  EXPECT_EQ(found->register_status, RegisterStatus::Active);
  EXPECT_EQ(found->register_fetched_at, 1000);
  EXPECT_TRUE(found->parent_organisation_number.empty());
  EXPECT_TRUE(repository::findOrganisationById(lease, stored.id).has_value());
  EXPECT_FALSE(repository::findOrganisationByNumber(lease, "991825827").has_value());
}

TEST_P(OrganisationRepositoryTest, OrganisationNumberIsUnique) {
  auto lease = db().lease();
  addOrganisation(lease, "315500222", "A", "3201");
  EXPECT_ANY_THROW(addOrganisation(lease, "315500222", "B", "3201"));
}

TEST_P(OrganisationRepositoryTest, SearchesByNameNumberAndMunicipality) {
  auto lease = db().lease();
  addOrganisation(lease, "315500222", "Sandvika Grunnarbeid AS", "3201");
  addOrganisation(lease, "315500664", "BÆRUM MASSETRANSPORT AS", "3201");
  addOrganisation(lease, "991825827", "DIGITALISERINGSDIREKTORATET", "0301", "OSLO");
  const auto names = [&](const OrganisationFilter& filter) {
    std::vector<std::string> out;
    for (const auto& o : repository::listOrganisations(lease, filter, OrganisationSort::Name, 0, 50)) {
      out.push_back(o.organisation_number);
    }
    return out;
  };
  EXPECT_EQ(names({"bærum", ""}), std::vector<std::string>{"315500664"});
  EXPECT_EQ(names({"GRUNN", ""}), std::vector<std::string>{"315500222"});
  EXPECT_EQ(names({"3155", ""}), (std::vector<std::string>{"315500664", "315500222"}));
  EXPECT_EQ(names({"991 825", ""}), std::vector<std::string>{"991825827"});
  EXPECT_EQ(names({"", "0301"}), std::vector<std::string>{"991825827"});
  EXPECT_EQ(names({"100%", ""}), std::vector<std::string>{});
  EXPECT_EQ(names({"_", ""}), std::vector<std::string>{});
  EXPECT_EQ(repository::countOrganisations(lease, {"", "3201"}), 2);
}

TEST_P(OrganisationRepositoryTest, SortsAndPages) {
  auto lease = db().lease();
  addOrganisation(lease, "315500222", "Bravo", "3201");
  addOrganisation(lease, "315500117", "Charlie", "3203", "ASKER");
  addOrganisation(lease, "315500664", "Alfa", "0301", "OSLO");
  const auto numbers = [&](OrganisationSort sort, std::int64_t offset, std::int64_t limit) {
    std::vector<std::string> out;
    for (const auto& o : repository::listOrganisations(lease, {}, sort, offset, limit)) {
      out.push_back(o.name);
    }
    return out;
  };
  EXPECT_EQ(numbers(OrganisationSort::Name, 0, 10), (std::vector<std::string>{"Alfa", "Bravo", "Charlie"}));
  EXPECT_EQ(numbers(OrganisationSort::NameDesc, 0, 10), (std::vector<std::string>{"Charlie", "Bravo", "Alfa"}));
  EXPECT_EQ(numbers(OrganisationSort::Number, 0, 10), (std::vector<std::string>{"Charlie", "Bravo", "Alfa"}));
  EXPECT_EQ(numbers(OrganisationSort::Municipality, 0, 10), (std::vector<std::string>{"Charlie", "Bravo", "Alfa"}));
  EXPECT_EQ(numbers(OrganisationSort::Name, 1, 1), std::vector<std::string>{"Bravo"});

  const auto first = repository::listOrganisationsAfter(lease, {}, std::nullopt, 2);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[1].organisation_number, "315500222");
  const auto rest = repository::listOrganisationsAfter(lease, {}, first[1].organisation_number, 2);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].organisation_number, "315500664");
}

TEST_P(OrganisationRepositoryTest, MembershipLifecycle) {
  auto lease = db().lease();
  const auto organisation = addOrganisation(lease, "315500222", "Bravo", "3201");
  const auto person = addUser(lease, "rune@example.no", "Rune");
  const auto admin = addUser(lease, "ada@example.no", "Ada");
  EXPECT_EQ(repository::findUserIdByEmail(lease, "rune@example.no"), person);
  EXPECT_FALSE(repository::findUserIdByEmail(lease, "nobody@example.no").has_value());

  MembershipRecord m;
  m.id = db::newUuidV7();
  m.user_id = person;
  m.organisation_id = organisation.id;
  m.role = "org_admin";
  m.status = "pending";
  m.requested_at = 10;
  repository::insertMembership(lease, m);
  EXPECT_ANY_THROW(repository::insertMembership(lease, [&] {
    auto copy = m;
    copy.id = db::newUuidV7();
    return copy;
  }()));
  EXPECT_FALSE(repository::hasVerifiedAdmin(lease, organisation.id));

  auto found = repository::findMembershipFor(lease, person, organisation.id, "org_admin");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->user_name, "Rune");
  EXPECT_EQ(found->user_email, "rune@example.no");
  EXPECT_FALSE(found->decided_at.has_value());

  EXPECT_TRUE(repository::decideMembership(lease, m.id, "verified", 20, admin, "OK"));
  EXPECT_FALSE(repository::decideMembership(lease, m.id, "rejected", 30, admin, "nei"))
      << "only a pending request can be decided";
  found = repository::findMembership(lease, m.id);
  EXPECT_EQ(found->status, "verified");
  EXPECT_EQ(found->decided_at, 20);
  EXPECT_EQ(found->decided_by, admin);
  EXPECT_EQ(found->decision_note, "OK");
  EXPECT_TRUE(repository::hasVerifiedAdmin(lease, organisation.id));
  EXPECT_FALSE(repository::reopenMembership(lease, m.id, 40)) << "verified is not reopened";

  MembershipRecord other = m;
  other.id = db::newUuidV7();
  other.role = "driver";
  repository::insertMembership(lease, other);
  EXPECT_TRUE(repository::decideMembership(lease, other.id, "rejected", 50, admin, "Ukjent"));
  EXPECT_TRUE(repository::reopenMembership(lease, other.id, 60));
  found = repository::findMembership(lease, other.id);
  EXPECT_EQ(found->status, "pending");
  EXPECT_FALSE(found->decision_note.has_value());

  // Seed-demo decisions have no deciding person.
  EXPECT_TRUE(repository::decideMembership(lease, other.id, "verified", 70, "", ""));
  EXPECT_FALSE(repository::findMembership(lease, other.id)->decided_by.has_value());

  const auto list = repository::listMemberships(lease, organisation.id);
  ASSERT_EQ(list.size(), 2u);
}


MF_INSTANTIATE_DATABASE_TEST(OrganisationRepositoryTest);

}  // namespace
}  // namespace masseflyt::identity::organisations
