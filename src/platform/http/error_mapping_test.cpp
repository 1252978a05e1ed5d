#include "platform/http/error_mapping.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "platform/i18n/messages.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::http {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(StatusFor, MapsEveryKind) {
  EXPECT_EQ(statusFor(ErrorKind::BadRequest), 400);
  EXPECT_EQ(statusFor(ErrorKind::Validation), 422);
  EXPECT_EQ(statusFor(ErrorKind::Unauthorized), 401);
  EXPECT_EQ(statusFor(ErrorKind::Forbidden), 403);
  EXPECT_EQ(statusFor(ErrorKind::NotFound), 404);
  EXPECT_EQ(statusFor(ErrorKind::MethodNotAllowed), 405);
  EXPECT_EQ(statusFor(ErrorKind::Conflict), 409);
  EXPECT_EQ(statusFor(ErrorKind::PayloadTooLarge), 413);
  EXPECT_EQ(statusFor(ErrorKind::UnsupportedMediaType), 415);
  EXPECT_EQ(statusFor(ErrorKind::TooManyRequests), 429);
  EXPECT_EQ(statusFor(ErrorKind::Unavailable), 503);
  EXPECT_EQ(statusFor(ErrorKind::Internal), 500);
}

TEST(Catalog, HasTitleAndDetailForEveryStatusWeSend) {
  for (int status : {400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 431, 500, 501, 503}) {
    const std::string prefix = "http.error." + std::to_string(status);
    EXPECT_TRUE(i18n::catalog().contains(prefix + ".title")) << status;
    EXPECT_TRUE(i18n::catalog().contains(prefix + ".detail")) << status;
  }
}

class RenderErrorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log::setSinkForTesting(&logs_);
    request_.path = "/api/v1/anlegg";
    request_.request_id = "rid-9";
    request_.audience = Audience::Api;
  }
  void TearDown() override { log::setSinkForTesting(nullptr); }
  Request request_;
  std::string logs_;
};

TEST_F(RenderErrorTest, ProblemJsonFollowsRfc9457) {
  const auto response = renderError(
      Error(ErrorKind::Validation, "http.error.422.detail", "",
            {{"limit", "http.error.400.detail"}, {"cursor\"x", "ukjent.nokkel"}}),
      request_, nullptr);
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(response.headers.get("Content-Type"), "application/problem+json");
  EXPECT_EQ(response.headers.get("Cache-Control"), "no-store");
  EXPECT_EQ(response.body,
            R"({"type":"about:blank","title":"Ugyldige opplysninger","status":422,)"
            R"("detail":"Ett eller flere felter er ugyldige. Rett opp og prøv igjen.",)"
            R"("instance":"/api/v1/anlegg","requestId":"rid-9","errors":[)"
            R"({"field":"limit","detail":"Forespørselen kunne ikke tolkes. Kontroller adressen og innholdet, og prøv igjen."},)"
            R"({"field":"cursor\"x","detail":"ukjent.nokkel"}]})");
}

TEST_F(RenderErrorTest, UnknownMessageKeyFallsBackToStatusDetail) {
  const auto response = renderError(Error(ErrorKind::Conflict, "finnes.ikke"), request_, nullptr);
  EXPECT_THAT(response.body, HasSubstr("Endringen kolliderer"));
  EXPECT_THAT(response.body, Not(HasSubstr("finnes.ikke")));
}

TEST_F(RenderErrorTest, InternalDetailIsLoggedNotSent) {
  const auto response =
      renderError(Error(ErrorKind::Unavailable, "http.error.503.detail", "db ping failed: host x"),
                  request_, nullptr);
  EXPECT_EQ(response.status, 503);
  EXPECT_THAT(response.body, Not(HasSubstr("host x")));
  EXPECT_THAT(logs_, HasSubstr("db ping failed: host x"));
  EXPECT_THAT(logs_, HasSubstr(R"("request_id":"rid-9")"));
}

TEST_F(RenderErrorTest, HttpErrorCarriesStatusAndHeaders) {
  Headers headers;
  headers.set("Allow", "GET, HEAD");
  const auto response = renderError(
      HttpError(ErrorKind::MethodNotAllowed, "http.error.405.detail", "", headers), request_, nullptr);
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.get("Allow"), "GET, HEAD");
  const auto too_big = renderError(
      HttpError(ErrorKind::BadRequest, "http.error.431.detail", "", {}, 431), request_, nullptr);
  EXPECT_EQ(too_big.status, 431);
  EXPECT_THAT(too_big.body, HasSubstr("For store forespørselshoder"));
}

TEST_F(RenderErrorTest, PagesGetEscapedFallbackHtmlWithoutRenderer) {
  request_.audience = Audience::Page;
  request_.request_id = "<script>";
  const auto response = renderError(Error(ErrorKind::NotFound, "http.error.404.detail"), request_, nullptr);
  EXPECT_EQ(response.headers.get("Content-Type"), "text/html; charset=utf-8");
  EXPECT_THAT(response.body, HasSubstr("<title>Siden finnes ikke</title>"));
  EXPECT_THAT(response.body, HasSubstr("&lt;script&gt;"));
  EXPECT_THAT(response.body, Not(HasSubstr("<script>")));
  EXPECT_THAT(response.body, Not(HasSubstr("style")));
}

struct ThrowingPages : ErrorPageRenderer {
  std::string render(int, std::string_view, std::string_view, std::string_view) const override {
    throw std::runtime_error("template missing");
  }
};

TEST_F(RenderErrorTest, FailingRendererFallsBack) {
  request_.audience = Audience::Page;
  const ThrowingPages pages;
  const auto response = renderError(Error(ErrorKind::Forbidden, "http.error.403.detail"), request_, &pages);
  EXPECT_EQ(response.status, 403);
  EXPECT_THAT(response.body, HasSubstr("Ingen tilgang"));
  EXPECT_THAT(logs_, HasSubstr("error_page_failed"));
}

}  // namespace
}  // namespace masseflyt::http
