#include "modules/identity/organisations/domain/register_status.hpp"

namespace masseflyt::identity::organisations {

RegisterAssessment assessRegisterStatus(const RegisterFlags& flags) {
  if (flags.gone || flags.deleted_on.has_value()) {
    return {RegisterStatus::Deleted, false, "organisations.status.reason.deleted"};
  }
  if (flags.bankrupt) {
    return {RegisterStatus::Bankrupt, false, "organisations.status.reason.bankrupt"};
  }
  if (flags.under_forced_liquidation) {
    return {RegisterStatus::Liquidation, false, "organisations.status.reason.forced_liquidation"};
  }
  if (flags.under_liquidation) {
    return {RegisterStatus::Liquidation, false, "organisations.status.reason.liquidation"};
  }
  return {RegisterStatus::Active, true, "organisations.status.reason.active"};
}

std::string_view registerStatusCode(RegisterStatus status) {
  switch (status) {
    case RegisterStatus::Active: return "aktiv";
    case RegisterStatus::Bankrupt: return "konkurs";
    case RegisterStatus::Liquidation: return "avvikling";
    case RegisterStatus::Deleted: return "slettet";
  }
  return "aktiv";
}

std::optional<RegisterStatus> parseRegisterStatus(std::string_view code) {
  if (code == "aktiv") return RegisterStatus::Active;
  if (code == "konkurs") return RegisterStatus::Bankrupt;
  if (code == "avvikling") return RegisterStatus::Liquidation;
  if (code == "slettet") return RegisterStatus::Deleted;
  return std::nullopt;
}

std::string_view registerStatusReasonKey(RegisterStatus status) {
  switch (status) {
    case RegisterStatus::Active: return "organisations.status.reason.active";
    case RegisterStatus::Bankrupt: return "organisations.status.reason.bankrupt";
    case RegisterStatus::Liquidation: return "organisations.status.reason.liquidation_any";
    case RegisterStatus::Deleted: return "organisations.status.reason.deleted";
  }
  return "organisations.status.reason.active";
}

std::string_view registerStatusLabelKey(RegisterStatus status) {
  switch (status) {
    case RegisterStatus::Active: return "organisations.status.label.aktiv";
    case RegisterStatus::Bankrupt: return "organisations.status.label.konkurs";
    case RegisterStatus::Liquidation: return "organisations.status.label.avvikling";
    case RegisterStatus::Deleted: return "organisations.status.label.slettet";
  }
  return "organisations.status.label.aktiv";
}

}  // namespace masseflyt::identity::organisations
