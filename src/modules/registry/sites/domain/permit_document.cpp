#include "modules/registry/sites/domain/permit_document.hpp"

#include <algorithm>
#include <cstdio>

namespace masseflyt::registry::sites {
namespace {

constexpr std::string_view kDefaultName = "tillatelse.pdf";
constexpr std::size_t kMaxNameBytes = 120;

bool endsWithPdf(std::string_view name) {
  if (name.size() < 4) return false;
  std::string tail(name.substr(name.size() - 4));
  std::transform(tail.begin(), tail.end(), tail.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return tail == ".pdf";
}

// Cuts at a UTF-8 letter boundary: never leaves half a letter behind.
std::string_view cutUtf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::vector<FieldError> checkPermitDocument(std::string_view bytes) {
  const std::string field(kPermitDocumentField);
  if (bytes.empty()) return {{field, "registry.permit.document.error.empty"}};
  if (bytes.size() > kMaxPermitDocumentBytes) return {{field, "registry.permit.document.error.too_large"}};
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    return {{field, "registry.permit.document.error.not_pdf"}};
  }
  return {};
}

std::string permitDocumentName(std::string_view uploaded_name) {
  // Browsers on Windows have sent whole paths ("C:\fakepath\…"); only the last segment is a name.
  if (const auto slash = uploaded_name.find_last_of("/\\"); slash != std::string_view::npos) {
    uploaded_name.remove_prefix(slash + 1);
  }
  std::string name;
  for (const char c : uploaded_name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) continue;
    name += c;
  }
  const auto first = name.find_first_not_of(" .");
  name = first == std::string::npos ? std::string() : name.substr(first);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  if (name.empty()) return std::string(kDefaultName);
  if (!endsWithPdf(name)) {
    name = std::string(cutUtf8(name, kMaxNameBytes - 4)) + ".pdf";
  } else if (name.size() > kMaxNameBytes) {
    name = std::string(cutUtf8(name.substr(0, name.size() - 4), kMaxNameBytes - 4)) + ".pdf";
  }
  return name;
}

std::string displayFileSize(std::int64_t bytes) {
  if (bytes < 1000) return std::to_string(bytes < 0 ? 0 : bytes) + " byte";
  if (bytes < 1000 * 1000) return std::to_string((bytes + 500) / 1000) + " kB";
  // One decimal with a comma, rounded half up: 1 450 000 -> "1,5 MB".
  const std::int64_t tenths = (bytes + 50'000) / 100'000;
  return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MB";
}

}  // namespace masseflyt::registry::sites
