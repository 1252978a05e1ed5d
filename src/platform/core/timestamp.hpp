#pragma once

#include <cstdint>
#include <string>

// Instants as every API and <time datetime> writes them: one format for the whole platform.
namespace masseflyt {

/// "2026-03-05T13:07:09.123Z" (UTC, milliseconds) of milliseconds since 1970-01-01.
std::string isoUtc(std::int64_t epoch_ms);

}  // namespace masseflyt
