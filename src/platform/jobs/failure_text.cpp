#include "platform/jobs/failure_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace masseflyt::jobs {
namespace {

constexpr std::string_view kMask = "***";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

// Keys whose value is a secret in "key=value" or "key: value" form.
constexpr std::array<std::string_view, 9> kSecretKeys = {"password", "passwd",     "pwd",
                                                         "secret",   "token",      "api_key",
                                                         "apikey",   "access_key", "authorization"};

bool isValueEnd(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0 || c == '&' || c == ';' || c == ',' ||
         c == '"' || c == '\'' || c == ')' || c == '}' || c == ']';
}

bool isKeyChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// scheme://user:secret@host -> scheme://user:***@host
void maskUrlPasswords(std::string& text) {
  for (auto scheme = text.find("://"); scheme != std::string::npos;
       scheme = text.find("://", scheme + 3)) {
    const auto start = scheme + 3;
    auto end = start;
    while (end < text.size() && !isValueEnd(text[end]) && text[end] != '/') {
      ++end;
    }
    const auto at = text.rfind('@', end);
    if (at == std::string::npos || at < start) {
      continue;
    }
    const auto colon = text.find(':', start);
    if (colon == std::string::npos || colon > at) {
      continue;
    }
    text.replace(colon + 1, at - colon - 1, kMask);
  }
}

// key=value, key: value, "key":"value" and "Bearer value", for the keys above in any case and as
// the end of a longer name (db_password, access_token).
void maskKeyValues(std::string& text) {
  const std::string folded = lower(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t value_start = std::string::npos;
    char quote = '\0';  // a quoted value runs to its closing quote, spaces included
    for (const auto key : kSecretKeys) {
      if (folded.compare(i, key.size(), key) != 0) {
        continue;
      }
      auto j = i + key.size();
      if (j < text.size() && isKeyChar(text[j])) {
        continue;
      }
      if (j < text.size() && text[j] == '"') {
        ++j;
      }
      while (j < text.size() && text[j] == ' ') {
        ++j;
      }
      if (j >= text.size() || (text[j] != '=' && text[j] != ':')) {
        continue;
      }
      ++j;
      while (j < text.size() && text[j] == ' ') {
        ++j;
      }
      if (j < text.size() && (text[j] == '"' || text[j] == '\'')) {
        quote = text[j++];
      }
      // "Authorization: Bearer abc": the scheme word is not the secret, the token after it is.
      if (folded.compare(j, 7, "bearer ") == 0 || folded.compare(j, 6, "basic ") == 0) {
        j = text.find(' ', j) + 1;
      }
      value_start = j;
      break;
    }
    if (value_start == std::string::npos && folded.compare(i, 7, "bearer ") == 0 &&
        (i == 0 || !isKeyChar(text[i - 1]))) {
      value_start = i + 7;
    }
    if (value_start == std::string::npos) {
      out += text[i++];
      continue;
    }
    auto value_end = value_start;
    while (value_end < text.size() &&
           (quote != '\0' ? text[value_end] != quote : !isValueEnd(text[value_end]))) {
      ++value_end;
    }
    out.append(text, i, value_start - i);
    if (value_end > value_start) {
      out += kMask;
    }
    i = value_end;
  }
  text = std::move(out);
}

}  // namespace

std::string failureText(std::string_view what, std::size_t max_bytes) {
  std::string text(what);
  for (auto& c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      c = ' ';
    }
  }
  maskUrlPasswords(text);
  maskKeyValues(text);
  if (text.size() <= max_bytes) {
    return text;
  }
  if (max_bytes < kEllipsis.size()) {
    return {};
  }
  std::size_t cut = max_bytes - kEllipsis.size();
  // Never split a multi-byte character: back up over continuation bytes (10xxxxxx).
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  text.resize(cut);
  text += kEllipsis;
  return text;
}

}  // namespace masseflyt::jobs
