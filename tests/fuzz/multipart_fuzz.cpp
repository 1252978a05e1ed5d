// multipart/form-data bodies (plan imports, permit documents): the first line is the
// Content-Type's boundary parameter, the rest the body.
#include "platform/forms/multipart.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace masseflyt;
  const auto input = fuzz::bytes(data, size);
  const auto line_end = input.find('\n');
  const auto header = input.substr(0, line_end);
  const auto body = line_end == std::string_view::npos ? std::string_view() : input.substr(line_end + 1);
  fuzz::expectOnlyErrors([&] {
    if (const auto boundary = forms::multipartBoundary("multipart/form-data; boundary=" + std::string(header))) {
      const auto parts = forms::parseMultipart(body, *boundary);
      for (const auto& part : parts) {
        // Every part lies within the body it came from.
        if (part.body.size() > body.size()) __builtin_trap();
      }
      (void)forms::findPart(parts, "fil");
    }
  });
  fuzz::expectOnlyErrors([&] { (void)forms::multipartBoundary(header); });
  return 0;
}
