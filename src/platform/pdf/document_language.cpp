#include "platform/pdf/document_language.hpp"

#include <charconv>
#include <cstdio>
#include <optional>

namespace masseflyt::pdf {
namespace {

// The integer after `key` in `text` (from `from`), e.g. "/Size 46".
std::optional<long> numberAfter(std::string_view text, std::string_view key, std::size_t from = 0) {
  auto at = text.find(key, from);
  if (at == std::string_view::npos) return std::nullopt;
  at += key.size();
  while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r')) ++at;
  long value = 0;
  const auto [end, ec] = std::from_chars(text.data() + at, text.data() + text.size(), value);
  if (ec != std::errc{} || end == text.data() + at) return std::nullopt;
  return value;
}

// A language tag is letters, digits and hyphens only, so it needs no escaping in a PDF string.
bool plainTag(std::string_view language) {
  if (language.empty() || language.size() > 35) return false;
  for (const char c : language) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string withLanguage(std::string pdf, std::string_view language) {
  if (!plainTag(language)) return pdf;
  const std::string_view text(pdf);
  const auto trailer = text.rfind("trailer");
  const auto startxref = text.rfind("startxref");
  if (trailer == std::string_view::npos || startxref == std::string_view::npos || startxref < trailer) return pdf;
  const auto root = numberAfter(text, "/Root", trailer);
  const auto size = numberAfter(text, "/Size", trailer);
  const auto previous = numberAfter(text, "startxref", startxref);
  if (!root || !size || !previous) return pdf;

  // The catalog object as written: "<root> 0 obj\n<< … >>\nendobj".
  const std::string header = std::to_string(*root) + " 0 obj\n";
  const auto object = text.find("\n" + header);
  if (object == std::string_view::npos) return pdf;
  const auto open = object + 1 + header.size();
  const auto end = text.find("endobj", open);
  if (end == std::string_view::npos || text.substr(open, 2) != "<<") return pdf;
  const auto close = text.rfind(">>", end);
  if (close == std::string_view::npos || close < open || text.substr(open, close - open).find("/Lang") != std::string_view::npos) {
    return pdf;
  }
  const std::string dictionary(text.substr(open, close - open));
  const auto info = numberAfter(text, "/Info", trailer);

  if (pdf.back() != '\n') pdf += '\n';
  const std::size_t offset = pdf.size();
  pdf += header + dictionary + "   /Lang (" + std::string(language) + ")\n>>\nendobj\n";
  const std::size_t xref = pdf.size();
  char entry[32];
  std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
  pdf += "xref\n" + std::to_string(*root) + " 1\n" + entry;
  pdf += "trailer\n<< /Size " + std::to_string(*size) + "\n   /Root " + std::to_string(*root) + " 0 R\n";
  if (info) pdf += "   /Info " + std::to_string(*info) + " 0 R\n";
  pdf += "   /Prev " + std::to_string(*previous) + "\n>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace masseflyt::pdf
