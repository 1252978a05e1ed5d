#include "modules/registry/sites/app/demo_permit_document.hpp"

#include "modules/registry/sites/app/site_service.hpp"
#include "modules/registry/sites/domain/catalog.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/pdf/document.hpp"

namespace masseflyt::registry::sites {

std::string demoPermitPdf(const Site& site, const Permit& permit) {
  const auto* type = findPermitType(permit.type);
  const std::string type_name = type != nullptr ? std::string(i18n::t(type->label_key)) : permit.type;
  pdf::PdfDocument document;
  document.title = "Tillatelse (fiktiv demo)";
  document.subtitle = {type_name, site.name};
  document.author = permit.authority + " (fiktiv)";
  document.footer = "Demodata i Masseflyt – ikke et ekte vedtak";
  document.page_label = "Side {page} av {pages}";
  pdf::Section decision{"Vedtak", {}, {}, {}};
  for (const auto& [label_key, value] : permitDisplayFields(permit)) {
    if (!value.empty()) decision.facts.push_back({std::string(i18n::t(label_key)), value});
  }
  decision.paragraphs = {
      "Dette dokumentet er laget for demonstrasjon av Masseflyt. Virksomheten, anlegget, "
      "myndigheten og vedtaket er oppdiktet; referansen " + permit.reference + " finnes ikke.",
      "Et ekte vedtak etter forurensningsloven § 11 inneholder vilkår for drift, utslipp, "
      "mottakskontroll, internkontroll og avslutning. Slike vilkår står ikke her."};
  pdf::Section site_section{"Anlegget", {}, {}, {}};
  site_section.facts = {{"Navn", site.name},
                        {"Adresse", site.address},
                        {"Kommunenummer", site.municipality_number}};
  document.sections = {std::move(decision), std::move(site_section)};
  return pdf::renderPdf(document);
}

}  // namespace masseflyt::registry::sites
