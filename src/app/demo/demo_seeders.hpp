#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/storage/file_store.hpp"

namespace masseflyt::app {

/// Demo data per module. Each seeder is idempotent (running seed-demo twice changes nothing) and
/// marks what it creates as demo data. Modules add their seeder here as they arrive.
struct DemoSeeder {
  std::string_view module;
  std::function<int(db::Database&)> seed;  ///< returns the number of records created
};

/// `files`: where demo documents (permit PDFs) go; it must outlive the seeders.
std::vector<DemoSeeder> demoSeeders(const storage::FileStore& files);

}  // namespace masseflyt::app
