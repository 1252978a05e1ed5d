#include "platform/audit/chain.hpp"

#include <gtest/gtest.h>

#include "platform/crypto/hash.hpp"

namespace masseflyt::audit {
namespace {

AuditEntry sample() {
  AuditEntry e;
  e.sequence = 1;
  e.id = "0190f5e2-0000-7000-8000-000000000001";
  e.at_ms = 1767225600000;
  e.actor_id = "u1";
  e.action = "login.succeeded";
  e.subject_type = "user";
  e.subject_id = "u1";
  e.details = R"({"metode":"passord"})";
  e.ip_hash = "abc";
  e.previous_hash = std::string(kGenesisHash);
  return e;
}

TEST(AuditChain, GenesisIsSixtyFourZeros) {
  EXPECT_EQ(kGenesisHash.size(), 64u);
  EXPECT_EQ(kGenesisHash.find_first_not_of('0'), std::string_view::npos);
}

TEST(AuditChain, EncodingIsVersionedAndLengthPrefixed) {
  EXPECT_EQ(canonicalEncoding(sample()),
            "masseflyt-audit-v1\n1:1\n36:0190f5e2-0000-7000-8000-000000000001\n13:1767225600000\n"
            "2:u1\n15:login.succeeded\n4:user\n2:u1\n0:\n20:{\"metode\":\"passord\"}\n3:abc\n"
            "64:0000000000000000000000000000000000000000000000000000000000000000\n");
}

// Pinned so that any change of the format, which would break every stored chain, fails here.
TEST(AuditChain, HashIsStableAcrossBuilds) {
  EXPECT_EQ(entryHash(sample()), "39c109a7331293e665e7e2fdeffc0281806cde90b11d81268b760f2cc0735c9b");
  EXPECT_EQ(entryHash(sample()), crypto::sha256Hex(canonicalEncoding(sample())));
}

TEST(AuditChain, HashIsDeterministicAndIgnoresTheStoredHash) {
  AuditEntry a = sample();
  AuditEntry b = sample();
  b.hash = "anything";
  EXPECT_EQ(entryHash(a), entryHash(b));
  EXPECT_EQ(entryHash(a), entryHash(a));
}

TEST(AuditChain, MovingBytesBetweenFieldsChangesTheEncoding) {
  AuditEntry a = sample();
  AuditEntry b = sample();
  a.actor_id = "ab";
  a.action = "c";
  b.actor_id = "a";
  b.action = "bc";
  EXPECT_NE(canonicalEncoding(a), canonicalEncoding(b));
  EXPECT_NE(entryHash(a), entryHash(b));

  // A field that itself looks like the separator and a following length prefix.
  AuditEntry c = sample();
  AuditEntry d = sample();
  c.subject_type = "user\n2:u1";
  c.subject_id = "";
  d.subject_type = "user";
  d.subject_id = "u1\n0:";
  EXPECT_NE(canonicalEncoding(c), canonicalEncoding(d));
}

TEST(AuditChain, EveryFieldIsCovered) {
  const std::string base = entryHash(sample());
  const auto changed = [&](auto mutate) {
    AuditEntry e = sample();
    mutate(e);
    return entryHash(e) != base;
  };
  EXPECT_TRUE(changed([](AuditEntry& e) { e.sequence = 2; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.id += "x"; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.at_ms += 1; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.actor_id += "x"; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.action += "x"; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.subject_type += "x"; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.subject_id += "x"; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.organisation_id += "x"; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.details += " "; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.ip_hash += "x"; }));
  EXPECT_TRUE(changed([](AuditEntry& e) { e.previous_hash[0] = '1'; }));
}

TEST(AuditChain, LengthsCountBytesNotCharacters) {
  AuditEntry e = sample();
  e.details = "æ";  // two bytes in UTF-8
  EXPECT_NE(canonicalEncoding(e).find("\n2:æ\n"), std::string::npos);
}

}  // namespace
}  // namespace masseflyt::audit
