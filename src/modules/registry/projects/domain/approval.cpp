#include "modules/registry/projects/domain/approval.hpp"

#include <algorithm>

#include "platform/core/calendar.hpp"
#include "platform/core/text.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::registry::projects {
namespace {

constexpr ApprovalType kTypes[] = {
    {"reguleringsplan", "registry.project.approval.type.reguleringsplan"},
    {"rammetillatelse", "registry.project.approval.type.rammetillatelse"},
    {"tiltaksplan", "registry.project.approval.type.tiltaksplan"},
    {"forurensningsloven", "registry.project.approval.type.forurensningsloven"},
    {"massehandteringsplan", "registry.project.approval.type.massehandteringsplan"},
    {"annet", "registry.project.approval.type.annet"},
};

constexpr std::size_t kMaxAuthority = 200;
constexpr std::size_t kMaxReference = 100;
constexpr std::size_t kMaxUrl = 2000;

bool hasControl(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  });
}

bool isHttpUrl(std::string_view url) {
  const auto rest = url.rfind("https://", 0) == 0 ? url.substr(8) : url.rfind("http://", 0) == 0 ? url.substr(7) : std::string_view();
  return !rest.empty() && rest.find_first_of(" \"<>") == std::string_view::npos && rest.front() != '/';
}

}  // namespace

std::span<const ApprovalType> approvalTypes() { return kTypes; }

const ApprovalType* findApprovalType(std::string_view key) {
  for (const auto& t : kTypes) {
    if (t.key == key) return &t;
  }
  return nullptr;
}

std::vector<FieldError> applyApprovalInput(const ApprovalInput& input, Approval& out) {
  std::vector<FieldError> errors;
  const std::string type = text::trim(input.type);
  const std::string authority = text::trim(input.authority);
  const std::string reference = text::trim(input.reference);
  const std::string from = text::trim(input.valid_from);
  const std::string to = text::trim(input.valid_to);
  const std::string url = text::trim(input.document_url);
  if (findApprovalType(type) == nullptr) errors.push_back({"type", "registry.project.approval.error.type"});
  if (authority.empty()) {
    errors.push_back({"myndighet", "registry.project.approval.error.authority"});
  } else if (authority.size() > kMaxAuthority || hasControl(authority)) {
    errors.push_back({"myndighet", "registry.project.approval.error.authority_long"});
  }
  if (reference.size() > kMaxReference || hasControl(reference)) {
    errors.push_back({"referanse", "registry.project.approval.error.reference"});
  }
  const auto from_day = calendar::parseDate(from);
  if (!from_day) errors.push_back({"gyldig_fra", "registry.project.approval.error.date"});
  std::optional<long> to_day;
  if (!to.empty()) {
    to_day = calendar::parseDate(to);
    if (!to_day) {
      errors.push_back({"gyldig_til", "registry.project.approval.error.date"});
    } else if (from_day && *to_day < *from_day) {
      errors.push_back({"gyldig_til", "registry.project.approval.error.order"});
    }
  }
  if (!url.empty() && (url.size() > kMaxUrl || !isHttpUrl(url))) {
    errors.push_back({"dokument_url", "registry.project.approval.error.url"});
  }
  if (!errors.empty()) return errors;
  out.type = type;
  out.authority = authority;
  out.reference = reference;
  out.valid_from = from;
  out.valid_to = to.empty() ? std::nullopt : std::optional<std::string>(to);
  out.document_url = url;
  return errors;
}

ApprovalStatus approvalStatus(const Approval& approval, std::string_view day) {
  // ISO dates compare as text.
  if (day < approval.valid_from) return ApprovalStatus::NotYetInForce;
  if (approval.valid_to && day > *approval.valid_to) return ApprovalStatus::Expired;
  return ApprovalStatus::InForce;
}

std::string_view approvalStatusKey(ApprovalStatus status) {
  switch (status) {
    case ApprovalStatus::InForce: return "gjeldende";
    case ApprovalStatus::NotYetInForce: return "ikke_gyldig_enna";
    case ApprovalStatus::Expired: return "utlopt";
  }
  return "gjeldende";
}

std::string approvalStatusLabelKey(ApprovalStatus status) {
  return "registry.project.approval.status." + std::string(approvalStatusKey(status));
}

std::string_view approvalStatusColor(ApprovalStatus status) {
  switch (status) {
    case ApprovalStatus::InForce: return "success";
    case ApprovalStatus::NotYetInForce: return "info";
    case ApprovalStatus::Expired: return "danger";
  }
  return "neutral";
}

std::string approvalSummary(const Approval& a) {
  const auto* type = findApprovalType(a.type);
  std::string out = type != nullptr ? std::string(i18n::t(type->label_key)) : a.type;
  out += ", " + a.authority;
  if (!a.reference.empty()) out += ", " + a.reference;
  out += ", " + calendar::displayDate(a.valid_from) + " – " +
         (a.valid_to ? calendar::displayDate(*a.valid_to) : std::string(i18n::t("registry.project.approval.open_ended")));
  return out;
}

}  // namespace masseflyt::registry::projects
