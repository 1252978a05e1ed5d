#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/registry/carriers/domain/vehicle.hpp"

// What the carriers part stores and shows: plain data shared by the use cases, the repository,
// the pages and the API.
namespace masseflyt::registry::carriers {

struct CarrierRecord {
  std::string id;
  std::string organisation_id;
  std::string organisation_number;
  std::string name;                         ///< the organisation's name when registered
  std::vector<std::string> services;        ///< codes of carrierServices()
  std::vector<std::string> municipalities;  ///< kommunenummer served
  std::optional<std::int64_t> vehicle_count;
  std::optional<std::int64_t> tonnes_per_day;
  std::string capacity_note;
  // Personal contact details: shown to logged-in users only.
  std::string contact_name;
  std::string contact_phone;
  std::string contact_email;
  std::string description;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  bool is_demo = false;
  // Computed from the approved vehicles, for lists:
  std::int64_t approved_vehicles = 0;
  bool has_electric = false;
  bool has_hvo = false;
};

struct VehicleRecord {
  std::string id;
  std::string carrier_id;
  std::string carrier_organisation_number;  ///< joined from carriers, for links
  std::string carrier_organisation_id;
  std::string carrier_name;
  std::string registration_number;  ///< canonical "AB12345"
  std::string make;
  std::string model;
  std::string vehicle_group;
  std::string vehicle_group_description;
  std::string euro_class;
  std::string register_fuel_code;
  std::optional<std::int64_t> permitted_total_weight_kg;
  std::optional<std::int64_t> payload_kg;
  std::string register_source;  ///< catalog key of the source ("vegvesen.source", …)
  std::optional<std::int64_t> register_fetched_at;
  std::string fuel;  ///< code of fuels()
  VehicleStatus status = VehicleStatus::Pending;
  std::optional<std::int64_t> status_changed_at;
  std::optional<std::string> status_changed_by;
  std::vector<std::string> works_for;  ///< organisation ids
  std::vector<std::string> projects;   ///< project ids, in the order they were linked
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  bool is_demo = false;
};

enum class CarrierSort { Name, NameDesc, Vehicles };

struct CarrierFilter {
  std::string search;        ///< part of the name, or an organisasjonsnummer prefix
  std::string service;       ///< a service code; empty: any
  std::string municipality;  ///< kommunenummer served; empty: any
  std::string fuel;          ///< has an approved vehicle with this fuel; empty: any
};

struct VehicleFilter {
  std::string euro_class;           ///< "6T"; empty: any
  std::string fuel;                 ///< empty: any
  std::string carrier_organisation_number;  ///< empty: any
  bool include_pending = false;     ///< false: approved vehicles only
};

/// What a carrier's form or API body gives. Text as typed, so a form can be shown again.
struct CarrierInput {
  std::vector<std::string> services;
  std::vector<std::string> municipalities;
  std::string vehicle_count;
  std::string tonnes_per_day;
  std::string capacity_note;
  std::string contact_name;
  std::string contact_phone;
  std::string contact_email;
  std::string description;
};

struct VehicleInput {
  std::string registration_number;  ///< as typed
  std::string fuel;
  std::vector<std::string> works_for;  ///< organisasjonsnummer as typed
};

}  // namespace masseflyt::registry::carriers
