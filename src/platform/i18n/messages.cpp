#include "platform/i18n/messages.hpp"

#include <stdexcept>

namespace masseflyt {
std::span<const EmbeddedFile> embeddedMessageFiles();
}

namespace masseflyt::i18n {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

// A text stays on one line in the file; "\n" stands for a line break (CLI help).
std::string unescape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

MessageCatalog MessageCatalog::fromFiles(std::span<const EmbeddedFile> files) {
  MessageCatalog catalog;
  for (const auto& file : files) {
    std::string_view rest = file.content;
    int line_number = 0;
    while (!rest.empty()) {
      ++line_number;
      const auto end = rest.find('\n');
      const std::string_view line = trim(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      if (line.empty() || line.front() == '#') {
        continue;
      }
      const auto eq = line.find('=');
      const std::string where = std::string(file.path) + ":" + std::to_string(line_number);
      if (eq == std::string_view::npos) {
        throw std::runtime_error("message catalog: missing '=' at " + where);
      }
      const std::string key(trim(line.substr(0, eq)));
      if (key.empty()) {
        throw std::runtime_error("message catalog: empty key at " + where);
      }
      if (!catalog.texts_.emplace(key, unescape(trim(line.substr(eq + 1)))).second) {
        throw std::runtime_error("message catalog: duplicate key '" + key + "' at " + where);
      }
    }
  }
  return catalog;
}

std::string_view MessageCatalog::text(std::string_view key) const {
  const auto it = texts_.find(key);
  return it == texts_.end() ? key : std::string_view(it->second);
}

bool MessageCatalog::contains(std::string_view key) const { return texts_.find(key) != texts_.end(); }

std::string MessageCatalog::format(
    std::string_view key,
    std::initializer_list<std::pair<std::string_view, std::string>> args) const {
  std::string out(text(key));
  for (const auto& [name, value] : args) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (auto pos = out.find(placeholder); pos != std::string::npos;
         pos = out.find(placeholder, pos + value.size())) {
      out.replace(pos, placeholder.size(), value);
    }
  }
  return out;
}

const MessageCatalog& catalog() {
  static const MessageCatalog instance = MessageCatalog::fromFiles(embeddedMessageFiles());
  return instance;
}

}  // namespace masseflyt::i18n
