#pragma once

#include <memory>
#include <vector>

#include "app/cli.hpp"
#include "modules/identity/clients/app/api.hpp"
#include "modules/registry/imports/app/public_site_source.hpp"
#include "platform/config/config.hpp"

namespace masseflyt::mail {
class Mailer;
}

namespace masseflyt::app {

/// Each subcommand returns the process exit code. Expected failures are thrown as
/// masseflyt::Error and reported by main in Norwegian.
int runServe(const CliOptions& cli);
int runMigrate(const CliOptions& cli);
int runWorker(const CliOptions& cli);
int runSeedDemo(const CliOptions& cli);
int runCheckConfig(const CliOptions& cli);
/// `audit verify`: recomputes the audit log's hash chain; exit 0 intact, 1 broken.
int runAudit(const CliOptions& cli);
/// `keys rotate`: a new active token signing key; the old ones stay valid until their tokens expire.
int runKeys(const CliOptions& cli);
/// `import <ngu|miljodirektoratet>`: refreshes the imported sites from the configured source.
int runImport(const CliOptions& cli);

/// Configuration from file and environment, with command-line overrides applied.
config::Config loadConfig(const CliOptions& cli);

/// The SMTP mailer the configuration describes; nullptr when no relay is configured.
std::shared_ptr<mail::Mailer> mailerFromConfig(const config::Config& config);

/// NGU and Miljødirektoratet as the configuration says (live or the synthetic fixtures).
std::vector<std::shared_ptr<const registry::imports::PublicSiteSource>> importSourcesFromConfig(
    const config::Config& config);

/// API client settings from the configuration (commands/keys.cpp); used by serve and keys.
identity::clients::ClientsOptions clientsOptions(const config::Config& config);

}  // namespace masseflyt::app
