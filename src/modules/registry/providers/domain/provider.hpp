#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Quality-control providers (kontrolltjenester): laboratories and environmental consultants that
// sample, analyse and test masses. The rules here need no I/O.
namespace masseflyt::registry::providers {

/// A service offered (a data list; the code is stored, the label comes from the catalog).
struct ServiceDef {
  std::string_view code;       ///< "kjemiske_analyser"
  std::string_view label_key;  ///< "registry.provider.service.kjemiske_analyser"
};
std::span<const ServiceDef> providerServices();
bool isProviderService(std::string_view code);

struct ProviderRecord {
  std::string id;
  std::string organisation_id;
  std::string organisation_number;
  std::string name;                         ///< the organisation's name when registered
  std::vector<std::string> services;        ///< codes of providerServices(), in list order
  /// Accreditation, e.g. scheme "Norsk akkreditering", number "TEST 012". Both or neither.
  std::string accreditation_scheme;
  std::string accreditation_number;
  std::vector<std::string> municipalities;  ///< kommunenummer served, sorted
  // Personal contact details: shown to logged-in users only.
  std::string contact_name;
  std::string contact_phone;
  std::string contact_email;
  std::string description;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  bool is_demo = false;

  bool accredited() const { return !accreditation_number.empty(); }
  /// "Norsk akkreditering TEST 012", or empty.
  std::string accreditationText() const;
};

enum class ProviderSort { Name, NameDesc, Accredited };

struct ProviderFilter {
  std::string search;        ///< part of the name, or an organisasjonsnummer prefix
  std::string service;       ///< a service code; empty: any
  std::string municipality;  ///< kommunenummer served; empty: any
  bool accredited_only = false;
};

/// What a provider's form or API body gives. Text as typed, so a form can be shown again.
struct ProviderInput {
  std::vector<std::string> services;
  std::string accreditation_scheme;
  std::string accreditation_number;
  std::vector<std::string> municipalities;
  std::string contact_name;
  std::string contact_phone;
  std::string contact_email;
  std::string description;
};

/// Checks a provider form: at least one service from the list, accreditation scheme and number
/// together (number: letters, digits, spaces, '-', '.', '/'), municipalities in the region table,
/// contact, lengths. Throws Error(Validation, "registry.provider.error.invalid") with one field
/// error per bad field (Norwegian messages); returns the record fields otherwise (id,
/// organisation and times not set).
ProviderRecord validateProviderInput(const ProviderInput& input);

}  // namespace masseflyt::registry::providers
