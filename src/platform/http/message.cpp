#include "platform/http/message.hpp"

#include <algorithm>
#include <array>

#include "platform/core/text.hpp"

namespace masseflyt::http {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
           return lower(x) == lower(y);
         });
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes (and '+' when plus_is_space); nullopt on a malformed escape.
std::optional<std::string> percentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = hexValue(text[i + 1]);
      const int low = hexValue(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> parseUrlEncoded(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  while (!text.empty()) {
    const auto amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    const std::string_view raw_name = pair.substr(0, eq);
    const std::string_view raw_value =
        eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
    // A malformed escape is kept literally: the handler's own validation then reports the value
    // in Norwegian, which beats silently dropping what the user typed.
    out.emplace_back(decodeFormComponent(raw_name).value_or(std::string(raw_name)),
                     decodeFormComponent(raw_value).value_or(std::string(raw_value)));
  }
  return out;
}

constexpr std::array<std::pair<Method, std::string_view>, 7> kMethodNames{{
    {Method::Get, "GET"},
    {Method::Head, "HEAD"},
    {Method::Post, "POST"},
    {Method::Put, "PUT"},
    {Method::Patch, "PATCH"},
    {Method::Delete, "DELETE"},
    {Method::Options, "OPTIONS"},
}};

}  // namespace

std::string_view methodName(Method method) {
  for (const auto& [m, name] : kMethodNames) {
    if (m == method) return name;
  }
  return "GET";
}

std::optional<Method> parseMethod(std::string_view name) {
  // Methods are case-sensitive (RFC 9110 §9.1).
  for (const auto& [m, known] : kMethodNames) {
    if (known == name) return m;
  }
  return std::nullopt;
}

std::optional<std::string> decodePath(std::string_view raw_path) {
  if (raw_path.empty() || raw_path.front() != '/') return std::nullopt;
  std::string out;
  out.reserve(raw_path.size());
  std::size_t segment_start = 0;
  const auto segmentIsDots = [&out](std::size_t start) {
    const std::string_view segment = std::string_view(out).substr(start);
    return segment == "." || segment == "..";
  };
  for (std::size_t i = 0; i < raw_path.size(); ++i) {
    char c = raw_path[i];
    if (c == '%') {
      if (i + 2 >= raw_path.size()) return std::nullopt;
      const int high = hexValue(raw_path[i + 1]);
      const int low = hexValue(raw_path[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      c = static_cast<char>(high * 16 + low);
      i += 2;
      // An encoded slash would let "a%2F..%2Fb" slip past segment checks.
      if (c == '/' || c == '\\' || c == '\0') return std::nullopt;
      out += c;
      continue;
    }
    if (c == '\0' || c == '\\') return std::nullopt;
    if (c == '/') {
      if (!out.empty() && segmentIsDots(segment_start)) return std::nullopt;
      out += c;
      segment_start = out.size();
      continue;
    }
    out += c;
  }
  if (segmentIsDots(segment_start)) return std::nullopt;
  return out;
}

std::optional<std::string> decodeFormComponent(std::string_view text) {
  return percentDecode(text, true);
}

std::optional<std::string_view> Headers::get(std::string_view name) const {
  for (const auto& [field, value] : fields_) {
    if (equalsIgnoreCase(field, name)) return std::string_view(value);
  }
  return std::nullopt;
}

void Headers::set(std::string_view name, std::string_view value) {
  remove(name);
  add(name, value);
}

void Headers::add(std::string_view name, std::string_view value) {
  fields_.emplace_back(std::string(name), std::string(value));
}

void Headers::remove(std::string_view name) {
  std::erase_if(fields_, [name](const auto& field) { return equalsIgnoreCase(field.first, name); });
}

std::string_view Request::pathParam(std::string_view name) const {
  const auto it = path_params.find(name);
  return it == path_params.end() ? std::string_view{} : std::string_view(it->second);
}

std::optional<std::string> Request::queryParam(std::string_view name) const {
  for (auto& [key, value] : queryParams()) {
    if (key == name) return std::move(value);
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> Request::queryParams() const {
  return parseUrlEncoded(query);
}

std::vector<std::pair<std::string, std::string>> Request::formFields() const {
  const auto type = header("Content-Type");
  if (!type) return {};
  const std::string_view media = type->substr(0, type->find(';'));
  const auto trimmed_end = media.find_last_not_of(" \t");
  if (!equalsIgnoreCase(media.substr(0, trimmed_end + 1), "application/x-www-form-urlencoded")) {
    return {};
  }
  return parseUrlEncoded(body);
}

std::string Request::formField(std::string_view name) const {
  for (auto& [key, value] : formFields()) {
    if (key == name) return std::move(value);
  }
  return {};
}

std::vector<std::string> Request::formValues(std::string_view name) const {
  std::vector<std::string> values;
  for (auto& [key, value] : formFields()) {
    if (key == name) values.push_back(std::move(value));
  }
  return values;
}

namespace {
Response withType(std::string body, int status, std::string_view type) {
  Response response;
  response.status = status;
  response.headers.set("Content-Type", type);
  response.body = std::move(body);
  return response;
}
}  // namespace

Response Response::html(std::string body, int status) {
  return withType(std::move(body), status, "text/html; charset=utf-8");
}

Response Response::json(std::string body, int status) {
  return withType(std::move(body), status, "application/json");
}

Response Response::text(std::string body, int status) {
  return withType(std::move(body), status, "text/plain; charset=utf-8");
}

Response Response::download(std::string body, std::string_view content_type,
                            std::string_view filename) {
  std::string fallback;
  for (const char c : filename) {
    const auto byte = static_cast<unsigned char>(c);
    // One '_' per non-ASCII byte is fine for a fallback; quotes and controls would break the header.
    fallback += (byte < 0x20 || byte >= 0x7F || c == '"' || c == '\\') ? '_' : c;
  }
  Response response = withType(std::move(body), 200, content_type);
  response.headers.set("Content-Disposition", "attachment; filename=\"" + fallback +
                                                  "\"; filename*=UTF-8''" + text::percentEncode(filename));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

Response Response::redirect(std::string_view location, int status) {
  Response response;
  response.status = status;
  response.headers.set("Location", location);
  return response;
}

Response Response::noContent() {
  Response response;
  response.status = 204;
  return response;
}

}  // namespace masseflyt::http
