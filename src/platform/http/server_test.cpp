// The server with a real socket but test-only routes: what the binary has no route slow enough to
// show (a full worker queue, a slow request finishing during shutdown). Plain POSIX sockets keep
// Beast out of this file.
#include "platform/http/server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "platform/http/middleware.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::http {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// Sends one request and returns everything until the server closes the connection.
std::string exchange(unsigned short port, const std::string& request) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return "connect failed";
  }
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string response;
  char buffer[4096];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
    response.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return response;
}

const std::string kSlowRequest = "GET /slow HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log::setMinimumLevel(log::Level::Error);
    router_.add({Method::Get, "/slow", Audience::Api,
                 [this](Request&) {
                   ++started_;
                   std::this_thread::sleep_for(std::chrono::milliseconds(slow_ms_));
                   return Response::json(R"({"ferdig":true})");
                 },
                 {}});
  }
  void TearDown() override { log::setMinimumLevel(log::Level::Info); }

  void start(ServerOptions options) {
    options.port = 0;
    server_ = std::make_unique<Server>(options, router_, buildEdgeHandler(router_, {}), nullptr);
    runner_ = std::async(std::launch::async, [this] { server_->run(); });
  }

  void waitForStarted(int count) {
    for (int i = 0; i < 500 && started_.load() < count; ++i) std::this_thread::sleep_for(10ms);
    ASSERT_GE(started_.load(), count);
  }

  Router router_;
  std::atomic<int> started_{0};
  int slow_ms_ = 600;
  std::unique_ptr<Server> server_;
  std::future<void> runner_;
};

TEST_F(ServerTest, FullWorkerQueueAnswers503ProblemJson) {
  ServerOptions options;
  options.worker_threads = 1;
  options.max_queued_requests = 0;
  start(options);
  auto first = std::async(std::launch::async, [&] { return exchange(server_->port(), kSlowRequest); });
  waitForStarted(1);
  const auto second = exchange(server_->port(), kSlowRequest);
  EXPECT_THAT(second, StartsWith("HTTP/1.1 503"));
  EXPECT_THAT(second, HasSubstr("Content-Type: application/problem+json"));
  EXPECT_THAT(second, HasSubstr("Retry-After: 1"));
  EXPECT_THAT(second, HasSubstr("X-Content-Type-Options: nosniff"));
  EXPECT_THAT(first.get(), StartsWith("HTTP/1.1 200"));
  server_->stop();
  runner_.get();
}

TEST_F(ServerTest, StopLetsASlowRequestInFlightFinish) {
  start(ServerOptions{});
  auto response = std::async(std::launch::async, [&] { return exchange(server_->port(), kSlowRequest); });
  waitForStarted(1);
  const auto stop_requested = std::chrono::steady_clock::now();
  server_->stop();
  const auto text = response.get();
  EXPECT_THAT(text, StartsWith("HTTP/1.1 200"));
  EXPECT_THAT(text, HasSubstr(R"({"ferdig":true})"));
  runner_.get();  // run() returns once the request is done
  EXPECT_LT(std::chrono::steady_clock::now() - stop_requested, 5s);
  EXPECT_EQ(exchange(server_->port(), kSlowRequest), "connect failed");
}

TEST_F(ServerTest, GraceLimitsHowLongShutdownWaits) {
  slow_ms_ = 1500;
  ServerOptions options;
  options.shutdown_grace = 300ms;
  start(options);
  auto response = std::async(std::launch::async, [&] { return exchange(server_->port(), kSlowRequest); });
  waitForStarted(1);
  const auto stop_requested = std::chrono::steady_clock::now();
  server_->stop();
  // run() returns after the grace period although the handler is still busy.
  ASSERT_EQ(runner_.wait_for(1s), std::future_status::ready);
  EXPECT_LT(std::chrono::steady_clock::now() - stop_requested, 1s);
  EXPECT_EQ(response.get(), "");  // the connection was closed without an answer
}

}  // namespace
}  // namespace masseflyt::http
