#include "platform/crypto/qr.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>

#include "platform/core/error.hpp"
#include "platform/crypto/hash.hpp"

namespace masseflyt::crypto {
namespace {

// The QR specification requires a light border of four modules for reliable scanning.
constexpr int kQuietZone = 4;

struct QrFree {
  void operator()(QRcode* code) const noexcept { QRcode_free(code); }
};

std::string xmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // XML 1.0 forbids most control characters even when escaped; drop them.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
          out.push_back(c);
        }
    }
  }
  return out;
}

}  // namespace

std::string qrCodeSvg(std::string_view text, std::string_view title) {
  if (text.find('\0') != std::string_view::npos) {
    throw Error(ErrorKind::Validation, "crypto.error.qr_too_long", "QR text contains NUL");
  }
  const std::string terminated(text);
  errno = 0;
  const std::unique_ptr<QRcode, QrFree> code(
      QRcode_encodeString(terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
  if (!code) {
    if (errno == ERANGE) {
      throw Error(ErrorKind::Validation, "crypto.error.qr_too_long", "QR input too large");
    }
    throw Error(ErrorKind::Internal, "crypto.error.internal",
                "QRcode_encodeString failed, errno " + std::to_string(errno));
  }

  const int width = code->width;
  const int full = width + 2 * kQuietZone;
  // One path of horizontal runs keeps the SVG small (a 33x33 code is about 4 KB).
  std::string path;
  for (int y = 0; y < width; ++y) {
    int x = 0;
    while (x < width) {
      const auto dark = [&](int col) {
        return (code->data[static_cast<std::size_t>(y * width + col)] & 1U) != 0;
      };
      if (!dark(x)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && dark(x + run)) {
        ++run;
      }
      path += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h" +
              std::to_string(run) + "v1h-" + std::to_string(run) + "z";
      x += run;
    }
  }

  const std::string id =
      "mf-qr-" + sha256Hex(std::string(text) + '\n' + std::string(title)).substr(0, 12);
  const std::string size = std::to_string(full);
  std::string svg;
  svg.reserve(path.size() + 512);
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mf-qr\" viewBox=\"0 0 " + size + " " +
         size + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-labelledby=\"" + id + "\">";
  svg += "<title id=\"" + id + "\">" + xmlEscape(title) + "</title>";
  svg += "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>";
  svg += "<path fill=\"#000\" d=\"" + path + "\"/>";
  svg += "</svg>";
  return svg;
}

}  // namespace masseflyt::crypto
