#include <utility>

#include "platform/core/error.hpp"
#include "platform/jobs/jobs.hpp"

namespace masseflyt::jobs {

void JobRegistry::add(std::string kind, JobHandler handler) {
  if (kind.empty() || !handler) {
    throw Error(ErrorKind::Internal, "jobs.error.invalid_kind",
                kind.empty() ? "empty job kind" : "no handler for job kind " + kind);
  }
  if (handlers_.contains(kind)) {
    throw Error(ErrorKind::Internal, "jobs.error.invalid_kind",
                "job kind registered twice: " + kind);
  }
  handlers_.emplace(std::move(kind), std::move(handler));
}

const JobHandler* JobRegistry::find(std::string_view kind) const {
  const auto it = handlers_.find(kind);
  return it == handlers_.end() ? nullptr : &it->second;
}

std::vector<std::string> JobRegistry::kinds() const {
  std::vector<std::string> out;
  out.reserve(handlers_.size());
  for (const auto& [kind, handler] : handlers_) {
    out.push_back(kind);
  }
  return out;
}

}  // namespace masseflyt::jobs
