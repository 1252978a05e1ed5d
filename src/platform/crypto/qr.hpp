#pragma once

#include <string>
#include <string_view>

namespace masseflyt::crypto {

/// A self-contained inline <svg> QR code (error correction M, byte mode) for `text`, e.g. an
/// otpauth:// URI, drawn server-side so no browser request goes to a third party.
/// Accessible: role="img" with aria-labelledby pointing at a <title> holding `title`
/// (XML-escaped). Uses only presentation attributes (fill=...), no style attributes, so it passes
/// a strict CSP. Deterministic: the same input gives byte-identical output (the title id is
/// derived from the input, so several codes on one page get distinct ids).
/// Size it with CSS (class "mf-qr"); it has a viewBox and no fixed width.
/// Throws masseflyt::Error(Validation, "crypto.error.qr_too_long") if `text` does not fit a QR
/// code (about 2300 bytes) or contains a NUL byte.
std::string qrCodeSvg(std::string_view text, std::string_view title);

}  // namespace masseflyt::crypto
