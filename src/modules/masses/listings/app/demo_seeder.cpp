#include <optional>
#include <string>
#include <vector>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/masses/listings/app/api.hpp"
#include "modules/masses/listings/app/listing_service.hpp"
#include "modules/masses/listings/app/registry_places.hpp"
#include "modules/masses/listings/infra/listing_repository.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/error.hpp"

// Demo listings: the region's story over 2026–2032. The big tunnels (Fornebubanen, E18, the new
// water supply, later Ringeriksbanen) produce rock for years; fills, roads and buildings need rock
// and crushed stone; receiving sites offer capacity; one alum shale surplus and the DSA landfill
// that may take it. Figures are plausible round numbers, not sourced (marked demo).
namespace masseflyt::masses::listings {
namespace {

struct Demo {
  std::string_view owner;    ///< organisasjonsnummer (demo companies of the fixture register)
  std::string_view project;  ///< project name prefix; "" for a site listing
  std::string_view kind;
  std::string_view fraction;
  std::string_view unit;
  std::string_view quantity;
  std::string_view state;
  std::string_view from, to;
  std::string_view title;
  std::string_view description;
  std::string_view price_kind = "ingen";
  std::string_view price = "";
  std::string_view phases = "";  ///< "kvartal" (spread evenly over the period's quarters) or ""
};

constexpr std::string_view kRail = "315700019", kRoad = "315700027", kWater = "315700035", kMetro = "315700043",
                           kKolsas = "315700051", kAsker = "315700078", kSandvika = "315500222";

const Demo kProjectListings[] = {
    {kMetro, "Fornebubanen", "overskudd", "sprengstein", "m3", "600000", "fast", "2026-01-01", "2029-12-31",
     "Sprengstein fra byggegropen på Fornebu",
     "Ren sprengstein fra stasjonsgroper og tunnel, levert fra mellomlager på felt 8.", "gratis", "", "kvartal"},
    {kMetro, "Fornebubanen", "overskudd", "tunnelstein", "m3", "350000", "fast", "2026-04-01", "2030-06-30",
     "Tunnelstein fra Fornebubanen", "Tunnelstein fra boring og sprenging, egnet til fyllinger og forsterkningslag.",
     "per_tonn", "25", "kvartal"},
    {kRoad, "E18 Lysaker", "overskudd", "sprengstein", "m3", "450000", "fast", "2026-01-01", "2031-12-31",
     "Sprengstein fra E18 Vestkorridoren", "Overskudd fra tunneler og skjæringer mellom Lysaker og Ramstadsletta.",
     "gratis", "", "kvartal"},
    {kRoad, "E18 Lysaker", "overskudd", "morene", "m3", "80000", "fast", "2026-03-01", "2028-10-31",
     "Morene fra E18-anleggene", "Ren morene, egnet til landskapsforming.", "ingen", "", ""},
    {kWater, "Ny vannforsyning", "overskudd", "tbm_masse", "m3", "300000", "fast", "2026-01-01", "2030-12-31",
     "TBM-masse fra vanntunnelen", "Finknust masse fra tunnelboremaskin.", "ingen", "", "kvartal"},
    {kRail, "Ringeriksbanen", "overskudd", "sprengstein", "m3", "1500000", "fast", "2029-01-01", "2032-12-31",
     "Fremtidig sprengstein fra Ringeriksbanen", "Planlagt overskudd når tunnelarbeidene starter.", "ingen", "", ""},
    {kRoad, "Oslo, ny kulvert", "overskudd", "alunskifer", "m3", "15000", "fast", "2028-03-01", "2029-06-30",
     "Alunskifer fra kulvert Skøyen",
     "Syredannende alunskifer. Må leveres til deponi med gyldig DSA-tillatelse.", "betaler_for_mottak", "", ""},
    {kWater, "Lier havneområde", "behov", "sprengstein", "m3", "350000", "anbrakt", "2027-01-01", "2030-12-31",
     "Sprengstein til utfylling i Lier havn", "Utfylling i sjø; ren sprengstein uten finstoff.", "gratis", "",
     "kvartal"},
    {kAsker, "Billingstad", "behov", "sprengstein", "m3", "60000", "anbrakt", "2027-03-01", "2027-12-31",
     "Fyllmasse til Billingstad næringspark", "Oppfylling av tomt før bygging.", "ingen", "", ""},
    {kKolsas, "Kolsås sentrum", "behov", "knust_0_32", "tonn", "20000", "", "2031-01-01", "2032-06-30",
     "Knust berg 0/32 til veier og plasser", "Bærelag for nye gater i Kolsås sentrum.", "per_tonn", "95", ""},
    {kAsker, "Asker sentrum", "behov", "kult", "tonn", "15000", "", "2027-09-01", "2028-08-31",
     "Kult til byggegrop i Asker sentrum", "Drenerende fyllmasse.", "per_tonn", "60", ""},
    {kSandvika, "Sandvika nord", "behov", "pukk", "tonn", "8000", "", "2026-02-01", "2027-06-30",
     "Pukk til kvartal 4", "Pukk til drenering og fundamentering.", "per_tonn", "140", ""},
    {kRoad, "Drammen", "behov", "knust_22_120", "tonn", "40000", "", "2029-01-01", "2031-12-31",
     "Forsterkningslag til ny bybro", "Knust berg 22/120 til forsterkningslag.", "per_tonn", "85", ""},
    {kAsker, "Ski stasjon", "behov", "knust_0_32", "tonn", "12000", "", "2030-01-01", "2030-12-31",
     "Bærelag til parkeringsanlegget", "", "per_tonn", "95", ""},
};

// Receiving sites with capacity for rock (one listing per site, the first ones found).
constexpr std::string_view kReceivers[] = {"315600049", "315600251", "315600111", "315600324",
                                           "315600391", "315600537", "315600464"};
// Site owners that may hold a DSA permit (the special waste landfill, the quays).
constexpr std::string_view kDsaOwners[] = {"315600952", "315600537", "315600464"};

std::string quarterStart(int year, int quarter) {
  return std::to_string(year) + "-" + (quarter == 0 ? "01" : quarter == 1 ? "04" : quarter == 2 ? "07" : "10");
}

// Even quarterly phases over the period (whole quarters from the period's first quarter).
void addQuarters(ListingInput& in) {
  const int from_year = std::stoi(in.period_from.substr(0, 4)), to_year = std::stoi(in.period_to.substr(0, 4));
  const int from_q = (std::stoi(in.period_from.substr(5, 2)) - 1) / 3, to_q = (std::stoi(in.period_to.substr(5, 2)) - 1) / 3;
  std::vector<std::string> starts;
  for (int y = from_year; y <= to_year; ++y) {
    for (int q = 0; q < 4; ++q) {
      if ((y == from_year && q < from_q) || (y == to_year && q > to_q)) continue;
      starts.push_back(quarterStart(y, q));
    }
  }
  const auto total = parseThousandths(in.quantity).value_or(0);
  const auto parts = distribute(total, std::vector<std::int64_t>(starts.size(), 1));
  in.phase_granularity = "kvartal";
  for (std::size_t i = 0; i < starts.size(); ++i) in.phases.emplace_back(starts[i], thousandthsText(parts[i]));
}

ListingInput inputOf(const Demo& d) {
  ListingInput in;
  in.kind = d.kind;
  in.title = d.title;
  in.description = d.description;
  in.fraction_key = d.fraction;
  in.unit = d.unit;
  in.quantity = d.quantity;
  in.volume_state = d.state;
  in.period_from = d.from;
  in.period_to = d.to;
  in.price_kind = d.price_kind;
  in.price = d.price;
  in.transport_needed = true;
  in.transport_by = d.kind == "overskudd" ? "motpart" : "avtales";
  if (d.phases == "kvartal") addQuarters(in);
  return in;
}

Listing make(const ListingInput& in, const Owner& owner, const Place& place, bool site) {
  Listing l;
  applyListingInput(in, l);
  l.status = Status::Published;
  l.organisation_id = owner.id;
  (site ? l.site_id : l.project_id) = place.id;
  l.lat = place.lat;
  l.lon = place.lon;
  l.municipality_number = place.municipality_number;
  l.place_name = place.name;
  l.is_demo = true;
  return l;
}

}  // namespace

int seedDemoListings(db::Database& database, const identity::organisations::BrregClient& demo_register) {
  {
    auto lease = database.lease();
    if (repository::countDemo(lease) > 0) return 0;
  }
  const auto places = makeRegistryPlaces(database, demo_register);
  const ListingService service(database, *places);
  const auto owner = [&](std::string_view orgnr) -> std::optional<Owner> {
    if (!identity::organisations::ensureDemoOrganisation(database, demo_register, orgnr)) return std::nullopt;
    return places->ownerByNumber(orgnr);
  };
  int created = 0;
  for (const auto& d : kProjectListings) {
    const auto o = owner(d.owner);
    if (!o) continue;
    for (const auto& p : places->projectsOf(o->id)) {
      if (p.name.rfind(d.project, 0) != 0) continue;
      service.upsertTrusted(make(inputOf(d), *o, p, false), "Demodata");
      ++created;
      break;
    }
  }
  int receivers = 0;
  for (const auto orgnr : kReceivers) {
    const auto o = owner(orgnr);
    if (!o) continue;
    const auto sites = places->sitesOf(o->id);
    if (sites.empty()) continue;
    const auto& s = sites.front();
    ListingInput in;
    in.kind = "kapasitet";
    in.title = "Mottak av ren stein og grus – " + s.name;
    in.description = "Ledig mottakskapasitet for rene steinmasser.";
    in.fraction_key = receivers % 2 == 0 ? "sprengstein" : "tunnelstein";
    in.unit = "tonn";
    in.quantity = std::to_string(150'000 + 50'000 * (receivers % 4));
    in.period_from = "2026-01-01";
    in.period_to = receivers % 3 == 0 ? "2032-12-31" : "2029-12-31";
    in.price_kind = "betaler_for_mottak";
    service.upsertTrusted(make(in, *o, s, true), "Demodata");
    ++created;
    ++receivers;
  }
  // The DSA landfill: capacity for alum shale only where a dsa permit is valid today.
  const std::string today = calendar::today();
  bool dsa_done = false;
  for (const auto orgnr : kDsaOwners) {
    const auto o = owner(orgnr);
    if (!o || dsa_done) continue;
    for (const auto& s : places->sitesOf(o->id)) {
      if (!places->siteHasDsaPermit(s.id, today)) continue;
      ListingInput in;
      in.kind = "kapasitet";
      in.title = "Mottak av alunskifer (DSA-godkjent) – " + s.name;
      in.description = "Deponi med gyldig tillatelse fra DSA for syredannende bergarter.";
      in.fraction_key = "alunskifer";
      in.unit = "tonn";
      in.quantity = "60000";
      in.period_from = "2026-01-01";
      in.period_to = "2032-12-31";
      in.price_kind = "betaler_for_mottak";
      service.upsertTrusted(make(in, *o, s, true), "Demodata");
      ++created;
      dsa_done = true;
      break;
    }
  }
  return created;
}

}  // namespace masseflyt::masses::listings
