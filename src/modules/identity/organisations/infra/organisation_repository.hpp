#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/identity/organisations/app/model.hpp"
#include "platform/db/database.hpp"

// The SQL of the organisations part; internal to it (other code uses app/api.hpp). Each function
// runs on the caller's session and opens no transaction itself.
namespace masseflyt::identity::organisations {

namespace repository {

void insertOrganisation(db::Database::Lease& lease, const OrganisationRecord& organisation);
/// Overwrites the register-owned columns of organisation `o.id` (name, form, address, NACE,
/// status, fetched time); ids, memberships, is_demo and created_at stay.
void refreshOrganisation(db::Database::Lease& lease, const OrganisationRecord& o);
std::optional<OrganisationRecord> findOrganisationByNumber(db::Database::Lease& lease,
                                                           const std::string& number);
std::optional<OrganisationRecord> findOrganisationById(db::Database::Lease& lease,
                                                       const std::string& id);
/// One page for people: sorted, offset-based.
std::vector<OrganisationRecord> listOrganisations(db::Database::Lease& lease,
                                                  const OrganisationFilter& filter,
                                                  OrganisationSort sort, std::int64_t offset,
                                                  std::int64_t limit);
std::int64_t countOrganisations(db::Database::Lease& lease, const OrganisationFilter& filter);
/// One page for programs: keyset by organisasjonsnummer, so no item is skipped or repeated when
/// rows are added while a client pages.
std::vector<OrganisationRecord> listOrganisationsAfter(db::Database::Lease& lease,
                                                       const OrganisationFilter& filter,
                                                       const std::optional<std::string>& after,
                                                       std::int64_t limit);

void insertMembership(db::Database::Lease& lease, const MembershipRecord& membership);
std::optional<MembershipRecord> findMembership(db::Database::Lease& lease, const std::string& id);
std::optional<MembershipRecord> findMembershipFor(db::Database::Lease& lease,
                                                  const std::string& user_id,
                                                  const std::string& organisation_id,
                                                  const std::string& role);
/// A rejected or revoked request asked again: back to pending, the old decision cleared.
bool reopenMembership(db::Database::Lease& lease, const std::string& id, std::int64_t now);
/// Records a decision on a pending membership; false when it is no longer pending.
bool decideMembership(db::Database::Lease& lease, const std::string& id, const std::string& status,
                      std::int64_t decided_at, const std::string& decided_by,
                      const std::string& note);
/// Every membership of the organisation with the person's name and e-mail: pending first, then
/// by name.
/// verified → revoked; false when the membership was not verified (someone decided first).
bool revokeMembership(db::Database::Lease& lease, const std::string& id, std::int64_t decided_at,
                      const std::string& decided_by, const std::string& note);
std::vector<MembershipRecord> listMemberships(db::Database::Lease& lease,
                                              const std::string& organisation_id);
bool hasVerifiedAdmin(db::Database::Lease& lease, const std::string& organisation_id);
std::optional<std::string> findUserIdByEmail(db::Database::Lease& lease, const std::string& email);

}  // namespace repository
}  // namespace masseflyt::identity::organisations
