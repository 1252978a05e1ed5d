#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// multipart/form-data (RFC 7578) bodies: file uploads from plain HTML forms, which work without
// JavaScript. Outside data: the parser never reads past the body, caps the number of parts and
// rejects anything malformed with Error(BadRequest, "forms.error.multipart").
namespace masseflyt::forms {

struct Part {
  std::string name;          ///< the form field name
  std::string filename;      ///< "" for a plain field
  std::string content_type;  ///< "" when not given
  std::string body;
};

/// The boundary of a "multipart/form-data; boundary=…" Content-Type; nullopt for another type.
std::optional<std::string> multipartBoundary(std::string_view content_type);

/// Splits the body into its parts (at most `max_parts`).
std::vector<Part> parseMultipart(std::string_view body, std::string_view boundary, std::size_t max_parts = 32);

/// The first part named `name`, or nullptr.
const Part* findPart(const std::vector<Part>& parts, std::string_view name);

}  // namespace masseflyt::forms
