// Demo carriers and vehicles: fictional companies (brreg fixture files, names ending in
// " (demo)") with fleets that make the list filters meaningful. Deterministic: the same tables
// give the same records, and a second run adds nothing.
#include <array>

#include "modules/registry/carriers/app/carrier_service.hpp"
#include "modules/registry/carriers/infra/carrier_repository.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::registry::carriers {
namespace {

struct DemoCarrier {
  std::string_view orgnr;
  std::string_view plate_prefix;  ///< the two letters of its fleet's plates
  std::vector<std::string> services;
  std::vector<std::string> municipalities;
  std::int64_t vehicle_count;
  std::int64_t tonnes_per_day;
  std::string_view contact_name;
  std::string_view contact_phone;
  std::string_view description;
  /// One letter per vehicle: A Euro VI diesel, H Euro VI HVO100, V Euro V diesel, E electric,
  /// B Euro VI biogas; lower case: the same, still pending approval.
  std::string_view fleet;
};

const std::vector<DemoCarrier>& demoCarriers() {
  static const std::vector<DemoCarrier> kCarriers = {
      {"315500664", "DM", {"tipp", "semitrailer"}, {"3201", "3203", "0301"}, 22, 900,
       "Tina Transportdisponent", "+47 400 00 664",
       "Tipptransport av stein, jord og grus i Bærum, Asker og Oslo. Døgndrift ved behov.", "AAHHVEa"},
      {"315800013", "DS", {"tipp"}, {"3201", "3203"}, 8, 400, "Sander Tipp", "+47 400 00 013",
       "Lokale tippbiler for anleggsmasser i Sandvika-området.", "AAHV"},
      {"315800080", "DK", {"tipp", "maskin"}, {"3201", "0301"}, 6, 250, "Kari Kolsås", "+47 400 00 080",
       "Tipp og maskinflytting for mindre prosjekter.", "AVVh"},
      {"315800153", "DA", {"tipp", "semitrailer"}, {"3203", "3201", "3312", "3301"}, 12, 600,
       "Arne Asker", "+47 400 00 153", "Grus, pukk og masser i Asker og Lier.", "AHHBv"},
      {"315800226", "DL", {"tipp", "krok"}, {"3201", "0301"}, 5, 200, "Lise Lysaker", "+47 400 00 226",
       "Krokbiler og tipp for bygg og anlegg langs E18.", "AEH"},
      {"315800293", "DF", {"krok"}, {"3201", "3203", "0301"}, 7, 150, "Frode Fornebu", "+47 400 00 293",
       "Containere og krokløft for byggeplasser på Fornebu.", "EEAa"},
      {"315800366", "DO", {"lekter", "semitrailer"}, {"0301", "3201", "3203", "3212"}, 4, 2500,
       "Ola Fjord", "+47 400 00 366", "Lekter for steinmasser mellom kaier i indre Oslofjord.", "AV"},
      {"315800439", "DN", {"maskin", "tipp"}, {"3201", "3305", "3310"}, 5, 180, "Mats Lommedal",
       "+47 400 00 439", "Maskintransport og tipp for Ringeriksbanen og E16.", "AVHe"},
      {"315800501", "DH", {"semitrailer"}, {"3201", "3203", "0301", "3205", "3207"}, 10, 700,
       "Hanne Hamang", "+47 400 00 501", "Semitrailere for lange transporter til mottak i regionen.",
       "AAVVH"},
      {"315800579", "DE", {"tipp", "krok"}, {"3201", "0301"}, 6, 220, "Eli Grini", "+47 400 00 579",
       "Elektriske tippbiler og krokbiler: utslippsfri massetransport i byområder.", "EEEb"},
      {"315800641", "DB", {"tipp"}, {"3203", "3201", "3312"}, 9, 450, "Nils Nesbru", "+47 400 00 641",
       "Tipptransport med HVO100 i hele flåten.", "HHHHv"},
  };
  return kCarriers;
}

struct VehicleModel {
  std::string_view make, model, group, euro, fuel, register_fuel;
  std::int64_t total, payload;
};

VehicleModel modelFor(char kind, std::size_t n) {
  switch (kind) {
    case 'E':
      return n % 2 == 0 ? VehicleModel{"SCANIA", "R 40 B8X4 ELEKTRISK TIPP", "N3", "0", "elektrisk", "5", 32000, 16000}
                        : VehicleModel{"VOLVO", "FMX ELECTRIC 8X4", "N3", "0", "elektrisk", "5", 32000, 15500};
    case 'V':
      return {"MAN", "TGS 35.440 8X4 TIPP", "N3", "5T", "diesel", "2", 32000, 18200};
    case 'H':
      return n % 2 == 0 ? VehicleModel{"VOLVO", "FMX 460 8X4 TIPP", "N3", "6T", "hvo100", "2", 32000, 18500}
                        : VehicleModel{"SCANIA", "G 450 B8X4 TIPP", "N3", "6T", "hvo100", "2", 32000, 18300};
    case 'B':
      return {"SCANIA", "P 410 B6X2 GASS", "N3", "6T", "biogass", "7", 26000, 14500};
    default:
      return n % 2 == 0 ? VehicleModel{"VOLVO", "FH 540 6X4 TREKKVOGN", "N3", "6T", "diesel", "2", 26000, 16800}
                        : VehicleModel{"MERCEDES-BENZ", "AROCS 3246 8X4 TIPP", "N3", "6T", "diesel", "2", 32000, 18000};
  }
}

}  // namespace

int seedDemoCarriers(db::Database& database, const identity::organisations::BrregClient& demo_register) {
  int created = 0;
  // A fixed time for demo records, so repeated seeds describe the same data.
  const std::int64_t seeded_at = db::nowEpochMs();
  for (std::size_t c = 0; c < demoCarriers().size(); ++c) {
    const auto& demo = demoCarriers()[c];
    const auto organisation =
        identity::organisations::ensureDemoOrganisation(database, demo_register, demo.orgnr);
    if (!organisation) continue;
    auto lease = database.lease();
    db::Transaction transaction(lease);
    if (repository::findCarrierByNumber(lease, organisation->organisation_number)) continue;
    CarrierRecord carrier;
    carrier.id = db::newUuidV7();
    carrier.organisation_id = organisation->id;
    carrier.organisation_number = organisation->organisation_number;
    carrier.name = organisation->name;
    carrier.services = demo.services;
    carrier.municipalities = demo.municipalities;
    carrier.vehicle_count = demo.vehicle_count;
    carrier.tonnes_per_day = demo.tonnes_per_day;
    carrier.capacity_note = "Kapasitet oppgitt for demo, ikke reelle tall.";
    carrier.contact_name = demo.contact_name;
    carrier.contact_phone = demo.contact_phone;
    carrier.contact_email = "post@" + std::string(demo.plate_prefix == "DM" ? "massetransport" : "transport") +
                            "-" + std::string(demo.orgnr).substr(5) + ".demo.masseflyt.no";
    carrier.description = demo.description;
    carrier.created_at = carrier.updated_at = seeded_at;
    carrier.is_demo = true;
    repository::insertCarrier(lease, carrier);
    history::record(lease, "carrier", carrier.id, "", organisation->name, "created");
    ++created;
    for (std::size_t i = 0; i < demo.fleet.size(); ++i) {
      const char letter = demo.fleet[i];
      const bool pending = letter >= 'a' && letter <= 'z';
      const char kind = pending ? static_cast<char>(letter - 32) : letter;
      const VehicleModel model = modelFor(kind, i + c);
      VehicleRecord v;
      v.id = db::newUuidV7();
      v.carrier_id = carrier.id;
      // Fictional plates: the carrier's two letters and 7 + carrier + vehicle number.
      v.registration_number = std::string(demo.plate_prefix) + std::to_string(70000 + c * 100 + i + 1);
      v.make = model.make;
      v.model = model.model;
      v.vehicle_group = model.group;
      v.vehicle_group_description = "Lastebil";
      v.euro_class = model.euro;
      v.register_fuel_code = model.register_fuel;
      v.permitted_total_weight_kg = model.total;
      v.payload_kg = model.payload;
      v.register_source = "registry.vehicle.source.demo";
      v.register_fetched_at = seeded_at;
      v.fuel = model.fuel;
      v.status = pending ? VehicleStatus::Pending : VehicleStatus::Approved;
      if (!pending) v.status_changed_at = seeded_at;
      v.created_at = v.updated_at = seeded_at;
      v.is_demo = true;
      repository::insertVehicle(lease, v);
      history::record(lease, "vehicle", v.id, "", organisation->name, "created");
    }
    transaction.commit();
  }
  return created;
}

}  // namespace masseflyt::registry::carriers
