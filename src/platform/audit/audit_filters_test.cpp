#include "platform/audit/audit_filters.hpp"

#include <gtest/gtest.h>

namespace masseflyt::audit {
namespace {

http::Request withQuery(std::string query) {
  http::Request request;
  request.path = "/api/v1/revisjonslogg";
  request.query = std::move(query);
  request.target = request.path + "?" + request.query;
  return request;
}

TEST(AuditFilters, NoParametersNoFilter) {
  const auto f = parseFilters(withQuery(""));
  EXPECT_TRUE(f.errors.empty());
  EXPECT_FALSE(f.query.action_prefix);
  EXPECT_FALSE(f.query.actor_id);
  EXPECT_FALSE(f.query.from_ms);
  EXPECT_FALSE(f.query.to_ms);
  EXPECT_EQ(filterQueryString(f), "");
}

TEST(AuditFilters, ReadsEveryFilterAndTheWholeLastDay) {
  const auto f = parseFilters(withQuery(
      "handling=login&aktor=u1&organisasjon=o+1&objekt=s1&fra=2026-03-29&til=2026-03-29"));
  EXPECT_TRUE(f.errors.empty());
  EXPECT_EQ(f.query.action_prefix, "login");
  EXPECT_EQ(f.query.actor_id, "u1");
  EXPECT_EQ(f.query.organisation_id, "o 1");
  EXPECT_EQ(f.query.subject_id, "s1");
  EXPECT_EQ(f.query.from_ms, 1774738800000);  // 2026-03-29 00:00 CET
  EXPECT_EQ(f.query.to_ms, 1774821600000);    // 2026-03-30 00:00 CEST: a 23-hour day
  EXPECT_EQ(filterQueryString(f),
            "handling=login&aktor=u1&organisasjon=o%201&objekt=s1&fra=2026-03-29&til=2026-03-29");
}

TEST(AuditFilters, BlankValuesAreNoFilter) {
  const auto f = parseFilters(withQuery("handling=&aktor=++&fra="));
  EXPECT_TRUE(f.errors.empty());
  EXPECT_FALSE(f.query.action_prefix);
  EXPECT_FALSE(f.query.actor_id);
}

TEST(AuditFilters, BadDatesAndPeriodsAreFieldErrors) {
  auto f = parseFilters(withQuery("fra=01.03.2026&til=2026-02-30"));
  ASSERT_EQ(f.errors.size(), 2u);
  EXPECT_EQ(f.errors[0].field, "fra");
  EXPECT_EQ(f.errors[0].message_key, "audit.error.invalid_date");
  EXPECT_EQ(f.errors[1].field, "til");

  f = parseFilters(withQuery("fra=2026-03-02&til=2026-03-01"));
  ASSERT_EQ(f.errors.size(), 1u);
  EXPECT_EQ(f.errors[0].message_key, "audit.error.invalid_period");

  f = parseFilters(withQuery("aktor=" + std::string(201, 'x')));
  ASSERT_EQ(f.errors.size(), 1u);
  EXPECT_EQ(f.errors[0].message_key, "audit.error.too_long");
}

}  // namespace
}  // namespace masseflyt::audit
