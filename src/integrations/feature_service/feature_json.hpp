#pragma once

// Only the forward declarations: the parsers that call these include boost/json.hpp themselves.
#include <boost/json/fwd.hpp>

#include <string>
#include <string_view>

#include "modules/registry/imports/domain/record.hpp"

// Reading the JSON answers of feature services (ArcGIS REST `query`, WFS GetFeature in GeoJSON).
// Every failure is Error(Unavailable, malformed_key, detail) with the register's own key: a
// broken answer is the register's fault, not the caller's.
namespace masseflyt::feature_service {

[[noreturn]] void throwMalformed(std::string_view malformed_key, const std::string& detail);

/// The top-level object of `body`.
boost::json::object parseObject(std::string_view body, std::string_view malformed_key);

/// Attributes are strings, numbers or null; everything becomes text (integers without a decimal
/// point, so an id 1234 stays "1234"), null and other shapes "".
std::string attributeText(const boost::json::value& value);

/// A record of `source` whose `raw` holds every member of the feature's `attributes_member`
/// object ("attributes" in ArcGIS, "properties" in GeoJSON) as text; the register maps the
/// named fields. Malformed when the feature or that member is not an object.
registry::imports::ImportedRecord recordOf(const boost::json::value& feature,
                                           std::string_view attributes_member,
                                           std::string_view source, std::string_view malformed_key);

/// `record.raw[name]`, "" when absent.
std::string field(const registry::imports::ImportedRecord& record, std::string_view name);

}  // namespace masseflyt::feature_service
