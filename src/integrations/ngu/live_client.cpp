#include "integrations/ngu/live_client.hpp"

#include "integrations/ngu/ngu_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/outbound/http_client.hpp"

namespace masseflyt::ngu {

LiveGravelAndRock::LiveGravelAndRock(LiveClientOptions options) : options_(std::move(options)) {
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
}

std::string LiveGravelAndRock::pagePath(int start_index) const {
  return "?service=WFS&version=2.0.0&request=GetFeature&typeNames=" +
         text::percentEncode(options_.type_name) +
         "&outputFormat=" + text::percentEncode("application/json") + "&srsName=EPSG:4326&count=" +
         std::to_string(options_.page_size) + "&startIndex=" + std::to_string(start_index);
}

std::vector<registry::imports::ImportedRecord> LiveGravelAndRock::fetchAll() const {
  const outbound::Limits limits{options_.connect_timeout, options_.total_timeout,
                                options_.max_body_bytes, options_.user_agent};
  std::vector<registry::imports::ImportedRecord> out;
  int start = 0;
  for (int page = 0; page < options_.max_pages; ++page) {
    const std::string path = pagePath(start);
    outbound::Request request;
    request.url = options_.base_url + path;
    request.headers = {"Accept: application/json, application/geo+json"};
    const auto response =
        outbound::getWithRetry(request, limits, options_.retry_backoff, "ngu.error.unavailable");
    if (response.status != 200) {
      throw Error(ErrorKind::Unavailable, "ngu.error.rejected",
                  "GET " + path + ": HTTP " + std::to_string(response.status));
    }
    auto parsed = parseFeaturePage(response.body);
    for (auto& record : parsed.records) out.push_back(std::move(record));
    if (parsed.feature_count < options_.page_size) return out;
    start += parsed.feature_count;
  }
  // A partial set would mark the rest as vanished: better no import than a wrong one.
  throw Error(ErrorKind::Unavailable, "ngu.error.too_many_pages", std::to_string(options_.max_pages) + " pages");
}

}  // namespace masseflyt::ngu
