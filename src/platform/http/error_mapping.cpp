#include "platform/http/error_mapping.hpp"

#include <initializer_list>
#include <utility>

#include "platform/i18n/messages.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::http {
namespace {

std::string statusKey(int status, std::string_view part) {
  return "http.error." + std::to_string(status) + "." + std::string(part);
}

// The text of the first key the catalog has; the last key is used even when missing.
std::string_view firstText(std::initializer_list<std::string_view> keys) {
  const auto& catalog = i18n::catalog();
  for (const auto key : keys) {
    if (catalog.contains(key)) {
      return catalog.text(key);
    }
  }
  return catalog.text(*(keys.end() - 1));
}

std::string escapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Used when no renderer is wired or it failed: minimal, but still Norwegian and self-contained
// (no inline style or script, so the strict CSP holds).
std::string fallbackPage(std::string_view title, std::string_view detail,
                         std::string_view request_id) {
  std::string page = "<!doctype html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  page += escapeHtml(title);
  page += "</title>\n</head>\n<body>\n<main>\n<h1>";
  page += escapeHtml(title);
  page += "</h1>\n<p>";
  page += escapeHtml(detail);
  page += "</p>\n<p>";
  page += escapeHtml(i18n::catalog().format("http.error.request_id", {{"id", std::string(request_id)}}));
  page += "</p>\n<p><a href=\"/\">";
  page += escapeHtml(i18n::t("http.error.home_link"));
  page += "</a></p>\n</main>\n</body>\n</html>\n";
  return page;
}

std::string problemJson(int status, std::string_view title, std::string_view detail,
                        const Request& request, const std::vector<FieldError>& fields) {
  std::string body = "{\"type\":\"about:blank\",\"title\":";
  log::appendJsonString(body, title);
  body += ",\"status\":" + std::to_string(status) + ",\"detail\":";
  log::appendJsonString(body, detail);
  if (!request.path.empty()) {
    body += ",\"instance\":";
    log::appendJsonString(body, request.path);
  }
  body += ",\"requestId\":";
  log::appendJsonString(body, request.request_id);
  if (!fields.empty()) {
    body += ",\"errors\":[";
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) body += ',';
      body += "{\"field\":";
      log::appendJsonString(body, fields[i].field);
      body += ",\"detail\":";
      log::appendJsonString(body, i18n::t(fields[i].message_key));
      body += '}';
    }
    body += ']';
  }
  body += '}';
  return body;
}

Response render(int status, std::string_view message_key, const std::vector<FieldError>& fields,
                const Request& request, const ErrorPageRenderer* pages) {
  // Programs get their own wording where the page text would mislead ("Siden finnes ikke").
  const bool api = request.audience == Audience::Api;
  const std::string title_key = statusKey(status, "title");
  const std::string detail_key = statusKey(status, "detail");
  const std::string api_title_key = api ? statusKey(status, "api.title") : title_key;
  const std::string api_detail_key = api ? statusKey(status, "api.detail") : detail_key;
  const std::string_view title = firstText({api_title_key, title_key, "http.error.500.title"});
  const std::string_view detail =
      message_key.empty()
          ? firstText({api_detail_key, detail_key, "http.error.500.detail"})
          : firstText({message_key, api_detail_key, detail_key});
  Response response;
  response.status = status;
  // An error reflects one moment (a failing database, a full queue); never let caches keep it.
  response.headers.set("Cache-Control", "no-store");
  if (request.audience == Audience::Api) {
    response.headers.set("Content-Type", "application/problem+json");
    response.body = problemJson(status, title, detail, request, fields);
    return response;
  }
  response.headers.set("Content-Type", "text/html; charset=utf-8");
  if (pages != nullptr) {
    try {
      response.body = pages->render(status, title, detail, request.request_id);
      return response;
    } catch (const std::exception& e) {
      log::error("error_page_failed", {{"request_id", request.request_id}, {"status", status},
                                       {"exception", e.what()}});
    }
  }
  response.body = fallbackPage(title, detail, request.request_id);
  return response;
}

}  // namespace

HttpError::HttpError(ErrorKind kind, std::string message_key, std::string detail, Headers headers,
                     int status)
    : Error(kind, std::move(message_key), std::move(detail)),
      headers_(std::move(headers)),
      status_(status != 0 ? status : statusFor(kind)) {}

int statusFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::BadRequest: return 400;
    case ErrorKind::Validation: return 422;
    case ErrorKind::Unauthorized: return 401;
    case ErrorKind::Forbidden: return 403;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::MethodNotAllowed: return 405;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::PayloadTooLarge: return 413;
    case ErrorKind::UnsupportedMediaType: return 415;
    case ErrorKind::TooManyRequests: return 429;
    case ErrorKind::Unavailable: return 503;
    case ErrorKind::Internal: return 500;
  }
  return 500;
}

Response renderError(const Error& error, const Request& request, const ErrorPageRenderer* pages) {
  const auto* http_error = dynamic_cast<const HttpError*>(&error);
  const int status = http_error != nullptr ? http_error->status() : statusFor(error.kind());
  if (status >= 500) {
    // what() is for operators only; it never goes into the response.
    log::error("request_failed", {{"request_id", request.request_id},
                                  {"status", status},
                                  {"message_key", error.messageKey()},
                                  {"detail", error.what()}});
  }
  auto response = render(status, error.messageKey(), error.fields(), request, pages);
  if (http_error != nullptr) {
    for (const auto& [name, value] : http_error->headers().fields()) {
      response.headers.set(name, value);
    }
  }
  return response;
}

Response renderUnexpected(const std::exception* exception, const Request& request,
                          const ErrorPageRenderer* pages) {
  log::error("unhandled_exception",
             {{"request_id", request.request_id},
              {"route", request.route},
              {"exception", exception != nullptr ? exception->what() : "(not a std::exception)"}});
  return render(500, {}, {}, request, pages);
}

}  // namespace masseflyt::http
