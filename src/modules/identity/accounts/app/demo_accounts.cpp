#include <array>

#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/infra/account_repository.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/crypto/password.hpp"
#include "platform/db/uuid.hpp"

namespace masseflyt::identity::accounts {
namespace {

// Demo only: the README lists these e-mails, the password and the TOTP secrets so testers can add
// them to an authenticator app. The organisations seeder gives the organisation roles their
// memberships by looking these e-mails up.
constexpr std::array<DemoAccount, 9> kDemoAccounts = {{
    {"admin@demo.masseflyt.no", "Ada Administrator", "administrator", true,
     "LY4OJYQFOXE223SXT3G2CJ2A3R4VKXCA"},
    {"tilsyn@demo.masseflyt.no", "Tore Tilsyn", "tilsyn", true, "QI5HLK4OH7QCDPWOFYHTDPXGKKYBEWRK"},
    {"byggherre@demo.masseflyt.no", "Berit Byggherre", "org_admin", false,
     "L6I3GCTY3XAJK7WXRK52NVPNNVOTIPUO"},
    {"representant@demo.masseflyt.no", "Rune Representant", "representative", false,
     "6BCNVL3WCX4QNZSUSO75ZWFRFLNRYOBG"},
    {"transport@demo.masseflyt.no", "Tina Transportdisponent", "dispatcher", false,
     "DFNSBESC672OSYJ3HBESPPQFUQUCLSHC"},
    {"sjafor@demo.masseflyt.no", "Sverre Sjåfør", "driver", false,
     "BHGXEGPIPSEKA4VONYCBGWIPCVUTWKXK"},
    {"mottak@demo.masseflyt.no", "Mona Mottak", "receiver", false,
     "CWSA55I4GLWHXI7BNC4IMZXHALFOP7SC"},
    {"kvalitet@demo.masseflyt.no", "Kari Kvalitet", "quality_controller", false,
     "L37A3ETGLVWXB25G6D3ROG5MUKBPUBXZ"},
    // No TOTP yet: shows the enrolment that follows the first login.
    {"ny@demo.masseflyt.no", "Nina Ny", "", false, ""},
}};

}  // namespace

std::span<const DemoAccount> demoAccounts() { return kDemoAccounts; }

int seedDemoAccounts(db::Database& database) {
  int created = 0;
  // One hash for all (Argon2 is slow on purpose): the demo password is published anyway.
  const std::string password_hash = crypto::hashPassword(kDemoPassword);
  for (const auto& account : kDemoAccounts) {
    auto lease = database.lease();
    db::Transaction tx(lease);
    auto user = repository::findUserByEmail(lease, std::string(account.email));
    if (!user) {
      const auto now = db::nowEpochMs();
      repository::UserRow row;
      row.id = db::newUuidV7();
      row.email = std::string(account.email);
      row.display_name = std::string(account.display_name);
      row.password_hash = password_hash;
      if (!account.totp_secret.empty()) row.totp_secret = std::string(account.totp_secret);
      row.created_at = now;
      row.updated_at = now;
      repository::insertUser(lease, row);
      user = row;
      ++created;
    }
    if (account.platform_role &&
        repository::addPlatformRole(lease, user->id, std::string(account.role))) {
      audit::AuditEvent event;
      event.action = "role.granted";
      event.subject_type = "user";
      event.subject_id = user->id;
      event.details = R"({"role":")" + std::string(account.role) + R"(","by":"seed-demo"})";
      audit::record(lease, event);
    }
    tx.commit();
  }
  return created;
}

}  // namespace masseflyt::identity::accounts
