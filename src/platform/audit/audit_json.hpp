#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"

// Internal to mf_platform_audit_web: the API's JSON (Boost.JSON lives in audit_json.cpp only).
namespace masseflyt::audit {

/// {"data": [entry...], "neste": cursor-or-null}; field names as in openapi-audit.json.
std::string entriesPageJson(const std::vector<AuditEntry>& entries,
                            const std::optional<std::string>& next_cursor);

}  // namespace masseflyt::audit
