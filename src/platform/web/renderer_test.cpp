#include "platform/web/renderer.hpp"

#include <ctemplate/template.h>
#include <gtest/gtest.h>

#include <regex>

#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/test_support.hpp"

namespace masseflyt::web {
namespace {

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

class RendererTest : public ::testing::Test {
 protected:
  Renderer renderer{testing::fakeManifest(), SiteOptions{"post@example.no"}};
};

TEST_F(RendererTest, ErrorPageHasTheLayoutAndLandmarks) {
  const auto html = renderer.render(404, "Siden finnes ikke", "Vi fant ikke siden.", "req-123");
  EXPECT_TRUE(contains(html, "<html lang=\"nb\""));
  EXPECT_TRUE(contains(html, "<title>Siden finnes ikke – Masseflyt</title>"));
  EXPECT_TRUE(contains(html, "class=\"ds-skip-link\" href=\"#innhold\""));
  EXPECT_TRUE(contains(html, i18n::t("web.layout.skip")));
  EXPECT_TRUE(contains(html, "<header"));
  EXPECT_TRUE(contains(html, "<nav class=\"mf-nav\""));
  EXPECT_TRUE(contains(html, "<main id=\"innhold\""));
  EXPECT_TRUE(contains(html, "<footer"));
  EXPECT_TRUE(contains(html, "href=\"/personvern\""));
  EXPECT_TRUE(contains(html, "href=\"/tilgjengelighet\""));
  EXPECT_TRUE(contains(html, "mailto:post@example.no"));
  EXPECT_TRUE(contains(html, "Feilkode 404"));
  EXPECT_TRUE(contains(html, "Vi fant ikke siden."));
  EXPECT_TRUE(contains(html, "req-123"));
  EXPECT_TRUE(contains(html, "href=\"/static/app-AAAAAAAA.css\""));
  EXPECT_TRUE(contains(html, "src=\"/static/htmx-CCCCCCCC.js\""));
  EXPECT_TRUE(contains(html, "src=\"/static/app-BBBBBBBB.js\""));
  EXPECT_FALSE(contains(html, "{{"));
}

TEST_F(RendererTest, HeaderShowsLoginLinkOrThePersonWithLogout) {
  ctemplate::TemplateDictionary content("c");
  PageMeta meta;
  const auto anonymous = renderer.page(meta, Renderer::kErrorTemplate, content);
  EXPECT_TRUE(contains(anonymous, "href=\"/logg-inn\""));
  EXPECT_FALSE(contains(anonymous, "action=\"/logg-ut\""));

  auth::Principal person;
  person.display_name = "Kari <Nordmann>";
  person.csrf_token = "tok-123";
  meta.principal = &person;
  const auto signed_in = renderer.page(meta, Renderer::kErrorTemplate, content);
  EXPECT_FALSE(contains(signed_in, "href=\"/logg-inn\""));
  EXPECT_TRUE(contains(signed_in, "Kari &lt;Nordmann&gt;"));
  EXPECT_TRUE(contains(signed_in, "href=\"/konto\""));
  EXPECT_TRUE(contains(signed_in, "method=\"post\" action=\"/logg-ut\""));
  EXPECT_TRUE(contains(signed_in, "name=\"csrf_token\" value=\"tok-123\""));
}

TEST_F(RendererTest, NoInlineScriptOrStyle) {
  const auto html = renderer.render(500, "Noe gikk galt", "", "");
  EXPECT_FALSE(std::regex_search(html, std::regex("<script(?![^>]*\\ssrc=)")));
  EXPECT_FALSE(contains(html, "<style"));
  EXPECT_FALSE(contains(html, " style="));
  EXPECT_FALSE(std::regex_search(html, std::regex("\\son[a-z]+=")));
}

TEST_F(RendererTest, EscapesEverythingItIsGiven) {
  const auto html = renderer.render(400, "<script>alert(1)</script>", "\"><img src=x onerror=1>",
                                    "<b>id</b>");
  EXPECT_FALSE(contains(html, "<script>alert"));
  EXPECT_FALSE(contains(html, "<img"));
  EXPECT_FALSE(contains(html, "<b>id"));
  EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_F(RendererTest, MarksTheCurrentNavigationItem) {
  ctemplate::TemplateDictionary content("c");
  PageMeta meta;
  meta.title = "Utviklere";
  meta.nav = "utviklere";
  meta.scripts = {"api-viewer.js"};
  meta.styles = {"api-viewer.css"};
  const auto html = renderer.page(meta, Renderer::kErrorTemplate, content);
  EXPECT_TRUE(contains(html, "href=\"/utviklere\" aria-current=\"page\""));
  EXPECT_FALSE(contains(html, "href=\"/\" aria-current=\"page\""));
  EXPECT_TRUE(contains(html, "src=\"/static/api-viewer-HHHHHHHH.js\""));
  EXPECT_TRUE(contains(html, "href=\"/static/api-viewer-GGGGGGGG.css\""));
  // Page scripts come after the shared ones, so swagger-ui and friends can rely on htmx/app.
  EXPECT_LT(html.find("app-BBBBBBBB.js"), html.find("api-viewer-HHHHHHHH.js"));
}

TEST_F(RendererTest, UnknownTemplateOrAssetIsAnInternalError) {
  ctemplate::TemplateDictionary content("c");
  EXPECT_THROW((void)renderer.page({}, "finnes/ikke.tpl", content), Error);
  PageMeta meta;
  meta.scripts = {"ukjent.js"};
  EXPECT_THROW((void)renderer.page(meta, Renderer::kErrorTemplate, content), Error);
}

TEST(Renderer, RefusesAManifestWithoutTheLayoutAssets) {
  EXPECT_THROW(Renderer(AssetManifest::parse(R"({"app.css": "app-AAAAAAAA.css"})"), SiteOptions{}),
               Error);
}

}  // namespace
}  // namespace masseflyt::web
