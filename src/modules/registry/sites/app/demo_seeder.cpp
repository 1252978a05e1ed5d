#include <algorithm>
#include <cmath>
#include <string_view>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/sites/app/api.hpp"
#include "modules/registry/sites/app/demo_permit_document.hpp"
#include "modules/registry/sites/app/site_service.hpp"
#include "modules/registry/sites/domain/permit_status.hpp"
#include "modules/registry/sites/infra/site_repository.hpp"
#include "platform/db/uuid.hpp"
#include "platform/storage/file_store.hpp"

namespace masseflyt::registry::sites {
namespace {

// Fictional site owners from the fixture register (integrations/brreg/fixtures/README.md): the
// 3156xxxxx companies were made for this seeder; 3155xxxxx are the identity part's demo companies,
// so the demo users (representant@ for Sandvika Grunnarbeid, mottak@ for Vestmarka Massemottak)
// have sites of their own to edit.
constexpr std::string_view kOwners[] = {
    "315600049",  // 0 Kolsås Pukkverk
    "315600111",  // 1 Lierskogen Steinbrudd
    "315600189",  // 2 Ringerike Grus og Sand
    "315600251",  // 3 Asker Massemottak
    "315600324",  // 4 Romerike Deponi
    "315600391",  // 5 Follo Miljøpark
    "315600464",  // 6 Drammen Havneterminal
    "315600537",  // 7 Oslo Havn Masselogistikk
    "315600677",  // 8 Hole Mellomlager
    "315600812",  // 9 Østlandet Gjenvinning
    "315600952",  // 10 Akershus Spesialavfall
    "315601029",  // 11 Vestviken Betong og Asfalt
    "315601096",  // 12 Sandvika Riggområder
    "315601169",  // 13 Nordre Follo Jordforbedring
    "315601231",  // 14 Lier Sorteringsanlegg
    "315500222",  // 15 Sandvika Grunnarbeid (identity demo)
    "315500559",  // 16 Vestmarka Massemottak (identity demo)
};

// A place with three sites around it: owner index, place name, kommunenummer, centre on land
// and the three kinds placed ~300–500 m apart (offsets small enough to stay on land at quays).
struct Place {
  int owner;
  std::string_view name;
  std::string_view municipality;
  double lat, lon;
  std::string_view kinds[3];
};

constexpr Place kPlaces[] = {
    {0, "Kolsås", "3201", 59.9140, 10.4970, {"pukkverk", "massemottak", "mellomlager"}},
    {15, "Lommedalen", "3201", 59.9550, 10.5050, {"massemottak", "byggeplass", "mellomlager"}},
    {12, "Sandvika", "3201", 59.8930, 10.5150, {"byggeplass", "mellomlager", "gjenvinning"}},
    {12, "Fornebu", "3201", 59.8980, 10.6250, {"byggeplass", "mellomlager", "gjenvinning"}},
    {16, "Sollihøgda", "3201", 59.9750, 10.3450, {"massemottak", "deponi_inert", "mellomlager"}},
    {3, "Billingstad", "3203", 59.8650, 10.4550, {"massemottak", "gjenvinning", "betong_asfalt"}},
    {3, "Heggedal", "3203", 59.7850, 10.4500, {"deponi_inert", "massemottak", "mellomlager"}},
    {3, "Spikkestad", "3203", 59.7450, 10.3450, {"massemottak", "deponi_inert", "pukkverk"}},
    {9, "Alnabru", "0301", 59.9320, 10.8450, {"gjenvinning", "mellomlager", "miljopark"}},
    {9, "Grorud", "0301", 59.9600, 10.8800, {"gjenvinning", "betong_asfalt", "pukkverk"}},
    {7, "Filipstad", "0301", 59.9100, 10.7220, {"havn", "mellomlager", "byggeplass"}},
    {7, "Sjursøya", "0301", 59.8930, 10.7600, {"havn", "mellomlager", "gjenvinning"}},
    {1, "Lierskogen", "3312", 59.7900, 10.3100, {"pukkverk", "massemottak", "deponi_inert"}},
    {14, "Lierstranda", "3312", 59.7600, 10.2500, {"gjenvinning", "mellomlager", "massemottak"}},
    {6, "Holmen", "3301", 59.7350, 10.2250, {"havn", "mellomlager", "gjenvinning"}},
    {11, "Konnerud", "3301", 59.7200, 10.1600, {"betong_asfalt", "pukkverk", "massemottak"}},
    {2, "Follum", "3305", 60.1800, 10.2500, {"pukkverk", "massemottak", "deponi_inert"}},
    {2, "Heradsbygda", "3305", 60.1500, 10.2100, {"pukkverk", "deponi_ordinaert", "mellomlager"}},
    {8, "Vik", "3310", 60.0700, 10.3000, {"mellomlager", "massemottak", "byggeplass"}},
    {4, "Kjeller", "3205", 59.9750, 11.0350, {"deponi_inert", "deponi_ordinaert", "massemottak"}},
    {10, "Frogner", "3205", 60.0300, 11.1000, {"deponi_farlig", "deponi_ordinaert", "miljopark"}},
    {5, "Vinterbro", "3207", 59.7300, 10.7750, {"miljopark", "deponi_ordinaert", "gjenvinning"}},
    {13, "Langhus", "3207", 59.7600, 10.8500, {"massemottak", "mellomlager", "deponi_inert"}},
};

struct KindProfile {
  std::string_view kind;
  std::string_view name_suffix;  ///< appended to the place: "Kolsås pukkverk"
  std::vector<std::string> fractions;
  std::string_view permit_type;
  std::string_view authority;
  int max_class;  ///< 0: none
};

const KindProfile& profile(std::string_view kind) {
  static const KindProfile kProfiles[] = {
      {"pukkverk", "pukkverk", {"stein", "grus"}, "forurensningsloven", "Statsforvalteren i Oslo og Viken", 1},
      {"massemottak", "massemottak", {"stein", "grus", "jord", "leire", "matjord"}, "forurensningsloven", "Statsforvalteren i Oslo og Viken", 1},
      {"deponi_inert", "deponi for inert avfall", {"stein", "grus", "jord", "leire", "betong"}, "deponi", "Statsforvalteren i Oslo og Viken", 2},
      {"deponi_ordinaert", "deponi for ordinært avfall", {"jord", "leire", "blandet", "forurenset", "asfalt"}, "deponi", "Miljødirektoratet", 4},
      {"deponi_farlig", "deponi for farlig avfall", {"forurenset", "alunskifer", "blandet"}, "dsa", "Direktoratet for strålevern og atomsikkerhet", 5},
      {"mellomlager", "mellomlager", {"stein", "grus", "jord", "asfalt"}, "forurensningsloven", "Statsforvalteren i Oslo og Viken", 2},
      {"havn", "kai for masser", {"stein", "grus", "alunskifer"}, "pbl", "Kommunen (plan- og bygningsloven)", 0},
      {"miljopark", "miljøpark", {"jord", "forurenset", "betong", "asfalt", "blandet"}, "forurensningsloven", "Miljødirektoratet", 3},
      {"gjenvinning", "gjenvinnings- og sorteringsanlegg", {"betong", "asfalt", "blandet", "stein"}, "forurensningsloven", "Statsforvalteren i Oslo og Viken", 2},
      {"betong_asfalt", "betong- og asfaltverk", {"asfalt", "betong", "grus"}, "forurensningsloven", "Statsforvalteren i Oslo og Viken", 1},
      {"byggeplass", "riggområde", {"stein", "jord"}, "pbl", "Kommunen (plan- og bygningsloven)", 0},
  };
  for (const auto& p : kProfiles) {
    if (p.kind == kind) return p;
  }
  return kProfiles[0];
}

// The three sites of a place sit east, north-west and south of its centre.
constexpr double kOffsets[3][2] = {{0.0, 0.0}, {0.0030, -0.0045}, {-0.0028, 0.0040}};

}  // namespace

int seedDemoSites(db::Database& database, const identity::organisations::BrregClient& demo_register,
                  const storage::FileStore* files) {
  {
    auto lease = database.lease();
    if (repository::countDemoSites(lease) > 0) return 0;  // idempotent: seeded already
  }
  std::vector<identity::organisations::OrganisationRecord> owners;
  for (const auto orgnr : kOwners) {
    auto organisation = identity::organisations::ensureDemoOrganisation(database, demo_register, orgnr);
    if (!organisation) return 0;  // the fixture register lacks a company: nothing half-made
    owners.push_back(std::move(*organisation));
  }
  const identity::organisations::OrganisationService organisations(database, demo_register);
  const SiteService service(database, organisations);
  const long day = *parseDate(today());
  const std::int64_t now = db::nowEpochMs();
  int created = 0;
  int index = 0;
  for (const auto& place : kPlaces) {
    for (int k = 0; k < 3; ++k, ++index) {
      const auto& p = profile(place.kinds[k]);
      Site site;
      site.id = db::newUuidV7();
      site.organisation_id = owners[static_cast<std::size_t>(place.owner)].id;
      site.kind = std::string(p.kind);
      std::string name = std::string(place.name) + " " + std::string(p.name_suffix);
      site.name = name + " (demo)";
      site.description = "Fiktivt demoanlegg: " + std::string(p.name_suffix) + " ved " +
                         std::string(place.name) + ". Opplysningene er oppdiktet for demonstrasjon.";
      site.address = std::string(place.name) + " " + std::to_string(10 + index % 40);
      site.lat = place.lat + kOffsets[k][0];
      site.lon = place.lon + kOffsets[k][1];
      site.municipality_number = std::string(place.municipality);
      site.opening_hours = index % 4 == 0 ? "Hverdager 06.30–22.00, lørdag 07.00–15.00"
                                          : "Hverdager 07.00–16.00";
      site.contact_name = "Demo Kontaktperson " + std::to_string(index + 1);
      site.contact_phone = "+47 400 00 " + std::to_string(100 + index);
      site.contact_email = "anlegg" + std::to_string(index + 1) + "@demo.masseflyt.no";
      site.fraction_groups = p.fractions;
      const std::int64_t capacity_t = 20'000 + static_cast<std::int64_t>((index * 37) % 48) * 10'000;
      site.capacity_kg_per_year = capacity_t * 1000;
      // Every seventh site is full for the year; the others have 5–95 % left.
      site.remaining_kg = index % 7 == 3 ? 0 : capacity_t * 1000 / 100 * (5 + (index * 29) % 91);
      if (index % 3 == 0) {
        site.fee_ore_per_tonne = 4500 + (index * 1300) % 30000;
        site.publish_fees = index % 2 == 0;
      }
      site.source = "own";
      site.is_demo = true;
      site.created_at = site.updated_at = now - static_cast<std::int64_t>(index) * 3'600'000;

      std::vector<Permit> permits;
      const auto addPermit = [&](std::string_view type, std::string_view authority, long from,
                                 std::optional<long> to, std::vector<std::string> fractions) {
        Permit permit;
        permit.id = db::newUuidV7();
        permit.site_id = site.id;
        permit.type = std::string(type);
        permit.authority = std::string(authority);
        permit.reference = "DEMO-" + std::to_string(2018 + index % 7) + "/" + std::to_string(1000 + index * 7 + static_cast<int>(permits.size()));
        permit.valid_from = formatDate(from);
        if (to) permit.valid_to = formatDate(*to);
        permit.fraction_groups = std::move(fractions);
        if (p.max_class > 0) permit.max_condition_class = p.max_class;
        permit.max_annual_kg = site.capacity_kg_per_year;
        permit.created_at = permit.updated_at = site.created_at;
        permits.push_back(std::move(permit));
      };
      // The permit situation cycles so every filter and status has examples: expired (every
      // ninth), expiring within 90 days, not yet valid, missing altogether, and valid.
      const long from = day - 365 * (2 + index % 5);
      if (index % 13 == 5) {
        // no permit at all: "mangler gyldig tillatelse"
      } else if (index % 9 == 0) {
        addPermit(p.permit_type, p.authority, from, day - 20 - index % 200, p.fractions);
      } else if (index % 9 == 4) {
        addPermit(p.permit_type, p.authority, from, day + 30 + index % 50, p.fractions);
      } else if (index % 11 == 7) {
        addPermit(p.permit_type, p.authority, day + 45, day + 45 + 3650, p.fractions);
      } else {
        addPermit(p.permit_type, p.authority, from,
                  index % 4 == 1 ? std::optional<long>() : std::optional<long>(day + 365 * (3 + index % 6)),
                  p.fractions);
      }
      // A building permit beside the pollution permit for quarries and receiving sites, and an
      // extra DSA permit for alum shale at the Oslo and Drammen quays.
      if ((p.kind == "pukkverk" || p.kind == "massemottak") && index % 13 != 5) {
        addPermit("pbl", "Kommunen (plan- og bygningsloven)", from - 200, std::nullopt, {});
      }
      if (p.kind == "havn" && index % 2 == 0) {
        addPermit("dsa", "Direktoratet for strålevern og atomsikkerhet", from, day + 900, {"alunskifer"});
      }
      // The demo users' companies (Sandvika Grunnarbeid, Vestmarka Massemottak) and every fifth
      // other site have the decision uploaded, so both "Last ned PDF" and its absence show.
      const bool with_document = place.owner == 15 || place.owner == 16 || index % 5 == 2;
      if (files != nullptr && with_document && !permits.empty()) {
        const std::string bytes = demoPermitPdf(site, permits.front());
        std::string file_name = "Vedtak " + permits.front().reference + ".pdf";
        std::replace(file_name.begin(), file_name.end(), '/', '-');  // "DEMO-2019/1007" is no file name
        permits.front().document = PermitDocument{
            .file_key = files->put(bytes),
            .name = std::move(file_name),
            .size_bytes = static_cast<std::int64_t>(bytes.size()),
            .uploaded_at = site.created_at};
      }
      service.insertTrusted(site, permits, "Demodata");
      ++created;
    }
  }
  return created;
}

}  // namespace masseflyt::registry::sites
