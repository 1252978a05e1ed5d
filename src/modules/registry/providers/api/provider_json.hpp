#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/providers/domain/provider.hpp"

// JSON of the providers API (Boost.JSON lives in provider_api_json.cpp only).
namespace masseflyt::registry::providers::json {

/// `with_contact`: personal contact details only for logged-in callers.
std::string provider(const ProviderRecord& provider, bool with_contact);
std::string providerPage(const std::vector<ProviderRecord>& items, const std::optional<std::string>& next,
                         bool with_contact);

/// {"organisasjonsnummer", "tjenester": [..], "akkreditering": {"ordning", "nummer"},
/// "kommuner": [..], "kontakt": {"navn","telefon","epost"}, "beskrivelse"}. Throws
/// Error(BadRequest, "registry.provider.error.body") for a malformed body.
struct ProviderBody {
  std::string organisasjonsnummer;
  ProviderInput input;
};
ProviderBody parseProviderBody(std::string_view body);

}  // namespace masseflyt::registry::providers::json
