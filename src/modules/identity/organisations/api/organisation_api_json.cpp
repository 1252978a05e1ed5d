#include <boost/json.hpp>

#include <ctime>

#include "modules/identity/organisations/api/organisation_json.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::identity::organisations::json {
namespace {

namespace bj = boost::json;

bj::value nullable(const std::string& text) {
  return text.empty() ? bj::value(nullptr) : bj::value(bj::string(text));
}

bj::object organisationObject(const OrganisationRecord& o) {
  const auto assessment_reason = registerStatusReasonKey(o.register_status);
  bj::object out;
  out["id"] = o.id;
  out["organisasjonsnummer"] = o.organisation_number;
  out["navn"] = o.name;
  bj::object form;
  form["kode"] = o.organisation_form;
  form["beskrivelse"] = o.organisation_form_description;
  out["organisasjonsform"] = std::move(form);
  bj::object address;
  address["adresse"] = o.business_address;
  address["postnummer"] = o.postal_code;
  address["poststed"] = o.postal_place;
  address["kommunenummer"] = o.municipality_number;
  address["kommune"] = o.municipality_name;
  out["forretningsadresse"] = std::move(address);
  bj::array nace;
  for (const auto& code : o.nace_codes) {
    nace.push_back(bj::object{{"kode", code.code}, {"beskrivelse", code.description}});
  }
  out["naeringskoder"] = std::move(nace);
  out["overordnet_enhet"] = nullable(o.parent_organisation_number);
  out["status"] = std::string(registerStatusCode(o.register_status));
  out["kan_handle"] = canTrade(o.register_status);
  out["status_begrunnelse"] = std::string(i18n::t(assessment_reason));
  out["hentet_fra_registeret"] =
      o.register_fetched_at ? bj::value(bj::string(isoUtc(*o.register_fetched_at)))
                            : bj::value(nullptr);
  out["demo"] = o.is_demo;
  out["registrert"] = isoUtc(o.created_at);
  return out;
}

bj::object membershipObject(const MembershipRecord& m, std::string_view number) {
  bj::object out;
  out["id"] = m.id;
  out["organisasjonsnummer"] = number;
  out["bruker_id"] = m.user_id;
  out["navn"] = m.user_name;
  out["epost"] = m.user_email;
  out["rolle"] = m.role;
  out["status"] = m.status == "pending"    ? "venter"
                  : m.status == "verified" ? "godkjent"
                  : m.status == "rejected" ? "avvist"
                                           : "tilbakekalt";
  out["bedt_om"] = isoUtc(m.requested_at);
  out["behandlet"] =
      m.decided_at ? bj::value(bj::string(isoUtc(*m.decided_at))) : bj::value(nullptr);
  out["behandlet_av"] = m.decided_by ? bj::value(bj::string(*m.decided_by)) : bj::value(nullptr);
  out["begrunnelse"] =
      m.decision_note ? bj::value(bj::string(*m.decision_note)) : bj::value(nullptr);
  return out;
}

[[noreturn]] void badBody(std::string detail) {
  throw Error(ErrorKind::BadRequest, "organisations.error.body", std::move(detail));
}

}  // namespace

std::string organisation(const OrganisationRecord& o) { return bj::serialize(organisationObject(o)); }

std::string refreshed(const OrganisationRecord& o, const std::vector<std::string>& changed) {
  auto out = organisationObject(o);
  bj::array codes;
  for (const auto& code : changed) codes.emplace_back(code);
  out["endret"] = std::move(codes);
  return bj::serialize(out);
}

std::string organisationPage(const std::vector<OrganisationRecord>& items,
                             const std::optional<std::string>& next) {
  bj::array data;
  for (const auto& item : items) data.push_back(organisationObject(item));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = next ? bj::value(bj::string(*next)) : bj::value(nullptr);
  return bj::serialize(out);
}

std::string membership(const MembershipRecord& m, std::string_view number) {
  return bj::serialize(membershipObject(m, number));
}

std::string memberships(const std::vector<MembershipRecord>& items, std::string_view number) {
  bj::array data;
  for (const auto& item : items) data.push_back(membershipObject(item, number));
  bj::object out;
  out["data"] = std::move(data);
  out["neste"] = nullptr;
  return bj::serialize(out);
}

BodyFields parseBody(std::string_view body) {
  boost::system::error_code ec;
  const bj::value value = bj::parse(bj::string_view(body.data(), body.size()), ec);
  if (ec || !value.is_object()) badBody("not a JSON object");
  BodyFields fields;
  const auto& object = value.get_object();
  const auto read = [&](std::string_view key, std::optional<std::string>& into) {
    const auto* member = object.if_contains(key);
    if (member == nullptr || member->is_null()) return;
    if (!member->is_string()) badBody(std::string(key) + " is not a string");
    into = std::string(member->get_string());
  };
  read("organisasjonsnummer", fields.organisasjonsnummer);
  read("rolle", fields.rolle);
  read("vedtak", fields.vedtak);
  read("begrunnelse", fields.begrunnelse);
  return fields;
}

}  // namespace masseflyt::identity::organisations::json
