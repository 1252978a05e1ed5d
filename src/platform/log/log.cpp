#include "platform/log/log.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace masseflyt::log {
namespace {

std::mutex& outputMutex() {
  static std::mutex mutex;
  return mutex;
}

std::string* g_sink = nullptr;  // guarded by outputMutex()
std::atomic<Level> g_minimum_level{Level::Info};

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is invalid (overlong,
// surrogate, out of range or truncated).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char min_second = 0x80;
  unsigned char max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;
    if (lead == 0xED) max_second = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;
    if (lead == 0xF4) max_second = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

void write(Level severity, std::string_view level, std::string_view event, Fields fields) {
  if (severity < g_minimum_level.load(std::memory_order_relaxed)) return;
  std::string line;
  line.reserve(128);
  line += "{\"ts\":\"";
  line += timestampNow();
  line += "\",\"level\":\"";
  line += level;
  line += "\",\"event\":";
  appendJsonString(line, event);
  for (const auto& [name, value] : fields) {
    line += ',';
    appendJsonString(line, name);
    line += ':';
    line += value.json();
  }
  line += "}\n";
  const std::lock_guard lock(outputMutex());
  if (g_sink != nullptr) {
    *g_sink += line;
    return;
  }
  // One fwrite per line under the lock keeps lines whole when threads log at once; the flush
  // makes each line visible at once to a supervisor or test reading the pipe.
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

}  // namespace

std::string Value::quote(std::string_view text) {
  std::string out;
  appendJsonString(out, text);
  return out;
}

Value::Value(double number) {
  char buffer[32];
  const int n = std::snprintf(buffer, sizeof buffer, "%.3f", number);
  json_.assign(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
}

void appendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t length = utf8SequenceLength(text, i);
      if (length == 0) {
        out += "\xEF\xBF\xBD";
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

std::string timestampNow() {
  const auto now = std::chrono::system_clock::now();
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[32];
  const std::size_t n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
  char millis[8];
  std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(ms % 1000));
  return std::string(buffer, n) + millis;
}

void debug(std::string_view event, Fields fields) { write(Level::Debug, "debug", event, fields); }
void info(std::string_view event, Fields fields) { write(Level::Info, "info", event, fields); }
void warn(std::string_view event, Fields fields) { write(Level::Warn, "warn", event, fields); }
void error(std::string_view event, Fields fields) { write(Level::Error, "error", event, fields); }

void setMinimumLevel(Level level) { g_minimum_level.store(level, std::memory_order_relaxed); }

std::optional<Level> parseLevel(std::string_view name) {
  if (name == "debug") return Level::Debug;
  if (name == "info") return Level::Info;
  if (name == "warn") return Level::Warn;
  if (name == "error") return Level::Error;
  return std::nullopt;
}

void setSinkForTesting(std::string* sink) {
  const std::lock_guard lock(outputMutex());
  g_sink = sink;
}

}  // namespace masseflyt::log
