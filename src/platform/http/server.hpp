#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "platform/http/error_mapping.hpp"
#include "platform/http/router.hpp"

namespace masseflyt::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  ///< 0 = pick a free port (see Server::port())
  std::size_t worker_threads = 8;
  /// Requests waiting for a worker beyond the busy ones; when full, new requests get 503.
  std::size_t max_queued_requests = 256;
  std::chrono::milliseconds header_timeout{10000};  ///< for the WHOLE header, not per byte
  std::chrono::milliseconds body_timeout{30000};
  std::chrono::milliseconds write_timeout{30000};
  std::chrono::milliseconds idle_timeout{5000};  ///< between requests on a keep-alive connection
  std::size_t max_header_bytes = 16 * 1024;      ///< exceeded: 431
  std::chrono::milliseconds shutdown_grace{20000};
};

/// The HTTP/1.1 server: io on one thread, handlers on a bounded worker pool. Body limits come
/// from `router.limitsFor(path)` before the body is read (413 without reading it). Requests the
/// server rejects itself (400, 413, 431, 501, 503) still pass through `handler` with
/// Request::edge_error set, so they get the same headers, request id and log line.
class Server {
 public:
  /// Binds the listening socket (throws std::system_error if the address is taken).
  Server(ServerOptions options, const Router& router, Handler handler,
         const ErrorPageRenderer* pages);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// The bound port, valid after construction.
  unsigned short port() const;
  /// Serves until SIGTERM/SIGINT or stop(); then stops accepting, lets requests in flight finish
  /// (up to shutdown_grace) and returns. Logs {"event":"listening","port":N} when ready.
  void run();
  /// Thread-safe; starts the graceful shutdown.
  void stop();

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace masseflyt::http
