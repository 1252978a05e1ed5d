#pragma once

#include <cstddef>
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

/// One current role from /enheter/{orgnr}/roller: who leads or signs for the organisation. Shown
/// to approvers as evidence beside a membership request; never stored (the register's open
/// answer includes birth dates, which Masseflyt neither reads nor keeps).
struct RegisterRole {
  std::string group;    ///< rollegruppe, e.g. "Styre", "Daglig leder/ adm.direktør"
  std::string role;     ///< the role's description, e.g. "Styrets leder"
  std::string holder;   ///< the person's full name, or the entity's name and number
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

  /// The entity's current roles (resigned ones left out); empty when it has none or is unknown.
  /// Same preconditions and errors as lookup.
  virtual std::vector<RegisterRole> roles(const std::string& orgnr) const = 0;

  /// Main entities whose name matches `name` (the register's fuzzy name search, best first), at
  /// most `limit`. `name` must be 3–100 characters; Error(Unavailable) as for lookup.
  virtual std::vector<RegisterEntity> searchByName(const std::string& name,
                                                   std::size_t limit) const = 0;
};

}  // namespace masseflyt::identity::organisations
