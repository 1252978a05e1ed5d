// The mapping of source records to site kinds and the refresh rule (owner edits win, per field).
#include <gtest/gtest.h>

#include "modules/registry/imports/domain/record.hpp"
#include "modules/registry/sites/domain/import_merge.hpp"

namespace masseflyt::registry::imports {
namespace {

ImportedRecord waste(std::string bransje, std::string type, std::string status = "Aktiv") {
  ImportedRecord r;
  r.source = "miljodirektoratet";
  r.key = "A-1";
  r.name = "Anlegg";
  r.category = std::move(bransje);
  r.kind = std::move(type);
  r.status = std::move(status);
  r.municipality = "3201";
  r.lat = 59.9;
  r.lon = 10.5;
  return r;
}

ImportedRecord quarry(std::string material, std::string status = "I drift") {
  ImportedRecord r;
  r.source = "ngu";
  r.key = "U-1";
  r.name = "Uttak";
  r.kind = std::move(material);
  r.status = std::move(status);
  r.category = "Regional";
  r.municipality = "3201";
  return r;
}

TEST(ImportMapping, WasteFacilitiesByTypeThenNaceCode) {
  EXPECT_EQ(wasteFacilityKind("38.210", "Deponi for inert avfall"), "deponi_inert");
  EXPECT_EQ(wasteFacilityKind("38.210", "Deponi for ordinært avfall"), "deponi_ordinaert");
  EXPECT_EQ(wasteFacilityKind("38.220", "Deponi for farlig avfall"), "deponi_farlig");
  EXPECT_EQ(wasteFacilityKind("38.210", "Deponi for ikke-farlig avfall"), "deponi_ordinaert");
  EXPECT_EQ(wasteFacilityKind("38.320", "Knuseverk for betong og asfalt"), "gjenvinning");
  EXPECT_EQ(wasteFacilityKind("38.110", "Mottak og mellomlagring av masser"), "massemottak");
  EXPECT_EQ(wasteFacilityKind("38.110", ""), "massemottak");
  EXPECT_EQ(wasteFacilityKind("38.220", ""), "deponi_farlig");
  EXPECT_EQ(wasteFacilityKind("38.320", ""), "gjenvinning");
  EXPECT_EQ(wasteFacilityKind("10.100", ""), "");
}

TEST(ImportMapping, OnlyActiveWasteFacilitiesUnderNace38) {
  const auto site = toSite(waste("38.210", "Deponi for inert avfall"));
  ASSERT_TRUE(site);
  EXPECT_EQ(site->kind, "deponi_inert");
  EXPECT_EQ(site->licence, "NLOD 2.0");
  EXPECT_EQ(site->source, "miljodirektoratet");
  EXPECT_FALSE(site->fraction_groups.empty());
  EXPECT_FALSE(toSite(waste("38.210", "Deponi", "Nedlagt")));
  EXPECT_FALSE(toSite(waste("20.110", "Deponi")));
}

TEST(ImportMapping, NguPitsAndQuarriesInOperationArePukkverk) {
  const auto rock = toSite(quarry("Pukk"));
  ASSERT_TRUE(rock);
  EXPECT_EQ(rock->kind, "pukkverk");
  EXPECT_EQ(rock->fraction_groups, std::vector<std::string>{"stein"});
  const auto gravel = toSite(quarry("Grus"));
  ASSERT_TRUE(gravel);
  EXPECT_EQ(gravel->fraction_groups, std::vector<std::string>{"grus"});
  EXPECT_FALSE(toSite(quarry("Pukk", "Nedlagt")));
  EXPECT_FALSE(toSite(quarry("Steintipp")));
  ImportedRecord unknown = quarry("Pukk");
  unknown.source = "annet";
  EXPECT_FALSE(toSite(unknown));
}

TEST(ImportMapping, SourcesNameTheirAgencyAndLicence) {
  ASSERT_NE(findSource("ngu"), nullptr);
  EXPECT_EQ(findSource("ngu")->agency_orgnr, "970188223");
  EXPECT_EQ(findSource("miljodirektoratet")->agency_orgnr, "999601391");
  EXPECT_EQ(findSource("miljodirektoratet")->licence, "NLOD 2.0");
  EXPECT_EQ(findSource("brreg"), nullptr);
}

sites::ImportedSite incoming() {
  sites::ImportedSite in;
  in.source = "ngu";
  in.key = "U-1";
  in.licence = "NLOD 2.0";
  in.kind = "pukkverk";
  in.name = "Uttak";
  in.description = "Pukkforekomst";
  in.municipality_number = "3201";
  in.lat = 59.9;
  in.lon = 10.5;
  in.fraction_groups = {"stein"};
  return in;
}

TEST(ImportMerge, SameRecordChangesNothing) {
  const auto site = sites::newImportedSite(incoming(), "org", 1);
  const auto merge = sites::mergeImported(site, incoming());
  EXPECT_TRUE(merge.updated.empty());
  EXPECT_TRUE(merge.kept_owner.empty());
  EXPECT_FALSE(merge.source_meta_changed);
  EXPECT_FALSE(merge.reappeared);
}

TEST(ImportMerge, OwnerEditedFieldsSurviveARefresh) {
  auto site = sites::newImportedSite(incoming(), "org", 1);
  site.name = "Eierens navn";
  site.owner_edited_fields = {"name"};
  auto changed = incoming();
  changed.name = "Nytt navn i kilden";
  changed.description = "Ny beskrivelse i kilden";
  changed.lat = 59.95;
  const auto merge = sites::mergeImported(site, changed);
  EXPECT_EQ(merge.site.name, "Eierens navn");
  EXPECT_EQ(merge.site.description, "Ny beskrivelse i kilden");
  EXPECT_DOUBLE_EQ(merge.site.lat, 59.95);
  EXPECT_EQ(merge.kept_owner, std::vector<std::string>{"name"});
  EXPECT_EQ(merge.updated, (std::vector<std::string>{"description", "position"}));
}

TEST(ImportMerge, AVanishedRecordThatReturnsIsNoLongerMarked) {
  auto site = sites::newImportedSite(incoming(), "org", 1);
  site.vanished_at = 5;
  const auto merge = sites::mergeImported(site, incoming());
  EXPECT_TRUE(merge.reappeared);
  EXPECT_FALSE(merge.site.vanished_at);
}

TEST(ImportMerge, ChangedImportFieldsNamesWhatTheOwnerEdited) {
  const auto before = sites::newImportedSite(incoming(), "org", 1);
  auto after = before;
  after.name = "Nytt";
  after.fraction_groups = {"stein", "grus"};
  after.opening_hours = "07–15";  // not an import field
  EXPECT_EQ(sites::changedImportFields(before, after), (std::vector<std::string>{"name", "fractions"}));
}

}  // namespace
}  // namespace masseflyt::registry::imports
