#pragma once

#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/core/embedded_file.hpp"

namespace masseflyt::feature_service {

/// The text of `relative_path` under fixtures/ among a register's embedded files (embedded with
/// BASE at the register's folder). Throws Error(Internal, missing_key, relative_path) when absent:
/// a missing fixture is a build mistake.
std::string_view fixtureFile(std::span<const EmbeddedFile> files, std::string_view relative_path,
                             std::string_view missing_key);

/// A register's records from embedded SYNTHETIC answers, parsed once by the register's live
/// parser (so a broken fixture fails loudly) and served as synthetic. For tests and the offline
/// demo.
class FixtureSource : public registry::imports::PublicSiteSource {
 public:
  std::string_view source() const override { return source_; }
  bool synthetic() const override { return true; }
  std::vector<registry::imports::ImportedRecord> fetchAll() const override { return records_; }

 protected:
  /// `source` must outlive the object (the registers pass a literal).
  FixtureSource(std::string_view source, std::vector<registry::imports::ImportedRecord> records)
      : source_(source), records_(std::move(records)) {}

 private:
  std::string_view source_;
  std::vector<registry::imports::ImportedRecord> records_;
};

}  // namespace masseflyt::feature_service
