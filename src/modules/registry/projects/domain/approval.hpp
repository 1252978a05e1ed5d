#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/error.hpp"

// A project's approvals for handling masses (the customer's need 2: "gjeldende godkjenninger for
// massehåndtering"): zoning plan, building permit, an approved remediation plan for contaminated
// ground, a pollution permit for the works. Pure rules: types, checking what was typed, and
// whether an approval is in force on a day.
namespace masseflyt::registry::projects {

struct ApprovalType {
  std::string_view key;        ///< API and database value
  std::string_view label_key;  ///< message-catalog key of the Norwegian name
};
std::span<const ApprovalType> approvalTypes();
const ApprovalType* findApprovalType(std::string_view key);

struct Approval {
  std::string id;
  std::string project_id;
  std::string type;  ///< an approvalTypes() key
  std::string authority;
  std::string reference;
  std::string valid_from;               ///< YYYY-MM-DD: decided or in force from
  std::optional<std::string> valid_to;  ///< nullopt: no end
  std::string document_url;             ///< where the authority publishes the decision
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

/// As typed into the form or sent to the API; field names in errors: type, myndighet, referanse,
/// gyldig_fra, gyldig_til, dokument_url.
struct ApprovalInput {
  std::string type;
  std::string authority;
  std::string reference;
  std::string valid_from;
  std::string valid_to;
  std::string document_url;
};

/// Checks `input` and, when it is all right, writes it into `out` (id, project and times are
/// left alone). Returns the field errors; `out` is unchanged when there are any.
std::vector<FieldError> applyApprovalInput(const ApprovalInput& input, Approval& out);

enum class ApprovalStatus { InForce, NotYetInForce, Expired };
/// `day` must be a valid YYYY-MM-DD.
ApprovalStatus approvalStatus(const Approval& approval, std::string_view day);
/// "gjeldende", "ikke_gyldig_enna", "utlopt".
std::string_view approvalStatusKey(ApprovalStatus status);
std::string approvalStatusLabelKey(ApprovalStatus status);
/// Designsystemet colour of its tag.
std::string_view approvalStatusColor(ApprovalStatus status);

/// One line for the change history: "Vedtatt reguleringsplan …, Bærum kommune, 2019/123,
/// 01.02.2020 – uten sluttdato".
std::string approvalSummary(const Approval& approval);

}  // namespace masseflyt::registry::projects
