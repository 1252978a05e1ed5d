#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Europe/Oslo wall-clock time for the audit pages. libstdc++ 12 has no time-zone database, so the
// EU rule Norway follows (CEST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October, CET otherwise) is applied directly; it has held since 1996.
namespace masseflyt::audit {

/// Offset of Oslo local time from UTC at `epoch_ms`, in milliseconds (3 600 000 or 7 200 000).
std::int64_t osloOffsetMs(std::int64_t epoch_ms);

/// "05.03.2026 14:07:09" in Oslo time.
std::string formatOsloTime(std::int64_t epoch_ms);

/// The UTC instant of 00:00 Oslo time on a "YYYY-MM-DD" date; nullopt unless a real date.
std::optional<std::int64_t> osloMidnightEpochMs(std::string_view date);

/// "YYYY-MM-DD" of `epoch_ms` in Oslo.
std::string osloDate(std::int64_t epoch_ms);

}  // namespace masseflyt::audit
