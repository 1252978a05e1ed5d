#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace masseflyt::outbound {

/// A small thread-safe cache of outside answers with a time to live per entry and a bound on the
/// number of entries (when full, expired entries go first, then the one closest to expiry).
/// Values may themselves be "not found" (e.g. std::optional<Entity>), cached for a shorter time.
template <typename Value>
class TtlCache {
 public:
  using Clock = std::chrono::steady_clock;

  explicit TtlCache(std::size_t max_entries,
                    std::function<Clock::time_point()> now = [] { return Clock::now(); })
      : max_entries_(max_entries), now_(std::move(now)) {}

  std::optional<Value> get(const std::string& key) const {
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    if (it->second.expires <= now_()) {
      entries_.erase(it);
      return std::nullopt;
    }
    return it->second.value;
  }

  void put(const std::string& key, Value value, std::chrono::seconds ttl) {
    if (max_entries_ == 0) return;
    const auto now = now_();
    const std::lock_guard lock(mutex_);
    if (entries_.size() >= max_entries_ && !entries_.contains(key)) {
      std::erase_if(entries_, [&](const auto& item) { return item.second.expires <= now; });
      if (entries_.size() >= max_entries_) {
        const auto oldest =
            std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
              return a.second.expires < b.second.expires;
            });
        entries_.erase(oldest);
      }
    }
    entries_.insert_or_assign(key, Entry{std::move(value), now + ttl});
  }

  std::size_t size() const {
    const std::lock_guard lock(mutex_);
    return entries_.size();
  }

 private:
  struct Entry {
    Value value;
    Clock::time_point expires;
  };
  std::size_t max_entries_;
  std::function<Clock::time_point()> now_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, Entry> entries_;
};

}  // namespace masseflyt::outbound
