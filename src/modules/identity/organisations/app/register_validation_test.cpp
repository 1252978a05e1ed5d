// An invalid organisasjonsnummer is refused before anything is looked up: no outbound call.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::identity::organisations {
namespace {

// A fake of the outside service (Enhetsregisteret) that counts the calls it would make.
class CountingBrreg final : public BrregClient {
 public:
  std::optional<RegisterEntity> lookup(const std::string&) const override {
    ++calls;
    return std::nullopt;
  }
  std::vector<RegisterRole> roles(const std::string&) const override {
    ++calls;
    return {};
  }
  std::vector<RegisterEntity> searchByName(const std::string&, std::size_t) const override {
    ++calls;
    return {};
  }
  mutable std::atomic<int> calls{0};
};

class RegisterValidation : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("mf-orgs-validation-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    database_ = db::Database::open({"sqlite:" + (dir_ / "t.db").string(), 1});
    actor_.user_id = "0190a000-0000-7000-8000-000000000001";
  }
  void TearDown() override {
    database_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> database_;
  CountingBrreg brreg_;
  auth::Principal actor_;
};

TEST_F(RegisterValidation, InvalidNumbersNeverReachTheRegister) {
  const OrganisationService service(*database_, brreg_);
  for (const auto* input : {"", "12345678", "99182582X", "991825828", "100000130", "9918258270"}) {
    try {
      service.registerOrganisation(actor_, input);
      ADD_FAILURE() << "accepted " << input;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::Validation) << input;
      ASSERT_EQ(error.fields().size(), 1u);
      EXPECT_EQ(error.fields()[0].field, "organisasjonsnummer");
    }
    EXPECT_THROW(service.preview(actor_, input), Error);
  }
  EXPECT_EQ(brreg_.calls.load(), 0);
}

}  // namespace
}  // namespace masseflyt::identity::organisations
