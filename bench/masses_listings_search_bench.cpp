// The listing search (issue 5: "search over 100 000 listings stays fast"): 100 000 published
// surpluses, needs and capacity spread over the region on SQLite and PostgreSQL, the searches a
// buyer makes timed many times, and their p95 reported as a ratio against a limit measured in the
// same run on the same engine and data: the p95 of fetching one listing by primary key. No timed
// asserts: the numbers are printed for people and CI logs to compare across machines.
#include <cstdio>
#include <string>
#include <vector>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/listings/app/listing_service.hpp"
#include "modules/masses/listings/infra/listing_repository.hpp"
#include "modules/masses/listings/testing/fake_places.hpp"
#include "p95.hpp"
#include "platform/db/migrator.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/db/uuid.hpp"

namespace {

using namespace masseflyt;
using masses::listings::Kind;
using masses::listings::Listing;
using masses::listings::ListingFilter;
using masses::listings::SortOrder;
using masses::listings::Status;

constexpr int kListings = 100'000;
constexpr int kRuns = 100;
constexpr double kFornebuLat = 59.896, kFornebuLon = 10.618;

double p95Micros(const std::function<void()>& run) { return bench::p95Micros(kRuns, run); }

void seed(db::Database& database, const std::string& owner_id, std::vector<std::string>& ids) {
  const auto& fractions = masses::fractions::catalog().fractions;
  const char* municipalities[] = {"3201", "3203", "0301", "3312", "3301", "3305", "3310", "3205", "3207"};
  const Kind kinds[] = {Kind::Surplus, Kind::Need, Kind::Capacity};
  auto lease = database.lease();
  db::Transaction transaction(lease);
  for (int i = 0; i < kListings; ++i) {
    const auto& fraction = fractions[static_cast<std::size_t>(i) % fractions.size()];
    Listing l;
    l.id = db::newUuidV7();
    l.kind = kinds[i % 3];
    l.status = Status::Published;
    l.organisation_id = owner_id;
    l.title = "Masse " + std::to_string(i);
    l.fraction_key = fraction.key;
    l.fraction_group = fraction.group;
    l.catalog_version = masses::fractions::catalog().version;
    l.entered.kg = 1'000'000 + (i % 50) * 100'000;
    l.quantity_kg = l.entered.kg;
    l.factors = fraction.factors;
    // Periods over 2026–2032, a quarter to two years long.
    const int start_year = 2026 + i % 7;
    const int start_month = 1 + (i / 7) % 12;
    char from[16], to[16];
    std::snprintf(from, sizeof from, "%04d-%02d-01", start_year, start_month);
    std::snprintf(to, sizeof to, "%04d-%02d-28", start_year + (i % 3 == 0 ? 2 : 0), start_month);
    l.period_from = from;
    l.period_to = to;
    // A grid of about 100 × 100 km around Oslo and Bærum.
    l.lat = 59.45 + (i % 317) * 0.003;
    l.lon = 9.9 + (i / 317 % 317) * 0.0055;
    l.municipality_number = municipalities[i % 9];
    l.place_name = "Sted " + std::to_string(i % 500);
    l.published_at = l.created_at = l.updated_at = i;
    masses::listings::repository::insertListing(lease, l, "masse " + std::to_string(i) + " " + fraction.name);
    if (i % 997 == 0) ids.push_back(l.id);
  }
  transaction.commit();
}

void runEngine(db::Engine engine) {
  db::testing::ScratchDatabase scratch(engine);
  auto database = db::Database::open({.url = scratch.url()});
  db::migrate(*database, db::embeddedMigrations());
  const brreg::FixtureBrregClient brreg;
  const auto owner = identity::organisations::ensureDemoOrganisation(*database, brreg, "315600049");
  masses::listings::testing::FakePlaces places;
  places.owners[owner->id] = {owner->id, owner->organisation_number, owner->name};
  const masses::listings::ListingService service(*database, places);
  std::vector<std::string> ids;
  seed(*database, owner->id, ids);

  std::size_t i = 0;
  const double limit = p95Micros([&] { service.get(ids[(i++ * 7) % ids.size()], nullptr); });

  ListingFilter near;  // "rock needed within 10 km of Fornebu next spring", nearest first
  near.kinds = {Kind::Need};
  near.fraction_group = "stein";
  near.period_from = "2027-04-01";
  near.period_to = "2027-06-30";
  near.near_lat = kFornebuLat;
  near.near_lon = kFornebuLon;
  near.radius_m = 10'000;
  const double radius = p95Micros([&] { service.search(near, SortOrder::Distance, 0, 25); });
  ListingFilter nearest = near;  // the same without a radius: the widening circle
  nearest.radius_m.reset();
  const double widening = p95Micros([&] { service.search(nearest, SortOrder::Distance, 0, 25); });
  ListingFilter municipality;  // "surpluses in Bærum, biggest first"
  municipality.kinds = {Kind::Surplus};
  municipality.municipality_number = "3201";
  const double biggest = p95Micros([&] { service.search(municipality, SortOrder::QuantityDesc, 0, 25); });
  ListingFilter text;
  text.search = "masse 4242";
  const double search = p95Micros([&] { service.search(text, SortOrder::Newest, 0, 25); });

  const auto line = [&](const char* what, double p95) {
    std::printf("%-10s %-50s p95 %9.0f µs  ratio %6.1f\n", std::string(db::engineName(engine)).c_str(), what, p95,
                p95 / limit);
  };
  std::printf("%-10s %-50s p95 %9.0f µs  (limit: 1.0)\n", std::string(db::engineName(engine)).c_str(),
              "one listing by id (reference)", limit);
  line("need, stone, quarter, 10 km, nearest first", radius);
  line("the same without radius (widening circle)", widening);
  line("surpluses in one municipality, biggest first", biggest);
  line("text search, newest first", search);
}

}  // namespace

int main() {
  std::printf("masses_listings_search: %d published listings; p95 of %d runs; ratio = p95 / p95 of the "
              "reference query on the same engine\n", kListings, kRuns);
  runEngine(db::Engine::Sqlite);
  runEngine(db::Engine::Postgres);
  return 0;
}
