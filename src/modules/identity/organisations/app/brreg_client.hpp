#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/identity/organisations/domain/register_status.hpp"

namespace masseflyt::identity::organisations {

/// An address as Enhetsregisteret gives it (forretningsadresse, postadresse, beliggenhetsadresse).
struct RegisterAddress {
  std::vector<std::string> lines;  ///< adresse[]
  std::string postal_code;         ///< postnummer
  std::string postal_place;        ///< poststed
  std::string municipality;        ///< kommune
  std::string municipality_number; ///< kommunenummer, 4 digits
  std::string country;             ///< land
  std::string country_code;        ///< landkode
};

struct NaceCode {
  std::string code;         ///< "43.120" (with the dot, as the register writes it)
  std::string description;  ///< "Grunnarbeid"
};

/// One entity (enhet) or subunit (underenhet) of Enhetsregisteret, with only what Masseflyt uses.
/// Unknown fields in the register's answer are ignored, so new fields never break us.
struct RegisterEntity {
  std::string organisation_number;  ///< organisasjonsnummer
  std::string name;                 ///< navn
  std::string organisation_form_code;         ///< organisasjonsform.kode ("AS", "BEDR", ...)
  std::string organisation_form_description;  ///< organisasjonsform.beskrivelse
  /// forretningsadresse for an entity, beliggenhetsadresse for a subunit.
  std::optional<RegisterAddress> business_address;
  std::optional<RegisterAddress> postal_address;  ///< postadresse
  std::vector<NaceCode> nace_codes;               ///< naeringskode1..3, in order
  std::optional<std::string> parent_organisation_number;  ///< overordnetEnhet
  std::optional<std::string> registered_on;  ///< registreringsdatoEnhetsregisteret
  std::optional<long long> employees;        ///< antallAnsatte
  bool registered_in_business_register = false;  ///< registrertIForetaksregisteret
  bool registered_in_vat_register = false;       ///< registrertIMvaregisteret
  bool subunit = false;  ///< came from /underenheter
  RegisterFlags flags;   ///< konkurs, avvikling, slettedato, 410
};

/// The port to Brønnøysundregistrene's Enhetsregisteret. Adapters: the live HTTP client and the
/// fixture client over recorded responses (src/integrations/brreg). Implementations are
/// thread-safe: one instance serves every request.
class BrregClient {
 public:
  virtual ~BrregClient() = default;

  /// The entity with this organisasjonsnummer (a main entity, else a subunit), nullopt when the
  /// register has no such number. `orgnr` must already be a valid 9-digit number. Deleted
  /// entities are returned with flags.deleted_on / flags.gone set. Throws
  /// masseflyt::Error(Unavailable, ...) when the register cannot be reached or answers wrongly.
  virtual std::optional<RegisterEntity> lookup(const std::string& orgnr) const = 0;
};

}  // namespace masseflyt::identity::organisations
