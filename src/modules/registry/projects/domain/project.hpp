#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

// The rules of a project that need no database: phases in their order, planned dates that may be
// a month or a day and may be uncertain, and how they read in Norwegian.
namespace masseflyt::registry::projects {

/// The life of a project, in order. Early phases are first-class: a project in "idé" may start
/// years ahead.
enum class Phase { Idea, Planning, Zoning, Design, Construction, Done };

inline constexpr Phase kPhases[] = {Phase::Idea,   Phase::Planning,     Phase::Zoning,
                                    Phase::Design, Phase::Construction, Phase::Done};

/// The code used in URLs, the API and the database: "ide", "planlegging", "regulering",
/// "prosjektering", "bygging", "ferdig".
std::string_view phaseCode(Phase phase);
std::optional<Phase> parsePhase(std::string_view code);
/// Message-catalog key of the Norwegian name ("registry.project.phase.ide").
std::string phaseLabelKey(Phase phase);
/// 0 for idé … 5 for ferdig (sorting by phase).
int phaseRank(Phase phase);

/// A planned start or end: a year ("2031"), a year-month ("2031-04") or a date ("2031-04-15").
struct PlannedDate {
  int year = 0;
  int month = 0;  ///< 0: only the year is known
  int day = 0;  ///< 0: only the month is known

  /// "2031", "2031-04" or "2031-04-15", as stored and sent in the API.
  std::string text() const;
  /// The first day it may mean, 'YYYY-MM-DD' (what period filters compare).
  std::string firstDay() const;
  /// The last day it may mean, 'YYYY-MM-DD'.
  std::string lastDay() const;
  friend bool operator==(const PlannedDate&, const PlannedDate&) = default;
};

/// Accepts "2031", "2031-04", "2031-04-15", "04.2031" and "15.04.2031" (years 1900–2199, real dates);
/// nullopt otherwise.
std::optional<PlannedDate> parsePlannedDate(std::string_view text);

/// Norwegian display: "2031", "april 2031", "15.04.2031"; with `uncertain` prefixed "ca. ".
std::string formatPlannedDate(const PlannedDate& date, bool uncertain);

/// A period filter bound from a query ("2027", "2027-03" or a date): the first day it covers when
/// used as "from", the last day when used as "to". nullopt when malformed.
std::optional<std::string> periodStart(std::string_view text);
std::optional<std::string> periodEnd(std::string_view text);

/// Whether a project's plan is consistent: the end is not before the start. Both optional.
bool validPlan(const std::optional<PlannedDate>& start, const std::optional<PlannedDate>& end);

/// An http(s) URL for a plan link (no spaces or control characters, at most 500 bytes).
bool validLinkUrl(std::string_view url);

}  // namespace masseflyt::registry::projects
