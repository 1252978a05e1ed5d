// The only translation unit that includes Beast/Asio (12+ s to compile): callback style, modelled
// on Beast's advanced_server example. Coroutines are avoided on purpose (GCC 12 miscompiles some
// co_await expressions).
#include "platform/http/server.hpp"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <optional>
#include <set>
#include <utility>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "platform/http/middleware.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

// After an early answer (413, 431 …) the client may still be sending; closing with unread data
// makes the kernel send RST, which can destroy our answer before the client reads it. So we read
// and discard for a while first ("lingering close", as Apache and nginx do).
constexpr std::chrono::milliseconds kLingerTime{2000};
constexpr std::size_t kLingerMaxBytes = 1024 * 1024;
// A connection accepted during shutdown gets this long to deliver its request.
constexpr std::chrono::milliseconds kShutdownFirstRequestWindow{1000};

bool isHttpParseError(const beast::error_code& ec) {
  return ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category();
}

bool validHeaderName(std::string_view name) {
  if (name.empty()) return false;
  for (const char c : name) {
    const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
    if (!token) return false;
  }
  return true;
}

bool validHeaderValue(std::string_view value) {
  return value.find_first_of("\r\n") == std::string_view::npos &&
         value.find('\0') == std::string_view::npos;
}

}  // namespace

class Session;

class Server::Impl {
 public:
  Impl(ServerOptions options, const Router& router, Handler handler,
       const ErrorPageRenderer* pages);
  ~Impl();

  void run();
  void stop() {
    asio::post(ioc_, [this] { beginShutdown(); });
  }
  unsigned short port() const { return port_; }

  // Everything below runs on the io thread, except runHandler (also on workers).
  Response runHandler(Request& request) const noexcept;
  bool stopping() const { return stopping_; }
  void sessionStarted(Session* session) { sessions_.insert(session); }
  void sessionEnded(Session* session);
  bool tryReserveWorker();
  void releaseWorker() { pending_.fetch_sub(1); }

  const ServerOptions options_;
  const Router& router_;
  const Handler handler_;
  const ErrorPageRenderer* const pages_;

 private:
  void doAccept();
  void onAccept(beast::error_code ec, tcp::socket socket);
  void startSession(tcp::socket socket);
  void waitForSignal();
  void onSignal(beast::error_code ec, int signal);
  void beginShutdown();
  void finishShutdown();
  void onGraceExpired(beast::error_code ec);

  // Declared before ioc_ so they outlive the handlers the io_context destroys last.
  std::set<Session*> sessions_;
  bool stopping_ = false;
  bool destroying_ = false;
  std::atomic<std::size_t> pending_{0};
  unsigned short port_ = 0;

 public:
  asio::io_context ioc_{1};

 private:
  tcp::acceptor acceptor_{ioc_};
  asio::signal_set signals_{ioc_};
  asio::steady_timer grace_timer_{ioc_};

 public:
  asio::thread_pool workers_;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server)
      : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_address_ = endpoint.address().to_string();
  }

  ~Session() { server_.sessionEnded(this); }

  void start() {
    server_.sessionStarted(this);
    stream_.expires_after(server_.options_.header_timeout);
    if (server_.stopping()) {
      stream_.expires_after(std::min(server_.options_.header_timeout, kShutdownFirstRequestWindow));
    }
    waitForRequest();
  }

  // Idle keep-alive connections close now; a request being read, handled or written finishes.
  void onServerStopping() {
    if (phase_ != Phase::Idle) return;
    beast::error_code ec;
    if (stream_.socket().available(ec) > 0 && !ec) return;
    if (!first_request_) {
      stream_.cancel();
      return;
    }
    // A fresh connection may carry a request sent just before the signal whose bytes are still
    // on the way. (tcp_stream cannot shorten the deadline of a pending read, hence the timer.)
    shutdown_timer_.expires_after(kShutdownFirstRequestWindow);
    shutdown_timer_.async_wait([weak = weak_from_this()](beast::error_code wait_ec) {
      const auto self = weak.lock();
      if (!wait_ec && self && self->phase_ == Phase::Idle) self->stream_.cancel();
    });
  }

  void forceClose() { close(); }

 private:
  enum class Phase { Idle, Header, Body, Handling, Writing, Closing };

  void waitForRequest() {
    phase_ = Phase::Idle;
    if (buffer_.size() > 0) {  // a pipelined request is already here
      startHeader();
      return;
    }
    if (!first_request_) stream_.expires_after(server_.options_.idle_timeout);
    stream_.async_read_some(buffer_.prepare(4096),
                            beast::bind_front_handler(&Session::onFirstBytes, shared_from_this()));
  }

  void onFirstBytes(beast::error_code ec, std::size_t bytes) {
    buffer_.commit(bytes);
    if (ec) {
      close();
      return;
    }
    startHeader();
  }

  void startHeader() {
    phase_ = Phase::Header;
    // The first request's deadline runs from accept; later ones from their first byte. Either
    // way it covers the whole header, so trickling bytes does not extend it.
    if (!first_request_) stream_.expires_after(server_.options_.header_timeout);
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options_.max_header_bytes));
    // The real limit is set per route once the path is known; until then nothing is read past
    // the header, and Content-Length is checked by hand so an oversized one gets a proper 413.
    parser_->body_limit(boost::none);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::onHeader, shared_from_this()));
  }

  void onHeader(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec == bhttp::error::header_limit) {
      requestFromRawStartLine();
      reject(HttpError(ErrorKind::BadRequest, "http.error.431.detail", "header too large", {}, 431));
      return;
    }
    if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message) {
      close();
      return;
    }
    if (ec == beast::error::timeout) {
      log::warn("header_timeout", {});
      close();
      return;
    }
    if (ec) {
      if (isHttpParseError(ec)) {
        requestFromRawStartLine();
        reject(HttpError(ErrorKind::BadRequest, "http.error.400.detail", ec.message()));
      } else {
        close();
      }
      return;
    }
    const auto& message = parser_->get();
    keep_alive_ = message.keep_alive();
    version_ = message.version();
    request_ = Request{};
    request_.remote_address = remote_address_;
    request_.target = std::string(message.target());
    for (const auto& field : message) {
      request_.headers.add(field.name_string(), field.value());
    }
    const std::string_view target = request_.target;
    const auto question = target.find('?');
    const std::string_view raw_path = target.substr(0, question);
    if (question != std::string_view::npos) request_.query = std::string(target.substr(question + 1));
    const auto method = parseMethod(message.method_string());
    if (method) request_.method = *method;
    const auto path = decodePath(raw_path);
    request_.path = path ? *path : std::string(raw_path);
    if (!path) {
      reject(HttpError(ErrorKind::BadRequest, "http.error.400.detail", "bad request target"));
      return;
    }
    if (!method) {
      reject(HttpError(ErrorKind::BadRequest, "http.error.501.detail", "unknown method", {}, 501));
      return;
    }
    const auto limits = server_.router_.limitsFor(request_.path);
    const auto content_length = parser_->content_length();
    if (content_length && *content_length > limits.max_body_bytes) {
      reject(HttpError(ErrorKind::PayloadTooLarge, "http.error.413.detail", "content-length"));
      return;
    }
    parser_->body_limit(limits.max_body_bytes);
    if (parser_->is_done()) {
      dispatch();
      return;
    }
    const auto expect = request_.header("Expect");
    if (expect && beast::iequals(*expect, "100-continue")) {
      continue_.emplace(bhttp::status::continue_, version_);
      stream_.expires_after(server_.options_.write_timeout);
      bhttp::async_write(stream_, *continue_,
                         beast::bind_front_handler(&Session::onContinueSent, shared_from_this()));
      return;
    }
    readBody();
  }

  void onContinueSent(beast::error_code ec, std::size_t /*bytes*/) {
    continue_.reset();
    if (ec) {
      close();
      return;
    }
    readBody();
  }

  void readBody() {
    phase_ = Phase::Body;
    stream_.expires_after(server_.options_.body_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::onBody, shared_from_this()));
  }

  void onBody(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec == bhttp::error::body_limit) {
      reject(HttpError(ErrorKind::PayloadTooLarge, "http.error.413.detail", "body"));
      return;
    }
    if (ec == beast::error::timeout) {
      log::warn("body_timeout", {});
      close();
      return;
    }
    if (ec) {
      if (isHttpParseError(ec) && ec != bhttp::error::partial_message &&
          ec != bhttp::error::end_of_stream) {
        reject(HttpError(ErrorKind::BadRequest, "http.error.400.detail", ec.message()));
      } else {
        close();
      }
      return;
    }
    dispatch();
  }

  void dispatch() {
    request_.body = parser_->release().body();
    parser_.reset();
    if (!server_.tryReserveWorker()) {
      Headers headers;
      headers.set("Retry-After", "1");
      reject(HttpError(ErrorKind::Unavailable, "http.error.503.detail", "worker queue full",
                       std::move(headers)));
      return;
    }
    phase_ = Phase::Handling;
    // Handler time is bounded by the handlers themselves, not by a socket deadline.
    stream_.expires_never();
    const Method method = request_.method;
    asio::post(server_.workers_,
               [self = shared_from_this(), request = std::move(request_), method,
                guard = asio::make_work_guard(server_.ioc_)]() mutable {
                 Response response = self->server_.runHandler(request);
                 self->server_.releaseWorker();
                 auto executor = self->stream_.get_executor();
                 // The session moves back to the io thread, so it is never destroyed here.
                 asio::post(executor, [self = std::move(self), response = std::move(response),
                                       method]() mutable {
                   self->write(std::move(response), method, false);
                 });
               });
  }

  // Builds what we know about a request whose header could not be parsed, so the error is
  // rendered for the right audience.
  void requestFromRawStartLine() {
    request_ = Request{};
    std::string_view method_name;
    std::string_view target;
    // The parser consumes the start line before the fields, so it may already know it.
    if (parser_ && !parser_->get().target().empty()) {
      method_name = parser_->get().method_string();
      target = parser_->get().target();
    } else {
      const auto data = buffer_.data();
      const std::string_view raw(static_cast<const char*>(data.data()), data.size());
      const std::string_view line = raw.substr(0, raw.find("\r\n"));
      const auto first_space = line.find(' ');
      if (first_space == std::string_view::npos) return;
      method_name = line.substr(0, first_space);
      const std::string_view rest = line.substr(first_space + 1);
      target = rest.substr(0, rest.find(' '));
    }
    if (const auto path = decodePath(target.substr(0, target.find('?')))) request_.path = *path;
    if (const auto method = parseMethod(method_name)) request_.method = *method;
  }

  // Answers without running a route handler, then closes the connection.
  void reject(const HttpError& error) {
    parser_.reset();
    keep_alive_ = false;
    // Answer in the form the route's clients expect (problem+json for /healthz too).
    const auto match = server_.router_.match(request_.method, request_.path);
    request_.audience =
        match.route != nullptr ? match.route->audience : Router::audienceFor(request_.path);
    request_.edge_error = std::make_exception_ptr(error);
    request_.remote_address = remote_address_;
    Response response = server_.runHandler(request_);
    if (response.status != error.status()) {
      // The handler is not an edge chain; render here so the client still gets the right answer.
      request_.edge_error = nullptr;
      if (request_.request_id.empty()) request_.request_id = generateRequestId();
      response = renderError(error, request_, server_.pages_);
      applySecurityHeaders(response, {});
      response.headers.set("X-Request-Id", request_.request_id);
    }
    write(std::move(response), request_.method, true);
  }

  void write(Response response, Method method, bool close_after) {
    phase_ = Phase::Writing;
    must_linger_ = close_after;
    auto& out = response_.emplace();
    try {
      out.version(version_);
      out.result(static_cast<unsigned>(response.status));
      for (const auto& [name, value] : response.headers.fields()) {
        if (!validHeaderName(name) || !validHeaderValue(value)) {
          log::error("invalid_response_header", {{"header", name}});
          continue;
        }
        out.insert(name, value);
      }
      out.keep_alive(keep_alive_ && !close_after && !server_.stopping());
      const int status = response.status;
      if (status < 200 || status == 204 || status == 304) {
        response.body.clear();  // these statuses never carry a body (Beast would throw)
      }
      if (method == Method::Head) {
        out.content_length(response.body.size());
      } else {
        out.body() = std::move(response.body);
        out.prepare_payload();
      }
    } catch (const std::exception& e) {
      // Never let a bad response take down the io thread.
      log::error("response_serialization_failed", {{"exception", e.what()}});
      response_.reset();
      close();
      return;
    }
    stream_.expires_after(server_.options_.write_timeout);
    bhttp::async_write(stream_, out,
                       beast::bind_front_handler(&Session::onWrite, shared_from_this()));
  }

  void onWrite(beast::error_code ec, std::size_t /*bytes*/) {
    const bool need_eof = response_->need_eof();
    response_.reset();
    if (ec) {
      close();
      return;
    }
    if (must_linger_) {
      lingerAndClose();
      return;
    }
    if (need_eof || server_.stopping()) {
      close();
      return;
    }
    first_request_ = false;
    waitForRequest();
  }

  void lingerAndClose() {
    phase_ = Phase::Closing;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) {
      close();
      return;
    }
    stream_.expires_after(kLingerTime);
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(16 * 1024),
                            beast::bind_front_handler(&Session::onLinger, shared_from_this()));
  }

  void onLinger(beast::error_code ec, std::size_t bytes) {
    lingered_ += bytes;
    if (ec || lingered_ > kLingerMaxBytes) {
      close();
      return;
    }
    stream_.async_read_some(buffer_.prepare(16 * 1024),
                            beast::bind_front_handler(&Session::onLinger, shared_from_this()));
  }

  void close() {
    phase_ = Phase::Closing;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  Server::Impl& server_;
  asio::steady_timer shutdown_timer_{stream_.get_executor()};
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::response<bhttp::string_body>> response_;
  std::optional<bhttp::response<bhttp::empty_body>> continue_;
  Request request_;
  std::string remote_address_;
  Phase phase_ = Phase::Idle;
  bool first_request_ = true;
  bool keep_alive_ = false;
  bool must_linger_ = false;
  unsigned version_ = 11;
  std::size_t lingered_ = 0;
};

Server::Impl::Impl(ServerOptions options, const Router& router, Handler handler,
                   const ErrorPageRenderer* pages)
    : options_(std::move(options)),
      router_(router),
      handler_(std::move(handler)),
      pages_(pages),
      workers_(std::max<std::size_t>(1, options_.worker_threads)) {
  const tcp::endpoint endpoint(asio::ip::make_address(options_.address), options_.port);
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(asio::socket_base::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(asio::socket_base::max_listen_connections);
  port_ = acceptor_.local_endpoint().port();
  signals_.add(SIGINT);
  signals_.add(SIGTERM);
}

Server::Impl::~Impl() {
  destroying_ = true;
  // Handlers still running after the grace period are waited for; queued ones are dropped.
  workers_.stop();
  workers_.join();
}

void Server::Impl::run() {
  waitForSignal();
  doAccept();
  log::info("listening", {{"address", options_.address},
                          {"port", port_},
                          {"worker_threads", options_.worker_threads}});
  ioc_.run();
  log::info("stopped", {});
}

void Server::Impl::waitForSignal() {
  signals_.async_wait(beast::bind_front_handler(&Server::Impl::onSignal, this));
}

void Server::Impl::onSignal(beast::error_code ec, int signal) {
  if (ec) return;
  log::info("signal_received", {{"signal", signal}});
  if (stopping_) {
    // A second signal means "now": an operator pressing Ctrl+C twice, or a supervisor that is
    // done waiting. Still exit normally rather than die by the signal's default action.
    onGraceExpired({});
    return;
  }
  // Stay subscribed while draining so a repeated SIGTERM is handled, not fatal. Armed before
  // beginShutdown, which cancels it again if nothing is left to drain.
  waitForSignal();
  beginShutdown();
}

void Server::Impl::finishShutdown() {
  beast::error_code ec;
  grace_timer_.cancel();
  signals_.cancel(ec);
}

Response Server::Impl::runHandler(Request& request) const noexcept {
  try {
    return handler_(request);
  } catch (...) {
    // Only reached if the handler is not an edge chain (which never throws).
    try {
      if (request.request_id.empty()) request.request_id = generateRequestId();
      request.audience = Router::audienceFor(request.path);
      Response response = renderUnexpected(nullptr, request, pages_);
      applySecurityHeaders(response, {});
      response.headers.set("X-Request-Id", request.request_id);
      return response;
    } catch (...) {
      Response response;
      response.status = 500;
      return response;
    }
  }
}

bool Server::Impl::tryReserveWorker() {
  const std::size_t limit = options_.worker_threads + options_.max_queued_requests;
  std::size_t current = pending_.load();
  while (current < limit) {
    if (pending_.compare_exchange_weak(current, current + 1)) return true;
  }
  return false;
}

void Server::Impl::doAccept() {
  acceptor_.async_accept(ioc_, beast::bind_front_handler(&Server::Impl::onAccept, this));
}

void Server::Impl::onAccept(beast::error_code ec, tcp::socket socket) {
  if (stopping_) {
    if (!ec) startSession(std::move(socket));
    return;
  }
  if (!ec) {
    startSession(std::move(socket));
  } else if (ec != asio::error::operation_aborted) {
    log::warn("accept_failed", {{"error", ec.message()}});
  }
  doAccept();
}

void Server::Impl::startSession(tcp::socket socket) {
  beast::error_code ec;
  socket.set_option(tcp::no_delay(true), ec);
  std::make_shared<Session>(std::move(socket), *this)->start();
}

void Server::Impl::beginShutdown() {
  if (stopping_) return;
  stopping_ = true;
  log::info("shutting_down", {{"open_connections", sessions_.size()}});
  beast::error_code ec;
  // Connections the kernel already completed may carry a request sent before the signal: take
  // them in rather than reset them by closing the listening socket.
  acceptor_.cancel(ec);
  acceptor_.non_blocking(true, ec);
  while (!ec) {
    tcp::socket socket(ioc_);
    acceptor_.accept(socket, ec);
    if (!ec) startSession(std::move(socket));
  }
  acceptor_.close(ec);
  for (Session* session : std::vector<Session*>(sessions_.begin(), sessions_.end())) {
    session->onServerStopping();
  }
  if (sessions_.empty()) {
    finishShutdown();
    return;
  }
  grace_timer_.expires_after(options_.shutdown_grace);
  grace_timer_.async_wait(beast::bind_front_handler(&Server::Impl::onGraceExpired, this));
}

void Server::Impl::onGraceExpired(beast::error_code ec) {
  if (ec) return;  // cancelled: every connection finished in time
  log::warn("shutdown_grace_expired", {{"open_connections", sessions_.size()}});
  for (Session* session : std::vector<Session*>(sessions_.begin(), sessions_.end())) {
    session->forceClose();
  }
  finishShutdown();
  ioc_.stop();
}

void Server::Impl::sessionEnded(Session* session) {
  if (destroying_) return;
  sessions_.erase(session);
  if (stopping_ && sessions_.empty()) finishShutdown();
}

Server::Server(ServerOptions options, const Router& router, Handler handler,
               const ErrorPageRenderer* pages)
    : impl_(std::make_unique<Impl>(std::move(options), router, std::move(handler), pages)) {}

Server::~Server() = default;

unsigned short Server::port() const { return impl_->port(); }

void Server::run() { impl_->run(); }

void Server::stop() { impl_->stop(); }

}  // namespace masseflyt::http
