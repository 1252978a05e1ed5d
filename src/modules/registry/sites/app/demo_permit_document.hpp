#pragma once

#include <string>

#include "modules/registry/sites/domain/model.hpp"

namespace masseflyt::registry::sites {

/// A one-page PDF that stands in for a demo permit's decision, marked as fictional throughout,
/// so `make run` shows uploaded permit documents with something real to open.
std::string demoPermitPdf(const Site& site, const Permit& permit);

}  // namespace masseflyt::registry::sites
