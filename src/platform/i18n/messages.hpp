#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>

#include "platform/core/embedded_file.hpp"

namespace masseflyt::i18n {

/// The Norwegian bokmål message catalog. Every text a user or operator reads comes from here, so
/// wording is reviewed in one place and no UI string is a literal in C++.
///
/// File format (`*.nb.txt`): one `key = text` per line, `#` starts a comment line, a key may occur
/// only once across all files. `{name}` in a text is replaced by `format`.
class MessageCatalog {
 public:
  /// Throws std::runtime_error naming the file and line on a malformed line or duplicate key.
  static MessageCatalog fromFiles(std::span<const EmbeddedFile> files);

  /// The text for `key`; an unknown key returns the key itself so a missing text is visible
  /// rather than fatal (a unit test checks every key used in templates exists).
  std::string_view text(std::string_view key) const;
  bool contains(std::string_view key) const;
  std::string format(std::string_view key,
                     std::initializer_list<std::pair<std::string_view, std::string>> args) const;
  const std::map<std::string, std::string, std::less<>>& all() const { return texts_; }

 private:
  std::map<std::string, std::string, std::less<>> texts_;
};

/// The process-wide catalog, built from the embedded message files on first use.
const MessageCatalog& catalog();

/// Shorthand for catalog().text(key).
inline std::string_view t(std::string_view key) { return catalog().text(key); }

}  // namespace masseflyt::i18n
