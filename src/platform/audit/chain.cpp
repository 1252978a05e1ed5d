#include "platform/audit/chain.hpp"

#include "platform/crypto/hash.hpp"

namespace masseflyt::audit {
namespace {

constexpr std::string_view kFormatTag = "masseflyt-audit-v1\n";

void appendField(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}

}  // namespace

std::string canonicalEncoding(const AuditEntry& entry) {
  std::string out(kFormatTag);
  appendField(out, std::to_string(entry.sequence));
  appendField(out, entry.id);
  appendField(out, std::to_string(entry.at_ms));
  appendField(out, entry.actor_id);
  appendField(out, entry.action);
  appendField(out, entry.subject_type);
  appendField(out, entry.subject_id);
  appendField(out, entry.organisation_id);
  appendField(out, entry.details);
  appendField(out, entry.ip_hash);
  appendField(out, entry.previous_hash);
  return out;
}

std::string entryHash(const AuditEntry& entry) {
  return crypto::sha256Hex(canonicalEncoding(entry));
}

}  // namespace masseflyt::audit
