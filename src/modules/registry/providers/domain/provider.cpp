#include "modules/registry/providers/domain/provider.hpp"

#include <algorithm>

#include "modules/registry/common/rules.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::registry::providers {
namespace {

constexpr ServiceDef kServices[] = {
    {"miljoteknisk_provetaking", "registry.provider.service.miljoteknisk_provetaking"},
    {"kjemiske_analyser", "registry.provider.service.kjemiske_analyser"},
    {"geoteknisk_undersokelse", "registry.provider.service.geoteknisk_undersokelse"},
    {"bergteknisk_testing", "registry.provider.service.bergteknisk_testing"},
    {"tilstandsvurdering", "registry.provider.service.tilstandsvurdering"},
    {"mottakskontroll", "registry.provider.service.mottakskontroll"},
};

bool validAccreditationNumber(std::string_view number) {
  if (number.size() > 40) return false;
  return std::all_of(number.begin(), number.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' ||
           c == '-' || c == '.' || c == '/';
  });
}

}  // namespace

std::span<const ServiceDef> providerServices() { return kServices; }

bool isProviderService(std::string_view code) {
  return std::any_of(std::begin(kServices), std::end(kServices),
                     [&](const ServiceDef& s) { return s.code == code; });
}

std::string ProviderRecord::accreditationText() const {
  if (accreditation_number.empty()) return {};
  return accreditation_scheme.empty() ? accreditation_number
                                      : accreditation_scheme + " " + accreditation_number;
}

ProviderRecord validateProviderInput(const ProviderInput& input) {
  std::vector<FieldError> errors;
  ProviderRecord out;
  bool bad_service = false;
  for (const auto& code : input.services) {
    if (code.empty()) continue;
    if (!isProviderService(code)) {
      bad_service = true;
      break;
    }
  }
  if (bad_service) {
    errors.push_back({"tjenester", "registry.provider.error.service"});
  } else {
    // Stored in the order of the data list, so two saves of the same choice compare equal.
    for (const auto& service : providerServices()) {
      if (std::find(input.services.begin(), input.services.end(), service.code) != input.services.end()) {
        out.services.emplace_back(service.code);
      }
    }
    if (out.services.empty()) errors.push_back({"tjenester", "registry.provider.error.service_required"});
  }
  out.accreditation_scheme = common::trim(input.accreditation_scheme);
  out.accreditation_number = common::trim(input.accreditation_number);
  if (out.accreditation_scheme.size() > 100) {
    errors.push_back({"akkreditering_ordning", "registry.provider.error.accreditation_scheme"});
  } else if (out.accreditation_scheme.empty() && !out.accreditation_number.empty()) {
    errors.push_back({"akkreditering_ordning", "registry.provider.error.accreditation_scheme_required"});
  }
  if (!validAccreditationNumber(out.accreditation_number)) {
    errors.push_back({"akkreditering_nummer", "registry.provider.error.accreditation_number"});
  } else if (out.accreditation_number.empty() && !out.accreditation_scheme.empty()) {
    errors.push_back({"akkreditering_nummer", "registry.provider.error.accreditation_number_required"});
  }
  out.municipalities = common::validateMunicipalities(input.municipalities, "kommuner",
                                                      "registry.provider.error.municipality", errors);
  const auto contact = common::validateContact(
      {input.contact_name, input.contact_phone, input.contact_email}, "registry.provider", errors);
  out.contact_name = contact.name;
  out.contact_phone = contact.phone;
  out.contact_email = contact.email;
  out.description = common::trim(input.description);
  if (out.description.size() > 4000) errors.push_back({"beskrivelse", "registry.provider.error.description"});
  if (!errors.empty()) {
    throw Error(ErrorKind::Validation, "registry.provider.error.invalid", {}, std::move(errors));
  }
  return out;
}

}  // namespace masseflyt::registry::providers
