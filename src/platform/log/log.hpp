#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace masseflyt::log {

/// A field value: text is written as a JSON string, numbers and booleans as JSON literals, so
/// log processors can filter on `status >= 500` without parsing strings.
class Value {
 public:
  Value(std::string text) : json_(quote(text)) {}  // NOLINT(google-explicit-constructor)
  Value(std::string_view text) : json_(quote(text)) {}  // NOLINT(google-explicit-constructor)
  Value(const char* text) : json_(quote(text)) {}  // NOLINT(google-explicit-constructor)
  template <std::integral T>
  Value(T number)  // NOLINT(google-explicit-constructor)
      : json_(std::same_as<T, bool> ? (number ? "true" : "false") : std::to_string(number)) {}
  Value(double number);  // NOLINT(google-explicit-constructor)

  /// The value already encoded as JSON.
  const std::string& json() const { return json_; }

 private:
  static std::string quote(std::string_view text);
  std::string json_;
};

using Fields = std::initializer_list<std::pair<std::string_view, Value>>;

/// One JSON object per line on stdout: {"ts":"2026-01-01T12:00:00.000Z","level":"info",
/// "event":"listening","port":8080}. Fields are flat so `jq '.port'` works; a field must not be
/// named ts, level or event. Never log personal data or secrets: events are kept and shipped.
void debug(std::string_view event, Fields fields = {});
void info(std::string_view event, Fields fields = {});
void warn(std::string_view event, Fields fields = {});
void error(std::string_view event, Fields fields = {});

enum class Level { Debug, Info, Warn, Error };
/// Events below `level` are dropped (default Info). Thread-safe; set once at startup from
/// MASSEFLYT_LOG_LEVEL.
void setMinimumLevel(Level level);
/// "debug", "info", "warn" or "error"; nullopt otherwise.
std::optional<Level> parseLevel(std::string_view name);

/// Appends `text` as a JSON string literal (with quotes). Invalid UTF-8 becomes U+FFFD so the
/// output is always valid JSON, whatever bytes a client sent.
void appendJsonString(std::string& out, std::string_view text);

/// The current time as ISO-8601 UTC with milliseconds.
std::string timestampNow();

/// Redirects output (tests); nullptr restores stdout. Not for production use.
void setSinkForTesting(std::string* sink);

}  // namespace masseflyt::log
