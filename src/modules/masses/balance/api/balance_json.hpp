#pragma once

#include <string>

#include "modules/masses/balance/app/balance_service.hpp"

// JSON of the balance API (Boost.JSON lives in balance_api_json.cpp only).
namespace masseflyt::masses::balance::json {

std::string balanceDocument(const BalanceReport& report);

}  // namespace masseflyt::masses::balance::json
