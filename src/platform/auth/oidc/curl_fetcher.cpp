// The production HttpFetcher on libcurl.
#include <curl/curl.h>

#include <algorithm>
#include <mutex>

#include "platform/auth/oidc/oidc.hpp"
#include "platform/auth/oidc/oidc_internal.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::auth::oidc {
namespace {

constexpr std::size_t kMaxResponseBytes = 1024 * 1024;
constexpr std::chrono::milliseconds kMaxConnectTimeout{5000};

bool isDecimalOctet(std::string_view part) {
  // No leading zeros: some resolvers read "0177" as octal, so only the canonical form counts.
  if (part.empty() || part.size() > 3 || (part.size() > 1 && part.front() == '0') ||
      !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return std::stoi(std::string(part)) <= 255;
}

bool isPort(std::string_view text) {
  return !text.empty() && text.size() <= 5 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isLoopbackIpv4(std::string_view host) {
  int parts = 0;
  bool first_is_127 = false;
  while (true) {
    const auto dot = host.find('.');
    const std::string_view part = host.substr(0, dot);
    if (!isDecimalOctet(part)) {
      return false;
    }
    if (parts == 0) {
      first_is_127 = part == "127";
    }
    ++parts;
    if (dot == std::string_view::npos) {
      break;
    }
    host.remove_prefix(dot + 1);
  }
  return parts == 4 && first_is_127;
}

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

struct Response {
  std::string body;
  bool too_large = false;
};

std::size_t onWrite(char* data, std::size_t size, std::size_t count, void* user) {
  auto* response = static_cast<Response*>(user);
  const std::size_t bytes = size * count;
  if (response->body.size() + bytes > kMaxResponseBytes) {
    response->too_large = true;
    return 0;  // curl stops with CURLE_WRITE_ERROR
  }
  response->body.append(data, bytes);
  return bytes;
}

[[noreturn]] void fail(std::string detail) {
  throw Error(ErrorKind::Unavailable, "oidc.error.http", std::move(detail));
}

class CurlFetcher final : public HttpFetcher {
 public:
  explicit CurlFetcher(std::chrono::milliseconds timeout) : timeout_(timeout) {
    static const CurlGlobal global;  // thread-safe one-time init (C++11 magic statics)
  }

  std::pair<int, std::string> get(const std::string& url) override {
    return perform(url, nullptr, std::nullopt);
  }

  std::pair<int, std::string> postForm(
      const std::string& url, const std::vector<std::pair<std::string, std::string>>& form,
      const std::optional<std::pair<std::string, std::string>>& basic_auth) override {
    std::string body;
    for (const auto& [name, value] : form) {
      body += (body.empty() ? "" : "&") + detail::percentEncode(name) + "=" +
              detail::percentEncode(value);
    }
    return perform(url, &body, basic_auth);
  }

 private:
  std::pair<int, std::string> perform(
      const std::string& url, const std::string* post_body,
      const std::optional<std::pair<std::string, std::string>>& basic_auth) const {
    const bool loopback = isLoopbackUrl(url);
    if (url.rfind("https://", 0) != 0 && !(loopback && url.rfind("http://", 0) == 0)) {
      fail("refusing non-https URL");
    }
    CURL* handle = curl_easy_init();
    if (handle == nullptr) {
      fail("curl_easy_init failed");
    }
    curl_slist* headers = curl_slist_append(nullptr, "Accept: application/json");
    if (post_body != nullptr) {
      headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");
    }
    Response response;
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout_.count()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min(timeout_, kMaxConnectTimeout).count()));
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "Masseflyt-OIDC/1");
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response);
    if (loopback) {
      // An http_proxy from the environment must not see (or reroute) loopback traffic.
      curl_easy_setopt(handle, CURLOPT_PROXY, "");
    }
    if (post_body != nullptr) {
      curl_easy_setopt(handle, CURLOPT_POSTFIELDS, post_body->c_str());
      curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE,
                       static_cast<curl_off_t>(post_body->size()));
    }
    if (basic_auth) {
      curl_easy_setopt(handle, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
      curl_easy_setopt(handle, CURLOPT_USERNAME, basic_auth->first.c_str());
      curl_easy_setopt(handle, CURLOPT_PASSWORD, basic_auth->second.c_str());
    }
    const CURLcode code = curl_easy_perform(handle);
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(handle);
    if (response.too_large) {
      fail("response too large");
    }
    if (code != CURLE_OK) {
      fail(std::string("curl: ") + curl_easy_strerror(code));
    }
    return {static_cast<int>(status), std::move(response.body)};
  }

  std::chrono::milliseconds timeout_;
};

}  // namespace

bool isLoopbackUrl(std::string_view url) {
  std::string_view rest;
  if (url.rfind("http://", 0) == 0) {
    rest = url.substr(7);
  } else if (url.rfind("https://", 0) == 0) {
    rest = url.substr(8);
  } else {
    return false;
  }
  const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  if (authority.find('@') != std::string_view::npos) {
    return false;  // userinfo could disguise the real host from a naive reader
  }
  std::string_view host = authority;
  std::string_view port;
  if (authority.rfind("[::1]", 0) == 0) {
    host = authority.substr(0, 5);
    const std::string_view after = authority.substr(5);
    if (!after.empty()) {
      if (after.front() != ':') {
        return false;
      }
      port = after.substr(1);
    }
  } else {
    const auto colon = authority.find(':');
    if (colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
    }
  }
  if (authority.size() != host.size() && !isPort(port)) {
    return false;
  }
  return host == "[::1]" || isLoopbackIpv4(host);
}

std::unique_ptr<HttpFetcher> makeCurlFetcher(std::chrono::milliseconds timeout) {
  return std::make_unique<CurlFetcher>(timeout);
}

}  // namespace masseflyt::auth::oidc
