#pragma once

// Test helpers for the live public-register clients against outbound::testing::LoopbackServer.
#include <gtest/gtest.h>

#include <chrono>
#include <string_view>

#include "integrations/feature_service/paged_fetch.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::feature_service::testing {

/// Short enough that a test of a timeout or a retry stays fast, long enough for a loaded CI box.
inline void useFastTimeouts(HttpOptions& http) {
  using namespace std::chrono_literals;
  http.connect_timeout = 500ms;
  http.total_timeout = 400ms;
  http.retry_backoff = 10ms;
}

inline void expectUnavailable(const registry::imports::PublicSiteSource& client,
                              std::string_view key) {
  try {
    client.fetchAll();
    ADD_FAILURE() << "fetchAll did not throw";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), key);
  }
}

}  // namespace masseflyt::feature_service::testing
