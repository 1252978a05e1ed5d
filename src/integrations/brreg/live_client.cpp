#include "integrations/brreg/live_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "integrations/brreg/brreg_parser.hpp"
#include "platform/core/error.hpp"
#include "platform/log/log.hpp"

namespace masseflyt::brreg {
namespace {

using identity::organisations::RegisterEntity;
using Clock = std::chrono::steady_clock;

struct HttpResult {
  bool transport_ok = false;
  long status = 0;
  std::string body;
  std::string transport_error;
  bool too_large = false;
};

struct WriteTarget {
  std::string* body;
  std::size_t limit;
  bool overflow = false;
};

std::size_t onWrite(char* data, std::size_t size, std::size_t count, void* user) {
  auto* target = static_cast<WriteTarget*>(user);
  const std::size_t bytes = size * count;
  if (target->body->size() + bytes > target->limit) {
    target->overflow = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  target->body->append(data, bytes);
  return bytes;
}

void initialiseCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlHandle {
  CURL* handle = curl_easy_init();
  curl_slist* headers = nullptr;
  ~CurlHandle() {
    curl_slist_free_all(headers);
    if (handle != nullptr) curl_easy_cleanup(handle);
  }
};

HttpResult getOnce(const LiveClientOptions& options, const std::string& url) {
  HttpResult result;
  CurlHandle curl;
  if (curl.handle == nullptr) {
    result.transport_error = "curl_easy_init failed";
    return result;
  }
  WriteTarget target{&result.body, options.max_body_bytes};
  curl.headers = curl_slist_append(curl.headers, "Accept: application/json");
  curl_easy_setopt(curl.handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.handle, CURLOPT_HTTPHEADER, curl.headers);
  curl_easy_setopt(curl.handle, CURLOPT_USERAGENT, options.user_agent.c_str());
  curl_easy_setopt(curl.handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl.handle, CURLOPT_NOSIGNAL, 1L);  // worker threads: no SIGALRM tricks
  curl_easy_setopt(curl.handle, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options.connect_timeout.count()));
  curl_easy_setopt(curl.handle, CURLOPT_TIMEOUT_MS, static_cast<long>(options.total_timeout.count()));
  curl_easy_setopt(curl.handle, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(curl.handle, CURLOPT_WRITEFUNCTION, &onWrite);
  curl_easy_setopt(curl.handle, CURLOPT_WRITEDATA, &target);
  const CURLcode code = curl_easy_perform(curl.handle);
  if (target.overflow) {
    result.too_large = true;
    result.transport_error = "response larger than the limit";
    return result;
  }
  if (code != CURLE_OK) {
    result.transport_error = curl_easy_strerror(code);
    return result;
  }
  curl_easy_getinfo(curl.handle, CURLINFO_RESPONSE_CODE, &result.status);
  result.transport_ok = true;
  return result;
}

bool retryable(const HttpResult& result) {
  if (result.too_large) return false;
  return !result.transport_ok || result.status >= 500;
}

// One retry after a server error or a timeout; a 4xx is an answer, and asking again cannot
// change it.
HttpResult getWithRetry(const LiveClientOptions& options, const std::string& path) {
  const std::string url = options.base_url + path;
  HttpResult result = getOnce(options, url);
  if (retryable(result)) {
    log::warn("brreg_retry", {{"path", path},
                              {"status", static_cast<std::int64_t>(result.status)},
                              {"error", result.transport_error}});
    std::this_thread::sleep_for(options.retry_backoff);
    result = getOnce(options, url);
  }
  if (!result.transport_ok) {
    throw Error(ErrorKind::Unavailable, "brreg.error.unavailable",
                "GET " + path + ": " + result.transport_error);
  }
  if (result.status >= 500) {
    throw Error(ErrorKind::Unavailable, "brreg.error.unavailable",
                "GET " + path + ": HTTP " + std::to_string(result.status));
  }
  return result;
}

[[noreturn]] void throwRejected(const std::string& path, const HttpResult& result) {
  std::string detail = "GET " + path + ": HTTP " + std::to_string(result.status);
  if (const auto error = parseError(result.body)) {
    detail += ": " + error->message;
    for (const auto& line : error->validations) detail += "; " + line;
  }
  throw Error(ErrorKind::Unavailable, "brreg.error.rejected", detail);
}

// 410: the entity is removed ("fjernet"). The body, when there is one, is the short record of a
// deleted entity; the number alone is enough to say it cannot trade.
RegisterEntity goneEntity(const std::string& orgnr, const std::string& body, bool subunit) {
  RegisterEntity entity;
  try {
    entity = parseEntity(body, subunit);
  } catch (const Error&) {
    entity.organisation_number = orgnr;
    entity.subunit = subunit;
  }
  entity.flags.gone = true;
  return entity;
}

bool isNineDigits(const std::string& orgnr) {
  return orgnr.size() == 9 &&
         std::all_of(orgnr.begin(), orgnr.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

struct LiveBrregClient::State {
  struct Entry {
    std::optional<RegisterEntity> entity;
    Clock::time_point expires;
  };
  mutable std::mutex mutex;
  std::unordered_map<std::string, Entry> cache;
};

LiveBrregClient::LiveBrregClient(LiveClientOptions options)
    : options_(std::move(options)), state_(std::make_unique<State>()) {
  initialiseCurlOnce();
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
}

LiveBrregClient::~LiveBrregClient() = default;

std::size_t LiveBrregClient::cachedEntries() const {
  const std::lock_guard lock(state_->mutex);
  return state_->cache.size();
}

std::optional<RegisterEntity> LiveBrregClient::lookup(const std::string& orgnr) const {
  // The number goes into a URL: refuse anything but 9 digits even though callers validate first.
  if (!isNineDigits(orgnr)) {
    throw Error(ErrorKind::Validation, "organisations.orgnr.length", "lookup of a malformed number");
  }
  {
    const std::lock_guard lock(state_->mutex);
    const auto it = state_->cache.find(orgnr);
    if (it != state_->cache.end()) {
      if (it->second.expires > options_.now()) return it->second.entity;
      state_->cache.erase(it);
    }
  }

  std::optional<RegisterEntity> found;
  const std::string entity_path = "/enheter/" + orgnr;
  const HttpResult entity = getWithRetry(options_, entity_path);
  if (entity.status == 200) {
    found = parseEntity(entity.body, false);
  } else if (entity.status == 410) {
    found = goneEntity(orgnr, entity.body, false);
  } else if (entity.status == 404) {
    const std::string subunit_path = "/underenheter/" + orgnr;
    const HttpResult subunit = getWithRetry(options_, subunit_path);
    if (subunit.status == 200) {
      found = parseEntity(subunit.body, true);
    } else if (subunit.status == 410) {
      found = goneEntity(orgnr, subunit.body, true);
    } else if (subunit.status != 404) {
      throwRejected(subunit_path, subunit);
    }
  } else {
    throwRejected(entity_path, entity);
  }

  const auto now = options_.now();
  const std::lock_guard lock(state_->mutex);
  auto& cache = state_->cache;
  if (cache.size() >= options_.cache_max_entries && !cache.contains(orgnr)) {
    std::erase_if(cache, [&](const auto& item) { return item.second.expires <= now; });
    if (cache.size() >= options_.cache_max_entries && !cache.empty()) {
      // Still full: drop the entry closest to expiry, the one least worth keeping.
      const auto oldest = std::min_element(cache.begin(), cache.end(), [](const auto& a, const auto& b) {
        return a.second.expires < b.second.expires;
      });
      cache.erase(oldest);
    }
  }
  if (options_.cache_max_entries > 0) {
    const auto ttl = found ? options_.cache_ttl : options_.not_found_ttl;
    cache[orgnr] = State::Entry{found, now + ttl};
  }
  return found;
}

}  // namespace masseflyt::brreg
