// Filters are built with designated initializers naming only the fields a test sets.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <gtest/gtest.h>

#include "modules/registry/providers/infra/provider_repository.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::providers {
namespace {

class ProviderRepositoryTest : public db::testing::DatabaseTest {
 protected:
  ProviderRecord add(db::Database::Lease& lease, const std::string& number, const std::string& name,
                     std::vector<std::string> services, std::vector<std::string> municipalities,
                     const std::string& accreditation = "") {
    ProviderRecord p;
    p.id = db::newUuidV7();
    p.organisation_id = db::newUuidV7();
    p.organisation_number = number;
    p.name = name;
    p.services = std::move(services);
    p.municipalities = std::move(municipalities);
    if (!accreditation.empty()) {
      p.accreditation_scheme = "Norsk akkreditering";
      p.accreditation_number = accreditation;
    }
    p.contact_name = "Kari";
    p.created_at = p.updated_at = 1000;
    repository::insertProvider(lease, p);
    return p;
  }

  std::vector<std::string> numbers(const std::vector<ProviderRecord>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.organisation_number);
    return out;
  }
};

TEST_P(ProviderRepositoryTest, StoresFindsAndUpdates) {
  auto lease = db().lease();
  auto stored = add(lease, "315900018", "Bærum Geoteknikk AS (demo)", {"geoteknisk_undersokelse"},
                    {"3201", "0301"}, "TEST 901");
  auto found = repository::findProviderByNumber(lease, "315900018");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, stored.id);
  EXPECT_EQ(found->services, (std::vector<std::string>{"geoteknisk_undersokelse"}));
  EXPECT_EQ(found->municipalities, (std::vector<std::string>{"3201", "0301"}));
  EXPECT_EQ(found->accreditation_number, "TEST 901");
  EXPECT_EQ(found->contact_name, "Kari");
  EXPECT_FALSE(repository::findProviderByNumber(lease, "999999999").has_value());

  stored.accreditation_scheme.clear();
  stored.accreditation_number.clear();
  stored.services = {"mottakskontroll"};
  stored.description = "Ny tekst";
  stored.updated_at = 2000;
  repository::updateProvider(lease, stored);
  found = repository::findProviderByNumber(lease, "315900018");
  EXPECT_FALSE(found->accredited());
  EXPECT_EQ(found->services, (std::vector<std::string>{"mottakskontroll"}));
  EXPECT_EQ(found->description, "Ny tekst");
  EXPECT_EQ(found->updated_at, 2000);
}

TEST_P(ProviderRepositoryTest, FiltersSortsAndPages) {
  auto lease = db().lease();
  add(lease, "315900018", "Bærum Geoteknikk AS", {"geoteknisk_undersokelse", "tilstandsvurdering"}, {"3201"});
  add(lease, "315900026", "Asker Miljørådgivning AS", {"miljoteknisk_provetaking"}, {"3203", "3201"});
  add(lease, "315900034", "Øst Bergtest AS", {"bergteknisk_testing"}, {"0301"}, "TEST 902");
  add(lease, "315500885", "Norsk Miljølab AS", {"kjemiske_analyser", "mottakskontroll"}, {"0301", "3201"},
      "TEST 901");

  EXPECT_EQ(numbers(repository::listProviders(lease, {}, ProviderSort::Name, 0, 10)),
            (std::vector<std::string>{"315900026", "315900018", "315500885", "315900034"}))
      << "Ø sorts after the other letters on both engines";
  EXPECT_EQ(numbers(repository::listProviders(lease, {}, ProviderSort::Accredited, 0, 10)),
            (std::vector<std::string>{"315500885", "315900034", "315900026", "315900018"}));
  EXPECT_EQ(numbers(repository::listProviders(lease, {}, ProviderSort::Name, 1, 2)),
            (std::vector<std::string>{"315900018", "315500885"}));
  EXPECT_EQ(repository::countProviders(lease, {}), 4);

  EXPECT_EQ(numbers(repository::listProviders(lease, {.service = "mottakskontroll"}, ProviderSort::Name, 0, 10)),
            (std::vector<std::string>{"315500885"}));
  EXPECT_EQ(repository::countProviders(lease, {.municipality = "3201"}), 3);
  EXPECT_EQ(repository::countProviders(lease, {.accredited_only = true}), 2);
  EXPECT_EQ(repository::countProviders(lease, {.municipality = "0301", .accredited_only = true}), 2);
  EXPECT_EQ(numbers(repository::listProviders(lease, {.search = "MILJØ"}, ProviderSort::Name, 0, 10)),
            (std::vector<std::string>{"315900026", "315500885"}));
  EXPECT_EQ(numbers(repository::listProviders(lease, {.search = "3159 000"}, ProviderSort::Name, 0, 10)),
            (std::vector<std::string>{"315900026", "315900018", "315900034"}));
  EXPECT_EQ(repository::countProviders(lease, {.search = "100%_"}), 0) << "LIKE wildcards are escaped";

  const auto first = repository::listProvidersAfter(lease, {}, std::nullopt, 2);
  EXPECT_EQ(numbers(first), (std::vector<std::string>{"315500885", "315900018"}));
  const auto rest = repository::listProvidersAfter(lease, {}, first.back().organisation_number, 5);
  EXPECT_EQ(numbers(rest), (std::vector<std::string>{"315900026", "315900034"}));
}

MF_INSTANTIATE_DATABASE_TEST(ProviderRepositoryTest);

}  // namespace
}  // namespace masseflyt::registry::providers
