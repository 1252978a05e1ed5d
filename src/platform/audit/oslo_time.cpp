#include "platform/audit/oslo_time.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace masseflyt::audit {
namespace {

using namespace std::chrono;

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;

std::int64_t lastSundayOneUtcMs(int year, month m) {
  const sys_days day{year_month_weekday_last{std::chrono::year{year}, m, weekday_last{Sunday}}};
  return duration_cast<milliseconds>(day.time_since_epoch()).count() + kHourMs;
}

// Floor division, so instants before 1970 land on the right day.
std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

year_month_day civilDay(std::int64_t local_ms) {
  return year_month_day{sys_days{days{floorDiv(local_ms, kDayMs)}}};
}

bool parseInt(std::string_view text, int& out) {
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && ptr == text.data() + text.size();
}

}  // namespace

std::int64_t osloOffsetMs(std::int64_t epoch_ms) {
  const int year = static_cast<int>(civilDay(epoch_ms).year());
  const bool summer = epoch_ms >= lastSundayOneUtcMs(year, March) &&
                      epoch_ms < lastSundayOneUtcMs(year, October);
  return summer ? 2 * kHourMs : kHourMs;
}

std::string formatOsloTime(std::int64_t epoch_ms) {
  const std::int64_t local = epoch_ms + osloOffsetMs(epoch_ms);
  const year_month_day day = civilDay(local);
  const std::int64_t in_day = local - floorDiv(local, kDayMs) * kDayMs;
  const auto seconds_of_day = in_day / 1000;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02u.%02u.%04d %02d:%02d:%02d",
                static_cast<unsigned>(day.day()), static_cast<unsigned>(day.month()),
                static_cast<int>(day.year()), static_cast<int>(seconds_of_day / 3600),
                static_cast<int>(seconds_of_day / 60 % 60), static_cast<int>(seconds_of_day % 60));
  return buffer;
}

std::optional<std::int64_t> osloMidnightEpochMs(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
    return std::nullopt;
  }
  int y = 0;
  int m = 0;
  int d = 0;
  if (!parseInt(date.substr(0, 4), y) || !parseInt(date.substr(5, 2), m) ||
      !parseInt(date.substr(8, 2), d)) {
    return std::nullopt;
  }
  const year_month_day day{std::chrono::year{y}, month{static_cast<unsigned>(m)},
                           std::chrono::day{static_cast<unsigned>(d)}};
  if (!day.ok() || y < 1970) {
    return std::nullopt;
  }
  const std::int64_t local_midnight =
      duration_cast<milliseconds>(sys_days{day}.time_since_epoch()).count();
  // Midnight is never inside a change-over (those happen at 02:00/03:00 local), so the offset
  // one standard hour before midnight-as-UTC is the offset at local midnight.
  return local_midnight - osloOffsetMs(local_midnight - kHourMs);
}

std::string osloDate(std::int64_t epoch_ms) {
  const year_month_day day = civilDay(epoch_ms + osloOffsetMs(epoch_ms));
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

}  // namespace masseflyt::audit
