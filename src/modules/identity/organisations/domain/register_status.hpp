#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace masseflyt::identity::organisations {

/// The fields of an Enhetsregisteret entry that decide whether the organisation may trade.
struct RegisterFlags {
  bool bankrupt = false;                  ///< konkurs
  bool under_liquidation = false;         ///< underAvvikling
  bool under_forced_liquidation = false;  ///< underTvangsavviklingEllerTvangsopplosning
  std::optional<std::string> deleted_on;  ///< slettedato (ÅÅÅÅ-MM-DD)
  bool gone = false;                      ///< the register answered 410 Gone ("fjernet")
};

/// What is stored in organisations.register_status.
enum class RegisterStatus { Active, Bankrupt, Liquidation, Deleted };

struct RegisterAssessment {
  RegisterStatus status = RegisterStatus::Active;
  bool can_trade = true;
  std::string reason_key;  ///< catalog key: a Norwegian sentence saying why (or that all is well)
};

/// Deleted outranks bankrupt outranks forced liquidation outranks voluntary liquidation: the
/// reason names the most final state, which is what the person needs to hear.
RegisterAssessment assessRegisterStatus(const RegisterFlags& flags);

/// 'aktiv', 'konkurs', 'avvikling', 'slettet'.
std::string_view registerStatusCode(RegisterStatus status);
std::optional<RegisterStatus> parseRegisterStatus(std::string_view code);
/// The reason for a stored status (the detail between the two kinds of liquidation is not kept).
std::string_view registerStatusReasonKey(RegisterStatus status);
/// Short label key for lists ("Aktiv", "Konkurs", ...).
std::string_view registerStatusLabelKey(RegisterStatus status);
inline bool canTrade(RegisterStatus status) { return status == RegisterStatus::Active; }

}  // namespace masseflyt::identity::organisations
