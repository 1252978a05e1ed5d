#include <boost/json.hpp>

#include "modules/masses/searches/api/search_json.hpp"
#include "platform/audit/oslo_time.hpp"
#include "platform/core/error.hpp"
#include "platform/core/timestamp.hpp"

namespace masseflyt::masses::searches::json {
namespace bj = boost::json;
namespace {

bj::value optionalTime(const std::optional<std::int64_t>& epoch_ms) {
  return epoch_ms ? bj::value(bj::string(isoUtc(*epoch_ms))) : bj::value(nullptr);
}

bj::object searchObject(const SavedSearch& s) {
  return {{"id", s.id},
          {"navn", s.name},
          {"sok", s.query},
          {"epostvarsel", s.email_alerts},
          {"opprettet", isoUtc(s.created_at)},
          {"siste_varsel", optionalTime(s.last_alert_at)}};
}

bj::object alertObject(const Alert& a) {
  return {{"id", a.id},
          {"lagret_sok", bj::object{{"id", a.saved_search_id}, {"navn", a.saved_search_name}}},
          {"opprettet", isoUtc(a.created_at)},
          {"epost_sendt", optionalTime(a.emailed_at)},
          {"sett", optionalTime(a.seen_at)}};
}

[[noreturn]] void badBody() { throw Error(ErrorKind::BadRequest, "masses.search.error.body"); }

}  // namespace

std::string search(const SavedSearch& s) { return bj::serialize(searchObject(s)); }

std::string searchList(const std::vector<SavedSearch>& searches) {
  bj::array data;
  for (const auto& s : searches) data.push_back(searchObject(s));
  return bj::serialize(bj::object{{"data", std::move(data)}});
}

std::string alertList(const std::vector<AlertView>& alerts, std::int64_t unseen) {
  bj::array data;
  for (const auto& view : alerts) {
    auto object = alertObject(view.alert);
    object["masse"] = bj::object{
        {"id", view.alert.listing_id},
        {"tittel", view.listing_available ? bj::value(bj::string(view.listing_title)) : bj::value(nullptr)},
        {"tilgjengelig", view.listing_available}};
    data.push_back(std::move(object));
  }
  return bj::serialize(bj::object{{"data", std::move(data)}, {"ulest", unseen}});
}

std::string personalData(const std::vector<SavedSearch>& searches, const std::vector<Alert>& alerts) {
  bj::array search_array;
  for (const auto& s : searches) search_array.push_back(searchObject(s));
  bj::array alert_array;
  for (const auto& a : alerts) {
    auto object = alertObject(a);
    object["masse"] = bj::object{{"id", a.listing_id}};
    alert_array.push_back(std::move(object));
  }
  return bj::serialize(bj::object{{"lagrede_sok", std::move(search_array)}, {"varsler", std::move(alert_array)}});
}

SearchBody parseSearchBody(std::string_view body) {
  boost::system::error_code ec;
  const auto value = bj::parse(body, ec);
  if (ec || !value.is_object()) badBody();
  const auto& object = value.as_object();
  SearchBody out;
  for (const auto& [key, field] : object) {
    if (key == "navn") {
      if (!field.is_string()) badBody();
      out.name = std::string(field.as_string());
    } else if (key == "sok") {
      if (!field.is_string()) badBody();
      out.query = std::string(field.as_string());
    } else if (key == "epostvarsel") {
      if (!field.is_bool()) badBody();
      out.email_alerts = field.as_bool();
    } else {
      badBody();
    }
  }
  return out;
}

}  // namespace masseflyt::masses::searches::json
