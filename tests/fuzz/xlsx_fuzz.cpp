// XLSX files of mass handling plans: a zip archive of XML parts, read with limits on entries,
// unpacked size and cells (zip bombs).
#include "platform/xlsx/table.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace masseflyt;
  const auto input = fuzz::bytes(data, size);
  (void)xlsx::looksLikeXlsx(input);
  fuzz::expectOnlyErrors([&] { (void)xlsx::readFirstSheet(input); });
  fuzz::expectOnlyErrors([&] { (void)xlsx::serialToIsoDate(input.substr(0, 32)); });
  return 0;
}
