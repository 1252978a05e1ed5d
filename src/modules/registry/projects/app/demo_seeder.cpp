#include <initializer_list>
#include <optional>
#include <string_view>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/projects/app/api.hpp"
#include "modules/registry/projects/app/approval_service.hpp"
#include "modules/registry/projects/app/project_service.hpp"
#include "platform/core/calendar.hpp"
#include "platform/db/uuid.hpp"
#include "platform/geo/municipalities.hpp"

namespace masseflyt::registry::projects {
namespace {

// The demo developers. The real public developers (Bane NOR / Nye Veier, Statens vegvesen, Oslo
// kommune Vann- og avløpsetaten, Fornebubanen) are not in the references with their
// organisasjonsnummer, so fictional stand-ins (3157xxxxx, fixture register only) own the real
// projects, and each source note says so.
constexpr std::string_view kRail = "315700019";       // Jernbaneutbygging Vest (demo)
constexpr std::string_view kRoad = "315700027";       // Vegutbygging Vestkorridoren (demo)
constexpr std::string_view kWater = "315700035";      // Hovedstadens Vannforsyning (demo)
constexpr std::string_view kMetro = "315700043";      // Fornebu Baneutbygging (demo)
constexpr std::string_view kKolsas = "315700051";     // Kolsås Eiendomsutvikling AS (demo)
constexpr std::string_view kAsker = "315700078";      // Asker Næringsbygg AS (demo)
constexpr std::string_view kTunnel = "315700086";     // Tunnel og Fjell Entreprenør AS (demo)
constexpr std::string_view kFornebu = "315500117";    // Fornebu Byutvikling AS (demo)
constexpr std::string_view kSandvika = "315500222";   // Sandvika Grunnarbeid AS (demo)
constexpr std::string_view kAskerAnlegg = "315500338";  // Asker Anlegg og Maskin AS (demo)

constexpr std::string_view kStandIn =
    " Byggherren i demoen er en fiktiv stedfortreder for den offentlige byggherren.";

struct DemoProject {
  std::string_view name;
  std::string_view developer;
  std::initializer_list<std::string_view> contractors;
  bool public_developer;
  Phase phase;
  std::string_view start;  ///< "", "2031", "2031-04" or a date
  bool start_uncertain;
  std::string_view end;
  bool end_uncertain;
  double lat, lon;
  std::string_view municipality;
  std::string_view address;
  std::string_view description;
  std::string_view source;  ///< for the real projects: where the published figures come from
  std::string_view link_url;
  std::string_view link_title;
};

// Real public projects first (figures from the sources named, see
// /work/shared/reference/domain.md §6), then fictional ones in every phase.
const DemoProject kProjects[] = {
    {"Fornebubanen", kMetro, {kTunnel}, true, Phase::Construction, "2020", true, "2030", true,
     59.8960, 10.6180, "3201", "Fornebu",
     "Ny T-bane fra Majorstuen til Fornebu: om lag 8 km tunnelsystem med 6 stasjoner. Byggegropen "
     "på Fornebu alene gir om lag 600 000 m³ masser. Felt 8 på Fornebu skal åpnes igjen for "
     "mellomlagring og gjenvinning av masser fra Fornebubanen og E18.",
     "Tall fra bygg.no, tu.no og baerum.kommune.no (Fornebu). Perioden er Bærum Ressursbanks "
     "periode 2020–2030 for de store prosjektene, ikke prosjektets egen tidsplan.",
     "https://www.baerum.kommune.no/", "Bærum kommune: Fornebu"},
    {"Ringeriksbanen og E16 Sandvika–Hønefoss (FRE16)", kRail, {}, true, Phase::Planning, "", false,
     "", false, 59.9180, 10.4300, "3201", "Sandvika–Hønefoss",
     "Om lag 40 km dobbeltspor Sandvika–Hønefoss med om lag 23 km tunnel Jong–Sundvollen, sammen "
     "med ny E16. Sprengstein om lag 8,3 mill. m³: 3,4 mill. m³ som fylling i linjen og 2,5 mill. "
     "m³ gjenbrukt som kvalitetsmasser. En annen plan oppgir 9,8 mill. m³. Prosjektet ligger nå "
     "hos Nye Veier; oppstart er ikke avklart.",
     "Tall fra norconsult.no, veier24.no og tu.no. Sollihøgda plussby oppgir 3,5 mill. m³ "
     "overskudd i Bærum fra Ringeriksbanen.",
     "https://www.norconsult.no/", "Norconsult: FRE16"},
    {"E18 Lysaker–Ramstadsletta (E18 Vestkorridoren)", kRoad, {kSandvika}, true, Phase::Construction,
     "2020", false, "2030", true, 59.8985, 10.5720, "3201", "Høvik",
     "4,4 km ny hovedvei med Høviktunnelen (om lag 1 950 m, 2×3 felt), bygget 2020–2029/30. "
     "Milepæl: 50 000 tonn knust frostsikringslag lagt ut fra tunnelstein. Overskuddet planlegges "
     "brukt som forbelastning på «Dumpa» (Fornebu). Ingen samlet overskuddsmengde er funnet.",
     "Tall fra vegvesen.no og bygg.no.", "https://www.vegvesen.no/", "Statens vegvesen: E18 Vestkorridoren"},
    {"Ny vannforsyning Oslo (Holsfjorden–Huseby)", kWater, {}, true, Phase::Construction, "", false,
     "", false, 59.9405, 10.6590, "0301", "Huseby",
     "19 km råvannstunnel fra Holsfjorden til Huseby. Huseby-kontrakten har uttak av om lag 1,2 "
     "mill. m³ (kildeteksten er avkuttet), senere redusert med 21 %. Massene går til Drammen havn "
     "og et deponi i Lier.",
     "Tall fra sstt.se, dagsavisen.no og nettavisen.no (delvis kilde: tallet 1,2 mill. m³ er avkuttet).",
     "https://www.oslo.kommune.no/", "Oslo kommune: ny vannforsyning"},
    // ---- fictional ----
    {"Kolsås sentrum, nye boliger (demo)", kKolsas, {kSandvika}, false, Phase::Idea, "2031", true,
     "2034", true, 59.9160, 10.5000, "3201", "Kolsåsveien 5",
     "Idé om 300 boliger rundt Kolsås stasjon. Byggegrop i fjell kan gi 80 000 m³ sprengstein.", "",
     "", ""},
    {"Bekkestua skole, utvidelse (demo)", kFornebu, {}, false, Phase::Planning, "2028-08", true,
     "2030-06", true, 59.9150, 10.5890, "3201", "Bekkestua",
     "Utvidelse med ny fløy og idrettshall. Forventet overskudd av løsmasser 25 000 m³.", "", "", ""},
    {"Asker sentrum, næringsbygg (demo)", kAsker, {kAskerAnlegg}, false, Phase::Zoning, "2027-09",
     false, "2029-12", true, 59.8335, 10.4350, "3203", "Torvet 6",
     "Kontorbygg med to kjelleretasjer. Reguleringsplan på høring.", "", "", ""},
    {"Billingstad næringspark (demo)", kAsker, {kTunnel}, false, Phase::Design, "2027-03", false,
     "2028-10", false, 59.8730, 10.4700, "3203", "Billingstadsletta",
     "Ny lager- og logistikkpark. Trenger 60 000 m³ fyllmasser, gjerne knust stein.", "", "", ""},
    {"Sandvika nord, kvartal 4 (demo)", kSandvika, {kSandvika}, false, Phase::Construction,
     "2025-04-01", false, "2027-06", false, 59.8935, 10.5245, "3201", "Sandvika",
     "Boligkvartal med parkeringskjeller. 40 000 m³ sprengstein leveres til knuseverk.", "", "", ""},
    {"Lysaker stasjonsområde (demo)", kFornebu, {kTunnel, kSandvika}, false, Phase::Done, "2021-03",
     false, "2024-11", false, 59.9130, 10.6380, "3201", "Lysaker",
     "Ferdigstilt byutviklingsprosjekt. Massene ble brukt på Fornebu.", "", "", ""},
    {"Lier havneområde, utfylling (demo)", kWater, {}, true, Phase::Idea, "2033", true, "", false,
     59.7830, 10.2480, "3312", "Lierstranda",
     "Idé om å ta imot rene sprengsteinsmasser til utfylling i havneområdet.", "", "", ""},
    {"Drammen, ny bybro (demo)", kRoad, {kTunnel}, true, Phase::Zoning, "2029", true, "2032", true,
     59.7440, 10.2050, "3301", "Drammen sentrum",
     "Ny gang- og sykkelbro med landkar i fjell.", "", "", ""},
    {"Lillestrøm, ny skole og flerbrukshall (demo)", kKolsas, {}, false, Phase::Design, "2026-10",
     false, "2028-08", true, 59.9560, 11.0500, "3205", "Lillestrøm sentrum",
     "Skole med flerbrukshall. Grunnen har leire; masser må trolig til deponi.", "", "", ""},
    {"Ski stasjon, parkeringsanlegg (demo)", kAsker, {kAskerAnlegg}, false, Phase::Planning, "2030-01",
     true, "", false, 59.7190, 10.8370, "3207", "Ski",
     "Parkeringsanlegg under bakken ved Ski stasjon.", "", "", ""},
    {"Hønefoss, ny vannbehandling (demo)", kWater, {kTunnel}, true, Phase::Construction, "2025-09",
     false, "2027-12", false, 60.1680, 10.2560, "3305", "Hønefoss",
     "Nytt vannbehandlingsanlegg med fjellhall. 30 000 m³ sprengstein.", "", "", ""},
    {"Vøyenenga, ny barnehage (demo)", kSandvika, {}, false, Phase::Done, "2023-05", false,
     "2024-08", false, 59.9070, 10.4830, "3201", "Vøyenenga",
     "Ferdig barnehage. Overskuddsmasser ble brukt lokalt.", "", "", ""},
    {"Oslo, ny kulvert Skøyen (demo)", kRoad, {kSandvika, kTunnel}, true, Phase::Design, "2028", true,
     "2031", true, 59.9230, 10.6790, "0301", "Skøyen",
     "Ny kulvert med omlegging av vei. Forurensede masser må til godkjent mottak.", "", "", ""},
};

// Approvals for the fictional projects only (the real ones' approvals are public record and not
// ours to invent), dated from today so every status shows: in force, expired, not yet in force.
std::vector<Approval> demoApprovals(const DemoProject& d, std::size_t index) {
  if (!d.source.empty()) return {};
  const long day = *calendar::parseDate(calendar::today());
  const auto* m = geo::findMunicipality(d.municipality);
  const std::string municipality = m != nullptr ? std::string(m->name) + " kommune" : "Kommunen";
  const std::string year = std::to_string(2019 + static_cast<int>(index % 6));
  const auto make = [&](std::string_view type, std::string authority, long from, std::optional<long> to,
                        int number) {
    Approval a;
    a.type = std::string(type);
    a.authority = std::move(authority);
    a.reference = "DEMO-" + year + "/" + std::to_string(100 + static_cast<int>(index) * 10 + number);
    a.valid_from = calendar::formatDate(from);
    if (to) a.valid_to = calendar::formatDate(*to);
    return a;
  };
  std::vector<Approval> out;
  if (d.phase == Phase::Idea || d.phase == Phase::Planning) return out;
  out.push_back(make("reguleringsplan", municipality, day - 400 - static_cast<long>(index) * 30, std::nullopt, 1));
  if (d.phase == Phase::Design) {
    // Remediation plan decided, in force from the start of the works.
    out.push_back(make("tiltaksplan", municipality, day + 120, day + 120 + 3 * 365, 2));
  }
  if (d.phase == Phase::Construction) {
    out.push_back(make("rammetillatelse", municipality, day - 200, day + 3 * 365, 2));
    out.push_back(make("forurensningsloven", "Statsforvalteren i Oslo og Viken", day - 180, day + 2 * 365, 3));
  }
  if (d.phase == Phase::Done) out.push_back(make("tiltaksplan", municipality, day - 4 * 365, day - 300, 2));
  return out;
}

}  // namespace

int seedDemoProjects(db::Database& database, const identity::organisations::BrregClient& demo_register) {
  for (const auto orgnr : {kRail, kRoad, kWater, kMetro, kKolsas, kAsker, kTunnel, kFornebu,
                           kSandvika, kAskerAnlegg}) {
    identity::organisations::ensureDemoOrganisation(database, demo_register, orgnr);
  }
  const ProjectService service(database, demo_register);
  const ApprovalService approvals(database, service);
  int created = 0;
  std::size_t index = 0;
  for (const auto& d : kProjects) {
    ++index;
    if (service.demoExists(std::string(d.name))) continue;
    ProjectInput in;
    in.name = d.name;
    in.description = d.description;
    in.developer_orgnr = d.developer;
    for (const auto c : d.contractors) in.contractor_orgnrs.emplace_back(c);
    in.phase = std::string(phaseCode(d.phase));
    in.start = d.start;
    in.start_uncertain = d.start_uncertain;
    in.end = d.end;
    in.end_uncertain = d.end_uncertain;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", d.lat);
    in.lat = buffer;
    std::snprintf(buffer, sizeof buffer, "%.4f", d.lon);
    in.lon = buffer;
    in.municipality_number = d.municipality;
    in.address = d.address;
    in.public_developer = d.public_developer;
    in.contact_name = "Demo Kontaktperson";
    in.contact_email = "prosjekt@demo.masseflyt.no";
    std::string source(d.source);
    if (d.public_developer && !source.empty()) source += kStandIn;
    in.source_note = source;
    if (!d.link_url.empty()) in.plan_links.push_back({std::string(d.link_url), std::string(d.link_title)});
    ProjectRecord record = service.validate(in);
    record.is_demo = true;
    record.id = db::newUuidV7();
    service.insertDemo(record);
    for (auto& approval : demoApprovals(d, index)) approvals.insertDemo(record, std::move(approval));
    ++created;
  }
  return created;
}

}  // namespace masseflyt::registry::projects
