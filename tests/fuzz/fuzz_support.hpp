#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "platform/core/error.hpp"

// The contract every fuzz target checks: a parser of outside data either returns or throws
// masseflyt::Error (which the HTTP edge maps to a Norwegian 4xx/503). Any other exception, a
// crash, a leak or undefined behaviour is a finding.
namespace masseflyt::fuzz {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

template <typename Body>
void expectOnlyErrors(Body&& body) {
  try {
    body();
  } catch (const Error&) {
    // Refusing bad input is the expected outcome.
  }
}

}  // namespace masseflyt::fuzz
