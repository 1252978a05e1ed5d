// Small rules that read what API callers and forms send: pagination cursors, calendar dates,
// planned project dates, uploaded file names and permit documents, approvals.
#include "modules/registry/projects/domain/approval.hpp"
#include "modules/registry/projects/domain/project.hpp"
#include "modules/registry/sites/domain/permit_document.hpp"
#include "platform/api/pagination.hpp"
#include "platform/core/calendar.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace masseflyt;
  const auto input = fuzz::bytes(data, size);
  fuzz::expectOnlyErrors([&] {
    if (const auto key = api::decodeCursor(input)) (void)api::offsetFromCursorKey(*key);
    (void)api::offsetFromCursorKey(input);
  });
  fuzz::expectOnlyErrors([&] { (void)calendar::parseDate(input); });
  fuzz::expectOnlyErrors([&] { (void)registry::projects::parsePlannedDate(input); });
  fuzz::expectOnlyErrors([&] {
    const auto name = registry::sites::permitDocumentName(input);
    // A stored name is never empty, never a path and always a PDF name.
    if (name.empty() || name.find_first_of("/\\") != std::string::npos || name.size() > 120) __builtin_trap();
    (void)registry::sites::checkPermitDocument(input);
  });
  fuzz::expectOnlyErrors([&] {
    // Six fields separated by NUL, as a form would send them.
    registry::projects::ApprovalInput in;
    std::string* fields[] = {&in.type, &in.authority, &in.reference, &in.valid_from, &in.valid_to, &in.document_url};
    std::size_t start = 0;
    for (auto* field : fields) {
      const auto end = input.find('\0', start);
      *field = std::string(input.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    registry::projects::Approval approval;
    if (registry::projects::applyApprovalInput(in, approval).empty()) {
      (void)registry::projects::approvalStatus(approval, "2026-11-28");
      (void)registry::projects::approvalSummary(approval);
    }
  });
  return 0;
}
