// The site list (issue 4: "list queries stay fast with 10 000 sites"): 10 000 sites with permits
// on SQLite and PostgreSQL, the list query with typical filters timed many times, and its p95
// reported as a ratio against a limit measured in the same run on the same engine and data: the
// p95 of fetching one site by primary key (the cheapest query a page makes). No timed asserts:
// the numbers are printed for people and CI logs to compare across machines.
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "p95.hpp"
#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/sites/app/site_service.hpp"
#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/sites/infra/site_repository.hpp"
#include "platform/db/migrator.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace {

using namespace masseflyt;
using registry::sites::Permit;
using registry::sites::Site;
using registry::sites::SiteFilter;
using registry::sites::SiteSort;

constexpr int kSites = 10'000;
constexpr int kRuns = 200;

double p95Micros(const std::function<void()>& run) { return bench::p95Micros(kRuns, run); }

void seed(db::Database& database, const std::string& owner_id, std::vector<std::string>& ids) {
  const auto kinds = registry::sites::siteKinds();
  const auto fractions = registry::sites::fractionGroups();
  const char* municipalities[] = {"3201", "3203", "0301", "3312", "3301", "3305", "3310", "3205", "3207"};
  auto lease = database.lease();
  db::Transaction transaction(lease);
  for (int i = 0; i < kSites; ++i) {
    Site s;
    s.id = db::newUuidV7();
    s.organisation_id = owner_id;
    s.kind = std::string(kinds[static_cast<std::size_t>(i) % kinds.size()].key);
    s.name = "Anlegg " + std::to_string(i);
    s.lat = 59.6 + (i % 100) * 0.006;
    s.lon = 10.1 + (i / 100) * 0.01;
    s.municipality_number = municipalities[i % 9];
    s.fraction_groups = {std::string(fractions[static_cast<std::size_t>(i) % fractions.size()].key),
                         std::string(fractions[static_cast<std::size_t>(i + 3) % fractions.size()].key)};
    s.capacity_kg_per_year = 100'000'000;
    s.remaining_kg = (i % 5) * 10'000'000;
    s.created_at = s.updated_at = i;
    registry::sites::repository::insertSite(lease, s);
    Permit p;
    p.id = db::newUuidV7();
    p.site_id = s.id;
    p.type = "forurensningsloven";
    p.authority = "Statsforvalteren";
    p.valid_from = i % 3 == 0 ? "2027-01-01" : "2020-01-01";
    if (i % 4 == 0) p.valid_to = "2024-12-31";
    registry::sites::repository::insertPermit(lease, p);
    ids.push_back(s.id);
  }
  transaction.commit();
}

void runEngine(db::Engine engine) {
  db::testing::ScratchDatabase scratch(engine);
  auto database = db::Database::open({.url = scratch.url()});
  db::migrate(*database, db::embeddedMigrations());
  const brreg::FixtureBrregClient brreg;
  const auto owner = identity::organisations::ensureDemoOrganisation(*database, brreg, "315600049");
  const identity::organisations::OrganisationService organisations(*database, brreg);
  const registry::sites::SiteService service(*database, organisations);
  std::vector<std::string> ids;
  seed(*database, owner->id, ids);

  SiteFilter filter;  // "landfills for rock with a valid permit on a date, in Bærum"
  filter.kinds = {"deponi_inert", "deponi_ordinaert", "massemottak"};
  filter.fraction_group = "stein";
  filter.valid_on = "2026-06-01";
  filter.municipality_number = "3201";
  std::size_t i = 0;
  const double limit = p95Micros([&] { service.get(ids[(i++ * 7919) % ids.size()]); });
  const double filtered = p95Micros([&] { service.list(filter, SiteSort::Name, 0, 25); });
  const double unfiltered = p95Micros([&] { service.list({}, SiteSort::Capacity, 0, 25); });
  SiteFilter text;
  text.search = "anlegg 99";
  const double search = p95Micros([&] { service.list(text, SiteSort::Updated, 0, 25); });
  const double api = p95Micros([&] { service.listAfter(filter, std::nullopt, 51); });
  const auto line = [&](const char* what, double p95) {
    std::printf("%-10s %-44s p95 %9.0f µs  ratio %5.1f\n", std::string(db::engineName(engine)).c_str(),
                what, p95, p95 / limit);
  };
  std::printf("%-10s %-44s p95 %9.0f µs  (limit: 1.0)\n", std::string(db::engineName(engine)).c_str(),
              "one site by id (reference)", limit);
  line("list page, 4 filters incl. valid permit", filtered);
  line("list page, no filter, sort by capacity", unfiltered);
  line("list page, text search, sort by updated", search);
  line("API page (51), 4 filters", api);
}

}  // namespace

int main() {
  std::printf("registry_sites_list: %d sites with permits; p95 of %d runs; ratio = p95 / p95 of the "
              "reference query on the same engine\n", kSites, kRuns);
  runEngine(db::Engine::Sqlite);
  runEngine(db::Engine::Postgres);
  return 0;
}
