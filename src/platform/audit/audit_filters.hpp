#pragma once

#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/http/message.hpp"

// Internal to mf_platform_audit_web: the filters the page and the API share, read from the query.
namespace masseflyt::audit {

/// The raw values as entered (for re-filling the form and building links) and the query they
/// make. Query parameters: handling (action prefix), aktor, organisasjon, objekt, fra, til
/// (YYYY-MM-DD in Europe/Oslo; til is inclusive).
struct AuditFilters {
  std::string handling, aktor, organisasjon, objekt, fra, til;
  AuditQuery query;
  std::vector<FieldError> errors;  ///< one per bad parameter; query ignores bad ones
};

AuditFilters parseFilters(const http::Request& request);

/// "handling=...&fra=..." for the non-empty filters, percent-encoded; empty when none.
std::string filterQueryString(const AuditFilters& filters);

}  // namespace masseflyt::audit
