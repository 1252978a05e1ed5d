#pragma once

#include "platform/web/asset_manifest.hpp"

namespace masseflyt::web::testing {

/// A manifest with every asset the layout and the open pages ask for, without needing a build.
inline AssetManifest fakeManifest() {
  return AssetManifest::parse(R"({
    "app.css": "app-AAAAAAAA.css", "app.js": "app-BBBBBBBB.js", "htmx.js": "htmx-CCCCCCCC.js",
    "favicon.svg": "favicon-DDDDDDDD.svg", "swagger-ui.css": "swagger-ui-EEEEEEEE.css",
    "swagger-ui.js": "swagger-ui-FFFFFFFF.js", "api-viewer.css": "api-viewer-GGGGGGGG.css",
    "api-viewer.js": "api-viewer-HHHHHHHH.js"
  })");
}

}  // namespace masseflyt::web::testing
