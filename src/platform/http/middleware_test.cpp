#include "platform/http/middleware.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <stdexcept>

#include "platform/log/log.hpp"

namespace masseflyt::http {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class FakePages : public ErrorPageRenderer {
 public:
  std::string render(int status, std::string_view title, std::string_view detail,
                     std::string_view request_id) const override {
    return "page " + std::to_string(status) + " " + std::string(title) + " " +
           std::string(detail) + " " + std::string(request_id);
  }
};

Request requestFor(Method method, std::string path, std::string query = {}) {
  Request request;
  request.method = method;
  request.path = std::move(path);
  request.query = std::move(query);
  request.target = request.path + (request.query.empty() ? "" : "?" + request.query);
  return request;
}

TEST(Chain, RunsMiddlewaresOutermostFirst) {
  std::string trace;
  const auto mark = [&trace](std::string name) {
    return Middleware([&trace, name](Request& request, const Next& next) {
      trace += name + ">";
      auto response = next(request);
      trace += "<" + name;
      return response;
    });
  };
  const auto handler = chain({mark("a"), mark("b")}, [&trace](Request&) {
    trace += "h";
    return Response::text("ok");
  });
  Request request;
  EXPECT_EQ(handler(request).body, "ok");
  EXPECT_EQ(trace, "a>b>h<b<a");
}

TEST(Chain, MiddlewareMayAnswerWithoutCallingNext) {
  const auto handler = chain({[](Request&, const Next&) { return Response::text("stop", 429); }},
                             [](Request&) -> Response { throw std::logic_error("not reached"); });
  Request request;
  EXPECT_EQ(handler(request).status, 429);
}

TEST(RequestId, AcceptsOnlySaneIds) {
  EXPECT_TRUE(isAcceptableRequestId("abc-123_X.y"));
  EXPECT_TRUE(isAcceptableRequestId(std::string(128, 'a')));
  EXPECT_FALSE(isAcceptableRequestId(std::string(129, 'a')));
  EXPECT_FALSE(isAcceptableRequestId(""));
  EXPECT_FALSE(isAcceptableRequestId("a b"));
  EXPECT_FALSE(isAcceptableRequestId("a\r\nSet-Cookie: x"));
  EXPECT_FALSE(isAcceptableRequestId("\"}{"));
}

TEST(RequestId, GeneratedIdsAreUuidShapedAndDistinct) {
  const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  const auto a = generateRequestId();
  EXPECT_TRUE(std::regex_match(a, uuid)) << a;
  EXPECT_NE(a, generateRequestId());
  EXPECT_TRUE(isAcceptableRequestId(a));
}

TEST(RequestId, EchoesIncomingOrGenerates) {
  const auto handler = chain({requestIdMiddleware()}, [](Request& request) {
    return Response::text(request.request_id);
  });
  auto request = requestFor(Method::Get, "/");
  request.headers.set("X-Request-Id", "klient-42");
  auto response = handler(request);
  EXPECT_EQ(response.body, "klient-42");
  EXPECT_EQ(response.headers.get("X-Request-Id"), "klient-42");

  auto bad = requestFor(Method::Get, "/");
  bad.headers.set("X-Request-Id", "ikke gyldig!");
  response = handler(bad);
  EXPECT_NE(response.body, "ikke gyldig!");
  EXPECT_EQ(response.headers.get("X-Request-Id"), response.body);
  EXPECT_TRUE(isAcceptableRequestId(response.body));
}

TEST(SecurityHeaders, AreSetWithoutHstsByDefault) {
  Response response;
  applySecurityHeaders(response, {});
  EXPECT_EQ(response.headers.get("Content-Security-Policy"),
            "default-src 'self'; script-src 'self'; style-src 'self'; "
            "img-src 'self' data: https://cache.kartverket.no; "
            "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            "form-action 'self'; frame-ancestors 'none'");
  EXPECT_EQ(response.headers.get("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.headers.get("Referrer-Policy"), "strict-origin-when-cross-origin");
  EXPECT_EQ(response.headers.get("X-Frame-Options"), "DENY");
  EXPECT_EQ(response.headers.get("Permissions-Policy"),
            "geolocation=(self), camera=(), microphone=()");
  EXPECT_EQ(response.headers.get("Cross-Origin-Opener-Policy"), "same-origin");
  EXPECT_FALSE(response.headers.has("Strict-Transport-Security"));
}

TEST(SecurityHeaders, HstsAndExtraImageSourcesWhenConfigured) {
  SecurityOptions options;
  options.hsts = true;
  options.extra_img_src = {"https://cache.kartverket.no"};
  Response response;
  applySecurityHeaders(response, options);
  EXPECT_EQ(response.headers.get("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
  EXPECT_THAT(std::string(*response.headers.get("Content-Security-Policy")),
              HasSubstr("img-src 'self' data: https://cache.kartverket.no;"));
}

class EdgeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log::setSinkForTesting(&logs_);
    router_.add({Method::Get, "/", Audience::Page,
                 [](Request&) { return Response::html("<h1>Hei</h1>"); }, {}});
    router_.add({Method::Get, "/api/v1/anlegg/{id}", Audience::Api,
                 [](Request& request) {
                   return Response::json("{\"id\":\"" + std::string(request.pathParam("id")) + "\"}");
                 },
                 {}});
    router_.add({Method::Post, "/api/v1/anlegg", Audience::Api,
                 [](Request&) -> Response {
                   throw Error(ErrorKind::Validation, "http.error.422.detail", "",
                               {{"navn", "http.error.400.detail"}});
                 },
                 {}});
    router_.add({Method::Get, "/krasj", Audience::Page,
                 [](Request&) -> Response { throw std::runtime_error("hemmelig intern detalj"); },
                 {}});
    router_.add({Method::Get, "/api/krasj", Audience::Api,
                 [](Request&) -> Response { throw std::runtime_error("hemmelig intern detalj"); },
                 {}});
    router_.add({Method::Get, "/healthz", Audience::Api,
                 [](Request&) { return Response::json(R"({"status":"ok"})"); }, {}});
  }
  void TearDown() override { log::setSinkForTesting(nullptr); }

  Response call(Request request, const ErrorPageRenderer* pages = nullptr) {
    EdgeOptions options;
    options.error_pages = pages;
    return buildEdgeHandler(router_, options)(request);
  }

  static void expectSecurityHeaders(const Response& response) {
    EXPECT_TRUE(response.headers.has("Content-Security-Policy"));
    EXPECT_EQ(response.headers.get("X-Content-Type-Options"), "nosniff");
    EXPECT_TRUE(response.headers.has("Referrer-Policy"));
    EXPECT_TRUE(response.headers.has("X-Request-Id"));
  }

  Router router_;
  std::string logs_;
};

TEST_F(EdgeTest, DispatchesWithParamsAndHeaders) {
  const auto response = call(requestFor(Method::Get, "/api/v1/anlegg/7"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"id":"7"})");
  expectSecurityHeaders(response);
}

TEST_F(EdgeTest, UnknownPageIsNorwegianHtml404) {
  const auto response = call(requestFor(Method::Get, "/finnes-ikke"));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.headers.get("Content-Type"), "text/html; charset=utf-8");
  EXPECT_THAT(response.body, HasSubstr("<html lang=\"nb\">"));
  EXPECT_THAT(response.body, HasSubstr("Siden finnes ikke"));
  expectSecurityHeaders(response);
}

TEST_F(EdgeTest, ErrorPagesUseTheRenderer) {
  const FakePages pages;
  auto request = requestFor(Method::Get, "/finnes-ikke");
  request.headers.set("X-Request-Id", "rid-1");
  const auto response = call(request, &pages);
  EXPECT_EQ(response.status, 404);
  EXPECT_THAT(response.body, HasSubstr("page 404 Siden finnes ikke"));
  EXPECT_THAT(response.body, HasSubstr("rid-1"));
}

TEST_F(EdgeTest, UnknownApiPathIsProblemJson) {
  auto request = requestFor(Method::Get, "/api/v1/ukjent");
  request.headers.set("X-Request-Id", "rid-2");
  const auto response = call(request);
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.headers.get("Content-Type"), "application/problem+json");
  EXPECT_THAT(response.body, HasSubstr(R"("type":"about:blank","title":"Ressursen finnes ikke","status":404)"));
  EXPECT_THAT(response.body, HasSubstr(R"("instance":"/api/v1/ukjent","requestId":"rid-2")"));
  expectSecurityHeaders(response);
}

TEST_F(EdgeTest, WrongMethodIs405WithAllow) {
  const auto response = call(requestFor(Method::Post, "/healthz"));
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.get("Allow"), "GET, HEAD");
  // /healthz is registered for programs, so the error is problem+json too.
  EXPECT_EQ(response.headers.get("Content-Type"), "application/problem+json");
  expectSecurityHeaders(response);
}

TEST_F(EdgeTest, FieldErrorsBecomeTheErrorsArray) {
  const auto response = call(requestFor(Method::Post, "/api/v1/anlegg"));
  EXPECT_EQ(response.status, 422);
  EXPECT_THAT(response.body, HasSubstr(R"("errors":[{"field":"navn","detail":"Forespørselen)"));
}

TEST_F(EdgeTest, UnexpectedExceptionsAre500WithoutLeakingWhat) {
  for (const char* path : {"/krasj", "/api/krasj"}) {
    logs_.clear();
    const auto response = call(requestFor(Method::Get, path));
    EXPECT_EQ(response.status, 500);
    EXPECT_THAT(response.body, Not(HasSubstr("hemmelig")));
    EXPECT_THAT(response.body, HasSubstr("Noe gikk galt"));
    expectSecurityHeaders(response);
    // …but operators see it, tied to the request id.
    const std::string id(*response.headers.get("X-Request-Id"));
    EXPECT_THAT(logs_, HasSubstr(R"("event":"unhandled_exception","request_id":")" + id));
    EXPECT_THAT(logs_, HasSubstr("hemmelig intern detalj"));
  }
}

TEST_F(EdgeTest, AccessLogHasRoutePatternAndNoPersonalData) {
  auto request = requestFor(Method::Get, "/api/v1/anlegg/ola.nordmann@example.no",
                            "epost=kari%40example.no");
  request.headers.set("Cookie", "session=topphemmelig");
  request.headers.set("Authorization", "Bearer topphemmelig");
  request.headers.set("X-Request-Id", "rid-3");
  request.remote_address = "192.0.2.7";
  call(request);
  const std::regex line(
      R"(\{"ts":"[^"]+","level":"info","event":"request","method":"GET",)"
      R"("route":"/api/v1/anlegg/\{id\}","status":200,"duration_ms":\d+\.\d{3},"bytes":\d+,)"
      R"("request_id":"rid-3"\}\n)");
  EXPECT_TRUE(std::regex_match(logs_, line)) << logs_;
  for (const char* secret : {"nordmann", "kari", "topphemmelig", "192.0.2.7"}) {
    EXPECT_THAT(logs_, Not(HasSubstr(secret)));
  }
}

TEST_F(EdgeTest, AccessLogForUnmatchedPathHasNoPath) {
  call(requestFor(Method::Get, "/privat/ola"));
  EXPECT_THAT(logs_, HasSubstr(R"("route":"-","status":404)"));
  EXPECT_THAT(logs_, Not(HasSubstr("ola")));
}

TEST_F(EdgeTest, EdgeErrorsFromTheServerGoThroughTheSameChain) {
  auto request = requestFor(Method::Post, "/api/v1/anlegg");
  request.audience = Audience::Api;  // the server sets it from the route it found
  request.edge_error = std::make_exception_ptr(
      HttpError(ErrorKind::PayloadTooLarge, "http.error.413.detail", "content-length"));
  const auto response = call(request);
  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(response.headers.get("Content-Type"), "application/problem+json");
  EXPECT_THAT(response.body, HasSubstr("For stor forespørsel"));
  expectSecurityHeaders(response);
  EXPECT_THAT(logs_, HasSubstr(R"("status":413)"));
}

TEST_F(EdgeTest, AppMiddlewaresRunBeforeDispatchAndTheirErrorsAreMapped) {
  EdgeOptions options;
  options.app_middlewares.push_back([](Request& request, const Next& next) {
    if (request.header("X-Avvis")) throw Error(ErrorKind::Forbidden, "http.error.403.detail");
    request.headers.set("X-Sett-Av-Mellomvare", "ja");
    return next(request);
  });
  std::string seen;
  router_.add({Method::Get, "/se", Audience::Page,
               [&seen](Request& request) {
                 seen = std::string(request.header("X-Sett-Av-Mellomvare").value_or(""));
                 return Response::html("ok");
               },
               {}});
  const auto handler = buildEdgeHandler(router_, options);
  auto ok = requestFor(Method::Get, "/se");
  EXPECT_EQ(handler(ok).status, 200);
  EXPECT_EQ(seen, "ja");
  auto refused = requestFor(Method::Get, "/api/v1/anlegg/7");
  refused.headers.set("X-Avvis", "1");
  const auto response = handler(refused);
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(response.headers.get("Content-Type"), "application/problem+json");
  expectSecurityHeaders(response);
}

TEST_F(EdgeTest, HeadIsServedByGet) {
  const auto response = call(requestFor(Method::Head, "/"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "<h1>Hei</h1>");  // the server drops the body but keeps its length
  EXPECT_THAT(logs_, HasSubstr(R"("method":"HEAD","route":"/","status":200)"));
  EXPECT_THAT(logs_, HasSubstr(R"("bytes":0)"));
}

}  // namespace
}  // namespace masseflyt::http
