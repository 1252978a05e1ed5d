#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What the sites part stores: plain data shared by the use cases, the repository, the pages and
// the API. Quantities in kg, money in øre, coordinates ETRS89 degrees, dates "YYYY-MM-DD".
namespace masseflyt::registry::sites {

/// The permit document itself, uploaded as PDF (issue 4 item 2). The bytes are in the file store
/// under `file_key`; only logged-in users may fetch them.
struct PermitDocument {
  std::string file_key;  ///< storage::FileStore key (SHA-256 of the bytes)
  std::string name;      ///< the uploaded file's name, cleaned, ending in ".pdf"
  std::int64_t size_bytes = 0;
  std::int64_t uploaded_at = 0;  ///< epoch ms
};

struct Permit {
  std::string id;
  std::string site_id;
  std::string type;  ///< a permitTypes() key
  std::string authority;
  std::string reference;
  std::string valid_from;  ///< YYYY-MM-DD
  std::optional<std::string> valid_to;  ///< nullopt: open-ended
  std::vector<std::string> fraction_groups;
  std::optional<int> max_condition_class;  ///< 1..5 (TK1–TK5)
  std::optional<std::int64_t> max_annual_kg;
  std::string document_url;  ///< a link to the document where the authority publishes it
  std::optional<PermitDocument> document;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

struct Site {
  std::string id;
  std::string organisation_id;
  std::string kind;  ///< a siteKinds() key
  std::string name;
  std::string description;
  std::string address;
  double lat = 0;
  double lon = 0;
  std::string area_geojson;  ///< a normalised GeoJSON Polygon, "" when none
  std::string municipality_number;
  std::string opening_hours;
  // Personal data: only logged-in users see these (issue 4 item 8).
  std::string contact_name;
  std::string contact_phone;
  std::string contact_email;
  std::vector<std::string> fraction_groups;
  std::optional<std::int64_t> capacity_kg_per_year;
  std::optional<std::int64_t> remaining_kg;  ///< what is left of this year's capacity
  std::optional<std::int64_t> fee_ore_per_tonne;
  bool publish_fees = false;
  std::string source = "own";  ///< own | import
  bool is_demo = false;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  // Imported from a public register (issue 4 item 6); empty / nullopt for the owners' own sites.
  std::string import_source = {};   ///< "ngu" | "miljodirektoratet"
  std::string import_key = {};      ///< the source's own id, unique per source
  std::string import_licence = {};  ///< "NLOD 2.0"
  std::string source_url = {};      ///< the source's fact sheet
  /// The operator's orgnr when the source names one: only that organisation may claim the site.
  std::string import_orgnr = {};
  std::optional<std::int64_t> imported_at = {};  ///< last refresh that saw the record
  std::optional<std::int64_t> claimed_at = {};   ///< nullopt: held by the source agency
  std::string claimed_by = {};                   ///< user id of the representative who claimed
  /// Import fields the owner has edited (importFieldKeys()); a refresh leaves these alone.
  std::vector<std::string> owner_edited_fields = {};
  std::optional<std::int64_t> vanished_at = {};  ///< no longer in the source (never deleted)
};

enum class SiteSort { Name, Municipality, Capacity, Updated };

/// The list filters of page and API (issue 4 item 7). Empty members filter nothing.
struct SiteFilter {
  std::vector<std::string> kinds;
  std::string municipality_number;
  std::string fraction_group;
  std::string valid_on;  ///< YYYY-MM-DD: some permit valid on that day
  std::optional<std::int64_t> min_remaining_kg;
  std::string search;
  std::string organisation_id;
};

}  // namespace masseflyt::registry::sites
