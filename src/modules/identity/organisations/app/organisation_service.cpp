#include "modules/identity/organisations/app/organisation_service.hpp"

#include <algorithm>

#include "modules/identity/organisations/domain/organisation_number.hpp"
#include "modules/identity/organisations/infra/organisation_repository.hpp"
#include "modules/identity/organisations/permissions.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::identity::organisations {
namespace {

constexpr std::string_view kNumberField = "organisasjonsnummer";
constexpr std::size_t kMaxNoteBytes = 1000;

[[noreturn]] void fieldError(std::string_view field, std::string key) {
  throw Error(ErrorKind::Validation, key, std::string(field), {FieldError{std::string(field), key}});
}

void requireAllowed(const auth::Principal& actor, std::string_view permission,
                    std::optional<std::string_view> organisation_id = std::nullopt) {
  if (!auth::allowed(&actor, permission, organisation_id)) {
    throw Error(ErrorKind::Forbidden,
                organisation_id ? "auth.error.forbidden_organisation" : "auth.error.forbidden",
                std::string(permission));
  }
}

std::string auditDetails(std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  std::string out = "{";
  bool first = true;
  for (const auto& [key, value] : fields) {
    if (!first) out += ',';
    first = false;
    log::appendJsonString(out, key);
    out += ':';
    log::appendJsonString(out, value);
  }
  out += '}';
  return out;
}

RegisterEntity lookupOrRefuse(const BrregClient& brreg, const std::string& number) {
  auto entity = brreg.lookup(number);
  if (!entity) fieldError(kNumberField, "organisations.orgnr.not_found");
  return std::move(*entity);
}

// A unique-constraint violation raced past our own check: another request registered it first.
bool isUniqueViolation(const std::exception& e) {
  const std::string text = e.what();
  return text.find("UNIQUE") != std::string::npos || text.find("unique") != std::string::npos ||
         text.find("duplicate key") != std::string::npos;
}

}  // namespace

bool isOrganisationRole(std::string_view role) {
  return std::find(std::begin(kOrganisationRoles), std::end(kOrganisationRoles), role) !=
         std::end(kOrganisationRoles);
}

OrganisationRecord organisationFromRegister(const RegisterEntity& entity) {
  OrganisationRecord record;
  record.organisation_number = entity.organisation_number;
  record.name = entity.name;
  record.organisation_form = entity.organisation_form_code;
  record.organisation_form_description = entity.organisation_form_description;
  if (entity.business_address) {
    const auto& address = *entity.business_address;
    std::string lines;
    for (const auto& line : address.lines) {
      if (!lines.empty()) lines += ", ";
      lines += line;
    }
    record.business_address = lines;
    record.postal_code = address.postal_code;
    record.postal_place = address.postal_place;
    record.municipality_number = address.municipality_number;
    record.municipality_name = address.municipality;
  }
  record.nace_codes = entity.nace_codes;
  record.parent_organisation_number = entity.parent_organisation_number.value_or("");
  record.register_status = assessRegisterStatus(entity.flags).status;
  return record;
}

OrganisationService::OrganisationService(db::Database& database, const BrregClient& brreg)
    : database_(database), brreg_(brreg) {}

OrganisationService::Preview OrganisationService::preview(const auth::Principal& actor,
                                                          std::string_view orgnr_input) const {
  requireAllowed(actor, kRegisterPermission);
  // Checked locally first: an invalid number never leaves the server.
  const std::string number = requireOrganisationNumber(orgnr_input, kNumberField);
  Preview preview;
  preview.existing = find(number);
  preview.entity = lookupOrRefuse(brreg_, number);
  preview.assessment = assessRegisterStatus(preview.entity.flags);
  return preview;
}

OrganisationService::Registration OrganisationService::registerOrganisation(
    const auth::Principal& actor, std::string_view orgnr_input) const {
  requireAllowed(actor, kRegisterPermission);
  const std::string number = requireOrganisationNumber(orgnr_input, kNumberField);
  if (find(number)) {
    throw Error(ErrorKind::Conflict, "organisations.error.already_registered", number);
  }
  const RegisterEntity entity = lookupOrRefuse(brreg_, number);
  if (entity.subunit) fieldError(kNumberField, "organisations.orgnr.subunit");
  const auto assessment = assessRegisterStatus(entity.flags);
  if (!assessment.can_trade) fieldError(kNumberField, assessment.reason_key);

  const std::int64_t now = db::nowEpochMs();
  Registration result;
  result.organisation = organisationFromRegister(entity);
  result.organisation.id = db::newUuidV7();
  result.organisation.register_fetched_at = now;
  result.organisation.created_at = now;
  result.organisation.updated_at = now;
  result.membership.id = db::newUuidV7();
  result.membership.user_id = actor.user_id;
  result.membership.organisation_id = result.organisation.id;
  result.membership.role = "org_admin";
  result.membership.status = "pending";
  result.membership.requested_at = now;

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  try {
    repository::insertOrganisation(lease, result.organisation);
  } catch (const std::exception& e) {
    if (isUniqueViolation(e)) {
      throw Error(ErrorKind::Conflict, "organisations.error.already_registered", number);
    }
    throw;
  }
  repository::insertMembership(lease, result.membership);
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "organisation.registered",
                        .subject_type = "organisation",
                        .subject_id = result.organisation.id,
                        .organisation_id = result.organisation.id,
                        .details = auditDetails({{"organisasjonsnummer", number}}),
                        .ip_hash = {}});
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "membership.requested",
                        .subject_type = "membership",
                        .subject_id = result.membership.id,
                        .organisation_id = result.organisation.id,
                        .details = auditDetails({{"role", "org_admin"}}),
                        .ip_hash = {}});
  transaction.commit();
  return result;
}

MembershipRecord OrganisationService::requestMembership(const auth::Principal& actor,
                                                        std::string_view orgnr,
                                                        std::string_view role) const {
  requireAllowed(actor, kRegisterPermission);
  if (!isOrganisationRole(role)) fieldError("rolle", "organisations.membership.role_invalid");
  const OrganisationRecord organisation = get(orgnr);
  const std::int64_t now = db::nowEpochMs();

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  auto existing = repository::findMembershipFor(lease, actor.user_id, organisation.id, std::string(role));
  MembershipRecord membership;
  if (existing) {
    if (existing->status == "pending" || existing->status == "verified") {
      throw Error(ErrorKind::Conflict, existing->status == "pending"
                                           ? "organisations.error.membership_pending"
                                           : "organisations.error.membership_exists");
    }
    repository::reopenMembership(lease, existing->id, now);
    membership = *repository::findMembership(lease, existing->id);
  } else {
    membership.id = db::newUuidV7();
    membership.user_id = actor.user_id;
    membership.organisation_id = organisation.id;
    membership.role = std::string(role);
    membership.status = "pending";
    membership.requested_at = now;
    repository::insertMembership(lease, membership);
  }
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "membership.requested",
                        .subject_type = "membership",
                        .subject_id = membership.id,
                        .organisation_id = organisation.id,
                        .details = auditDetails({{"role", role}}),
                        .ip_hash = {}});
  transaction.commit();
  return membership;
}

namespace {
constexpr std::pair<std::string_view, std::string_view> kRefreshFields[] = {
    {"navn", "organisations.detail.name"},       {"form", "organisations.detail.form"},
    {"adresse", "organisations.detail.address"}, {"kommune", "organisations.detail.municipality"},
    {"naering", "organisations.detail.nace"},    {"status", "organisations.detail.status"},
};
}  // namespace

std::string_view refreshFieldKey(std::string_view code) {
  for (const auto& [known, key] : kRefreshFields) {
    if (known == code) return key;
  }
  return {};
}

Decision parseDecision(std::string_view verdict) {
  if (verdict == "godkjent") return Decision::Approve;
  if (verdict == "avvist") return Decision::Reject;
  if (verdict == "tilbakekalt") return Decision::Revoke;
  throw Error(ErrorKind::Validation, "organisations.decision.invalid", {},
              {{"vedtak", "organisations.decision.invalid"}});
}

bool OrganisationService::mayDecide(const auth::Principal& actor,
                                    const OrganisationRecord& organisation,
                                    const MembershipRecord& membership,
                                    bool has_verified_admin) const {
  if (membership.user_id == actor.user_id) return false;
  if (membership.role == "org_admin" && !has_verified_admin) {
    return auth::allowed(&actor, kFirstAdminPermission);
  }
  return auth::allowed(&actor, kManageMembersPermission, organisation.id);
}

MembershipRecord OrganisationService::decide(const auth::Principal& actor, std::string_view orgnr,
                                             std::string_view membership_id, Decision decision,
                                             std::string_view note) const {
  const OrganisationRecord organisation = get(orgnr);
  if (note.size() > kMaxNoteBytes) fieldError("begrunnelse", "organisations.decision.note_too_long");

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  auto membership = repository::findMembership(lease, std::string(membership_id));
  if (!membership || membership->organisation_id != organisation.id) {
    throw Error(ErrorKind::NotFound, "organisations.error.membership_not_found");
  }
  const bool has_admin = repository::hasVerifiedAdmin(lease, organisation.id);
  if (membership->user_id == actor.user_id) {
    throw Error(ErrorKind::Forbidden, "organisations.error.own_request");
  }
  if (membership->role == "org_admin" && !has_admin) {
    // Nobody inside the organisation is verified yet, so only the platform can vouch for them.
    if (!auth::allowed(&actor, kFirstAdminPermission)) {
      throw Error(ErrorKind::Forbidden, "organisations.error.first_admin");
    }
  } else {
    requireAllowed(actor, kManageMembersPermission, organisation.id);
  }
  const bool revoke = decision == Decision::Revoke;
  if (membership->status != (revoke ? "verified" : "pending")) {
    throw Error(ErrorKind::Conflict, revoke ? "organisations.error.not_verified"
                                            : "organisations.error.already_decided");
  }
  if (decision != Decision::Approve &&
      note.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    fieldError("begrunnelse", "organisations.decision.note_required");
  }
  const std::string status = decision == Decision::Approve ? "verified"
                             : revoke                      ? "revoked"
                                                           : "rejected";
  const std::int64_t now = db::nowEpochMs();
  const bool changed =
      revoke ? repository::revokeMembership(lease, membership->id, now, actor.user_id,
                                            std::string(note))
             : repository::decideMembership(lease, membership->id, status, now, actor.user_id,
                                            std::string(note));
  if (!changed) throw Error(ErrorKind::Conflict, "organisations.error.already_decided");
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = decision == Decision::Approve ? "membership.approved"
                                  : revoke                      ? "membership.revoked"
                                                                : "membership.rejected",
                        .subject_type = "membership",
                        .subject_id = membership->id,
                        .organisation_id = organisation.id,
                        .details = auditDetails({{"role", membership->role},
                                                 {"user_id", membership->user_id}}),
                        .ip_hash = {}});
  auto decided = repository::findMembership(lease, membership->id);
  transaction.commit();
  return *decided;
}

OrganisationService::Refresh OrganisationService::refreshFromRegister(
    const auth::Principal& actor, std::string_view orgnr) const {
  const OrganisationRecord before = get(orgnr);
  requireAllowed(actor, kEditPermission, before.id);
  const auto entity = brreg_.lookup(before.organisation_number);
  if (!entity) throw Error(ErrorKind::Conflict, "organisations.refresh.not_in_register");

  OrganisationRecord after = organisationFromRegister(*entity);
  after.id = before.id;
  after.is_demo = before.is_demo;
  after.created_at = before.created_at;
  after.updated_at = db::nowEpochMs();
  after.register_fetched_at = after.updated_at;

  Refresh result;
  const auto compare = [&](std::string_view key, const auto& a, const auto& b) {
    if (a != b) result.changed_fields.emplace_back(key);
  };
  compare("navn", before.name, after.name);
  compare("form", before.organisation_form, after.organisation_form);
  compare("adresse", before.business_address + before.postal_code +
                                             before.postal_place,
          after.business_address + after.postal_code + after.postal_place);
  compare("kommune", before.municipality_number, after.municipality_number);
  std::string nace_before, nace_after;
  for (const auto& code : before.nace_codes) nace_before += code.code + ";";
  for (const auto& code : after.nace_codes) nace_after += code.code + ";";
  compare("naering", nace_before, nace_after);
  compare("status", registerStatusCode(before.register_status),
          registerStatusCode(after.register_status));

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  repository::refreshOrganisation(lease, after);
  std::string fields;
  for (const auto& key : result.changed_fields) fields += (fields.empty() ? "" : ",") + key;
  audit::record(lease, {.actor_id = actor.user_id,
                        .action = "organisation.refreshed",
                        .subject_type = "organisation",
                        .subject_id = after.id,
                        .organisation_id = after.id,
                        .details = auditDetails({{"changed", fields}}),
                        .ip_hash = {}});
  transaction.commit();
  result.organisation = std::move(after);
  return result;
}

std::vector<RegisterRole> OrganisationService::registerRoles(std::string_view orgnr) const {
  const auto check = checkOrganisationNumber(orgnr);
  if (!check.valid()) return {};
  return brreg_.roles(*check.number);
}

std::vector<RegisterEntity> OrganisationService::searchRegister(std::string_view name) const {
  constexpr std::size_t kMaxHits = 20;
  const auto first = name.find_first_not_of(" \t");
  const auto last = name.find_last_not_of(" \t");
  const std::string trimmed =
      first == std::string_view::npos ? std::string() : std::string(name.substr(first, last - first + 1));
  // Counted in bytes: «Øst» is 4 bytes, which only makes the 3-character minimum a little kinder.
  if (trimmed.size() < 3 || trimmed.size() > 100) {
    fieldError("organisasjonsnummer", "organisations.search.length");
  }
  return brreg_.searchByName(trimmed, kMaxHits);
}

std::optional<OrganisationRecord> OrganisationService::findById(std::string_view id) const {
  auto lease = database_.lease();
  return repository::findOrganisationById(lease, std::string(id));
}

std::optional<OrganisationRecord> OrganisationService::find(std::string_view orgnr) const {
  const auto check = checkOrganisationNumber(orgnr);
  if (!check.valid()) return std::nullopt;
  auto lease = database_.lease();
  return repository::findOrganisationByNumber(lease, *check.number);
}

OrganisationRecord OrganisationService::get(std::string_view orgnr) const {
  auto organisation = find(orgnr);
  if (!organisation) throw Error(ErrorKind::NotFound, "organisations.error.not_found");
  return std::move(*organisation);
}

OrganisationService::Page OrganisationService::list(const OrganisationFilter& filter,
                                                    OrganisationSort sort, std::int64_t offset,
                                                    std::int64_t limit) const {
  auto lease = database_.lease();
  Page page;
  page.total = repository::countOrganisations(lease, filter);
  page.items = repository::listOrganisations(lease, filter, sort, offset, limit);
  return page;
}

std::vector<OrganisationRecord> OrganisationService::listAfter(
    const OrganisationFilter& filter, const std::optional<std::string>& after,
    std::int64_t limit) const {
  auto lease = database_.lease();
  return repository::listOrganisationsAfter(lease, filter, after, limit);
}

OrganisationService::Members OrganisationService::members(const auth::Principal& actor,
                                                          std::string_view orgnr) const {
  Members result;
  result.organisation = get(orgnr);
  requireAllowed(actor, kReadMembersPermission, result.organisation.id);
  auto lease = database_.lease();
  result.memberships = repository::listMemberships(lease, result.organisation.id);
  result.has_verified_admin = repository::hasVerifiedAdmin(lease, result.organisation.id);
  return result;
}

}  // namespace masseflyt::identity::organisations
