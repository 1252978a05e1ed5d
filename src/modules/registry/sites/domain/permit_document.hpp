#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/error.hpp"

// Rules for the uploaded permit document (issue 4 item 2): what may be stored and under which name.
namespace masseflyt::registry::sites {

/// Authorities' permits run to a few MB. 10 MB leaves room for scanned ones and still arrives
/// within the server's body timeout (30 s) on a 3 Mbit/s line.
inline constexpr std::size_t kMaxPermitDocumentBytes = 10 * 1000 * 1000;
/// The form field (page and multipart API body) that carries the file.
inline constexpr std::string_view kPermitDocumentField = "dokument";

/// Field errors on "dokument": no file, larger than kMaxPermitDocumentBytes, or not a PDF (PDF
/// readers accept the "%PDF-" header within the first 1024 bytes; so do we).
std::vector<FieldError> checkPermitDocument(std::string_view bytes);

/// The name the document is stored and offered under: the last path segment of what the browser
/// sent, without control characters, at most 120 characters (whole UTF-8 letters), always ending
/// in ".pdf"; "tillatelse.pdf" when nothing is left.
std::string permitDocumentName(std::string_view uploaded_name);

/// "820 kB", "1,4 MB": sizes as people read them (1 kB = 1000 bytes).
std::string displayFileSize(std::int64_t bytes);

}  // namespace masseflyt::registry::sites
