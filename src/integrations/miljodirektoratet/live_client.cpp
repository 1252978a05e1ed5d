#include "integrations/miljodirektoratet/live_client.hpp"

#include "integrations/miljodirektoratet/miljodirektoratet_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/outbound/http_client.hpp"

namespace masseflyt::miljodirektoratet {

LiveWasteFacilities::LiveWasteFacilities(LiveClientOptions options) : options_(std::move(options)) {
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
}

std::string LiveWasteFacilities::pagePath(int offset) const {
  // orderByFields keeps the pages stable while paging.
  return options_.layer_path + "?where=" +
         text::percentEncode("bransje LIKE '38.%' AND driftsstatus = 'Aktiv'") +
         "&outFields=*&returnGeometry=true&outSR=4326&orderByFields=anlegg_id&resultOffset=" +
         std::to_string(offset) + "&resultRecordCount=" + std::to_string(options_.page_size) +
         "&f=json";
}

std::vector<registry::imports::ImportedRecord> LiveWasteFacilities::fetchAll() const {
  const outbound::Limits limits{options_.connect_timeout, options_.total_timeout,
                                options_.max_body_bytes, options_.user_agent};
  std::vector<registry::imports::ImportedRecord> out;
  int offset = 0;
  for (int page = 0; page < options_.max_pages; ++page) {
    const std::string path = pagePath(offset);
    outbound::Request request;
    request.url = options_.base_url + path;
    request.headers = {"Accept: application/json"};
    const auto response = outbound::getWithRetry(request, limits, options_.retry_backoff,
                                                 "miljodirektoratet.error.unavailable");
    if (response.status != 200) {
      throw Error(ErrorKind::Unavailable, "miljodirektoratet.error.rejected",
                  "GET " + path + ": HTTP " + std::to_string(response.status));
    }
    auto parsed = parseQueryPage(response.body);
    const auto count = static_cast<int>(parsed.records.size());
    for (auto& record : parsed.records) out.push_back(std::move(record));
    if (!parsed.exceeded_transfer_limit || count == 0) return out;
    offset += count;
  }
  // A partial set would mark the rest as vanished: better no import than a wrong one.
  throw Error(ErrorKind::Unavailable, "miljodirektoratet.error.too_many_pages",
              std::to_string(options_.max_pages) + " pages");
}

}  // namespace masseflyt::miljodirektoratet
