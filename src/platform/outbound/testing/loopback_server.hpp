#pragma once

// A tiny HTTP/1.1 server on loopback for tests of outgoing-HTTP adapters (no internet in tests):
// scripted replies per path and attempt, optional delays (timeouts), request counts (retries)
// and the last request's headers (politeness, API keys). One thread per connection, so a slow
// reply does not hold up the client's retry.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace masseflyt::outbound::testing {

struct Reply {
  int status = 200;
  std::string body;
  std::chrono::milliseconds delay{0};
};

/// One thread per connection, so a slow reply does not hold up the client's retry.
class LoopbackServer {
 public:
  using Handler = std::function<Reply(const std::string& path, int nth_request_for_path)>;

  /// `strip_prefix` is removed from request paths before they reach the handler and the counts
  /// (a base URL such as ".../api" then needs no repeating in every test).
  explicit LoopbackServer(Handler handler, std::string strip_prefix = {})
      : handler_(std::move(handler)), strip_prefix_(std::move(strip_prefix)) {
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

  /// "http://127.0.0.1:<port>" + `path`.
  std::string url(std::string_view path = {}) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }

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
    if (!strip_prefix_.empty() && path.starts_with(strip_prefix_)) path = path.substr(strip_prefix_.size());
    int nth = 0;
    {
      const std::lock_guard lock(mutex_);
      nth = ++counts_[path];
      last_headers_ = request;
    }
    const Reply reply = handler_(path, nth);
    const auto until = std::chrono::steady_clock::now() + reply.delay;
    while (!stop_ && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const std::string response = "HTTP/1.1 " + std::to_string(reply.status) +
                                 " X\r\nContent-Type: application/json\r\nContent-Length: " +
                                 std::to_string(reply.body.size()) + "\r\nConnection: close\r\n\r\n" +
                                 reply.body;
    ::send(client, response.data(), response.size(), MSG_NOSIGNAL);
    ::close(client);
  }

  Handler handler_;
  std::string strip_prefix_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread acceptor_;
  std::vector<std::thread> connections_;
  mutable std::mutex mutex_;
  std::map<std::string, int> counts_;
  std::string last_headers_;
};

}  // namespace masseflyt::outbound::testing
