#include <gtest/gtest.h>

#include <algorithm>

#include "modules/registry/sites/domain/catalog.hpp"
#include "modules/registry/sites/domain/permit_document.hpp"
#include "modules/registry/sites/domain/permit_status.hpp"
#include "modules/registry/sites/domain/validation.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::sites {
namespace {

Permit permit(std::string from, std::optional<std::string> to) {
  Permit p;
  p.valid_from = std::move(from);
  p.valid_to = std::move(to);
  return p;
}

TEST(PermitStatusTest, ValidExpiringExpiredAndNotYetValid) {
  const auto p = permit("2024-01-01", "2026-12-31");
  EXPECT_EQ(permitStatus(p, "2023-12-31"), PermitStatus::NotYetValid);
  EXPECT_EQ(permitStatus(p, "2024-01-01"), PermitStatus::Valid);  // first day counts
  EXPECT_EQ(permitStatus(p, "2026-10-01"), PermitStatus::Valid);  // 91 days left
  EXPECT_EQ(permitStatus(p, "2026-10-02"), PermitStatus::ExpiringSoon);  // 90 days left
  EXPECT_EQ(permitStatus(p, "2026-12-31"), PermitStatus::ExpiringSoon);  // last day counts
  EXPECT_EQ(permitStatus(p, "2027-01-01"), PermitStatus::Expired);
  EXPECT_EQ(permitStatus(permit("2020-01-01", std::nullopt), "2099-01-01"), PermitStatus::Valid);
  EXPECT_EQ(permitStatusKey(PermitStatus::Expired), "utlopt");
  EXPECT_TRUE(permitsOperation(PermitStatus::ExpiringSoon));
  EXPECT_FALSE(permitsOperation(PermitStatus::NotYetValid));
}

TEST(PermitStatusTest, SiteTakesTheBestPermitAndMissingWithoutAny) {
  EXPECT_EQ(siteStatus({}, "2026-01-01"), SiteStatus::Missing);
  std::vector<Permit> permits{permit("2010-01-01", "2015-01-01")};
  EXPECT_EQ(siteStatus(permits, "2026-01-01"), SiteStatus::Expired);
  EXPECT_FALSE(hasValidPermit(SiteStatus::Expired));
  permits.push_back(permit("2027-01-01", std::nullopt));
  EXPECT_EQ(siteStatus(permits, "2026-01-01"), SiteStatus::NotYetValid);
  permits.push_back(permit("2025-01-01", "2026-02-01"));
  EXPECT_EQ(siteStatus(permits, "2026-01-01"), SiteStatus::ExpiringSoon);
  permits.push_back(permit("2025-01-01", std::nullopt));
  EXPECT_EQ(siteStatus(permits, "2026-01-01"), SiteStatus::Valid);
  EXPECT_EQ(siteStatusKey(SiteStatus::Missing), "mangler");
  EXPECT_EQ(siteStatusColor(SiteStatus::Expired), "danger");
}

TEST(CatalogTest, EveryKeyHasANorwegianLabel) {
  for (const auto& kind : siteKinds()) {
    EXPECT_TRUE(i18n::catalog().contains(kind.label_key)) << kind.key;
  }
  for (const auto& group : fractionGroups()) {
    EXPECT_TRUE(i18n::catalog().contains(group.label_key)) << group.key;
  }
  for (const auto& type : permitTypes()) {
    EXPECT_TRUE(i18n::catalog().contains(type.label_key)) << type.key;
  }
  EXPECT_EQ(siteKinds().size(), 11u);
  EXPECT_EQ(i18n::t(findSiteKind("deponi_inert")->label_key), "Deponi for inert avfall");
  EXPECT_EQ(findFractionGroup("asfalt")->eal_code, "17 03 02");
  EXPECT_EQ(findFractionGroup("blandet")->eal_code, "");
  EXPECT_EQ(findSiteKind("slottet"), nullptr);
  EXPECT_EQ(i18n::t("registry.permit.type.dsa"), "DSA-tillatelse for alunskifer");
}

SiteInput goodSite() {
  SiteInput in;
  in.kind = "deponi_inert";
  in.name = "  Testdeponi ";
  in.lat = "59,8909";
  in.lon = "10.5278";
  in.municipality_number = "3201";
  in.fraction_groups = {"stein", "jord", "stein"};
  in.capacity_kg_per_year = 100'000'000;
  in.remaining_kg = 40'000'000;
  return in;
}

std::vector<std::string> fieldsOf(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

TEST(ValidationTest, AcceptsAGoodSiteAndNormalises) {
  Site site;
  applySiteInput(goodSite(), site);
  EXPECT_EQ(site.name, "Testdeponi");
  EXPECT_DOUBLE_EQ(site.lat, 59.8909);
  EXPECT_EQ(site.fraction_groups, (std::vector<std::string>{"stein", "jord"}));
}

TEST(ValidationTest, CollectsEveryFieldErrorAndChangesNothing) {
  SiteInput in;
  in.kind = "slott";
  in.lat = "10.5";
  in.lon = "59.9";  // swapped: outside Norway
  in.municipality_number = "32";
  in.contact_email = "ikke-epost";
  in.fraction_groups = {"gull"};
  in.capacity_kg_per_year = 10;
  in.remaining_kg = 20;
  in.area_geojson = "{\"type\":\"Point\"}";
  Site site;
  site.name = "Uendret";
  try {
    applySiteInput(in, site);
    FAIL() << "expected a validation error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    const auto fields = fieldsOf(e);
    for (const char* f : {"kategori", "navn", "lat", "kommunenummer", "kontakt_epost",
                          "fraksjonsgrupper", "ledig_kapasitet_kg", "omrade"}) {
      EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
    }
    for (const auto& f : e.fields()) EXPECT_TRUE(i18n::catalog().contains(f.message_key)) << f.message_key;
  }
  EXPECT_EQ(site.name, "Uendret");
}

TEST(ValidationTest, AreaMustBeAPolygon) {
  auto in = goodSite();
  in.area_geojson =
      R"({"type":"Polygon","coordinates":[[[10.5,59.89],[10.51,59.89],[10.51,59.9],[10.5,59.89]]]})";
  Site site;
  applySiteInput(in, site);
  EXPECT_NE(site.area_geojson.find("Polygon"), std::string::npos);
}

TEST(ValidationTest, PermitRules) {
  PermitInput in;
  in.type = "dsa";
  in.authority = "DSA";
  in.valid_from = "2025-01-01";
  in.valid_to = "2024-12-31";
  in.max_condition_class = "TK6";
  in.document_url = "javascript:alert(1)";
  Permit permit;
  try {
    applyPermitInput(in, permit);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(fieldsOf(e), (std::vector<std::string>{"gyldig_til", "hoyeste_tilstandsklasse", "dokument_url"}));
  }
  in.valid_to = "";
  in.max_condition_class = "TK3";
  in.document_url = "https://example.no/tillatelse.pdf";
  applyPermitInput(in, permit);
  EXPECT_FALSE(permit.valid_to);
  EXPECT_EQ(permit.max_condition_class, 3);
}

TEST(ValidationTest, TonnesAndKroner) {
  bool ok = true;
  EXPECT_EQ(parseTonnesToKg("12 500", ok), 12'500'000);
  EXPECT_EQ(parseTonnesToKg("1,5", ok), 1500);
  EXPECT_EQ(parseTonnesToKg("", ok), std::nullopt);
  EXPECT_TRUE(ok);
  parseTonnesToKg("12t", ok);
  EXPECT_FALSE(ok);
  ok = true;
  EXPECT_EQ(parseKronerToOre("85,50", ok), 8550);
  EXPECT_EQ(parseKronerToOre("85", ok), 8500);
  EXPECT_TRUE(ok);
  parseKronerToOre("1,234", ok);
  EXPECT_FALSE(ok);
}

TEST(UtmDisplayTest, SandvikaInUtm33) {
  // integrations.md §3: Sandvika 59.8909 N, 10.5278 E is E ≈ 249 857, N ≈ 6 647 713.
  const auto utm = geo::toUtm33({59.8909, 10.5278});
  EXPECT_NEAR(utm.easting, 249857, 2);
  EXPECT_NEAR(utm.northing, 6647713, 2);
  EXPECT_FALSE(geo::formatUtm33(utm).empty());
}

TEST(PermitDocumentTest, OnlyAPdfOfAllowedSize) {
  EXPECT_TRUE(checkPermitDocument("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").empty());
  // Readers accept junk before the header within the first 1024 bytes.
  EXPECT_TRUE(checkPermitDocument(std::string(1000, ' ') + "%PDF-1.4").empty());
  const auto only = [](std::string_view bytes) {
    const auto errors = checkPermitDocument(bytes);
    return errors.size() == 1 && errors[0].field == "dokument" ? errors[0].message_key : std::string("?");
  };
  EXPECT_EQ(only(""), "registry.permit.document.error.empty");
  EXPECT_EQ(only("PK\x03\x04 a zip"), "registry.permit.document.error.not_pdf");
  EXPECT_EQ(only(std::string(1030, ' ') + "%PDF-1.4"), "registry.permit.document.error.not_pdf");
  std::string big = "%PDF-1.4";
  big.resize(kMaxPermitDocumentBytes, 'x');
  EXPECT_TRUE(checkPermitDocument(big).empty());  // exactly the limit is allowed
  big.push_back('x');
  EXPECT_EQ(only(big), "registry.permit.document.error.too_large");
  for (const auto& key : {"registry.permit.document.error.empty", "registry.permit.document.error.not_pdf",
                          "registry.permit.document.error.too_large"}) {
    EXPECT_TRUE(i18n::catalog().contains(key)) << key;
  }
}

TEST(PermitDocumentTest, NamesAreCleanedAndEndInPdf) {
  EXPECT_EQ(permitDocumentName("Tillatelse 2019-4471.pdf"), "Tillatelse 2019-4471.pdf");
  EXPECT_EQ(permitDocumentName("C:\\fakepath\\vedtak.PDF"), "vedtak.PDF");
  EXPECT_EQ(permitDocumentName("../../etc/passwd"), "passwd.pdf");
  EXPECT_EQ(permitDocumentName("Bø\r\nvedtak"), "Bøvedtak.pdf");
  EXPECT_EQ(permitDocumentName(""), "tillatelse.pdf");
  EXPECT_EQ(permitDocumentName(" .. "), "tillatelse.pdf");
  EXPECT_EQ(permitDocumentName(".skjult.pdf"), "skjult.pdf");
  // 200 × "æ" (2 bytes each) is cut on a letter boundary to at most 120 bytes with the ending.
  std::string long_name;
  for (int i = 0; i < 200; ++i) long_name += "æ";
  const auto cut = permitDocumentName(long_name + ".pdf");
  EXPECT_LE(cut.size(), 120u);
  EXPECT_EQ(cut.substr(cut.size() - 4), ".pdf");
  EXPECT_EQ(cut.size() % 2, 0u);  // 58 whole letters + ".pdf"
}

TEST(PermitDocumentTest, SizesAsPeopleReadThem) {
  EXPECT_EQ(displayFileSize(0), "0 byte");
  EXPECT_EQ(displayFileSize(999), "999 byte");
  EXPECT_EQ(displayFileSize(1000), "1 kB");
  EXPECT_EQ(displayFileSize(820'400), "820 kB");
  EXPECT_EQ(displayFileSize(999'499), "999 kB");
  EXPECT_EQ(displayFileSize(1'000'000), "1,0 MB");
  EXPECT_EQ(displayFileSize(1'450'000), "1,5 MB");
  EXPECT_EQ(displayFileSize(10'000'000), "10,0 MB");
}

}  // namespace
}  // namespace masseflyt::registry::sites
