#include <gtest/gtest.h>

#include "integrations/vegvesen/fixture_client.hpp"
#include "integrations/vegvesen/vegvesen_parser.hpp"
#include "platform/config/config.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::vegvesen {
namespace {

TEST(VegvesenParser, ReadsTheRecordedCar) {
  const auto vehicle = parseVehicleResponse(*FixtureVehicleRegister::file("kjoretoy/EK39085.json"));
  ASSERT_TRUE(vehicle.has_value());
  EXPECT_EQ(vehicle->registration_number, "EK39085");
  EXPECT_EQ(vehicle->make, "VOLKSWAGEN");
  EXPECT_EQ(vehicle->model, "GOLF");
  EXPECT_EQ(vehicle->vehicle_group, "M1");
  EXPECT_EQ(vehicle->vehicle_group_description, "Personbil");
  EXPECT_EQ(vehicle->euro_class, "0");
  EXPECT_EQ(vehicle->register_fuel_code, "5");
  EXPECT_EQ(vehicle->permitted_total_weight_kg, 2020);
  EXPECT_EQ(vehicle->payload_kg, 405);
  EXPECT_EQ(vehicle->registration_status, "REGISTRERT");
}

TEST(VegvesenParser, ReadsTheSyntheticEuroVITipper) {
  const auto vehicle = parseVehicleResponse(*FixtureVehicleRegister::file("kjoretoy/DT61001.json"));
  ASSERT_TRUE(vehicle.has_value());
  EXPECT_EQ(vehicle->vehicle_group, "N3");
  EXPECT_EQ(vehicle->euro_class, "6T");
  EXPECT_EQ(vehicle->register_fuel_code, "2");
  EXPECT_EQ(vehicle->permitted_total_weight_kg, 32000);
  EXPECT_EQ(vehicle->payload_kg, 18500);
}

TEST(VegvesenParser, EmptyListIsNotFound) {
  EXPECT_FALSE(parseVehicleResponse(*FixtureVehicleRegister::file("feil/404-DT99999.json")).has_value());
  EXPECT_FALSE(parseVehicleResponse(R"({"kjoretoydataListe":[]})").has_value());
  EXPECT_FALSE(parseVehicleResponse(R"({"feilmelding":"x"})").has_value());
}

TEST(VegvesenParser, ToleratesMissingFields) {
  const auto vehicle = parseVehicleResponse(R"({"kjoretoydataListe":[{"kjoretoyId":{"kjennemerke":"AB 12345"}}]})");
  ASSERT_TRUE(vehicle.has_value());
  EXPECT_EQ(vehicle->registration_number, "AB12345");
  EXPECT_TRUE(vehicle->euro_class.empty());
  EXPECT_FALSE(vehicle->payload_kg.has_value());
}

TEST(VegvesenParser, RejectsGarbage) {
  for (const auto* body : {"", "[]", "null", "{\"kjoretoydataListe\": 3}",
                           "{\"kjoretoydataListe\": [{\"kjoretoyId\": {}}]}", "<html>"}) {
    try {
      parseVehicleResponse(body);
      ADD_FAILURE() << body;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
      EXPECT_EQ(error.messageKey(), "vegvesen.error.invalid_response");
    }
  }
}

TEST(FixtureVehicleRegister, ServesTheDemoPlates) {
  const FixtureVehicleRegister client;
  const auto tipper = client.lookup("DT61001");
  ASSERT_TRUE(tipper.has_value());
  EXPECT_EQ(tipper->euro_class, "6T");
  EXPECT_EQ(tipper->source_key, "vegvesen.source.fixture");
  EXPECT_GT(tipper->fetched_at_ms, 0);
  EXPECT_EQ(client.lookup("EV61002")->euro_class, "0");
  EXPECT_EQ(client.lookup("EV61002")->register_fuel_code, "5");
  EXPECT_EQ(client.lookup("DT51003")->euro_class, "5T");
  EXPECT_FALSE(client.lookup("DT99999").has_value());
  EXPECT_EQ(client.lookups(), 5u);
}

TEST(VegvesenClients, ModeChoosesTheClient) {
  EXPECT_NE(dynamic_cast<const FixtureVehicleRegister*>(clientFor({}).get()), nullptr);
  EXPECT_NE(clientFor({.mode = "live", .api_key = "k", .base_url = "https://x"}), nullptr);
  try {
    clientFor({.mode = "live", .api_key = "", .base_url = ""});
    ADD_FAILURE();
  } catch (const Error& error) {
    EXPECT_EQ(error.messageKey(), "vegvesen.error.no_key");
  }
  EXPECT_THROW(clientFor({.mode = "ekte", .api_key = "", .base_url = ""}), Error);
}

TEST(VegvesenConfig, SettingsAreReadAndTheKeyIsMasked) {
  const auto config = config::load({{"MASSEFLYT_VEGVESEN", "live"},
                                    {"MASSEFLYT_VEGVESEN_API_KEY", "hemmelig-nokkel"},
                                    {"MASSEFLYT_VEGVESEN_URL", "http://127.0.0.1:9999"}},
                                   std::nullopt);
  EXPECT_EQ(config.vegvesen_mode, "live");
  EXPECT_EQ(config.vegvesen_api_key, "hemmelig-nokkel");
  EXPECT_EQ(config.vegvesen_base_url, "http://127.0.0.1:9999");
  const std::string described = config::describe(config);
  EXPECT_EQ(described.find("hemmelig-nokkel"), std::string::npos);
  EXPECT_NE(described.find("integrations.vegvesen_api_key = \"****\""), std::string::npos) << described;
  EXPECT_EQ(config::load({}, std::nullopt).vegvesen_mode, "fixture");
  for (const auto* key : {"vegvesen.error.mode", "vegvesen.error.api_key", "vegvesen.error.base_url"}) {
    EXPECT_TRUE(i18n::catalog().contains(key)) << key;
  }
}

// The outbound client refuses plain http except to literal loopback addresses, so the setting
// refuses what the client would refuse at the first lookup.
TEST(VegvesenConfig, BaseUrlIsHttpsOrLiteralLoopback) {
  for (const char* good : {"https://akfell-datautlevering.atlas.vegvesen.no", "http://127.0.0.1:9999",
                           "http://127.0.0.2:8080/api", "http://[::1]:9999"}) {
    EXPECT_NO_THROW(config::load({{"MASSEFLYT_VEGVESEN_URL", good}}, std::nullopt)) << good;
  }
  for (const char* bad : {"http://localhost:9999", "http://127.0.0.1.example.no", "http://vegvesen.no",
                          "ftp://127.0.0.1", "https://user@vegvesen.no", "http://[::2]:80", ""}) {
    EXPECT_THROW(config::load({{"MASSEFLYT_VEGVESEN_URL", bad}}, std::nullopt), Error) << bad;
  }
}

}  // namespace
}  // namespace masseflyt::vegvesen
