#include "integrations/ngu/live_client.hpp"

#include <utility>

#include "integrations/ngu/ngu_parser.hpp"
#include "platform/core/text.hpp"

namespace masseflyt::ngu {

LiveGravelAndRock::LiveGravelAndRock(LiveClientOptions options) : options_(std::move(options)) {}

std::string LiveGravelAndRock::pagePath(int start_index) const {
  return "?service=WFS&version=2.0.0&request=GetFeature&typeNames=" +
         text::percentEncode(options_.type_name) +
         "&outputFormat=" + text::percentEncode("application/json") + "&srsName=EPSG:4326&count=" +
         std::to_string(options_.page_size) + "&startIndex=" + std::to_string(start_index);
}

std::vector<registry::imports::ImportedRecord> LiveGravelAndRock::fetchAll() const {
  return feature_service::fetchAllPages(
      {.base_url = options_.base_url,
       .accept_header = "Accept: application/json, application/geo+json",
       .max_pages = options_.max_pages,
       .keys = {.unavailable = "ngu.error.unavailable",
                .rejected = "ngu.error.rejected",
                .too_many_pages = "ngu.error.too_many_pages"},
       .page_path = [this](int start_index) { return pagePath(start_index); },
       .parse_page =
           [this](std::string_view body) {
             auto parsed = parseFeaturePage(body);
             // WFS does not say whether more follow: only a short page is surely the last.
             const bool more = parsed.feature_count >= options_.page_size;
             return feature_service::Page{std::move(parsed.records), parsed.feature_count, more};
           }},
      options_);
}

}  // namespace masseflyt::ngu
