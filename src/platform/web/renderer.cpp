#include "platform/web/renderer.hpp"

#include <ctemplate/template.h>

#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/templates.hpp"

namespace masseflyt::web {
namespace {

// The layout always loads these; build.mjs writes them.
constexpr std::string_view kBaseStyles[] = {"app.css"};
constexpr std::string_view kBaseScripts[] = {"htmx.js", "app.js"};
constexpr std::string_view kFavicon = "favicon.svg";

std::string expand(std::string_view name, const ctemplate::TemplateDictionary& dictionary) {
  std::string out;
  if (!ctemplate::ExpandTemplate(std::string(name),
                                 static_cast<ctemplate::Strip>(templateStripMode()), &dictionary,
                                 &out)) {
    throw Error(ErrorKind::Internal, "web.error.template_unknown", std::string(name));
  }
  return out;
}

void setText(ctemplate::TemplateDictionary& dictionary, std::string_view name,
             std::string_view value) {
  dictionary.SetValue(ctemplate::TemplateString(name.data(), name.size()),
                      ctemplate::TemplateString(value.data(), value.size()));
}

}  // namespace

Renderer::Renderer(AssetManifest assets, SiteOptions site)
    : assets_(std::move(assets)), site_(std::move(site)) {
  loadTemplates();
  for (const auto name : kBaseStyles) {
    (void)assets_.url(name);
  }
  for (const auto name : kBaseScripts) {
    (void)assets_.url(name);
  }
  (void)assets_.url(kFavicon);
}

std::string Renderer::page(const PageMeta& meta, std::string_view content_template,
                           const ctemplate::TemplateDictionary& content) const {
  const std::string body = expand(content_template, content);

  ctemplate::TemplateDictionary layout("layout");
  setText(layout, "TITLE",
          meta.title.empty()
              ? std::string(i18n::t("web.layout.service_name"))
              : i18n::catalog().format("web.layout.title", {{"page", meta.title}}));
  if (!meta.description.empty()) {
    layout.AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", meta.description);
  }
  setText(layout, "FAVICON_URL", assets_.url(kFavicon));
  for (const auto name : kBaseStyles) {
    layout.AddSectionDictionary("STYLE")->SetValue("URL", assets_.url(name));
  }
  for (const auto& name : meta.styles) {
    layout.AddSectionDictionary("STYLE")->SetValue("URL", assets_.url(name));
  }
  for (const auto name : kBaseScripts) {
    layout.AddSectionDictionary("SCRIPT")->SetValue("URL", assets_.url(name));
  }
  for (const auto& name : meta.scripts) {
    layout.AddSectionDictionary("SCRIPT")->SetValue("URL", assets_.url(name));
  }
  for (const auto& item : site_.navigation) {
    auto* entry = layout.AddSectionDictionary("NAV_ITEM");
    entry->SetValue("HREF", item.href);
    setText(*entry, "LABEL", i18n::t(item.label_key));
    if (item.id == meta.nav) {
      entry->ShowSection("CURRENT");
    }
  }
  if (meta.principal != nullptr) {
    auto* signed_in = layout.AddSectionDictionary("SIGNED_IN");
    setText(*signed_in, "PERSON_NAME", meta.principal->display_name);
    setText(*signed_in, "CSRF_TOKEN", meta.principal->csrf_token);
    if (meta.nav == "konto") signed_in->ShowSection("ACCOUNT_CURRENT");
  } else {
    layout.ShowSection("SIGNED_OUT");
  }
  layout.SetValue("CONTACT_EMAIL", site_.contact_email);
  // Already escaped by the content template's own AUTOESCAPE pragma; inserted with :none.
  layout.SetValue("CONTENT", body);
  return expand(kLayoutTemplate, layout);
}

std::string Renderer::render(int status, std::string_view title, std::string_view detail,
                             std::string_view request_id) const {
  ctemplate::TemplateDictionary content("error");
  setText(content, "TITLE", title);
  setText(content, "STATUS_TEXT",
          i18n::catalog().format("web.error.code", {{"status", std::to_string(status)}}));
  if (!detail.empty()) {
    setText(*content.AddSectionDictionary("DETAIL"), "TEXT", detail);
  }
  if (!request_id.empty()) {
    setText(*content.AddSectionDictionary("REQUEST_ID"), "ID", request_id);
  }
  content.SetValue("CONTACT_EMAIL", site_.contact_email);
  PageMeta meta;
  meta.title = std::string(title);
  return page(meta, kErrorTemplate, content);
}

}  // namespace masseflyt::web
