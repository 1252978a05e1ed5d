#include "platform/forms/multipart.hpp"

#include <cctype>

#include "platform/core/error.hpp"

namespace masseflyt::forms {
namespace {

[[noreturn]] void fail(std::string detail) {
  throw Error(ErrorKind::BadRequest, "forms.error.multipart", std::move(detail));
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The value of `key=` in a header's parameters (quoted or token); "" when absent.
std::string parameter(std::string_view header, std::string_view key) {
  std::size_t i = header.find(';');
  while (i != std::string_view::npos && i < header.size()) {
    ++i;
    const auto eq = header.find('=', i);
    if (eq == std::string_view::npos) return {};
    const std::string name = lower(trim(header.substr(i, eq - i)));
    std::size_t j = eq + 1;
    while (j < header.size() && header[j] == ' ') ++j;
    std::string value;
    if (j < header.size() && header[j] == '"') {
      ++j;
      while (j < header.size() && header[j] != '"') {
        if (header[j] == '\\' && j + 1 < header.size()) ++j;
        value += header[j++];
      }
      if (j >= header.size()) fail("unterminated quote");
      ++j;
    } else {
      while (j < header.size() && header[j] != ';') value += header[j++];
      value = std::string(trim(value));
    }
    if (name == key) return value;
    i = header.find(';', j);
  }
  return {};
}

}  // namespace

std::optional<std::string> multipartBoundary(std::string_view content_type) {
  const auto semicolon = content_type.find(';');
  if (lower(trim(content_type.substr(0, semicolon))) != "multipart/form-data") return std::nullopt;
  std::string boundary;
  try {
    boundary = parameter(content_type, "boundary");
  } catch (const Error&) {
    return std::nullopt;
  }
  if (boundary.empty() || boundary.size() > 70) return std::nullopt;
  return boundary;
}

std::vector<Part> parseMultipart(std::string_view body, std::string_view boundary, std::size_t max_parts) {
  if (boundary.empty()) fail("no boundary");
  const std::string delimiter = "--" + std::string(boundary);
  std::vector<Part> parts;
  std::size_t position = body.find(delimiter);
  if (position == std::string_view::npos) fail("no delimiter");
  position += delimiter.size();
  for (;;) {
    if (body.substr(position, 2) == "--") return parts;  // the closing delimiter
    if (body.substr(position, 2) != "\r\n") fail("bad delimiter line");
    position += 2;
    const auto headers_end = body.find("\r\n\r\n", position);
    if (headers_end == std::string_view::npos) fail("no header end");
    Part part;
    bool disposition = false;
    std::string_view headers = body.substr(position, headers_end - position);
    while (!headers.empty()) {
      const auto eol = headers.find("\r\n");
      const std::string_view line = headers.substr(0, eol);
      headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
      const auto colon = line.find(':');
      if (colon == std::string_view::npos) fail("bad header");
      const std::string name = lower(trim(line.substr(0, colon)));
      const std::string_view value = trim(line.substr(colon + 1));
      if (name == "content-disposition") {
        if (lower(value.substr(0, value.find(';'))) != "form-data") fail("not form-data");
        part.name = parameter(value, "name");
        part.filename = parameter(value, "filename");
        disposition = true;
      } else if (name == "content-type") {
        part.content_type = std::string(value);
      }
    }
    if (!disposition || part.name.empty()) fail("part without name");
    const std::size_t content_start = headers_end + 4;
    const std::string next = "\r\n" + delimiter;
    const auto content_end = body.find(next, content_start);
    if (content_end == std::string_view::npos) fail("no closing delimiter");
    part.body = std::string(body.substr(content_start, content_end - content_start));
    if (parts.size() >= max_parts) fail("too many parts");
    parts.push_back(std::move(part));
    position = content_end + next.size();
  }
}

const Part* findPart(const std::vector<Part>& parts, std::string_view name) {
  for (const auto& part : parts) {
    if (part.name == name) return &part;
  }
  return nullptr;
}

}  // namespace masseflyt::forms
