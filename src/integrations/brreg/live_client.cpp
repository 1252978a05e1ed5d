#include "integrations/brreg/live_client.hpp"

#include <algorithm>

#include "integrations/brreg/brreg_parser.hpp"
#include "platform/core/text.hpp"
#include "platform/core/error.hpp"
#include "platform/outbound/http_client.hpp"
#include "platform/outbound/ttl_cache.hpp"

namespace masseflyt::brreg {
namespace {

using identity::organisations::RegisterEntity;

// Every call of this client shares the outbound rules (platform/outbound); only the paths and
// the register's error body are Enhetsregisteret's own.
outbound::Response fetch(const LiveClientOptions& options, const std::string& path) {
  outbound::Request request;
  request.url = options.base_url + path;
  request.headers = {"Accept: application/json"};
  const outbound::Limits limits{options.connect_timeout, options.total_timeout,
                                options.max_body_bytes, options.user_agent};
  return outbound::getWithRetry(request, limits, options.retry_backoff, "brreg.error.unavailable");
}

[[noreturn]] void throwRejected(const std::string& path, const outbound::Response& result) {
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

constexpr std::size_t kMinSearchChars = 3;
constexpr std::size_t kMaxSearchChars = 100;
constexpr std::size_t kMaxSearchResults = 50;

bool isNineDigits(const std::string& orgnr) {
  return orgnr.size() == 9 &&
         std::all_of(orgnr.begin(), orgnr.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

struct LiveBrregClient::State {
  explicit State(const LiveClientOptions& options)
      : cache(options.cache_max_entries, options.now),
        roles(options.cache_max_entries, options.now) {}
  outbound::TtlCache<std::optional<RegisterEntity>> cache;
  outbound::TtlCache<std::vector<identity::organisations::RegisterRole>> roles;
};

LiveBrregClient::LiveBrregClient(LiveClientOptions options)
    : options_(std::move(options)), state_(std::make_unique<State>(options_)) {
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
}

LiveBrregClient::~LiveBrregClient() = default;

std::size_t LiveBrregClient::cachedEntries() const { return state_->cache.size(); }

std::optional<RegisterEntity> LiveBrregClient::lookup(const std::string& orgnr) const {
  // The number goes into a URL: refuse anything but 9 digits even though callers validate first.
  if (!isNineDigits(orgnr)) {
    throw Error(ErrorKind::Validation, "organisations.orgnr.length", "lookup of a malformed number");
  }
  if (auto cached = state_->cache.get(orgnr)) return *std::move(cached);

  std::optional<RegisterEntity> found;
  const std::string entity_path = "/enheter/" + orgnr;
  const auto entity = fetch(options_, entity_path);
  if (entity.status == 200) {
    found = parseEntity(entity.body, false);
  } else if (entity.status == 410) {
    found = goneEntity(orgnr, entity.body, false);
  } else if (entity.status == 404) {
    const std::string subunit_path = "/underenheter/" + orgnr;
    const auto subunit = fetch(options_, subunit_path);
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

  state_->cache.put(orgnr, found, found ? options_.cache_ttl : options_.not_found_ttl);
  return found;
}

std::vector<identity::organisations::RegisterRole> LiveBrregClient::roles(
    const std::string& orgnr) const {
  if (!isNineDigits(orgnr)) {
    throw Error(ErrorKind::Validation, "organisations.orgnr.length", "roles of a malformed number");
  }
  if (auto cached = state_->roles.get(orgnr)) return *std::move(cached);
  const std::string path = "/enheter/" + orgnr + "/roller";
  const auto answer = fetch(options_, path);
  std::vector<identity::organisations::RegisterRole> found;
  if (answer.status == 200) {
    found = parseRoles(answer.body);
  } else if (answer.status != 404 && answer.status != 410) {
    throwRejected(path, answer);
  }
  state_->roles.put(orgnr, found, options_.cache_ttl);
  return found;
}

std::vector<RegisterEntity> LiveBrregClient::searchByName(const std::string& name,
                                                          std::size_t limit) const {
  if (name.size() < kMinSearchChars || name.size() > kMaxSearchChars) {
    throw Error(ErrorKind::Validation, "organisations.search.length", "name search length");
  }
  const std::size_t size = std::clamp<std::size_t>(limit, 1, kMaxSearchResults);
  const std::string path = "/enheter?navn=" + text::percentEncode(name) +
                           "&size=" + std::to_string(size);
  const auto answer = fetch(options_, path);
  if (answer.status != 200) throwRejected("/enheter?navn=…", answer);
  auto entities = parseSearchPage(answer.body).entities;
  if (entities.size() > size) entities.resize(size);
  return entities;
}

}  // namespace masseflyt::brreg
