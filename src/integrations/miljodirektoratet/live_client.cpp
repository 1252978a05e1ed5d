#include "integrations/miljodirektoratet/live_client.hpp"

#include <utility>

#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"
#include "platform/core/text.hpp"

namespace masseflyt::miljodirektoratet {

LiveWasteFacilities::LiveWasteFacilities(LiveClientOptions options) : options_(std::move(options)) {}

std::string LiveWasteFacilities::pagePath(int offset) const {
  // orderByFields keeps the pages stable while paging.
  return options_.layer_path + "?where=" +
         text::percentEncode("bransje LIKE '38.%' AND driftsstatus = 'Aktiv'") +
         "&outFields=*&returnGeometry=true&outSR=4326&orderByFields=anlegg_id&resultOffset=" +
         std::to_string(offset) + "&resultRecordCount=" + std::to_string(options_.page_size) +
         "&f=json";
}

std::vector<registry::imports::ImportedRecord> LiveWasteFacilities::fetchAll() const {
  return feature_service::fetchAllPages(
      {.base_url = options_.base_url,
       .accept_header = "Accept: application/json",
       .max_pages = options_.max_pages,
       .keys = {.unavailable = "miljodirektoratet.error.unavailable",
                .rejected = "miljodirektoratet.error.rejected",
                .too_many_pages = "miljodirektoratet.error.too_many_pages"},
       .page_path = [this](int offset) { return pagePath(offset); },
       .parse_page =
           [](std::string_view body) {
             auto parsed = parseQueryPage(body);
             const auto count = static_cast<int>(parsed.records.size());
             // An empty page that still claims more would loop on the same offset.
             const bool more = parsed.exceeded_transfer_limit && count > 0;
             return feature_service::Page{std::move(parsed.records), count, more};
           }},
      options_);
}

}  // namespace masseflyt::miljodirektoratet
