#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/auth/principal.hpp"
#include "platform/http/error_mapping.hpp"
#include "platform/web/asset_manifest.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace masseflyt::web {

/// One entry of the main navigation; `label_key` is a message-catalog key.
struct NavItem {
  std::string id;
  std::string href;
  std::string label_key;
};

struct SiteOptions {
  std::string contact_email = "kontakt@masseflyt.no";
  /// The header navigation in order; modules add their entry here as they arrive.
  std::vector<NavItem> navigation = {
      {"forside", "/", "web.nav.home"},
      {"organisasjoner", "/organisasjoner", "organisations.nav"},
      {"anlegg", "/anlegg", "registry.site.nav"},
      {"prosjekter", "/prosjekter", "registry.project.nav"},
      {"masser", "/masser", "masses.listing.nav"},
      {"transportorer", "/transportorer", "registry.carrier.nav"},
      {"kontrolltjenester", "/kontrolltjenester", "registry.provider.nav"},
      {"utviklere", "/utviklere", "web.nav.developers"},
  };
};

/// What the layout needs to know about a page besides its content.
struct PageMeta {
  std::string title;        ///< the page's own title (catalog text); the layout adds the service name
  std::string description;  ///< <meta name="description">, optional
  std::string nav;          ///< id of the current navigation item (NavItem::id), or empty
  std::vector<std::string> styles;   ///< extra logical asset names, loaded after app.css
  std::vector<std::string> scripts;  ///< extra logical asset names, deferred after app.js, in order
  /// Who is logged in (request.principal.get()), or null: the header then shows the person's
  /// name, "Min konto" and a logout button (a POST form carrying the session's CSRF token)
  /// instead of "Logg inn". Pages rendered once for everybody leave it null.
  const auth::Principal* principal = nullptr;
};

/// Renders HTML pages in the base layout (platform/web/templates/layout.tpl): skip link, header
/// with navigation, <main id="innhold">, footer. Also the HTML error pages of the HTTP edge.
/// Thread-safe after construction; handlers share one instance.
class Renderer : public http::ErrorPageRenderer {
 public:
  static constexpr std::string_view kLayoutTemplate = "platform/web/templates/layout.tpl";
  static constexpr std::string_view kErrorTemplate = "platform/web/templates/error.tpl";

  /// Loads the templates (see templates.hpp) and checks that the layout's assets are in the
  /// manifest, so a missing build fails at start-up rather than on the first request.
  Renderer(AssetManifest assets, SiteOptions site);

  /// Expands `content_template` (a template name such as "app/pages/templates/forside.tpl") with
  /// `content`, then places it inside the layout. Catalog texts ({{T_...}}) need no filling;
  /// anything else the content template shows (e.g. site().contact_email) the caller sets.
  /// Throws masseflyt::Error (Internal) for an unknown template or asset.
  std::string page(const PageMeta& meta, std::string_view content_template,
                   const ctemplate::TemplateDictionary& content) const;

  /// A Norwegian HTML error page inside the layout.
  std::string render(int status, std::string_view title, std::string_view detail,
                     std::string_view request_id) const override;

  const AssetManifest& assets() const { return assets_; }
  const SiteOptions& site() const { return site_; }

 private:
  AssetManifest assets_;
  SiteOptions site_;
};

}  // namespace masseflyt::web
