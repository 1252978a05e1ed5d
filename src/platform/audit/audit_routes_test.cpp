#include "platform/audit/audit_routes.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "platform/api/pagination.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/audit/permissions.hpp"
#include "platform/auth/principal.hpp"
#include "platform/core/error.hpp"
#include "platform/db/testing/test_database.hpp"
#include "platform/web/test_support.hpp"

namespace masseflyt::audit {
namespace {

class AuditRoutesTest : public db::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    auth::registerPermissions(kAuditPermissions);
    registerAuditRoutes(router_, db(), renderer_,
                        {.actor =
                             [this](const std::string& id) -> std::optional<std::string> {
                               ++actor_lookups_;
                               if (id == "u1") return "Ada Admin";
                               return std::nullopt;
                             },
                         .organisation = [](const std::string& id) -> std::optional<std::string> {
                           if (id == "org-0") return "Demo Bygg AS";
                           return std::nullopt;
                         }});
  }

  int actor_lookups_ = 0;

  void append(int count, std::string action = "login.succeeded", std::string actor = "u1") {
    auto lease = db().lease();
    db::Transaction tx(lease);
    for (int i = 0; i < count; ++i) {
      AuditEvent event;
      event.action = action;
      event.actor_id = actor;
      event.organisation_id = "org-" + std::to_string(i % 2);
      record(lease, event);
    }
    tx.commit();
  }

  static std::shared_ptr<const auth::Principal> person(std::vector<std::string> platform_roles) {
    auto principal = std::make_shared<auth::Principal>();
    principal->user_id = "admin-1";
    principal->platform_roles = std::move(platform_roles);
    return principal;
  }

  http::Response get(std::string path, std::string query,
                     std::shared_ptr<const auth::Principal> principal) {
    const auto match = router_.match(http::Method::Get, path);
    EXPECT_EQ(match.kind, http::RouteMatch::Kind::Found) << path;
    http::Request request;
    request.path = path;
    request.query = query;
    request.target = path + (query.empty() ? "" : "?" + query);
    request.audience = http::Router::audienceFor(path);
    request.principal = std::move(principal);
    return match.route->handler(request);
  }

  static ErrorKind errorKindOf(const std::function<void()>& call) {
    try {
      call();
    } catch (const Error& error) {
      return error.kind();
    }
    ADD_FAILURE() << "no error thrown";
    return ErrorKind::Internal;
  }

  http::Router router_;
  web::Renderer renderer_{web::testing::fakeManifest(), web::SiteOptions{}};
};

TEST_P(AuditRoutesTest, AnonymousAndUnprivilegedAreRefused) {
  for (const auto* path : {"/admin/revisjonslogg", "/api/v1/revisjonslogg"}) {
    EXPECT_EQ(errorKindOf([&] { get(path, "", nullptr); }), ErrorKind::Unauthorized) << path;
    EXPECT_EQ(errorKindOf([&] { get(path, "", person({})); }), ErrorKind::Forbidden) << path;
  }
}

TEST_P(AuditRoutesTest, PageListsEntriesInNorwegianAndPagesBack) {
  append(51);
  const auto response = get("/admin/revisjonslogg", "", person({"administrator"}));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.headers.get("Cache-Control"), "no-store");
  const std::string& html = response.body;
  EXPECT_NE(html.find("Revisjonslogg"), std::string::npos);
  EXPECT_NE(html.find("class=\"ds-table\""), std::string::npos);
  EXPECT_NE(html.find("role=\"region\""), std::string::npos);
  EXPECT_NE(html.find(">Innlogging<"), std::string::npos);
  EXPECT_NE(html.find("<td>51</td>"), std::string::npos);
  EXPECT_EQ(html.find("<td>1</td>"), std::string::npos);  // on the next page
  EXPECT_NE(html.find("href=\"/admin/revisjonslogg?eldre=2\""), std::string::npos);
  EXPECT_NE(html.find("Kjeden er ikke kontrollert"), std::string::npos);

  const auto older = get("/admin/revisjonslogg", "eldre=2", person({"tilsyn"}));
  EXPECT_NE(older.body.find("<td>1</td>"), std::string::npos);
  EXPECT_EQ(older.body.find("<td>2</td>"), std::string::npos);
  EXPECT_EQ(older.body.find("Eldre oppføringer"), std::string::npos);
  EXPECT_NE(older.body.find("Til nyeste oppføringer"), std::string::npos);
}

TEST_P(AuditRoutesTest, PageShowsNamesWhereKnownAndIdsOtherwise) {
  append(3);
  append(1, "login.succeeded", "u-unknown");
  const auto response = get("/admin/revisjonslogg", "", person({"administrator"}));
  EXPECT_NE(response.body.find(">Ada Admin</a>"), std::string::npos);
  EXPECT_NE(response.body.find(">Demo Bygg AS</a>"), std::string::npos);
  EXPECT_NE(response.body.find("<code>u-unknown</code>"), std::string::npos);
  EXPECT_NE(response.body.find("<code>org-1</code>"), std::string::npos);
  EXPECT_EQ(actor_lookups_, 2) << "each id is looked up once per page";
}

TEST_P(AuditRoutesTest, PageFiltersAndKeepsFiltersInLinks) {
  append(3, "login.failed", "u9");
  append(2, "membership.approved", "u1");
  const auto response =
      get("/admin/revisjonslogg", "handling=membership&organisasjon=org-0", person({"administrator"}));
  EXPECT_EQ(response.status, 200);
  EXPECT_NE(response.body.find("Medlemskap godkjent"), std::string::npos);
  EXPECT_EQ(response.body.find("Mislykket innlogging</td>"), std::string::npos);
  EXPECT_NE(response.body.find("<option value=\"membership\" selected>"), std::string::npos);
  EXPECT_NE(response.body.find("value=\"org-0\""), std::string::npos);
}

TEST_P(AuditRoutesTest, PageChecksTheChainOnRequest) {
  append(4);
  const auto response = get("/admin/revisjonslogg", "kontroller=1", person({"administrator"}));
  EXPECT_NE(response.body.find("Revisjonsloggen er intakt: 4 oppføringer kontrollert."),
            std::string::npos);
}

TEST_P(AuditRoutesTest, PageShowsBadFiltersNextToTheFields) {
  const auto response =
      get("/admin/revisjonslogg", "fra=1.3.2026&aktor=%3Cb%3E", person({"administrator"}));
  EXPECT_EQ(response.status, 422);
  EXPECT_NE(response.body.find("ds-error-summary"), std::string::npos);
  EXPECT_NE(response.body.find("href=\"#filter-fra\""), std::string::npos);
  EXPECT_NE(response.body.find("aria-invalid=\"true\" aria-describedby=\"filter-fra-feil\""),
            std::string::npos);
  // Entered values come back, escaped.
  EXPECT_NE(response.body.find("value=\"1.3.2026\""), std::string::npos);
  EXPECT_NE(response.body.find("value=\"&lt;b&gt;\""), std::string::npos);
}

TEST_P(AuditRoutesTest, ApiPagesWithCursorAndValidates) {
  append(5);
  auto response = get("/api/v1/revisjonslogg", "limit=2", person({"administrator"}));
  EXPECT_EQ(response.status, 200);
  EXPECT_NE(response.body.find(R"("sekvens":5)"), std::string::npos);
  EXPECT_NE(response.body.find(R"("sekvens":4)"), std::string::npos);
  EXPECT_EQ(response.body.find(R"("sekvens":3)"), std::string::npos);
  const std::string cursor = api::encodeCursor("4");
  EXPECT_NE(response.body.find(R"("neste":")" + cursor + "\""), std::string::npos);
  EXPECT_NE(response.body.find(R"("handling":"login.succeeded")"), std::string::npos);
  EXPECT_NE(response.body.find(R"("objektId":null)"), std::string::npos);

  response = get("/api/v1/revisjonslogg", "limit=2&cursor=" + cursor, person({"tilsyn"}));
  EXPECT_NE(response.body.find(R"("sekvens":3)"), std::string::npos);
  EXPECT_NE(response.body.find(R"("sekvens":2)"), std::string::npos);
  response = get("/api/v1/revisjonslogg", "limit=2&cursor=" + api::encodeCursor("2"),
                 person({"tilsyn"}));
  EXPECT_NE(response.body.find(R"("neste":null)"), std::string::npos);

  EXPECT_EQ(errorKindOf([&] {
              get("/api/v1/revisjonslogg", "fra=i-gar", person({"administrator"}));
            }),
            ErrorKind::Validation);
  EXPECT_EQ(errorKindOf([&] {
              get("/api/v1/revisjonslogg", "cursor=" + api::encodeCursor("x"),
                  person({"administrator"}));
            }),
            ErrorKind::Validation);
}

MF_INSTANTIATE_DATABASE_TEST(AuditRoutesTest);

}  // namespace
}  // namespace masseflyt::audit
