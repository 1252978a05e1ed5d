#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "modules/registry/carriers/app/model.hpp"
#include "modules/registry/carriers/app/vehicle_register.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/history/change_history.hpp"

namespace masseflyt::registry::carriers {

/// The use cases of carriers and vehicles. Every write checks permissions itself (auth::allowed,
/// the one check) against the owning organisation, so pages and API share the rules.
/// Thread-safe.
/// How many projects one vehicle may be linked to at a time.
inline constexpr std::size_t kMaxVehicleProjects = 50;
/// How many projects the link form offers; beyond that the form needs a search (not yet needed:
/// the region has tens of large projects, not thousands).
inline constexpr std::int64_t kMaxProjectChoices = 500;

class CarrierService {
 public:
  CarrierService(db::Database& database, const identity::organisations::BrregClient& brreg,
                 const VehicleRegister& vehicles);

  /// Registers the organisation `orgnr` (already in Masseflyt) as carrier. Needs
  /// registry.carrier.edit for it. Error(Validation) with field errors for bad input (nothing is
  /// saved), Error(NotFound) for an organisation not registered, Error(Conflict) when it is a
  /// carrier already.
  CarrierRecord registerCarrier(const auth::Principal& actor, std::string_view orgnr,
                                const CarrierInput& input) const;
  CarrierRecord updateCarrier(const auth::Principal& actor, std::string_view orgnr,
                              const CarrierInput& input) const;

  std::optional<CarrierRecord> find(std::string_view orgnr) const;
  /// Error(NotFound, "registry.carrier.error.not_found") when absent.
  CarrierRecord get(std::string_view orgnr) const;

  struct Page {
    std::vector<CarrierRecord> items;
    std::int64_t total = 0;
  };
  Page list(const CarrierFilter& filter, CarrierSort sort, std::int64_t offset,
            std::int64_t limit) const;
  std::vector<CarrierRecord> listAfter(const CarrierFilter& filter,
                                       const std::optional<std::string>& after,
                                       std::int64_t limit) const;

  /// The organisation record behind a carrier (name, address, NACE codes).
  std::optional<identity::organisations::OrganisationRecord> organisation(std::string_view orgnr) const;
  std::optional<identity::organisations::OrganisationRecord> organisationById(std::string_view id) const;
  /// The organisations `actor` may register as carrier: verified memberships granting
  /// registry.carrier.edit, organisation registered, not a carrier yet.
  std::vector<identity::organisations::OrganisationRecord> registrable(const auth::Principal& actor) const;

  /// Looks a plate up in Statens vegvesen's register. Validates first: an invalid number is
  /// Error(Validation) on field "kjennemerke" and never reaches the register. nullopt: not found.
  std::optional<RegisterVehicle> lookupVehicle(std::string_view plate_input) const;

  /// Adds a vehicle to the carrier, pending approval. Needs registry.vehicle.edit for the
  /// carrier's organisation. The register data is fetched (cached) and stored with its source.
  VehicleRecord addVehicle(const auth::Principal& actor, std::string_view orgnr,
                           const VehicleInput& input) const;

  /// Approves, deactivates or reactivates. Approve and deactivate need registry.vehicle.approve,
  /// reactivate registry.vehicle.edit. Error(Conflict) when the vehicle is not in a state that
  /// allows the action.
  VehicleRecord decide(const auth::Principal& actor, std::string_view vehicle_id,
                       VehicleAction action) const;

  /// Links the vehicle to a registered project, or removes the link (registry.vehicle.edit for
  /// the carrier). Error(Validation) on field "prosjekt" for an unknown project or more than
  /// kMaxVehicleProjects links; linking twice or removing what is not linked changes nothing.
  VehicleRecord linkProject(const auth::Principal& actor, std::string_view vehicle_id,
                            std::string_view project_id) const;
  VehicleRecord unlinkProject(const auth::Principal& actor, std::string_view vehicle_id,
                              std::string_view project_id) const;
  /// The project's name; "" when there is no such project.
  std::string projectName(std::string_view project_id) const;
  /// (id, name) of the projects a vehicle can be linked to, by name (at most kMaxProjectChoices).
  std::vector<std::pair<std::string, std::string>> projectChoices() const;

  std::optional<VehicleRecord> findVehicle(std::string_view id) const;
  /// The carrier's vehicles; pending and deactivated ones only when `include_hidden`.
  std::vector<VehicleRecord> carrierVehicles(const CarrierRecord& carrier, bool include_hidden) const;
  std::vector<VehicleRecord> listVehiclesAfter(const VehicleFilter& filter,
                                               const std::optional<std::string>& after,
                                               std::int64_t limit) const;

  /// Whether `actor` may see pending vehicles and contact details of `carrier`'s members view:
  /// a verified member of the organisation (any role) or a platform role.
  bool isMember(const auth::Principal* actor, const CarrierRecord& carrier) const;

  std::vector<history::ChangeEntry> history(std::string_view kind, std::string_view id) const;

  db::Database& database() const { return database_; }

 private:
  db::Database& database_;
  identity::organisations::OrganisationService organisations_;
  const VehicleRegister& vehicles_;
};

/// Checks a carrier form: services from the list, municipalities in the region table, numbers in
/// range, lengths. Throws Error(Validation, "registry.carrier.error.invalid") with one field error
/// per bad field; returns the record fields otherwise (id, organisation and times not set).
CarrierRecord validateCarrierInput(const CarrierInput& input);

/// The demo seeder (app/demo_seeder.cpp): ≥ 10 carriers with ≥ 40 vehicles, idempotent.
int seedDemoCarriers(db::Database& database, const identity::organisations::BrregClient& demo_register);

}  // namespace masseflyt::registry::carriers
