#include <boost/json.hpp>

#include "platform/audit/audit_json.hpp"
#include "platform/audit/oslo_time.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::audit {
namespace {

// Empty columns mean "not applicable" and are null in the API.
boost::json::value textOrNull(const std::string& text) {
  if (text.empty()) {
    return nullptr;
  }
  return boost::json::string(text);
}

}  // namespace

std::string entriesPageJson(const std::vector<AuditEntry>& entries,
                            const std::optional<std::string>& next_cursor) {
  boost::json::array data;
  data.reserve(entries.size());
  for (const AuditEntry& e : entries) {
    data.push_back(boost::json::object{
        {"sekvens", e.sequence},
        {"id", e.id},
        {"tidspunkt", isoUtc(e.at_ms)},
        {"tidspunktMs", e.at_ms},
        {"handling", e.action},
        {"aktorId", textOrNull(e.actor_id)},
        {"objektType", textOrNull(e.subject_type)},
        {"objektId", textOrNull(e.subject_id)},
        {"organisasjonId", textOrNull(e.organisation_id)},
        // Exactly the stored text, since it is part of what the hash covers.
        {"detaljer", e.details},
        {"ipHash", textOrNull(e.ip_hash)},
        {"forrigeHash", e.previous_hash},
        {"hash", e.hash},
    });
  }
  boost::json::object page{{"data", std::move(data)}};
  if (next_cursor) {
    page["neste"] = *next_cursor;
  } else {
    page["neste"] = nullptr;
  }
  return boost::json::serialize(page);
}

}  // namespace masseflyt::audit
