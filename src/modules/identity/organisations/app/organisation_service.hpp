#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/brreg_client.hpp"
#include "modules/identity/organisations/app/model.hpp"
#include "modules/identity/organisations/domain/register_status.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"

namespace masseflyt::identity::organisations {

/// The organisation roles a person may ask for (platform roles are granted elsewhere).
inline constexpr std::string_view kOrganisationRoles[] = {
    "org_admin", "representative", "dispatcher", "driver", "receiver", "quality_controller"};
bool isOrganisationRole(std::string_view role);

/// Approve or reject a pending request; revoke a verified membership (a note says why).
enum class Decision { Approve, Reject, Revoke };
/// "godkjent", "avvist", "tilbakekalt" (the form and API value); Error(Validation) on field
/// "vedtak" for anything else.
Decision parseDecision(std::string_view verdict);

/// The catalog key of a refresh field code ("navn" → "organisations.detail.name"); empty for an
/// unknown code.
std::string_view refreshFieldKey(std::string_view code);

/// The use cases of organisations and memberships. Every method checks permissions itself
/// (through auth::allowed, the one check), so pages and API share the rules. Thread-safe.
class OrganisationService {
 public:
  OrganisationService(db::Database& database, const BrregClient& brreg);

  /// What registering would store, for the confirmation step. The number is checked before any
  /// lookup. Error(Validation) for a bad or unknown number, Error(Unavailable) when the register
  /// cannot be reached.
  struct Preview {
    RegisterEntity entity;
    RegisterAssessment assessment;
    std::optional<OrganisationRecord> existing;  ///< already registered in Masseflyt
  };
  Preview preview(const auth::Principal& actor, std::string_view orgnr_input) const;

  /// Registers the organisation from Enhetsregisteret and asks, on the registrant's behalf, to be
  /// its organisation admin (pending: a platform administrator approves the first admin).
  /// Error(Validation) on field "organisasjonsnummer" for an invalid or unknown number, a subunit,
  /// or an organisation that cannot trade (the message says why); Error(Conflict) when already
  /// registered.
  struct Registration {
    OrganisationRecord organisation;
    MembershipRecord membership;
  };
  Registration registerOrganisation(const auth::Principal& actor, std::string_view orgnr_input) const;

  /// Asks to represent the organisation in `role`. A rejected or revoked earlier request is
  /// opened again; Error(Conflict) when pending or verified already.
  MembershipRecord requestMembership(const auth::Principal& actor, std::string_view orgnr,
                                     std::string_view role) const;

  /// Approves or rejects a pending request of the organisation, or revokes a verified membership.
  /// Only a verified org_admin of it or a platform administrator may decide; the first org_admin
  /// of an organisation only a platform administrator; nobody decides on their own membership (so
  /// an organisation can never lose its last admin from inside). Rejections and revocations need
  /// a note. Error(Conflict) when the membership is not in the state the decision applies to.
  MembershipRecord decide(const auth::Principal& actor, std::string_view orgnr,
                          std::string_view membership_id, Decision decision,
                          std::string_view note) const;

  /// Whether `actor` may decide on `membership` (same rules as decide, without throwing).
  bool mayDecide(const auth::Principal& actor, const OrganisationRecord& organisation,
                 const MembershipRecord& membership, bool has_verified_admin) const;

  /// Fetches the organisation from Enhetsregisteret again and stores what changed (name,
  /// address, NACE codes, status such as bankruptcy). Allowed for those who may edit the
  /// organisation (its verified admins, platform administrators). Records "organisation.refreshed"
  /// in the audit log with the changed fields. Error(Unavailable) when the register cannot be
  /// reached; Error(Conflict) when the register no longer knows the number at all.
  struct Refresh {
    OrganisationRecord organisation;
    /// What changed, as codes: "navn", "form", "adresse", "kommune", "naering", "status";
    /// empty: nothing. refreshFieldKey gives each code's label.
    std::vector<std::string> changed_fields;
  };
  Refresh refreshFromRegister(const auth::Principal& actor, std::string_view orgnr) const;

  /// The organisation's current roles in Enhetsregisteret, as evidence for approvers; fetched
  /// when asked (cached by the client), never stored. Error(Unavailable) when the register
  /// cannot be reached.
  std::vector<RegisterRole> registerRoles(std::string_view orgnr) const;

  /// Name search in Enhetsregisteret for the registration page (at most 20 main entities).
  /// Error(Validation) on field "organisasjonsnummer" unless 3–100 characters after trimming.
  std::vector<RegisterEntity> searchRegister(std::string_view name) const;

  /// nullopt for an unknown or malformed number.
  std::optional<OrganisationRecord> find(std::string_view orgnr) const;
  /// Error(NotFound, "organisations.error.not_found") when absent.
  OrganisationRecord get(std::string_view orgnr) const;
  /// By the platform's own id (what other modules store as owner); nullopt when unknown.
  std::optional<OrganisationRecord> findById(std::string_view id) const;

  struct Page {
    std::vector<OrganisationRecord> items;
    std::int64_t total = 0;
  };
  Page list(const OrganisationFilter& filter, OrganisationSort sort, std::int64_t offset,
            std::int64_t limit) const;
  std::vector<OrganisationRecord> listAfter(const OrganisationFilter& filter,
                                            const std::optional<std::string>& after,
                                            std::int64_t limit) const;

  /// Members and requests; needs identity.members.read for the organisation.
  struct Members {
    OrganisationRecord organisation;
    std::vector<MembershipRecord> memberships;
    bool has_verified_admin = false;
  };
  Members members(const auth::Principal& actor, std::string_view orgnr) const;

  db::Database& database() const { return database_; }

 private:
  db::Database& database_;
  const BrregClient& brreg_;
};

/// Builds the stored record from a register entity (no id or timestamps).
OrganisationRecord organisationFromRegister(const RegisterEntity& entity);

/// Creates the demo organisations of `demo_register` (the fixture client's " (demo)" companies)
/// and the demo users' memberships; idempotent. Returns the number of records created.
int seedDemoOrganisations(db::Database& database, const BrregClient& demo_register);

/// Registers one fictional demo company from `demo_register` (the fixture register) unless it is
/// already there, and returns it; nullopt when the register does not know the number. Other
/// modules' demo seeders use this for the companies their records belong to.
std::optional<OrganisationRecord> ensureDemoOrganisation(db::Database& database,
                                                         const BrregClient& demo_register,
                                                         std::string_view orgnr);

}  // namespace masseflyt::identity::organisations
