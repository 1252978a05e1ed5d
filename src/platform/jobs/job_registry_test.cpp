#include <gtest/gtest.h>

#include <chrono>

#include "platform/core/error.hpp"
#include "platform/jobs/jobs.hpp"

namespace masseflyt::jobs {
namespace {

using std::chrono::milliseconds;

TEST(JobRegistryTest, FindsRegisteredHandlersAndListsKindsSorted) {
  JobRegistry registry;
  int calls = 0;
  registry.add("mail.send", [&](const Job&) { ++calls; });
  registry.add("audit.compact", [](const Job&) {});
  ASSERT_NE(registry.find("mail.send"), nullptr);
  (*registry.find("mail.send"))(Job{});
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(registry.find("unknown"), nullptr);
  EXPECT_EQ(registry.kinds(), (std::vector<std::string>{"audit.compact", "mail.send"}));
}

TEST(JobRegistryTest, RejectsEmptyKindEmptyHandlerAndDuplicates) {
  JobRegistry registry;
  registry.add("a", [](const Job&) {});
  for (auto add : {+[](JobRegistry& r) { r.add("", [](const Job&) {}); },
                   +[](JobRegistry& r) { r.add("b", JobHandler{}); },
                   +[](JobRegistry& r) { r.add("a", [](const Job&) {}); }}) {
    try {
      add(registry);
      ADD_FAILURE() << "expected an error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Internal);
      EXPECT_EQ(e.messageKey(), "jobs.error.invalid_kind");
    }
  }
  EXPECT_EQ(registry.kinds().size(), 1U);
}

TEST(RetryDelayTest, DoublesFromTheBaseAndStopsAtTheCap) {
  const milliseconds base{30000};
  const milliseconds cap{3600000};
  EXPECT_EQ(retryDelay(1, base, cap), milliseconds(30000));
  EXPECT_EQ(retryDelay(2, base, cap), milliseconds(60000));
  EXPECT_EQ(retryDelay(3, base, cap), milliseconds(120000));
  EXPECT_EQ(retryDelay(7, base, cap), milliseconds(1920000));
  EXPECT_EQ(retryDelay(8, base, cap), cap);
  EXPECT_EQ(retryDelay(1000, base, cap), cap);  // no overflow for absurd counts
  EXPECT_EQ(retryDelay(0, base, cap), base);
}

}  // namespace
}  // namespace masseflyt::jobs
