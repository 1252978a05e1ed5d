#include "modules/identity/accounts/api/my_data_json.hpp"

#include <boost/json.hpp>

#include "platform/auth/permissions.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::identity::accounts {
namespace {

template <typename T>
boost::json::value orNull(const std::optional<T>& value) {
  if (!value) return nullptr;
  return boost::json::value_from(*value);
}

std::string_view membershipStatus(std::string_view status) {
  if (status == "verified") return "bekreftet";
  if (status == "pending") return "venter";
  if (status == "rejected") return "avvist";
  if (status == "revoked") return "tilbakekalt";
  return status;
}

}  // namespace

std::string myDataJson(const MyData& data) {
  const auto& user = data.user;
  const boost::json::object person{
      {"id", user.id},
      {"navn", user.display_name},
      {"epost", user.email},
      {"telefon", orNull(user.phone)},
      {"oidcUtsteder", orNull(user.oidc_issuer)},
      {"oidcSubjekt", orNull(user.oidc_subject)},
      {"status", user.status},
      {"opprettetMs", user.created_at},
      {"endretMs", user.updated_at},
      {"passordLagret", user.has_password},
      {"engangskodeLagret", user.has_totp},
      {"hemmeligheter", i18n::t("accounts.mydata.export.secrets_note")},
  };
  boost::json::array platform_roles;
  for (const auto& role : data.platform_roles) {
    platform_roles.push_back({{"rolle", role}, {"navn", auth::roleName(role)}});
  }
  boost::json::array memberships;
  for (const auto& m : data.memberships) {
    memberships.push_back({{"organisasjonId", m.organisation_id},
                           {"organisasjonsnummer", m.organisation_number},
                           {"organisasjonsnavn", m.organisation_name},
                           {"rolle", m.role},
                           {"rollenavn", auth::roleName(m.role)},
                           {"status", membershipStatus(m.status)},
                           {"forespurtMs", m.requested_at},
                           {"besluttetMs", orNull(m.decided_at)},
                           {"besluttetAv", orNull(m.decided_by)},
                           {"begrunnelse", orNull(m.decision_note)}});
  }
  boost::json::array sessions;
  for (const auto& s : data.sessions) {
    sessions.push_back({{"stadium", s.stage},
                        {"opprettetMs", s.created_at},
                        {"sistSettMs", s.last_seen_at},
                        {"utloperMs", s.expires_at}});
  }
  boost::json::array entries;
  for (const auto& e : data.audit_entries) {
    entries.push_back({{"sekvens", e.sequence},
                       {"tidspunktMs", e.at_ms},
                       {"aktorId", e.actor_id},
                       {"handling", e.action},
                       {"objektType", e.subject_type},
                       {"objektId", e.subject_id},
                       {"organisasjonId", e.organisation_id},
                       {"detaljer", e.details}});
  }
  // Each part wrote its own JSON; parsed back so the file is one document, not strings in strings.
  boost::json::object other_parts;
  for (const auto& [name, text] : data.other_parts) other_parts[name] = boost::json::parse(text);
  const boost::json::object body{{"eksportertMs", data.exported_at},
                                 {"forklaring", i18n::t("accounts.mydata.export.about")},
                                 {"person", person},
                                 {"plattformroller", std::move(platform_roles)},
                                 {"medlemskap", std::move(memberships)},
                                 {"okter", std::move(sessions)},
                                 {"revisjonslogg", std::move(entries)},
                                 {"andreDeler", std::move(other_parts)}};
  return boost::json::serialize(body);
}

}  // namespace masseflyt::identity::accounts
