#include "integrations/feature_service/paged_fetch.hpp"

#include "platform/core/error.hpp"
#include "platform/outbound/http_client.hpp"

namespace masseflyt::feature_service {

std::vector<registry::imports::ImportedRecord> fetchAllPages(const PagedQuery& query,
                                                             const HttpOptions& http) {
  std::string base_url = query.base_url;
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  const outbound::Limits limits{http.connect_timeout, http.total_timeout, http.max_body_bytes,
                                http.user_agent};
  std::vector<registry::imports::ImportedRecord> out;
  int offset = 0;
  for (int page = 0; page < query.max_pages; ++page) {
    const std::string path = query.page_path(offset);
    outbound::Request request;
    request.url = base_url + path;
    request.headers = {query.accept_header};
    const auto response =
        outbound::getWithRetry(request, limits, http.retry_backoff, query.keys.unavailable);
    if (response.status != 200) {
      throw Error(ErrorKind::Unavailable, std::string(query.keys.rejected),
                  "GET " + path + ": HTTP " + std::to_string(response.status));
    }
    auto parsed = query.parse_page(response.body);
    for (auto& record : parsed.records) out.push_back(std::move(record));
    if (!parsed.more) return out;
    offset += parsed.advance;
  }
  // A partial set would mark the rest as vanished: better no import than a wrong one.
  throw Error(ErrorKind::Unavailable, std::string(query.keys.too_many_pages),
              std::to_string(query.max_pages) + " pages");
}

}  // namespace masseflyt::feature_service
