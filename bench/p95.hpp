#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

// The one timing rule of the database benchmarks: a few warm-up runs (caches, prepared plans),
// then the 95th percentile of `runs` timed runs in microseconds. Benchmarks print it as a ratio
// against a reference query timed the same way in the same run, never as an assertion.
namespace masseflyt::bench {

inline double p95Micros(int runs, const std::function<void()>& run) {
  for (int i = 0; i < 10; ++i) run();
  std::vector<double> samples;
  samples.reserve(static_cast<std::size_t>(runs));
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    run();
    samples.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(samples.begin(), samples.end());
  return samples[static_cast<std::size_t>(runs) * 95 / 100];
}

}  // namespace masseflyt::bench
