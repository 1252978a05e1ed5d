// The live client against a tiny HTTP server on loopback (no internet here): timeouts, exactly
// one retry after a 5xx, no retry after a 4xx, the subunit fallback, 410 and the cache.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "integrations/brreg/fixture_client.hpp"
#include "integrations/brreg/live_client.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::brreg {
namespace {

using namespace std::chrono_literals;

struct Reply {
  int status = 200;
  std::string body;
  std::chrono::milliseconds delay{0};
};

/// One thread per connection, so a slow reply does not hold up the client's retry.
class LoopbackServer {
 public:
  using Handler = std::function<Reply(const std::string& path, int nth_request_for_path)>;

  explicit LoopbackServer(Handler handler) : handler_(std::move(handler)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 16) != 0) {
      throw std::runtime_error("cannot listen on loopback");
    }
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] { acceptLoop(); });
  }

  ~LoopbackServer() {
    stop_ = true;
    acceptor_.join();
    for (auto& thread : connections_) thread.join();
    ::close(listener_);
  }

  std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(port_) + "/api"; }

  int count(const std::string& path) const {
    const std::lock_guard lock(mutex_);
    const auto it = counts_.find(path);
    return it == counts_.end() ? 0 : it->second;
  }
  int total() const {
    const std::lock_guard lock(mutex_);
    int sum = 0;
    for (const auto& [path, n] : counts_) sum += n;
    return sum;
  }
  std::string lastHeaders() const {
    const std::lock_guard lock(mutex_);
    return last_headers_;
  }

 private:
  void acceptLoop() {
    while (!stop_) {
      pollfd fd{listener_, POLLIN, 0};
      if (::poll(&fd, 1, 20) <= 0) continue;
      const int client = ::accept(listener_, nullptr, nullptr);
      if (client < 0) continue;
      connections_.emplace_back([this, client] { serve(client); });
    }
  }

  void serve(int client) {
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
      const auto n = ::recv(client, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      request.append(buffer, static_cast<std::size_t>(n));
    }
    const auto space = request.find(' ');
    const auto space2 = request.find(' ', space + 1);
    std::string path = space == std::string::npos ? "" : request.substr(space + 1, space2 - space - 1);
    if (path.starts_with("/api")) path = path.substr(4);
    int nth = 0;
    {
      const std::lock_guard lock(mutex_);
      nth = ++counts_[path];
      last_headers_ = request;
    }
    const Reply reply = handler_(path, nth);
    const auto until = std::chrono::steady_clock::now() + reply.delay;
    while (!stop_ && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(5ms);
    const std::string response = "HTTP/1.1 " + std::to_string(reply.status) +
                                 " X\r\nContent-Type: application/json\r\nContent-Length: " +
                                 std::to_string(reply.body.size()) + "\r\nConnection: close\r\n\r\n" +
                                 reply.body;
    ::send(client, response.data(), response.size(), MSG_NOSIGNAL);
    ::close(client);
  }

  Handler handler_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread acceptor_;
  std::vector<std::thread> connections_;
  mutable std::mutex mutex_;
  std::map<std::string, int> counts_;
  std::string last_headers_;
};

std::string entityJson() { return std::string(*FixtureBrregClient::file("enheter/991825827.json")); }

LiveClientOptions fastOptions(const LoopbackServer& server) {
  LiveClientOptions options;
  options.base_url = server.baseUrl();
  options.connect_timeout = 500ms;
  options.total_timeout = 400ms;
  options.retry_backoff = 10ms;
  return options;
}

void expectUnavailable(const LiveBrregClient& client, const std::string& orgnr,
                       std::string_view key = "brreg.error.unavailable") {
  try {
    client.lookup(orgnr);
    ADD_FAILURE() << "lookup did not throw";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
    EXPECT_EQ(error.messageKey(), key);
  }
}

TEST(LiveBrregClient, FetchesAndParsesAnEntityWithPoliteHeaders) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, entityJson()}; });
  const LiveBrregClient client(fastOptions(server));
  const auto entity = client.lookup("991825827");
  ASSERT_TRUE(entity.has_value());
  EXPECT_EQ(entity->name, "DIGITALISERINGSDIREKTORATET");
  EXPECT_EQ(server.count("/enheter/991825827"), 1);
  const std::string headers = server.lastHeaders();
  EXPECT_NE(headers.find("GET /api/enheter/991825827 HTTP/1.1"), std::string::npos) << headers;
  EXPECT_NE(headers.find("User-Agent: Masseflyt/0.1 (+kontakt@masseflyt.no)"), std::string::npos)
      << headers;
  EXPECT_NE(headers.find("Accept: application/json"), std::string::npos) << headers;
}

TEST(LiveBrregClient, RetriesOnceAfter500AndSucceeds) {
  LoopbackServer server([](const std::string&, int nth) {
    return nth == 1 ? Reply{500, "{}"} : Reply{200, entityJson()};
  });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_TRUE(client.lookup("991825827").has_value());
  EXPECT_EQ(server.count("/enheter/991825827"), 2);
}

TEST(LiveBrregClient, GivesUpAfterExactlyOneRetryOn5xx) {
  LoopbackServer server([](const std::string&, int) { return Reply{503, "{}"}; });
  const LiveBrregClient client(fastOptions(server));
  expectUnavailable(client, "991825827");
  EXPECT_EQ(server.total(), 2);
  EXPECT_EQ(client.cachedEntries(), 0u) << "failures are not cached";
}

TEST(LiveBrregClient, NeverRetriesA400) {
  LoopbackServer server([](const std::string&, int) {
    return Reply{400, std::string(*FixtureBrregClient::file("feil/400-naeringskode.json"))};
  });
  const LiveBrregClient client(fastOptions(server));
  expectUnavailable(client, "991825827", "brreg.error.rejected");
  EXPECT_EQ(server.total(), 1);
}

TEST(LiveBrregClient, TimesOutAndRetriesOnce) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, entityJson(), 1500ms}; });
  const LiveBrregClient client(fastOptions(server));
  const auto started = std::chrono::steady_clock::now();
  expectUnavailable(client, "991825827");
  const auto elapsed = std::chrono::steady_clock::now() - started;
  EXPECT_LT(elapsed, 1400ms) << "the total timeout must cut the slow answer short";
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveBrregClient, RecoversWhenOnlyTheFirstAttemptTimesOut) {
  LoopbackServer server([](const std::string&, int nth) {
    return Reply{200, entityJson(), nth == 1 ? 1500ms : 0ms};
  });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_TRUE(client.lookup("991825827").has_value());
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveBrregClient, UnreachableRegisterIsUnavailable) {
  LiveClientOptions options;
  options.base_url = "http://127.0.0.1:1/api";  // nothing listens on port 1
  options.retry_backoff = 1ms;
  const LiveBrregClient client(options);
  expectUnavailable(client, "991825827");
}

TEST(LiveBrregClient, FallsBackToSubunitsOn404) {
  LoopbackServer server([](const std::string& path, int) {
    if (path == "/underenheter/924203617") {
      return Reply{200, std::string(*FixtureBrregClient::file("underenheter/924203617.json"))};
    }
    return Reply{404, R"({"status":404,"feilmelding":"Ikke funnet"})"};
  });
  const LiveBrregClient client(fastOptions(server));
  const auto entity = client.lookup("924203617");
  ASSERT_TRUE(entity.has_value());
  EXPECT_TRUE(entity->subunit);
  EXPECT_EQ(server.count("/enheter/924203617"), 1);
  EXPECT_EQ(server.count("/underenheter/924203617"), 1);
}

TEST(LiveBrregClient, NotFoundAnywhereIsNulloptAndCached) {
  LoopbackServer server([](const std::string&, int) { return Reply{404, ""}; });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_FALSE(client.lookup("974760673").has_value());
  EXPECT_FALSE(client.lookup("974760673").has_value());
  EXPECT_EQ(server.total(), 2) << "one /enheter and one /underenheter call, then the cache";
}

TEST(LiveBrregClient, GoneIsADeletedEntity) {
  LoopbackServer server([](const std::string& path, int) {
    if (path == "/enheter/821227062") {
      return Reply{410, std::string(*FixtureBrregClient::file("enheter/821227062.json"))};
    }
    return Reply{410, ""};
  });
  const LiveBrregClient client(fastOptions(server));
  const auto deleted = client.lookup("821227062");
  ASSERT_TRUE(deleted.has_value());
  EXPECT_TRUE(deleted->flags.gone);
  EXPECT_EQ(deleted->flags.deleted_on, "2024-11-26");
  const auto bare = client.lookup("991825827");
  ASSERT_TRUE(bare.has_value());
  EXPECT_TRUE(bare->flags.gone);
  EXPECT_EQ(bare->organisation_number, "991825827");
}

TEST(LiveBrregClient, CachesFor24HoursThenAsksAgain) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, entityJson()}; });
  auto now = std::chrono::steady_clock::now();
  auto options = fastOptions(server);
  options.now = [&now] { return now; };
  const LiveBrregClient client(options);
  client.lookup("991825827");
  now += std::chrono::hours(23);
  client.lookup("991825827");
  EXPECT_EQ(server.total(), 1);
  now += std::chrono::hours(2);
  client.lookup("991825827");
  EXPECT_EQ(server.total(), 2);
}

TEST(LiveBrregClient, CacheIsBounded) {
  LoopbackServer server([](const std::string&, int) { return Reply{404, ""}; });
  auto options = fastOptions(server);
  options.cache_max_entries = 3;
  const LiveBrregClient client(options);
  for (const auto* orgnr : {"991825827", "924203617", "821227062", "932384469", "974760673"}) {
    client.lookup(orgnr);
  }
  EXPECT_EQ(client.cachedEntries(), 3u);
}

TEST(LiveBrregClient, RefusesMalformedNumbersWithoutACall) {
  LoopbackServer server([](const std::string&, int) { return Reply{200, entityJson()}; });
  const LiveBrregClient client(fastOptions(server));
  EXPECT_THROW(client.lookup("../../x"), Error);
  EXPECT_THROW(client.lookup("12345678"), Error);
  EXPECT_EQ(server.total(), 0);
}

}  // namespace
}  // namespace masseflyt::brreg
