#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Calendar dates as the platform stores them ("YYYY-MM-DD", proleptic Gregorian) and shows them
// ("27.11.2026"). Pure arithmetic: no time zone database is needed for whole days.
namespace masseflyt::calendar {

/// Days since 1970-01-01 of a strict "YYYY-MM-DD" that is a real date (year ≥ 1900), nullopt
/// otherwise.
std::optional<long> parseDate(std::string_view text);
/// "YYYY-MM-DD" of a day number.
std::string formatDate(long days);
/// "27.11.2026" of "2026-11-27"; anything else is returned as it is.
std::string displayDate(std::string_view iso_date);
/// "27.11.2026" of the UTC day of an instant (ms since the epoch): when a register was fetched or
/// a request made. UTC names the same day as Oslo except in the hour or two after midnight.
std::string displayDay(std::int64_t epoch_ms);
/// Today in UTC. Europe/Oslo differs by at most the hour around midnight, which does not matter
/// for rules counted in whole days (permits, periods).
std::string today();

}  // namespace masseflyt::calendar
