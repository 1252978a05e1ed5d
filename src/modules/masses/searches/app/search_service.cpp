#include "modules/masses/searches/app/search_service.hpp"

#include "modules/masses/fractions/domain/fraction.hpp"
#include "modules/masses/fractions/domain/quantity.hpp"
#include "modules/masses/listings/app/listing_query.hpp"
#include "modules/masses/listings/app/listing_service.hpp"
#include "modules/masses/searches/infra/search_repository.hpp"
#include "platform/core/calendar.hpp"
#include "platform/core/error.hpp"
#include "platform/db/uuid.hpp"
#include "platform/geo/coordinates.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/log/log.hpp"
#include "platform/mail/mailer.hpp"

namespace masseflyt::masses::searches {
namespace {

// Saved searches are walked in pages so a large number never sits in memory at once.
constexpr std::int64_t kMatchPage = 500;

const std::string& requirePerson(const auth::Principal& actor) {
  if (actor.user_id.empty()) throw Error(ErrorKind::Unauthorized, "auth.error.login_required");
  return actor.user_id;
}

/// The search the saved query stands for; errors as the page would report them.
listings::SearchRequest parseQuery(std::string_view query, const listings::Places& places,
                                   std::vector<FieldError>& errors) {
  http::Request request;
  request.query = std::string(query);
  return listings::readSearch(request, places, errors);
}

std::optional<double> distanceFromOrigin(const listings::ListingFilter& filter,
                                         const listings::Listing& listing) {
  if (!filter.near_lat || !filter.near_lon) return std::nullopt;
  return geo::distanceMeters({*filter.near_lat, *filter.near_lon}, {listing.lat, listing.lon});
}

std::string absolute(const std::string& base, std::string_view path) {
  std::string out = base;
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out + std::string(path);
}

AlertMailFacts mailFacts(const SavedSearch& search, const listings::ListingView& view,
                         const std::string& base_url) {
  const auto& l = view.listing;
  const auto* fraction = fractions::catalog().find(l.fraction_key);
  AlertMailFacts facts;
  facts.search_name = search.name;
  facts.listing_title = l.title;
  facts.kind_label = std::string(i18n::t(listings::kindLabelKey(l.kind)));
  facts.fraction_name = fraction != nullptr ? fraction->name : l.fraction_key;
  facts.quantity_text = fractions::formatTonnes(listings::remainingKg(l));
  facts.period_text = calendar::displayDate(l.period_from) + "–" + calendar::displayDate(l.period_to);
  facts.place_text = l.place_name;
  facts.listing_url = absolute(base_url, "/masser/" + l.id);
  facts.searches_url = absolute(base_url, "/masser/lagrede-sok");
  return facts;
}

}  // namespace

SearchService::SearchService(db::Database& database, const listings::Places& places,
                             AlertSettings settings)
    : database_(database), places_(places), settings_(std::move(settings)) {}

SavedSearch SearchService::save(const auth::Principal& actor, std::string_view name,
                                std::string_view query, bool email_alerts) const {
  const auto& user_id = requirePerson(actor);
  std::vector<FieldError> errors;
  SavedSearch search;
  search.name = validName(name, errors);
  std::string trimmed(query);
  if (!trimmed.empty() && trimmed.front() == '?') trimmed.erase(0, 1);
  if (trimmed.size() > kMaxQueryLength) {
    errors.push_back({"sok", "masses.search.error.query_long"});
  } else {
    std::vector<FieldError> query_errors;
    parseQuery(trimmed, places_, query_errors);
    if (!query_errors.empty()) errors.push_back({"sok", "masses.search.error.query"});
  }
  if (!errors.empty()) throw Error(ErrorKind::Validation, "masses.search.error.invalid", {}, std::move(errors));
  search.id = db::newUuidV7();
  search.user_id = user_id;
  search.query = trimmed;
  search.email_alerts = email_alerts;
  search.created_at = db::nowEpochMs();

  auto lease = database_.lease();
  db::Transaction transaction(lease);
  if (repository::countSearchesOfUser(lease, user_id) >= static_cast<std::int64_t>(kMaxSearchesPerUser)) {
    throw Error(ErrorKind::Validation, "masses.search.error.too_many", {},
                {{"navn", "masses.search.error.too_many"}});
  }
  repository::insertSearch(lease, search);
  transaction.commit();
  return search;
}

std::vector<SavedSearch> SearchService::list(const auth::Principal& actor) const {
  const auto& user_id = requirePerson(actor);
  auto lease = database_.lease();
  return repository::searchesOfUser(lease, user_id);
}

void SearchService::remove(const auth::Principal& actor, std::string_view id) const {
  const auto& user_id = requirePerson(actor);
  auto lease = database_.lease();
  db::Transaction transaction(lease);
  const auto search = id.size() <= 64 ? repository::findSearch(lease, std::string(id)) : std::nullopt;
  // Someone else's search is "not found": its existence is nobody else's business.
  if (!search || search->user_id != user_id) throw Error(ErrorKind::NotFound, "masses.search.error.not_found");
  repository::deleteSearch(lease, search->id);
  transaction.commit();
}

std::vector<AlertView> SearchService::alerts(const auth::Principal& actor, std::int64_t limit) const {
  const auto& user_id = requirePerson(actor);
  std::vector<Alert> alerts;
  {
    auto lease = database_.lease();
    alerts = repository::alertsOfUser(lease, user_id, limit);
  }
  const listings::ListingService listing_service(database_, places_);
  std::vector<AlertView> out;
  for (auto& alert : alerts) {
    AlertView view;
    try {
      const auto listing = listing_service.get(alert.listing_id, nullptr);
      view.listing_title = listing.listing.title;
      view.listing_kind = std::string(i18n::t(listings::kindLabelKey(listing.listing.kind)));
      view.listing_available = listings::isOpen(listing.listing.status);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::NotFound) throw;
      view.listing_available = false;
    }
    view.alert = std::move(alert);
    out.push_back(std::move(view));
  }
  return out;
}

std::int64_t SearchService::unseenAlerts(const auth::Principal& actor) const {
  if (actor.user_id.empty()) return 0;
  auto lease = database_.lease();
  return repository::countUnseenAlerts(lease, actor.user_id);
}

void SearchService::markAlertsSeen(const auth::Principal& actor) const {
  const auto& user_id = requirePerson(actor);
  auto lease = database_.lease();
  repository::markAllSeen(lease, user_id, db::nowEpochMs());
}

int SearchService::matchListing(std::string_view listing_id) const {
  const listings::ListingService listing_service(database_, places_);
  std::optional<listings::ListingView> view;
  try {
    view = listing_service.get(listing_id, nullptr);
  } catch (const Error& error) {
    if (error.kind() == ErrorKind::NotFound) return 0;  // withdrawn or back to draft meanwhile
    throw;
  }
  if (!listings::isOpen(view->listing.status)) return 0;

  int created = 0;
  std::optional<std::string> after;
  while (true) {
    std::vector<SavedSearch> page;
    {
      auto lease = database_.lease();
      page = repository::searchesAfter(lease, after, kMatchPage);
    }
    if (page.empty()) break;
    after = page.back().id;
    for (const auto& search : page) {
      std::vector<FieldError> errors;
      const auto request = parseQuery(search.query, places_, errors);
      // A search that no longer parses (a site deleted, a fraction retired) matches nothing.
      if (!errors.empty()) continue;
      if (!listings::matches(view->listing, request.filter, distanceFromOrigin(request.filter, view->listing))) {
        continue;
      }
      Alert alert;
      alert.id = db::newUuidV7();
      alert.saved_search_id = search.id;
      alert.user_id = search.user_id;
      alert.listing_id = view->listing.id;
      alert.created_at = db::nowEpochMs();
      {
        auto lease = database_.lease();
        db::Transaction transaction(lease);
        if (!repository::insertAlert(lease, alert)) continue;  // alerted before (a rerun)
        repository::touchSearch(lease, search.id, alert.created_at);
        transaction.commit();
      }
      ++created;
      if (!search.email_alerts || settings_.mailer == nullptr || !settings_.email_of) continue;
      const auto address = settings_.email_of(search.user_id);
      if (!address) continue;  // account closed or anonymised: nothing is sent
      const auto facts = mailFacts(search, *view, settings_.public_base_url);
      try {
        settings_.mailer->send({*address, alertSubject(facts), alertBody(facts)});
        auto lease = database_.lease();
        repository::markEmailed(lease, alert.id, db::nowEpochMs());
      } catch (const Error& error) {
        // The alert stays in the app; the mail is not retried (the alert row makes the job
        // idempotent), so a relay outage costs e-mails, never duplicates.
        log::error("masses.search.mail_failed", {{"search", search.id}, {"error", error.messageKey()}});
      }
    }
  }
  return created;
}

}  // namespace masseflyt::masses::searches
