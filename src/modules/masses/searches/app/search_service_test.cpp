#include "modules/masses/searches/app/search_service.hpp"

#include <gtest/gtest.h>

#include <cstdio>

#include "integrations/brreg/fixture_client.hpp"
#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/masses/listings/app/listing_service.hpp"
#include "modules/masses/listings/testing/fake_places.hpp"
#include "modules/masses/searches/app/api.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::masses::searches {
namespace {

// The SMTP relay is an outside service: a recording fake stands in for it here (the HTTP tests
// use the real SmtpMailer against an SMTP sink).
class RecordingMailer final : public mail::Mailer {
 public:
  std::vector<mail::MailMessage> sent;
  bool fail = false;
  void send(const mail::MailMessage& message) override {
    if (fail) throw Error(ErrorKind::Unavailable, "mail.error.send");
    sent.push_back(message);
  }
};

class SearchServiceTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    const auto org = identity::organisations::ensureDemoOrganisation(db(), brreg::FixtureBrregClient(), "315600049");
    ASSERT_TRUE(org);
    owner_ = {org->id, org->organisation_number, org->name};
    places_.owners[owner_.id] = owner_;
    listings_ = std::make_unique<listings::ListingService>(db(), places_);
    seller_.user_id = "seller";
    seller_.memberships.push_back({owner_.id, owner_.organisation_number, owner_.name, "representative", true});
    buyer_.user_id = "buyer";
    other_.user_id = "other";
    settings_.mailer = &mailer_;
    settings_.email_of = [](const std::string& user_id) -> std::optional<std::string> {
      if (user_id == "closed") return std::nullopt;
      return user_id + "@example.no";
    };
    settings_.public_base_url = "https://masseflyt.example/";
    service_ = std::make_unique<SearchService>(db(), places_, settings_);
  }

  listings::Listing publish(std::string kind, std::string fraction, double lat, double lon,
                            std::string from = "2027-04-01", std::string to = "2027-06-30") {
    listings::ListingInput in;
    in.kind = std::move(kind);
    in.title = "Test " + fraction;
    in.fraction_key = std::move(fraction);
    in.unit = "tonn";
    in.quantity = "5000";
    in.period_from = std::move(from);
    in.period_to = std::move(to);
    listings::PlaceInput place;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", lat);
    place.lat = buffer;
    std::snprintf(buffer, sizeof buffer, "%.6f", lon);
    place.lon = buffer;
    place.municipality_number = "3201";
    return listings_->create(seller_, owner_.organisation_number, place, in, true);
  }

  listings::testing::FakePlaces places_;
  listings::Owner owner_;
  auth::Principal seller_, buyer_, other_;
  RecordingMailer mailer_;
  AlertSettings settings_;
  std::unique_ptr<listings::ListingService> listings_;
  std::unique_ptr<SearchService> service_;
};

// Fornebu, and a radius of 10 km around it.
constexpr std::string_view kNearFornebu = "type=overskudd&fraksjonsgruppe=stein&lat=59.896&lon=10.618&radius_km=10";

TEST_P(SearchServiceTest, SavesListsAndDeletesOnlyOwnSearches) {
  const auto saved = service_->save(buyer_, "  Stein nær Fornebu ", std::string("?") + std::string(kNearFornebu), true);
  EXPECT_EQ(saved.name, "Stein nær Fornebu");
  EXPECT_EQ(saved.query, kNearFornebu);
  ASSERT_EQ(service_->list(buyer_).size(), 1u);
  EXPECT_TRUE(service_->list(other_).empty());
  EXPECT_THROW(service_->remove(other_, saved.id), Error);
  EXPECT_EQ(service_->list(buyer_).size(), 1u);
  service_->remove(buyer_, saved.id);
  EXPECT_TRUE(service_->list(buyer_).empty());
  auth::Principal nobody;
  EXPECT_THROW(service_->save(nobody, "x", "", true), Error);
}

TEST_P(SearchServiceTest, BadNameOrQueryIsRefusedAndNothingStored) {
  try {
    service_->save(buyer_, "", "type=flybensin&min_tonn=mye", true);
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Validation);
    std::vector<std::string> fields;
    for (const auto& f : error.fields()) fields.push_back(f.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"navn", "sok"}));
  }
  EXPECT_THROW(service_->save(buyer_, "Lang", std::string(kMaxQueryLength + 1, 'a'), true), Error);
  EXPECT_TRUE(service_->list(buyer_).empty());
  for (std::size_t i = 0; i < kMaxSearchesPerUser; ++i) service_->save(buyer_, "Søk " + std::to_string(i), "", false);
  EXPECT_THROW(service_->save(buyer_, "Ett for mye", "", false), Error);
  EXPECT_EQ(service_->list(buyer_).size(), kMaxSearchesPerUser);
}

TEST_P(SearchServiceTest, PublishedListingAlertsMatchingSearchesOnceAndMailsThoseWhoAsked) {
  service_->save(buyer_, "Stein nær Fornebu", kNearFornebu, true);
  service_->save(other_, "Stein, bare i appen", "type=overskudd&fraksjonsgruppe=stein", false);
  service_->save(other_, "Behov for leire", "type=behov&fraksjonsgruppe=leire", true);

  const auto near = publish("overskudd", "sprengstein", 59.9300, 10.5850);  // about 4 km away
  EXPECT_EQ(service_->matchListing(near.id), 2);
  ASSERT_EQ(mailer_.sent.size(), 1u);
  EXPECT_EQ(mailer_.sent[0].to, "buyer@example.no");
  EXPECT_NE(mailer_.sent[0].subject.find("Stein nær Fornebu"), std::string::npos);
  EXPECT_NE(mailer_.sent[0].text_body.find("https://masseflyt.example/masser/" + near.id), std::string::npos);
  EXPECT_NE(mailer_.sent[0].text_body.find("5 000 t"), std::string::npos);

  // A rerun of the job (a worker died after the work) changes nothing and sends nothing.
  EXPECT_EQ(service_->matchListing(near.id), 0);
  EXPECT_EQ(mailer_.sent.size(), 1u);

  // 30 km away: outside the buyer's radius, but the other search has none.
  const auto far = publish("overskudd", "sprengstein", 60.1500, 10.6000);
  EXPECT_EQ(service_->matchListing(far.id), 1);
  EXPECT_EQ(mailer_.sent.size(), 1u);

  const auto alerts = service_->alerts(buyer_, 10);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].alert.listing_id, near.id);
  EXPECT_EQ(alerts[0].alert.saved_search_name, "Stein nær Fornebu");
  EXPECT_TRUE(alerts[0].alert.emailed_at.has_value());
  EXPECT_EQ(service_->unseenAlerts(buyer_), 1);
  service_->markAlertsSeen(buyer_);
  EXPECT_EQ(service_->unseenAlerts(buyer_), 0);
  EXPECT_EQ(service_->alerts(other_, 10).size(), 2u);
}

TEST_P(SearchServiceTest, DraftsClosedAccountsAndMailFailuresSendNothingButKeepAlerts) {
  auth::Principal closed;
  closed.user_id = "closed";
  service_->save(closed, "Alt", "", true);
  service_->save(buyer_, "Alt", "", true);
  listings::ListingInput in;
  in.kind = "overskudd";
  in.title = "Utkast";
  in.fraction_key = "pukk";
  in.unit = "tonn";
  in.quantity = "100";
  in.period_from = "2027-01-01";
  in.period_to = "2027-02-01";
  listings::PlaceInput place{"", "", "59.9", "10.6", "3201", ""};
  const auto draft = listings_->create(seller_, owner_.organisation_number, place, in, false);
  EXPECT_EQ(service_->matchListing(draft.id), 0) << "drafts are not public";
  EXPECT_EQ(service_->matchListing("finnes-ikke"), 0);

  mailer_.fail = true;
  const auto listing = publish("overskudd", "pukk", 59.9, 10.6);
  EXPECT_EQ(service_->matchListing(listing.id), 2);
  EXPECT_TRUE(mailer_.sent.empty());
  ASSERT_EQ(service_->alerts(buyer_, 10).size(), 1u);
  EXPECT_FALSE(service_->alerts(buyer_, 10)[0].alert.emailed_at.has_value()) << "the relay refused";
  EXPECT_EQ(service_->alerts(closed, 10).size(), 1u) << "in-app alert, no mail to a closed account";
}

TEST_P(SearchServiceTest, DeletingTheAccountErasesItsSearchesAndAlerts) {
  service_->save(buyer_, "Alt", "", false);
  service_->save(other_, "Alt", "", false);
  service_->matchListing(publish("overskudd", "pukk", 59.9, 10.6).id);
  {
    auto lease = db().lease();
    db::Transaction transaction(lease);
    erasePersonalData(lease, "buyer");
    transaction.commit();
  }
  EXPECT_TRUE(service_->list(buyer_).empty());
  EXPECT_TRUE(service_->alerts(buyer_, 10).empty());
  EXPECT_EQ(service_->list(other_).size(), 1u);
  EXPECT_EQ(service_->alerts(other_, 10).size(), 1u);
}

MF_INSTANTIATE_DATABASE_TEST(SearchServiceTest);

}  // namespace
}  // namespace masseflyt::masses::searches
