#include <algorithm>
#include <cstdio>
#include <ctime>

#include "platform/core/error.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::mail {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view data) {
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    const auto n = (static_cast<unsigned char>(data[i]) << 16) |
                   (static_cast<unsigned char>(data[i + 1]) << 8) |
                   static_cast<unsigned char>(data[i + 2]);
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += kBase64[(n >> 6) & 63];
    out += kBase64[n & 63];
  }
  if (i < data.size()) {
    unsigned n = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) n |= static_cast<unsigned char>(data[i + 1]) << 8;
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += i + 1 < data.size() ? kBase64[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

bool hasLineBreak(std::string_view text) {
  return text.find_first_of("\r\n") != std::string_view::npos;
}

bool isPlainAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7f;
  });
}

// Length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes, so malformed
// input still makes progress).
std::size_t sequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

std::string rfc5322Date(std::int64_t unix_seconds) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&time, &tm);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buffer;
}

// "Name <addr>" with the name encoded when needed; a bare address stays bare.
std::string encodeMailbox(std::string_view mailbox) {
  const auto open = mailbox.find('<');
  if (open == std::string_view::npos) return std::string(mailbox);
  std::string_view name = mailbox.substr(0, open);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  const std::string address = addressOf(mailbox);
  if (name.empty()) return "<" + address + ">";
  const bool plain = isPlainAscii(name) && name.find_first_of("()<>[]:;@\\,.\"") == std::string_view::npos;
  std::string shown;
  if (plain) {
    shown = std::string(name);
  } else if (isPlainAscii(name)) {
    shown = "\"";
    for (const char c : name) {
      if (c == '"' || c == '\\') shown += '\\';
      shown += c;
    }
    shown += '"';
  } else {
    shown = encodeHeaderText(name);
  }
  return shown + " <" + address + ">";
}

void requireHeaderSafe(std::string_view value) {
  if (hasLineBreak(value)) {
    throw Error(ErrorKind::Validation, "mail.error.header", "CR or LF in a header value");
  }
}

}  // namespace

std::string addressOf(std::string_view mailbox) {
  std::string_view address = mailbox;
  const auto open = mailbox.find('<');
  if (open != std::string_view::npos) {
    const auto close = mailbox.find('>', open);
    if (close == std::string_view::npos || close != mailbox.size() - 1 ||
        mailbox.find('<', open + 1) != std::string_view::npos) {
      return {};
    }
    address = mailbox.substr(open + 1, close - open - 1);
  }
  const auto at = address.find('@');
  const bool plausible =
      at != std::string_view::npos && at > 0 && at + 1 < address.size() &&
      address.find('@', at + 1) == std::string_view::npos && address.size() <= 254 &&
      std::none_of(address.begin(), address.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == ',' || c == '"';
      });
  return plausible ? std::string(address) : std::string();
}

std::string encodeHeaderText(std::string_view text) {
  if (isPlainAscii(text)) return std::string(text);
  // 75 characters per encoded word: "=?UTF-8?B?" + "?=" leave 63, i.e. 45 bytes of input.
  constexpr std::size_t kMaxChunk = 45;
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i;
    while (end < text.size()) {
      const auto next = end + sequenceLength(static_cast<unsigned char>(text[end]));
      if (next - i > kMaxChunk) break;
      end = std::min(next, text.size());
    }
    if (end == i) end = std::min(i + kMaxChunk, text.size());
    if (!out.empty()) out += "\r\n ";  // folded: a header line stays under 78 characters
    out += "=?UTF-8?B?" + base64(text.substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

std::string renderMessage(const MailMessage& message, std::string_view from,
                          std::int64_t unix_seconds, std::string_view message_id) {
  requireHeaderSafe(message.to);
  requireHeaderSafe(message.subject);
  requireHeaderSafe(from);
  requireHeaderSafe(message_id);
  const std::string to = addressOf(message.to);
  if (to.empty() || addressOf(from).empty()) {
    throw Error(ErrorKind::Validation, "mail.error.header", "not an e-mail address");
  }
  // The body is CRLF-normalised before encoding so every reader sees the same line ends.
  std::string body;
  for (std::size_t i = 0; i < message.text_body.size(); ++i) {
    const char c = message.text_body[i];
    if (c == '\r') continue;
    if (c == '\n') body += '\r';
    body += c;
  }
  std::string out;
  out += "Date: " + rfc5322Date(unix_seconds) + "\r\n";
  out += "From: " + encodeMailbox(from) + "\r\n";
  out += "To: <" + to + ">\r\n";
  out += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "\r\n";
  const std::string encoded = base64(body);
  for (std::size_t i = 0; i < encoded.size(); i += 76) {
    out += encoded.substr(i, 76) + "\r\n";
  }
  return out;
}

}  // namespace masseflyt::mail
