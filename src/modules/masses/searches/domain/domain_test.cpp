#include "modules/masses/searches/domain/saved_search.hpp"

#include <gtest/gtest.h>

namespace masseflyt::masses::searches {
namespace {

TEST(SavedSearchTest, NameIsTrimmedAndRequiredWithinLimit) {
  std::vector<FieldError> errors;
  EXPECT_EQ(validName("  Sprengstein nær Fornebu ", errors), "Sprengstein nær Fornebu");
  EXPECT_TRUE(errors.empty());
  validName("   ", errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "navn");
  EXPECT_EQ(errors[0].message_key, "masses.search.error.name_missing");
  errors.clear();
  validName(std::string(kMaxNameLength + 1, 'x'), errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message_key, "masses.search.error.name_long");
}

TEST(SavedSearchTest, AlertMailNamesTheSearchTheListingAndTheWayOut) {
  AlertMailFacts facts;
  facts.search_name = "Stein til fylling";
  facts.listing_title = "Sprengstein fra Fornebubanen";
  facts.kind_label = "Overskudd";
  facts.fraction_name = "Sprengstein";
  facts.quantity_text = "27 000 t";
  facts.period_text = "01.01.2027–31.12.2028";
  facts.place_text = "Fornebu, Bærum";
  facts.listing_url = "https://masseflyt.example/masser/abc";
  facts.searches_url = "https://masseflyt.example/masser/lagrede-sok";
  EXPECT_EQ(alertSubject(facts), "Ny masse passer søket «Stein til fylling»");
  const auto body = alertBody(facts);
  for (const auto& part : {facts.listing_title, facts.quantity_text, facts.period_text, facts.place_text,
                           facts.listing_url, facts.searches_url, std::string("Overskudd: Sprengstein")}) {
    EXPECT_NE(body.find(part), std::string::npos) << part;
  }
  EXPECT_NE(body.find('\n'), std::string::npos) << "the catalog's \\n become line breaks";
}

}  // namespace
}  // namespace masseflyt::masses::searches
