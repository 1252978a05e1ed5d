#include "modules/registry/sites/domain/permit_status.hpp"

namespace masseflyt::registry::sites {
namespace {

int rank(PermitStatus status) {
  switch (status) {
    case PermitStatus::Valid: return 4;
    case PermitStatus::ExpiringSoon: return 3;
    case PermitStatus::NotYetValid: return 2;
    case PermitStatus::Expired: return 1;
  }
  return 0;
}

}  // namespace

std::string_view permitStatusKey(PermitStatus status) {
  switch (status) {
    case PermitStatus::Valid: return "gyldig";
    case PermitStatus::ExpiringSoon: return "utloper_snart";
    case PermitStatus::Expired: return "utlopt";
    case PermitStatus::NotYetValid: return "ikke_gyldig_enna";
  }
  return "utlopt";
}

std::string permitStatusLabelKey(PermitStatus status) {
  return "registry.permit.status." + std::string(permitStatusKey(status));
}

std::string_view permitStatusColor(PermitStatus status) {
  switch (status) {
    case PermitStatus::Valid: return "success";
    case PermitStatus::ExpiringSoon: return "warning";
    case PermitStatus::Expired: return "danger";
    case PermitStatus::NotYetValid: return "info";
  }
  return "danger";
}

bool permitsOperation(PermitStatus status) {
  return status == PermitStatus::Valid || status == PermitStatus::ExpiringSoon;
}

PermitStatus permitStatus(const Permit& permit, std::string_view date) {
  const auto day = parseDate(date);
  const auto from = parseDate(permit.valid_from);
  if (!day || !from) return PermitStatus::Expired;  // stored dates are validated; be strict anyway
  if (*day < *from) return PermitStatus::NotYetValid;
  if (!permit.valid_to) return PermitStatus::Valid;
  const auto to = parseDate(*permit.valid_to);
  if (!to || *day > *to) return PermitStatus::Expired;
  return *to - *day <= kExpiringSoonDays ? PermitStatus::ExpiringSoon : PermitStatus::Valid;
}

SiteStatus siteStatus(std::span<const Permit> permits, std::string_view date) {
  if (permits.empty()) return SiteStatus::Missing;
  PermitStatus best = PermitStatus::Expired;
  for (const auto& permit : permits) {
    const auto status = permitStatus(permit, date);
    if (rank(status) > rank(best)) best = status;
  }
  switch (best) {
    case PermitStatus::Valid: return SiteStatus::Valid;
    case PermitStatus::ExpiringSoon: return SiteStatus::ExpiringSoon;
    case PermitStatus::NotYetValid: return SiteStatus::NotYetValid;
    case PermitStatus::Expired: return SiteStatus::Expired;
  }
  return SiteStatus::Missing;
}

std::string_view siteStatusKey(SiteStatus status) {
  switch (status) {
    case SiteStatus::Valid: return "gyldig";
    case SiteStatus::ExpiringSoon: return "utloper_snart";
    case SiteStatus::NotYetValid: return "ikke_gyldig_enna";
    case SiteStatus::Expired: return "utlopt";
    case SiteStatus::Missing: return "mangler";
  }
  return "mangler";
}

std::string siteStatusLabelKey(SiteStatus status) {
  return "registry.site.status." + std::string(siteStatusKey(status));
}

std::string_view siteStatusColor(SiteStatus status) {
  switch (status) {
    case SiteStatus::Valid: return "success";
    case SiteStatus::ExpiringSoon: return "warning";
    default: return "danger";
  }
}

bool hasValidPermit(SiteStatus status) {
  return status == SiteStatus::Valid || status == SiteStatus::ExpiringSoon;
}

}  // namespace masseflyt::registry::sites
