// The production HttpFetcher: the platform's outgoing HTTP (platform/outbound) with the limits an
// OpenID provider gets. Redirects are never followed, so a token endpoint that redirects cannot
// get the code replayed elsewhere.
#include <algorithm>

#include "platform/auth/oidc/oidc.hpp"
#include "platform/outbound/http_client.hpp"

namespace masseflyt::auth::oidc {
namespace {

constexpr std::size_t kMaxResponseBytes = 1024 * 1024;
constexpr std::chrono::milliseconds kMaxConnectTimeout{5000};

class CurlFetcher final : public HttpFetcher {
 public:
  explicit CurlFetcher(std::chrono::milliseconds timeout)
      : limits_{std::min(timeout, kMaxConnectTimeout), timeout, kMaxResponseBytes,
                "Masseflyt-OIDC/1"} {}

  std::pair<int, std::string> get(const std::string& url) override {
    return exchange({.url = url, .headers = {"Accept: application/json"}});
  }

  std::pair<int, std::string> postForm(
      const std::string& url, const std::vector<std::pair<std::string, std::string>>& form,
      const std::optional<std::pair<std::string, std::string>>& basic_auth) override {
    return exchange({.url = url,
                     .headers = {"Accept: application/json"},
                     .form = form,
                     .basic_auth = basic_auth});
  }

 private:
  std::pair<int, std::string> exchange(const outbound::Request& request) const {
    auto response = outbound::send(request, limits_, "oidc.error.http");
    return {response.status, std::move(response.body)};
  }

  outbound::Limits limits_;
};

}  // namespace

std::unique_ptr<HttpFetcher> makeCurlFetcher(std::chrono::milliseconds timeout) {
  return std::make_unique<CurlFetcher>(timeout);
}

}  // namespace masseflyt::auth::oidc
