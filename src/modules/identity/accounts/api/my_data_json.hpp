#pragma once

#include <string>

#include "modules/identity/accounts/app/my_data.hpp"

namespace masseflyt::identity::accounts {

/// GET /konto/mine-data.json and GET /api/v1/meg/data: schema "MineData" in
/// api/openapi-my-data.json. Secrets are reported as present or absent, never their values.
std::string myDataJson(const MyData& data);

}  // namespace masseflyt::identity::accounts
