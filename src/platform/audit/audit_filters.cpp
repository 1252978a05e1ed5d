#include "platform/core/text.hpp"
#include "platform/audit/audit_filters.hpp"

#include <utility>

#include "platform/audit/oslo_time.hpp"

namespace masseflyt::audit {
namespace {

constexpr std::size_t kMaxFilterLength = 200;
constexpr std::int64_t kDayAndAHalfMs = 36 * 3'600'000LL;

// A text filter: trimmed; empty means "no filter".
std::optional<std::string> textFilter(const http::Request& request, std::string_view name,
                                      std::string& raw, std::vector<FieldError>& errors) {
  raw = request.queryParam(name).value_or("");
  const auto first = raw.find_first_not_of(" \t");
  raw = first == std::string::npos ? std::string() : raw.substr(first, raw.find_last_not_of(" \t") - first + 1);
  if (raw.empty()) {
    return std::nullopt;
  }
  if (raw.size() > kMaxFilterLength) {
    errors.push_back({std::string(name), "audit.error.too_long"});
    raw.resize(kMaxFilterLength);
    return std::nullopt;
  }
  return raw;
}

std::optional<std::int64_t> dateFilter(const http::Request& request, std::string_view name,
                                       std::string& raw, std::vector<FieldError>& errors) {
  if (!textFilter(request, name, raw, errors)) {
    return std::nullopt;
  }
  const auto midnight = osloMidnightEpochMs(raw);
  if (!midnight) {
    errors.push_back({std::string(name), "audit.error.invalid_date"});
  }
  return midnight;
}

}  // namespace

AuditFilters parseFilters(const http::Request& request) {
  AuditFilters f;
  f.query.action_prefix = textFilter(request, "handling", f.handling, f.errors);
  f.query.actor_id = textFilter(request, "aktor", f.aktor, f.errors);
  f.query.organisation_id = textFilter(request, "organisasjon", f.organisasjon, f.errors);
  f.query.subject_id = textFilter(request, "objekt", f.objekt, f.errors);
  f.query.from_ms = dateFilter(request, "fra", f.fra, f.errors);
  if (const auto til = dateFilter(request, "til", f.til, f.errors)) {
    // "til" includes the whole day: up to the next Oslo midnight (23 or 25 hours on change-over
    // days, hence via the date rather than + 24 h).
    f.query.to_ms = osloMidnightEpochMs(osloDate(*til + kDayAndAHalfMs));
  }
  if (f.query.from_ms && f.query.to_ms && *f.query.from_ms >= *f.query.to_ms) {
    f.errors.push_back({"til", "audit.error.invalid_period"});
    f.query.to_ms.reset();
  }
  return f;
}

std::string filterQueryString(const AuditFilters& filters) {
  const std::pair<std::string_view, const std::string*> fields[] = {
      {"handling", &filters.handling},         {"aktor", &filters.aktor},
      {"organisasjon", &filters.organisasjon}, {"objekt", &filters.objekt},
      {"fra", &filters.fra},                   {"til", &filters.til},
  };
  std::string out;
  for (const auto& [name, value] : fields) {
    if (value->empty()) {
      continue;
    }
    if (!out.empty()) {
      out += '&';
    }
    out += name;
    out += '=';
    out += text::percentEncode(*value);
  }
  return out;
}

}  // namespace masseflyt::audit
