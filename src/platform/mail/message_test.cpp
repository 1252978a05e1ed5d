#include <gtest/gtest.h>

#include "platform/core/error.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::mail {
namespace {

MailMessage message() {
  return {"kari@example.no", "Tilbakestill passordet", "Hei!\nLenken: https://x/y\n"};
}

TEST(MailMessageTest, PlainAsciiSubjectStaysReadable) {
  EXPECT_EQ(encodeHeaderText("Reset your password"), "Reset your password");
}

TEST(MailMessageTest, NonAsciiSubjectIsEncodedWord) {
  EXPECT_EQ(encodeHeaderText("Glemt passord på Masseflyt"),
            "=?UTF-8?B?R2xlbXQgcGFzc29yZCBww6UgTWFzc2VmbHl0?=");
}

TEST(MailMessageTest, LongSubjectIsSplitWithoutBreakingCharacters) {
  std::string subject;
  for (int i = 0; i < 40; ++i) subject += "æ";  // 80 bytes of two-byte sequences
  const std::string encoded = encodeHeaderText(subject);
  std::size_t start = 0;
  int words = 0;
  while (start < encoded.size()) {
    auto end = encoded.find("\r\n ", start);
    const std::string word = encoded.substr(start, end == std::string::npos ? end : end - start);
    EXPECT_LE(word.size(), 75u);
    EXPECT_EQ(word.rfind("=?UTF-8?B?", 0), 0u);
    ++words;
    start = end == std::string::npos ? encoded.size() : end + 3;
  }
  EXPECT_EQ(words, 2);  // 44 + 36 bytes: a split after 22 characters, never inside one
}

TEST(MailMessageTest, RendersHeadersAndBase64Body) {
  const auto text = renderMessage(message(), "Masseflyt <ikke-svar@masseflyt.no>", 0, "abc@masseflyt.no");
  EXPECT_NE(text.find("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"), std::string::npos);
  EXPECT_NE(text.find("From: Masseflyt <ikke-svar@masseflyt.no>\r\n"), std::string::npos);
  EXPECT_NE(text.find("To: <kari@example.no>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Subject: Tilbakestill passordet\r\n"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <abc@masseflyt.no>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Transfer-Encoding: base64\r\n\r\n"), std::string::npos);
  // "Hei!\r\nLenken: https://x/y\r\n" in base64
  EXPECT_NE(text.find("SGVpIQ0KTGVua2VuOiBodHRwczovL3gveQ0K\r\n"), std::string::npos);
}

TEST(MailMessageTest, NonAsciiSenderNameIsEncoded) {
  const auto text = renderMessage(message(), "Måsseflyt <a@b.no>", 0, "id@b.no");
  EXPECT_NE(text.find("From: =?UTF-8?B?TcOlc3NlZmx5dA==?= <a@b.no>\r\n"), std::string::npos);
}

TEST(MailMessageTest, RefusesLineBreaksInHeaders) {
  auto injected = message();
  injected.subject = "Hei\r\nBcc: alle@example.no";
  EXPECT_THROW(renderMessage(injected, "a@b.no", 0, "id@b.no"), Error);
  injected = message();
  injected.to = "kari@example.no\nBcc: x@y.no";
  EXPECT_THROW(renderMessage(injected, "a@b.no", 0, "id@b.no"), Error);
  EXPECT_THROW(renderMessage(message(), "a@b.no\r\nX: y", 0, "id@b.no"), Error);
}

TEST(MailMessageTest, RefusesWhatIsNotAnAddress) {
  auto bad = message();
  bad.to = "kari";
  EXPECT_THROW(renderMessage(bad, "a@b.no", 0, "id@b.no"), Error);
  bad.to = "a@b.no, c@d.no";
  EXPECT_THROW(renderMessage(bad, "a@b.no", 0, "id@b.no"), Error);
  EXPECT_EQ(addressOf("Masseflyt <ikke-svar@masseflyt.no>"), "ikke-svar@masseflyt.no");
  EXPECT_EQ(addressOf("x <a@b.no> <c@d.no>"), "");
}

SmtpOptions smtp(std::string url, std::string from = "Masseflyt <ikke-svar@masseflyt.no>") {
  SmtpOptions options;
  options.url = std::move(url);
  options.from = std::move(from);
  return options;
}

TEST(SmtpMailerTest, RefusesOtherSchemes) {
  EXPECT_THROW(SmtpMailer(smtp("http://127.0.0.1:25")), Error);
  EXPECT_THROW(SmtpMailer(smtp("smtp://127.0.0.1:25", "ingen adresse")), Error);
  EXPECT_NO_THROW(SmtpMailer(smtp("smtp://127.0.0.1:25")));
}

TEST(SmtpMailerTest, UnreachableRelayIsUnavailable) {
  // Port 1 on loopback refuses at once; the error must be ours, not a crash or a hang.
  SmtpMailer mailer(smtp("smtp://127.0.0.1:1"));
  try {
    mailer.send(message());
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Unavailable);
  }
}

}  // namespace
}  // namespace masseflyt::mail
