#include "platform/core/timestamp.hpp"

#include <chrono>
#include <cstdio>

namespace masseflyt {

std::string isoUtc(std::int64_t epoch_ms) {
  using namespace std::chrono;
  const sys_time<milliseconds> instant{milliseconds{epoch_ms}};
  const auto day = floor<days>(instant);
  const year_month_day ymd{day};
  const hh_mm_ss<milliseconds> time{instant - day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()), static_cast<int>(time.subseconds().count()));
  return buffer;
}

}  // namespace masseflyt
