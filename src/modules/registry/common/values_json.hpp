#pragma once

// Include only from *_json.cpp files (Boost.JSON stays behind them).
#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

// How the registry's APIs write values that may be missing: null, never "" or 0.
namespace masseflyt::registry::common::json {

/// null for empty text, else the text.
boost::json::value nullableText(const std::string& text);

/// null when unset, else the number.
boost::json::value nullableNumber(const std::optional<std::int64_t>& value);

}  // namespace masseflyt::registry::common::json
