#include "modules/registry/projects/domain/project.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace masseflyt::registry::projects {
namespace {

constexpr std::array<std::string_view, 6> kCodes = {"ide",          "planlegging", "regulering",
                                                     "prosjektering", "bygging",     "ferdig"};
constexpr std::array<std::string_view, 12> kMonths = {
    "januar", "februar", "mars",      "april",   "mai",      "juni",
    "juli",   "august",  "september", "oktober", "november", "desember"};

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

std::optional<int> number(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string isoDay(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::optional<PlannedDate> make(std::optional<int> year, std::optional<int> month,
                                std::optional<int> day) {
  if (!year || !month || !day) return std::nullopt;
  if (*year < 1900 || *year > 2199 || *month < 1 || *month > 12) return std::nullopt;
  if (*day != 0 && (*day < 1 || *day > daysIn(*year, *month))) return std::nullopt;
  return PlannedDate{*year, *month, *day};
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string_view phaseCode(Phase phase) { return kCodes[static_cast<std::size_t>(phase)]; }

std::optional<Phase> parsePhase(std::string_view code) {
  for (std::size_t i = 0; i < kCodes.size(); ++i) {
    if (kCodes[i] == code) return static_cast<Phase>(i);
  }
  return std::nullopt;
}

std::string phaseLabelKey(Phase phase) {
  return "registry.project.phase." + std::string(phaseCode(phase));
}

int phaseRank(Phase phase) { return static_cast<int>(phase); }

std::string PlannedDate::text() const {
  char buffer[16];
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

std::string PlannedDate::firstDay() const {
  if (month == 0) return isoDay(year, 1, 1);
  return isoDay(year, month, day == 0 ? 1 : day);
}

std::string PlannedDate::lastDay() const {
  if (month == 0) return isoDay(year, 12, 31);
  return isoDay(year, month, day == 0 ? daysIn(year, month) : day);
}

std::optional<PlannedDate> parsePlannedDate(std::string_view input) {
  const std::string_view text = trim(input);
  if (text.size() == 4) {
    const auto year = number(text, 4);
    if (!year || *year < 1900 || *year > 2199) return std::nullopt;
    return PlannedDate{*year, 0, 0};
  }
  // 2031-04 / 2031-04-15
  if (text.size() == 7 && text[4] == '-') {
    return make(number(text.substr(0, 4), 4), number(text.substr(5, 2), 2), 0);
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    return make(number(text.substr(0, 4), 4), number(text.substr(5, 2), 2),
                number(text.substr(8, 2), 2));
  }
  // 04.2031 / 15.04.2031 (how people write it)
  if (text.size() == 7 && text[2] == '.') {
    return make(number(text.substr(3, 4), 4), number(text.substr(0, 2), 2), 0);
  }
  if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
    return make(number(text.substr(6, 4), 4), number(text.substr(3, 2), 2),
                number(text.substr(0, 2), 2));
  }
  return std::nullopt;
}

std::string formatPlannedDate(const PlannedDate& date, bool uncertain) {
  std::string out = uncertain ? "ca. " : "";
  if (date.month == 0) {
    out += std::to_string(date.year);
  } else if (date.day == 0) {
    out += std::string(kMonths[static_cast<std::size_t>(date.month - 1)]) + " " +
           std::to_string(date.year);
  } else {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", date.day, date.month, date.year);
    out += buffer;
  }
  return out;
}

std::optional<std::string> periodStart(std::string_view input) {
  const std::string_view text = trim(input);
  if (const auto year = number(text, 4); year && *year >= 1900 && *year <= 2199) {
    return isoDay(*year, 1, 1);
  }
  const auto date = parsePlannedDate(text);
  if (!date) return std::nullopt;
  return date->firstDay();
}

std::optional<std::string> periodEnd(std::string_view input) {
  const std::string_view text = trim(input);
  if (const auto year = number(text, 4); year && *year >= 1900 && *year <= 2199) {
    return isoDay(*year, 12, 31);
  }
  const auto date = parsePlannedDate(text);
  if (!date) return std::nullopt;
  return date->lastDay();
}

bool validPlan(const std::optional<PlannedDate>& start, const std::optional<PlannedDate>& end) {
  if (!start || !end) return true;
  // A month-precision end may share the start's month.
  return end->lastDay() >= start->firstDay();
}

bool validLinkUrl(std::string_view url) {
  if (url.size() > 500) return false;
  const bool scheme = url.starts_with("https://") || url.starts_with("http://");
  if (!scheme) return false;
  const auto host_start = url.find("://") + 3;
  if (host_start >= url.size() || url[host_start] == '/') return false;
  for (const char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>') {
      return false;
    }
  }
  return true;
}

}  // namespace masseflyt::registry::projects
