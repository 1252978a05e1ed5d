#include "platform/http/router.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace masseflyt::http {
namespace {

Handler named(std::string name) {
  return [name](Request&) { return Response::text(name); };
}

std::string run(const RouteMatch& match) {
  Request request;
  return match.route->handler(request).body;
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add({Method::Get, "/", Audience::Page, named("home"), {}});
    router_.add({Method::Get, "/anlegg/{id}", Audience::Page, named("anlegg"), {}});
    router_.add({Method::Get, "/anlegg/ny", Audience::Page, named("ny"), {}});
    router_.add({Method::Post, "/anlegg/{id}", Audience::Page, named("lagre"), {1024}});
    router_.add({Method::Get, "/api/v1/anlegg/{id}/masser/{masse}", Audience::Api, named("masse"), {}});
    router_.add({Method::Get, "/static/{file...}", Audience::Page, named("static"), {}});
  }
  Router router_;
};

TEST_F(RouterTest, MatchesExactPath) {
  const auto match = router_.match(Method::Get, "/");
  ASSERT_EQ(match.kind, RouteMatch::Kind::Found);
  EXPECT_EQ(run(match), "home");
}

TEST_F(RouterTest, ExtractsPathParameters) {
  const auto match = router_.match(Method::Get, "/api/v1/anlegg/7/masser/leire");
  ASSERT_EQ(match.kind, RouteMatch::Kind::Found);
  EXPECT_EQ(match.params.at("id"), "7");
  EXPECT_EQ(match.params.at("masse"), "leire");
  EXPECT_EQ(match.route->audience, Audience::Api);
}

TEST_F(RouterTest, ExactSegmentBeatsParameterWhateverTheOrder) {
  EXPECT_EQ(run(router_.match(Method::Get, "/anlegg/ny")), "ny");
  EXPECT_EQ(run(router_.match(Method::Get, "/anlegg/12")), "anlegg");
}

TEST_F(RouterTest, MethodPicksTheRoute) {
  const auto match = router_.match(Method::Post, "/anlegg/12");
  ASSERT_EQ(match.kind, RouteMatch::Kind::Found);
  EXPECT_EQ(run(match), "lagre");
  // POST /anlegg/ny falls to the parameter route because the literal one has no POST.
  EXPECT_EQ(run(router_.match(Method::Post, "/anlegg/ny")), "lagre");
}

TEST_F(RouterTest, HeadFallsBackToGet) {
  const auto match = router_.match(Method::Head, "/anlegg/12");
  ASSERT_EQ(match.kind, RouteMatch::Kind::Found);
  EXPECT_EQ(run(match), "anlegg");
}

TEST_F(RouterTest, ExplicitHeadRouteWins) {
  router_.add({Method::Head, "/anlegg/{id}", Audience::Page, named("head"), {}});
  EXPECT_EQ(run(router_.match(Method::Head, "/anlegg/12")), "head");
  EXPECT_EQ(run(router_.match(Method::Head, "/anlegg/ny")), "ny");
}

TEST_F(RouterTest, UnknownPathIsNotFound) {
  EXPECT_EQ(router_.match(Method::Get, "/finnes-ikke").kind, RouteMatch::Kind::NotFound);
  EXPECT_EQ(router_.match(Method::Get, "/anlegg").kind, RouteMatch::Kind::NotFound);
  EXPECT_EQ(router_.match(Method::Get, "/anlegg/").kind, RouteMatch::Kind::NotFound);
  EXPECT_EQ(router_.match(Method::Get, "/anlegg/1/x").kind, RouteMatch::Kind::NotFound);
  EXPECT_EQ(router_.match(Method::Get, "/static/").kind, RouteMatch::Kind::NotFound);
}

TEST_F(RouterTest, WrongMethodListsAllowedMethods) {
  const auto match = router_.match(Method::Delete, "/anlegg/12");
  ASSERT_EQ(match.kind, RouteMatch::Kind::MethodNotAllowed);
  EXPECT_EQ(match.allowed, (std::vector<Method>{Method::Get, Method::Head, Method::Post}));
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->audience, Audience::Page);
  EXPECT_EQ(router_.match(Method::Post, "/").allowed,
            (std::vector<Method>{Method::Get, Method::Head}));
}

TEST_F(RouterTest, RestParameterTakesTheRemainingSegments) {
  const auto match = router_.match(Method::Get, "/static/fonts/inter.woff2");
  ASSERT_EQ(match.kind, RouteMatch::Kind::Found);
  EXPECT_EQ(match.params.at("file"), "fonts/inter.woff2");
  EXPECT_EQ(router_.match(Method::Get, "/static/a//b").kind, RouteMatch::Kind::NotFound);
}

TEST_F(RouterTest, LimitsForPathTakeTheLargestMatchingRoute) {
  EXPECT_EQ(router_.limitsFor("/anlegg/12").max_body_bytes, 64U * 1024);  // GET has the default
  Router small;
  small.add({Method::Post, "/opplasting", Audience::Page, named("x"), {1024}});
  small.add({Method::Put, "/opplasting", Audience::Page, named("y"), {4096}});
  EXPECT_EQ(small.limitsFor("/opplasting").max_body_bytes, 4096U);
  EXPECT_EQ(small.limitsFor("/ukjent").max_body_bytes, RouteLimits{}.max_body_bytes);
}

TEST(RouterAudience, ApiPrefixIsForPrograms) {
  EXPECT_EQ(Router::audienceFor("/api"), Audience::Api);
  EXPECT_EQ(Router::audienceFor("/api/v1/x"), Audience::Api);
  EXPECT_EQ(Router::audienceFor("/apikatalog"), Audience::Page);
  EXPECT_EQ(Router::audienceFor("/"), Audience::Page);
}

TEST(RouterValidation, RejectsBadPatternsAndDuplicates) {
  Router router;
  EXPECT_THROW(router.add({Method::Get, "anlegg", Audience::Page, named("x"), {}}),
               std::invalid_argument);
  EXPECT_THROW(router.add({Method::Get, "/a/{id", Audience::Page, named("x"), {}}),
               std::invalid_argument);
  EXPECT_THROW(router.add({Method::Get, "/a/{rest...}/b", Audience::Page, named("x"), {}}),
               std::invalid_argument);
  router.add({Method::Get, "/a", Audience::Page, named("x"), {}});
  EXPECT_THROW(router.add({Method::Get, "/a", Audience::Page, named("x"), {}}),
               std::invalid_argument);
}

}  // namespace
}  // namespace masseflyt::http
