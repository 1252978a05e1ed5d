// CSV files of mass handling plans (uploaded or pasted).
#include "platform/xlsx/table.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace masseflyt;
  fuzz::expectOnlyErrors([&] { (void)xlsx::parseCsv(fuzz::bytes(data, size)); });
  return 0;
}
