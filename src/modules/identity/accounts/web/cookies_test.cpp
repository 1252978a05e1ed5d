#include "modules/identity/accounts/web/cookies.hpp"

#include <gtest/gtest.h>

#include "modules/identity/accounts/app/api.hpp"

namespace masseflyt::identity::accounts {
namespace {

TEST(Cookies, FindsTheNamedCookieAmongOthers) {
  http::Request request;
  request.headers.add("Cookie", "a=1; masseflyt_sesjon=abc ; b=2");
  EXPECT_EQ(cookieValue(request, "masseflyt_sesjon"), "abc");
  EXPECT_EQ(cookieValue(request, "b"), "2");
  EXPECT_FALSE(cookieValue(request, "masseflyt").has_value());
  http::Request none;
  EXPECT_FALSE(cookieValue(none, "masseflyt_sesjon").has_value());
}

TEST(Cookies, SessionCookieAttributes) {
  EXPECT_EQ(sessionCookie("masseflyt_sesjon", "v", false),
            "masseflyt_sesjon=v; Path=/; HttpOnly; SameSite=Lax");
  EXPECT_EQ(sessionCookie("__Host-masseflyt_sesjon", "v", true),
            "__Host-masseflyt_sesjon=v; Path=/; HttpOnly; SameSite=Lax; Secure");
  EXPECT_EQ(clearedSessionCookie("masseflyt_sesjon", false),
            "masseflyt_sesjon=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
}

TEST(Cookies, HostPrefixBehindTls) {
  EXPECT_EQ(sessionCookieName(true), "__Host-masseflyt_sesjon");
  EXPECT_EQ(sessionCookieName(false), "masseflyt_sesjon");
}

}  // namespace
}  // namespace masseflyt::identity::accounts
