// Test driver for tests/oidc/oidc.test.mjs: runs one real login through the production Client and
// curl fetcher against the loopback provider, with an optional fault injected.
//
//   mf_oidc_e2e_driver --issuer URL --client-id ID --client-secret S --redirect-uri URI
//                      [--required-acr ACR] [--mode normal|tamper|wrong-nonce|wrong-state|replay]
//                      [--clock-offset SECONDS]
//
// Prints one JSON line {"url":...,"state":...} (the browser would be redirected there), reads one
// line with the callback's query string (code=...&state=...&iss=...) and prints one JSON line:
// {"ok":true,"sub":...,"acr":...} or {"ok":false,"error":"oidc.error.<reason>","detail":...}.
#include <cctype>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

#include "platform/auth/oidc/oidc.hpp"
#include "platform/core/error.hpp"
#include "platform/crypto/encoding.hpp"
#include "platform/crypto/random.hpp"

namespace oidc = masseflyt::auth::oidc;

namespace {

std::string jsonString(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string percentDecode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i] == '+' ? ' ' : text[i];
    }
  }
  return out;
}

std::map<std::string, std::string> parseQuery(std::string_view query) {
  std::map<std::string, std::string> params;
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const auto eq = pair.find('=');
    params[percentDecode(pair.substr(0, eq))] =
        eq == std::string_view::npos ? "" : percentDecode(pair.substr(eq + 1));
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
  }
  return params;
}

// Sits between the Client and the network like an attacker on the token response would:
// re-encodes the ID token payload with an extra claim and keeps the original signature.
class TamperingFetcher : public oidc::HttpFetcher {
 public:
  explicit TamperingFetcher(oidc::HttpFetcher& inner) : inner_(inner) {}

  std::pair<int, std::string> get(const std::string& url) override { return inner_.get(url); }

  std::pair<int, std::string> postForm(
      const std::string& url, const std::vector<std::pair<std::string, std::string>>& form,
      const std::optional<std::pair<std::string, std::string>>& basic_auth) override {
    auto response = inner_.postForm(url, form, basic_auth);
    std::string& body = response.second;
    const std::string marker = "\"id_token\":\"";
    const auto start = body.find(marker);
    if (start == std::string::npos) {
      return response;
    }
    const auto token_start = start + marker.size();
    const auto token_end = body.find('"', token_start);
    const std::string token = body.substr(token_start, token_end - token_start);
    const auto first_dot = token.find('.');
    const auto second_dot = token.find('.', first_dot + 1);
    auto payload = masseflyt::crypto::base64UrlDecode(
        std::string_view(token).substr(first_dot + 1, second_dot - first_dot - 1));
    if (!payload || payload->empty()) {
      return response;
    }
    payload->insert(1, R"("sub":"tampered-subject",)");
    const std::string forged = token.substr(0, first_dot + 1) +
                               masseflyt::crypto::base64UrlEncode(*payload) +
                               token.substr(second_dot);
    body.replace(token_start, token_end - token_start, forged);
    return response;
  }

 private:
  oidc::HttpFetcher& inner_;
};

int usage() {
  std::cerr << "usage: mf_oidc_e2e_driver --issuer URL --client-id ID --client-secret S "
               "--redirect-uri URI [--required-acr ACR] [--mode normal|tamper|wrong-nonce|"
               "wrong-state|replay] [--clock-offset SECONDS]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args{{"--mode", "normal"}, {"--clock-offset", "0"}};
  for (int i = 1; i + 1 < argc; i += 2) {
    args[argv[i]] = argv[i + 1];
  }
  if (argc % 2 == 0 || !args.count("--issuer") || !args.count("--client-id") ||
      !args.count("--redirect-uri")) {
    return usage();
  }
  const std::string mode = args["--mode"];
  const std::int64_t offset = std::stoll(args["--clock-offset"]);

  oidc::ProviderConfig config;
  config.issuer = args["--issuer"];
  config.client_id = args["--client-id"];
  config.client_secret = args["--client-secret"];
  config.redirect_uri = args["--redirect-uri"];
  config.scopes = {"openid", "profile", "email"};
  if (args.count("--required-acr")) {
    config.required_acr = args["--required-acr"];
  }

  auto curl = oidc::makeCurlFetcher(std::chrono::milliseconds(5000));
  TamperingFetcher tampering(*curl);
  oidc::HttpFetcher& fetcher = mode == "tamper" ? static_cast<oidc::HttpFetcher&>(tampering) : *curl;
  oidc::Client client(config, fetcher, [offset] {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
               .count() +
           offset;
  });

  try {
    oidc::AuthorizationRequest request = client.beginLogin();
    std::cout << "{\"url\":" << jsonString(request.url)
              << ",\"state\":" << jsonString(request.state) << "}" << std::endl;

    std::string line;
    if (!std::getline(std::cin, line)) {
      return 3;
    }
    auto params = parseQuery(line);
    if (mode == "wrong-nonce") {
      request.nonce = masseflyt::crypto::randomToken(32);  // as if the session held another login
    }
    if (mode == "wrong-state") {
      params["state"] = masseflyt::crypto::randomToken(32);
    }
    std::optional<std::string_view> iss;
    if (params.count("iss")) {
      iss = params["iss"];
    }
    oidc::IdentityClaims claims =
        client.completeLogin(params["code"], params["state"], request, iss);
    if (mode == "replay") {
      // An intercepted code used a second time must be refused by the provider.
      claims = client.completeLogin(params["code"], params["state"], request, iss);
    }
    std::cout << "{\"ok\":true,\"sub\":" << jsonString(claims.subject)
              << ",\"iss\":" << jsonString(claims.issuer)
              << ",\"acr\":" << jsonString(claims.acr.value_or(""))
              << ",\"name\":" << jsonString(claims.name.value_or(""))
              << ",\"email\":" << jsonString(claims.email.value_or(""))
              << ",\"auth_time\":" << claims.auth_time << "}" << std::endl;
  } catch (const masseflyt::Error& error) {
    std::cout << "{\"ok\":false,\"error\":" << jsonString(error.messageKey())
              << ",\"detail\":" << jsonString(error.detail()) << "}" << std::endl;
  }
  return 0;
}
