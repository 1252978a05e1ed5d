#include "platform/crypto/qr.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "platform/core/error.hpp"

namespace masseflyt::crypto {
namespace {

const std::string kUri =
    "otpauth://totp/Masseflyt:ola%40example.no?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "&issuer=Masseflyt&algorithm=SHA1&digits=6&period=30";

std::size_t count(const std::string& haystack, std::string_view needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

TEST(QrTest, ProducesAccessibleSelfContainedSvg) {
  const std::string svg = qrCodeSvg(kUri, "QR-kode for tofaktorinnlogging");
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0U);
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("shape-rendering=\"crispEdges\""), std::string::npos);
  EXPECT_EQ(count(svg, "<path"), 1U);
  EXPECT_EQ(count(svg, "<title"), 1U);
  EXPECT_EQ(svg.find("style"), std::string::npos);  // CSP style-src would block it
  EXPECT_EQ(svg.find("<script"), std::string::npos);

  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, std::regex("aria-labelledby=\"([a-z0-9-]+)\"")));
  EXPECT_NE(svg.find("<title id=\"" + m[1].str() + "\">QR-kode for tofaktorinnlogging</title>"),
            std::string::npos);
}

TEST(QrTest, HasQuietZoneAndValidDimensions) {
  const std::string svg = qrCodeSvg(kUri, "t");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, std::regex("viewBox=\"0 0 (\\d+) (\\d+)\"")));
  const int full = std::stoi(m[1].str());
  EXPECT_EQ(m[1].str(), m[2].str());
  const int modules = full - 8;
  EXPECT_GE(modules, 21);
  EXPECT_EQ((modules - 17) % 4, 0) << "QR sizes are 17 + 4 * version";

  // Every run starts inside the 4-module quiet zone and stays inside the symbol.
  const std::regex run("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
  int runs = 0;
  int max_y = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), run); it != std::sregex_iterator();
       ++it) {
    const int x = std::stoi((*it)[1].str());
    const int y = std::stoi((*it)[2].str());
    const int w = std::stoi((*it)[3].str());
    EXPECT_EQ((*it)[3].str(), (*it)[4].str());
    EXPECT_GE(x, 4);
    EXPECT_GE(y, 4);
    EXPECT_LE(x + w, full - 4);
    EXPECT_LT(y, full - 4);
    max_y = std::max(max_y, y);
    ++runs;
  }
  EXPECT_GT(runs, modules);  // finder patterns alone give several runs per row
  EXPECT_EQ(max_y, full - 5);
  // The top-left finder pattern: a 7-module dark run at (4,4).
  EXPECT_NE(svg.find("M4 4h7v1h-7z"), std::string::npos);
}

TEST(QrTest, TitleIsXmlEscaped) {
  const std::string svg = qrCodeSvg("x", "<script>alert(\"x\")</script> & 'y'\x01");
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_NE(
      svg.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;</title>"),
      std::string::npos);
  EXPECT_EQ(svg.find('\x01'), std::string::npos);
}

TEST(QrTest, IsDeterministic) {
  EXPECT_EQ(qrCodeSvg(kUri, "t"), qrCodeSvg(kUri, "t"));
  EXPECT_NE(qrCodeSvg(kUri, "t"), qrCodeSvg(kUri + "x", "t"));
  EXPECT_NE(qrCodeSvg(kUri, "t"), qrCodeSvg(kUri, "u"));  // distinct title ids on one page
}

TEST(QrTest, RefusesTextThatDoesNotFit) {
  try {
    qrCodeSvg(std::string(5000, 'a'), "t");
    FAIL() << "expected masseflyt::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Validation);
    EXPECT_EQ(e.messageKey(), "crypto.error.qr_too_long");
  }
  EXPECT_THROW(qrCodeSvg(std::string("a\0b", 3), "t"), Error);
}

}  // namespace
}  // namespace masseflyt::crypto
