#include "modules/masses/fractions/web/fraction_pages.hpp"

#include <ctemplate/template.h>

#include "modules/masses/fractions/domain/conversion_query.hpp"
#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/fractions/domain/quantity_text.hpp"
#include "modules/masses/fractions/web/fraction_text.hpp"
#include "modules/registry/common/page_frame.hpp"
#include "modules/registry/common/page_helpers.hpp"
#include "platform/core/error.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/web/dictionary.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::masses::fractions {
namespace {

using Dictionary = ctemplate::TemplateDictionary;
constexpr std::string_view kTemplates = "modules/masses/fractions/web/templates/";

std::string text(std::string_view key) { return std::string(i18n::t(key)); }

http::Response page(const web::Renderer& renderer, const http::Request& request, std::string title,
                    std::string_view file, const Dictionary& content, int status = 200) {
  return registry::common::renderPage(
      renderer, request, {"fraksjoner", std::move(title), std::string(kTemplates) + std::string(file), status},
      content);
}

void fillFractionFacts(Dictionary& d, const Fraction& f) {
  web::setValue(d, "KEY", f.key);
  web::setValue(d, "NAME", f.name);
  web::setValue(d, "EAL", f.eal_code);
  web::setValue(d, "NS9431", ns9431Text(f));
  if (!f.grading.empty()) web::addTextSection(d, "GRADING", f.grading);
  web::setValue(d, "HAZARDOUS", text(f.hazardous ? "masses.fractions.yes" : "masses.fractions.no"));
  web::setValue(d, "DSA", text(f.requires_dsa_permit ? "masses.fractions.yes" : "masses.fractions.no"));
  web::setValue(d, "DENSITY", densityText(f.factors));
  web::setValue(d, "SWELL", formatThousandths(f.factors.swell_permille));
  web::setValue(d, "PLACED", formatThousandths(f.factors.placed_permille));
  web::setValue(d, "SOURCE", f.factors.source);
}

http::Response catalogPage(const web::Renderer& renderer, const http::Request& request) {
  const Catalog& c = catalog();
  Dictionary content("fraksjoner");
  web::setValue(content, "VERSION_TEXT", i18n::catalog().format("masses.fractions.list_version", {{"version", c.version}}));
  web::setValue(content, "SOURCE", c.source);
  for (const auto& group : groups()) {
    auto* link = content.AddSectionDictionary("GROUP_LINK");
    web::setValue(*link, "KEY", group.key);
    web::setValue(*link, "LABEL", text(group.label_key));
    auto* section = content.AddSectionDictionary("GROUP");
    web::setValue(*section, "KEY", group.key);
    web::setValue(*section, "LABEL", text(group.label_key));
    for (const auto& f : c.fractions) {
      if (f.group != group.key) continue;
      fillFractionFacts(*section->AddSectionDictionary("ROW"), f);
    }
  }
  return page(renderer, request, text("masses.fractions.list_title"), "katalog.tpl", content);
}

void addOptions(Dictionary& content, std::string_view section, std::string_view selected,
                std::initializer_list<std::pair<std::string_view, std::string_view>> options) {
  for (const auto& [value, label_key] : options) {
    auto* option = content.AddSectionDictionary(std::string(section));
    web::setValue(*option, "VALUE", value);
    web::setValue(*option, "LABEL", text(label_key));
    if (value == selected) option->ShowSection("SELECTED");
  }
}

void addResultLine(Dictionary& result, std::string_view unit_key, std::string value, bool entered) {
  auto* line = result.AddSectionDictionary("LINE");
  web::setValue(*line, "UNIT", text(unit_key));
  web::setValue(*line, "VALUE", value);
  line->ShowSection(entered ? "ENTERED" : "ESTIMATE");
}

http::Response fractionPage(const web::Renderer& renderer, const http::Request& request) {
  const Fraction* f = catalog().find(request.pathParam("key"));
  if (f == nullptr) throw Error(ErrorKind::NotFound, "masses.fractions.error.not_found");
  Dictionary content("fraksjon");
  fillFractionFacts(content, *f);
  web::setValue(content, "GROUP", groupLabel(f->group));
  web::setValue(content, "PROPERTIES", f->properties);
  web::setValue(content, "VERSION", catalog().version);
  web::setValue(content, "HAZARDOUS_TEXT", text(f->hazardous ? "masses.fractions.yes" : "masses.fractions.no"));
  web::setValue(content, "DSA_TEXT", text(f->requires_dsa_permit ? "masses.fractions.yes" : "masses.fractions.no"));
  if (f->hazardous) content.ShowSection("HAZARDOUS");
  if (f->requires_dsa_permit) content.ShowSection("DSA");

  const ConversionQuery query{.quantity = request.queryParam("mengde").value_or(""),
                              .unit = request.queryParam("enhet").value_or("m3"),
                              .state = request.queryParam("tilstand").value_or("fast")};
  web::setValue(content, "QUANTITY", query.quantity);
  addOptions(content, "UNIT", query.unit, {{"m3", "masses.fractions.unit.m3"}, {"tonn", "masses.fractions.unit.tonn"}});
  addOptions(content, "STATE", query.state,
             {{"fast", "masses.fractions.state.fast"}, {"los", "masses.fractions.state.los"},
              {"anbrakt", "masses.fractions.state.anbrakt"}});
  int status = 200;
  // The form is a GET so it works without JavaScript and a result can be linked to.
  if (request.queryParam("mengde").has_value()) {
    try {
      const auto q = convertQuery(query, f->factors);
      auto* result = content.AddSectionDictionary("RESULT");
      const std::string entered_text = q.entered.unit == Unit::Tonnes
                                           ? formatTonnes(q.kg)
                                           : formatCubicMetres(q.entered.dm3, q.entered.state);
      web::setValue(*result, "CAPTION", i18n::catalog().format("masses.fractions.result_caption",
                                                               {{"quantity", entered_text}, {"fraction", f->name}}));
      const bool tonnes = q.entered.unit == Unit::Tonnes;
      addResultLine(*result, "masses.fractions.result_unit.tonn", formatTonnes(q.kg), tonnes);
      addResultLine(*result, "masses.fractions.result_unit.fast", formatCubicMetres(q.solid_dm3, VolumeState::Solid),
                    !tonnes && q.entered.state == VolumeState::Solid);
      addResultLine(*result, "masses.fractions.result_unit.los", formatCubicMetres(q.loose_dm3, VolumeState::Loose),
                    !tonnes && q.entered.state == VolumeState::Loose);
      addResultLine(*result, "masses.fractions.result_unit.anbrakt",
                    formatCubicMetres(q.placed_dm3, VolumeState::Placed),
                    !tonnes && q.entered.state == VolumeState::Placed);
      web::setValue(*result, "FACTORS_TEXT", factorsText(q.factors));
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::Validation) throw;
      registry::common::showFieldErrors(content, error);
      status = 422;
    }
  }
  return page(renderer, request, f->name, "fraksjon.tpl", content, status);
}

}  // namespace

void registerPageRoutes(http::Router& router, const web::Renderer& renderer) {
  router.add({http::Method::Get, "/fraksjoner", http::Audience::Page,
              [&renderer](http::Request& request) { return catalogPage(renderer, request); },
              {}});
  router.add({http::Method::Get, "/fraksjoner/{key}", http::Audience::Page,
              [&renderer](http::Request& request) { return fractionPage(renderer, request); },
              {}});
}

}  // namespace masseflyt::masses::fractions
