#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "modules/registry/sites/domain/model.hpp"
#include "platform/core/calendar.hpp"

// Whether a permit allows operation on a date, and what that makes of the site. The rules
// (docs/register.md "Tillatelsesstatus"): valid when valid_from <= date <= valid_to (to may be
// open); "expiring soon" when still valid but ending within 90 days; a site with no permit valid
// on the date "lacks a valid permit", whatever else it has.
namespace masseflyt::registry::sites {

inline constexpr int kExpiringSoonDays = 90;

enum class PermitStatus { Valid, ExpiringSoon, Expired, NotYetValid };

/// "gyldig", "utloper_snart", "utlopt", "ikke_gyldig_enna" (API and URL values).
std::string_view permitStatusKey(PermitStatus status);
/// Catalog key of the Norwegian label.
std::string permitStatusLabelKey(PermitStatus status);
/// Designsystemet colour: success, warning, danger, info.
std::string_view permitStatusColor(PermitStatus status);
bool permitsOperation(PermitStatus status);

/// `date` must be a valid YYYY-MM-DD (see parseDate).
PermitStatus permitStatus(const Permit& permit, std::string_view date);

/// The site's summary: the best status among its permits (valid > expiring soon > not yet valid
/// > expired), or Missing without permits.
enum class SiteStatus { Valid, ExpiringSoon, NotYetValid, Expired, Missing };
SiteStatus siteStatus(std::span<const Permit> permits, std::string_view date);
/// "gyldig", "utloper_snart", "ikke_gyldig_enna", "utlopt", "mangler".
std::string_view siteStatusKey(SiteStatus status);
std::string siteStatusLabelKey(SiteStatus status);
std::string_view siteStatusColor(SiteStatus status);
/// Valid or expiring soon: the site may receive masses today.
bool hasValidPermit(SiteStatus status);

// ---- Calendar dates (the platform's calendar, named here for the part's many callers) ----
using calendar::displayDate;
using calendar::formatDate;
using calendar::parseDate;
using calendar::today;

}  // namespace masseflyt::registry::sites
