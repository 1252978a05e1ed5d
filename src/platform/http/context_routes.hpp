#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>

#include "platform/http/router.hpp"

namespace masseflyt::http {

/// Registers handlers that share one context object (database, renderer, options) — the usual
/// shape of a module's route file — without each file writing its own binding lambda:
///
///   ContextRoutes<Context> routes(router, std::make_shared<const Context>(...), 16 * 1024);
///   routes.add(Method::Get, "/konto", Audience::Page, getAccount);
///
/// The context lives as long as the router's routes.
template <typename Context>
class ContextRoutes {
 public:
  using Handler = Response (*)(const Context&, Request&);

  ContextRoutes(Router& router, std::shared_ptr<const Context> context,
                std::size_t max_body_bytes)
      : router_(router), context_(std::move(context)), max_body_bytes_(max_body_bytes) {}

  void add(Method method, std::string pattern, Audience audience, Handler handler) const {
    router_.add(Route{
        .method = method,
        .pattern = std::move(pattern),
        .audience = audience,
        .handler = [context = context_, handler](Request& request) {
          return handler(*context, request);
        },
        .limits = {.max_body_bytes = max_body_bytes_},
    });
  }

 private:
  Router& router_;
  std::shared_ptr<const Context> context_;
  std::size_t max_body_bytes_;
};

}  // namespace masseflyt::http
