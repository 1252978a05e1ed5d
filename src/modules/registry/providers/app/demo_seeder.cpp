// Demo quality-control providers: the demo lab (where kvalitet@demo.masseflyt.no is quality
// controller) and fictional companies from the fixture register (names ending in " (demo)").
// Deterministic and idempotent: a second run adds nothing.
#include <string_view>
#include <vector>

#include "modules/registry/providers/app/provider_service.hpp"
#include "modules/registry/providers/infra/provider_repository.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::providers {
namespace {

struct DemoProvider {
  std::string_view orgnr;
  std::vector<std::string> services;
  std::string_view accreditation_number;  ///< empty: not accredited
  std::vector<std::string> municipalities;
  std::string_view contact_name;
  std::string_view contact_phone;
  std::string_view contact_email;
  std::string_view description;
};

const std::vector<DemoProvider>& demoProviders() {
  // Accreditation numbers are invented for the demo (TEST 9xx is not a real series).
  static const std::vector<DemoProvider> kProviders = {
      {"315500885", {"miljoteknisk_provetaking", "kjemiske_analyser", "mottakskontroll"}, "TEST 901",
       {"0301", "3201", "3203", "3205", "3207"}, "Kari Kvalitet", "+47 400 00 885",
       "kvalitet@demo.masseflyt.no",
       "Akkreditert laboratorium for kjemiske analyser av jord, sediment og betong, med prøvetaking "
       "og mottakskontroll for massemottak."},
      {"315900018", {"geoteknisk_undersokelse", "miljoteknisk_provetaking", "tilstandsvurdering"}, "",
       {"3201", "3203", "0301"}, "Geir Geoteknikk", "+47 400 00 018", "post@geoteknikk-900018.demo.masseflyt.no",
       "Grunnundersøkelser, prøvegraving og tilstandsvurdering av masser i Bærum og Asker."},
      {"315900026", {"miljoteknisk_provetaking", "tilstandsvurdering", "mottakskontroll"}, "",
       {"3203", "3201", "3312", "3301"}, "Anne Miljø", "+47 400 00 026", "post@miljo-900026.demo.masseflyt.no",
       "Miljørådgivning: tiltaksplaner for forurenset grunn, prøvetaking og disponering av masser."},
      {"315900034", {"bergteknisk_testing", "kjemiske_analyser"}, "TEST 902", {"3201", "0301", "3305"},
       "Berit Berg", "+47 400 00 034", "lab@bergtest-900034.demo.masseflyt.no",
       "Bergteknisk laboratorium: Los Angeles-verdi (LA), micro-Deval (MDE) og kornfordeling for "
       "gjenbruk av sprengstein og pukk."},
      {"315900042", {"mottakskontroll", "miljoteknisk_provetaking"}, "", {"3301", "3312", "3203"},
       "Ola Mottak", "+47 400 00 042", "post@mottakskontroll-900042.demo.masseflyt.no",
       "Mottakskontroll og dokumentasjon for massemottak og kaier rundt Drammensfjorden."},
  };
  return kProviders;
}

}  // namespace

int seedDemoProviders(db::Database& database, const identity::organisations::BrregClient& demo_register) {
  int created = 0;
  const std::int64_t seeded_at = db::nowEpochMs();
  for (const auto& demo : demoProviders()) {
    const auto organisation =
        identity::organisations::ensureDemoOrganisation(database, demo_register, demo.orgnr);
    if (!organisation) continue;
    auto lease = database.lease();
    db::Transaction transaction(lease);
    if (repository::findProviderByNumber(lease, organisation->organisation_number)) continue;
    ProviderRecord provider;
    provider.id = db::newUuidV7();
    provider.organisation_id = organisation->id;
    provider.organisation_number = organisation->organisation_number;
    provider.name = organisation->name;
    provider.services = demo.services;
    if (!demo.accreditation_number.empty()) {
      provider.accreditation_scheme = "Norsk akkreditering";
      provider.accreditation_number = demo.accreditation_number;
    }
    provider.municipalities = demo.municipalities;
    provider.contact_name = demo.contact_name;
    provider.contact_phone = demo.contact_phone;
    provider.contact_email = demo.contact_email;
    provider.description = demo.description;
    provider.created_at = provider.updated_at = seeded_at;
    provider.is_demo = true;
    repository::insertProvider(lease, provider);
    history::record(lease, "provider", provider.id, "", organisation->name, "created");
    transaction.commit();
    ++created;
  }
  return created;
}

}  // namespace masseflyt::registry::providers
