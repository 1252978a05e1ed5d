#include "modules/identity/accounts/app/api.hpp"
#include "modules/identity/accounts/infra/account_repository.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::identity::accounts {

std::optional<std::string> displayName(db::Database& database, const std::string& user_id) {
  auto lease = database.lease();
  const auto user = repository::findUserById(lease, user_id);
  if (!user) return std::nullopt;
  // An anonymised account keeps its row for the records others rely on, but not its name.
  if (user->status == "anonymised") return std::string(i18n::t("accounts.people.anonymised"));
  return user->display_name;
}

std::optional<std::string> activeEmail(db::Database& database, const std::string& user_id) {
  auto lease = database.lease();
  const auto user = repository::findUserById(lease, user_id);
  if (!user || user->status != "active") return std::nullopt;
  return user->email;
}

}  // namespace masseflyt::identity::accounts
