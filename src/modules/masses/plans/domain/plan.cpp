#include "modules/masses/plans/domain/plan.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <map>
#include <tuple>
#include <utility>

#include "platform/core/error.hpp"
#include "platform/core/text.hpp"
#include "platform/i18n/messages.hpp"

namespace masseflyt::masses::plans {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view key) {
  for (const auto& [value, name] : table) {
    if (name == key) return value;
  }
  return std::nullopt;
}
template <typename Enum, std::size_t N>
std::string_view name(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [v, n] : table) {
    if (v == value) return n;
  }
  return table[0].second;
}

constexpr std::array<std::pair<LineKind, std::string_view>, 2> kKinds{{
    {LineKind::Surplus, "overskudd"}, {LineKind::Need, "behov"}}};
constexpr std::array<std::pair<Destination, std::string_view>, 4> kDestinations{{
    {Destination::Undecided, "ikke_avklart"},
    {Destination::OwnReuse, "egen_gjenbruk"},
    {Destination::OtherProject, "annet_prosjekt"},
    {Destination::Receiver, "mottak"}}};
constexpr std::array<std::pair<ReuseStatus, std::string_view>, 4> kReuse{{
    {ReuseStatus::NotStarted, "ikke_startet"},
    {ReuseStatus::InProgress, "pagar"},
    {ReuseStatus::Achieved, "oppnadd"},
    {ReuseStatus::NotAchieved, "ikke_oppnadd"}}};
constexpr std::array<std::pair<DocumentationStatus, std::string_view>, 3> kDocumentation{{
    {DocumentationStatus::Missing, "mangler"},
    {DocumentationStatus::Partial, "delvis"},
    {DocumentationStatus::Complete, "komplett"}}};
constexpr std::array<std::pair<PlanStatus, std::string_view>, 2> kPlanStatus{{
    {PlanStatus::Draft, "utkast"}, {PlanStatus::Published, "publisert"}}};

constexpr Column kColumns[] = {
    {"type", "masses.plans.column.type", true},
    {"fraksjon", "masses.plans.column.fraksjon", true},
    {"fase", "masses.plans.column.fase", false},
    {"fra", "masses.plans.column.fra", true},
    {"til", "masses.plans.column.til", true},
    {"mengde", "masses.plans.column.mengde", true},
    {"enhet", "masses.plans.column.enhet", true},
    {"volumtilstand", "masses.plans.column.volumtilstand", false},
    {"disponering", "masses.plans.column.disponering", false},
    {"mottaker", "masses.plans.column.mottaker", false},
    {"merknad", "masses.plans.column.merknad", false},
};
// Computed columns of an export; ignored on import.
constexpr std::string_view kComputedTonnesKey = "masses.plans.column.beregnet_tonn";

constexpr std::size_t kMaxPhase = 100;
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxNote = 1000;

// What people type for the fixed values: the key, with spaces for underscores, any case, and the
// Norwegian letters folded (løs/los).
std::string normalise(std::string_view text) {
  std::string folded = text::foldCase(text::trim(text));
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == ' ' || folded[i] == '-') {
      out += '_';
    } else if (folded.compare(i, 2, "ø") == 0) {
      out += 'o';
      ++i;
    } else if (folded.compare(i, 2, "å") == 0) {
      out += 'a';
      ++i;
    } else if (folded.compare(i, 2, "æ") == 0) {
      out += "ae";
      ++i;
    } else if (folded.compare(i, 2, "³") == 0) {
      out += '3';
      ++i;
    } else {
      out += folded[i];
    }
  }
  return out;
}

bool hasControl(std::string_view text, bool allow_newlines) {
  return std::any_of(text.begin(), text.end(), [&](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (allow_newlines && (c == '\n' || c == '\r' || c == '\t')) return false;
    return u < 0x20 || u == 0x7f;
  });
}

bool leapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::optional<std::string> isoDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const int last = kDays[month - 1] + (month == 2 && leapYear(year) ? 1 : 0);
  if (day > last) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

bool digits(std::string_view text, std::size_t count, int& value) {
  if (text.size() != count) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

std::optional<std::string> fractionKey(std::string_view typed) {
  const auto& catalog = fractions::catalog();
  const std::string wanted = text::foldCase(text::trim(typed));
  if (wanted.empty()) return std::nullopt;
  for (const auto& fraction : catalog.fractions) {
    if (fraction.key == wanted || text::foldCase(fraction.name) == wanted) return fraction.key;
  }
  return std::nullopt;
}

std::string milliText(std::int64_t milli) {
  std::string out = std::to_string(milli / 1000);
  if (const auto rest = milli % 1000; rest != 0) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%03d", static_cast<int>(rest));
    std::string decimals = buffer;
    while (decimals.back() == '0') decimals.pop_back();
    out += "." + decimals;
  }
  return out;
}

}  // namespace

bool operator==(const PlanLine& a, const PlanLine& b) {
  const auto entered = [](const PlanLine& l) {
    return std::tuple(l.entered.unit, l.entered.kg, l.entered.dm3, l.entered.state);
  };
  return a.id == b.id && a.kind == b.kind && a.fraction_key == b.fraction_key && a.phase == b.phase &&
         a.period_from == b.period_from && a.period_to == b.period_to && entered(a) == entered(b) &&
         a.quantity_kg == b.quantity_kg && a.destination == b.destination &&
         a.destination_name == b.destination_name && a.note == b.note;
}

std::string_view lineKindKey(LineKind kind) { return name(kKinds, kind); }
std::optional<LineKind> parseLineKind(std::string_view key) { return lookup(kKinds, key); }
std::string_view destinationKey(Destination destination) { return name(kDestinations, destination); }
std::optional<Destination> parseDestination(std::string_view key) { return lookup(kDestinations, key); }
std::string_view reuseStatusKey(ReuseStatus status) { return name(kReuse, status); }
std::optional<ReuseStatus> parseReuseStatus(std::string_view key) { return lookup(kReuse, key); }
std::string_view documentationStatusKey(DocumentationStatus status) { return name(kDocumentation, status); }
std::optional<DocumentationStatus> parseDocumentationStatus(std::string_view key) {
  return lookup(kDocumentation, key);
}
std::string_view planStatusKey(PlanStatus status) { return name(kPlanStatus, status); }
std::optional<PlanStatus> parsePlanStatus(std::string_view key) { return lookup(kPlanStatus, key); }

std::span<const Column> templateColumns() { return kColumns; }

std::string columnLabel(std::string_view key) {
  for (const auto& column : kColumns) {
    if (column.key == key) return std::string(i18n::t(column.label_key));
  }
  return std::string(key);
}

std::optional<std::int64_t> parseQuantityMilli(std::string_view typed) {
  // Norwegian digit grouping uses spaces (also no-break spaces); the decimal mark is ',' or '.'.
  std::string text;
  const std::string trimmed = text::trim(typed);
  for (std::size_t i = 0; i < trimmed.size(); ++i) {
    if (trimmed[i] == ' ') continue;
    if (trimmed.compare(i, 2, "\xC2\xA0") == 0 || trimmed.compare(i, 3, "\xE2\x80\xAF") == 0) {
      i += trimmed.compare(i, 2, "\xC2\xA0") == 0 ? 1 : 2;
      continue;
    }
    text += trimmed[i] == ',' ? '.' : trimmed[i];
  }
  if (text.empty()) return std::nullopt;
  const auto dot = text.find('.');
  const std::string whole = text.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 12 || fraction.size() > 3) return std::nullopt;
  if (!std::all_of(whole.begin(), whole.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      !std::all_of(fraction.begin(), fraction.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  if (dot != std::string::npos && fraction.empty()) return std::nullopt;
  fraction.resize(3, '0');
  const std::int64_t value = std::stoll(whole) * 1000 + std::stoll(fraction);
  if (value <= 0) return std::nullopt;
  return value;
}

std::optional<std::string> parseDate(std::string_view typed) {
  const std::string text = text::trim(typed);
  int year = 0, month = 0, day = 0;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (digits(std::string_view(text).substr(0, 4), 4, year) && digits(std::string_view(text).substr(5, 2), 2, month) &&
        digits(std::string_view(text).substr(8, 2), 2, day)) {
      return isoDate(year, month, day);
    }
    return std::nullopt;
  }
  if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
    if (digits(std::string_view(text).substr(0, 2), 2, day) && digits(std::string_view(text).substr(3, 2), 2, month) &&
        digits(std::string_view(text).substr(6, 4), 4, year)) {
      return isoDate(year, month, day);
    }
    return std::nullopt;
  }
  // An Excel date serial (days since 1899-12-30), as a spreadsheet stores a date cell.
  int serial = 0;
  if (!text.empty() && text.size() <= 6) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), serial);
    if (ec == std::errc() && end == text.data() + text.size() && serial >= 61 && serial <= 2958465) {
      // Days since 1970-01-01 → civil date (Howard Hinnant).
      long z = static_cast<long>(serial) - 25569 + 719468;
      const long era = z / 146097;
      const long doe = z - era * 146097;
      const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
      const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
      const long mp = (5 * doy + 2) / 153;
      const long d = doy - (153 * mp + 2) / 5 + 1;
      const long m = mp < 10 ? mp + 3 : mp - 9;
      const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
      return isoDate(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
    }
  }
  return std::nullopt;
}

std::string enteredAmountText(const fractions::EnteredQuantity& entered) {
  // kg → tonnes and dm³ → m³ are both thousandths.
  return milliText(entered.unit == fractions::Unit::Tonnes ? entered.kg : entered.dm3);
}

std::optional<PlanLine> validateLine(const LineInput& input, std::size_t row, std::vector<CellError>& errors) {
  const std::size_t before = errors.size();
  auto error = [&](std::string_view column, std::string_view key) {
    errors.push_back({row, std::string(column), std::string(key)});
  };
  PlanLine line;
  line.id = input.id;

  if (const auto kind = parseLineKind(normalise(input.kind))) {
    line.kind = *kind;
  } else {
    error("type", input.kind.empty() ? "masses.plans.error.required" : "masses.plans.error.kind");
  }
  if (const auto key = fractionKey(input.fraction)) {
    line.fraction_key = *key;
  } else {
    error("fraksjon", text::trim(input.fraction).empty() ? "masses.plans.error.required"
                                                         : "masses.plans.error.fraction");
  }
  line.phase = text::trim(input.phase);
  if (line.phase.size() > kMaxPhase || hasControl(line.phase, false)) error("fase", "masses.plans.error.too_long");

  const auto from = parseDate(input.period_from);
  const auto to = parseDate(input.period_to);
  if (!from) error("fra", text::trim(input.period_from).empty() ? "masses.plans.error.required" : "masses.plans.error.date");
  if (!to) error("til", text::trim(input.period_to).empty() ? "masses.plans.error.required" : "masses.plans.error.date");
  if (from && to && *to < *from) error("til", "masses.plans.error.period_order");
  line.period_from = from.value_or("");
  line.period_to = to.value_or("");

  const auto amount = parseQuantityMilli(input.quantity);
  if (!amount) {
    error("mengde", text::trim(input.quantity).empty() ? "masses.plans.error.required" : "masses.plans.error.quantity");
  }
  const std::string unit = normalise(input.unit);
  std::optional<fractions::Unit> parsed_unit;
  if (unit == "tonn" || unit == "t" || unit == "tonnes") {
    parsed_unit = fractions::Unit::Tonnes;
  } else if (unit == "m3") {
    parsed_unit = fractions::Unit::CubicMetres;
  } else {
    error("enhet", unit.empty() ? "masses.plans.error.required" : "masses.plans.error.unit");
  }
  std::optional<fractions::VolumeState> state;
  const std::string typed_state = normalise(input.state);
  if (typed_state == "fast" || typed_state == "pfm3") {
    state = fractions::VolumeState::Solid;
  } else if (typed_state == "los" || typed_state == "ulm3") {
    state = fractions::VolumeState::Loose;
  } else if (typed_state == "anbrakt" || typed_state == "pam3") {
    state = fractions::VolumeState::Placed;
  } else if (!typed_state.empty()) {
    error("volumtilstand", "masses.plans.error.state");
  }
  if (parsed_unit == fractions::Unit::CubicMetres && typed_state.empty()) {
    error("volumtilstand", "masses.plans.error.state_required");
  }

  const std::string destination = normalise(input.destination);
  if (destination.empty()) {
    line.destination = Destination::Undecided;
  } else if (const auto parsed = parseDestination(destination)) {
    line.destination = *parsed;
  } else {
    error("disponering", "masses.plans.error.destination");
  }
  line.destination_name = text::trim(input.destination_name);
  if (line.destination_name.size() > kMaxName || hasControl(line.destination_name, false)) {
    error("mottaker", "masses.plans.error.too_long");
  } else if (line.destination_name.empty() &&
             (line.destination == Destination::OtherProject || line.destination == Destination::Receiver)) {
    error("mottaker", "masses.plans.error.destination_name_required");
  }
  line.note = text::trim(input.note);
  if (line.note.size() > kMaxNote || hasControl(line.note, true)) error("merknad", "masses.plans.error.too_long");

  if (errors.size() != before) return std::nullopt;

  line.entered.unit = *parsed_unit;
  if (*parsed_unit == fractions::Unit::Tonnes) {
    line.entered.kg = *amount;  // thousandths of a tonne are kg
  } else {
    line.entered.dm3 = *amount;  // thousandths of a m³ are dm³
    line.entered.state = state.value_or(fractions::VolumeState::Solid);
  }
  const auto* fraction = fractions::catalog().find(line.fraction_key);
  try {
    line.quantity_kg = fractions::convert(line.entered, fraction->factors).kg;
  } catch (const Error&) {
    error("mengde", "masses.plans.error.quantity");
    return std::nullopt;
  }
  return line;
}

std::optional<PlanSettings> validateSettings(std::string_view reuse_target, std::string_view reuse_status,
                                             std::string_view documentation_status, std::string_view note,
                                             std::vector<CellError>& errors) {
  const std::size_t before = errors.size();
  PlanSettings settings;
  const std::string target = text::trim(reuse_target);
  int percent = 0;
  const auto [end, ec] = std::from_chars(target.data(), target.data() + target.size(), percent);
  if (target.empty()) {
    percent = 0;
  } else if (ec != std::errc() || end != target.data() + target.size() || percent < 0 || percent > 100) {
    errors.push_back({0, "gjenbruksmal", "masses.plans.error.percent"});
  }
  settings.reuse_target_percent = percent;
  if (const auto status = parseReuseStatus(normalise(reuse_status))) {
    settings.reuse_status = *status;
  } else if (!text::trim(reuse_status).empty()) {
    errors.push_back({0, "gjenbruksstatus", "masses.plans.error.reuse_status"});
  }
  if (const auto status = parseDocumentationStatus(normalise(documentation_status))) {
    settings.documentation_status = *status;
  } else if (!text::trim(documentation_status).empty()) {
    errors.push_back({0, "dokumentasjonsstatus", "masses.plans.error.documentation_status"});
  }
  settings.note = text::trim(note);
  if (settings.note.size() > kMaxNote || hasControl(settings.note, true)) {
    errors.push_back({0, "merknad", "masses.plans.error.too_long"});
  }
  if (errors.size() != before) return std::nullopt;
  return settings;
}

TemplateResult parseTemplate(const std::vector<std::vector<std::string>>& table) {
  TemplateResult result;
  if (table.empty()) {
    result.errors.push_back({0, "", "masses.plans.error.empty_file"});
    return result;
  }
  // Header row: which column holds what.
  std::map<std::string, std::size_t, std::less<>> position;
  for (std::size_t c = 0; c < table[0].size(); ++c) {
    const std::string header = normalise(table[0][c]);
    if (header.empty()) continue;
    for (const auto& column : kColumns) {
      if (header == column.key || header == normalise(i18n::t(column.label_key))) {
        if (position.contains(column.key)) {
          result.errors.push_back({1, std::string(column.key), "masses.plans.error.duplicate_column"});
        }
        position.emplace(column.key, c);
      }
    }
  }
  for (const auto& column : kColumns) {
    if (column.required && !position.contains(column.key)) {
      result.errors.push_back({1, std::string(column.key), "masses.plans.error.missing_column"});
    }
  }
  if (!result.errors.empty()) return result;

  auto cell = [&](const std::vector<std::string>& row, std::string_view key) -> std::string {
    const auto found = position.find(key);
    if (found == position.end() || found->second >= row.size()) return {};
    return row[found->second];
  };
  for (std::size_t r = 1; r < table.size(); ++r) {
    const auto& row = table[r];
    if (std::all_of(row.begin(), row.end(), [](const std::string& v) { return text::trim(v).empty(); })) continue;
    if (result.lines.size() >= kMaxLines) {
      result.errors.push_back({r + 1, "", "masses.plans.error.too_many_lines"});
      break;
    }
    LineInput input{.id = "",
                    .kind = cell(row, "type"),
                    .fraction = cell(row, "fraksjon"),
                    .phase = cell(row, "fase"),
                    .period_from = cell(row, "fra"),
                    .period_to = cell(row, "til"),
                    .quantity = cell(row, "mengde"),
                    .unit = cell(row, "enhet"),
                    .state = cell(row, "volumtilstand"),
                    .destination = cell(row, "disponering"),
                    .destination_name = cell(row, "mottaker"),
                    .note = cell(row, "merknad")};
    if (auto line = validateLine(input, r + 1, result.errors)) result.lines.push_back(std::move(*line));
  }
  if (result.lines.empty() && result.errors.empty()) {
    result.errors.push_back({0, "", "masses.plans.error.no_lines"});
  }
  if (!result.errors.empty()) result.lines.clear();
  return result;
}

std::vector<std::vector<std::string>> toTable(const std::vector<PlanLine>& lines) {
  std::vector<std::vector<std::string>> table;
  std::vector<std::string> header;
  for (const auto& column : kColumns) header.emplace_back(i18n::t(column.label_key));
  header.emplace_back(i18n::t(kComputedTonnesKey));
  table.push_back(std::move(header));
  for (const auto& line : lines) {
    const bool volume = line.entered.unit == fractions::Unit::CubicMetres;
    std::string destination(destinationKey(line.destination));
    std::replace(destination.begin(), destination.end(), '_', ' ');
    table.push_back({std::string(lineKindKey(line.kind)), line.fraction_key, line.phase, line.period_from,
                     line.period_to, enteredAmountText(line.entered), volume ? "m3" : "tonn",
                     volume ? std::string(fractions::volumeStateKey(line.entered.state)) : "", destination,
                     line.destination_name, line.note, milliText(line.quantity_kg)});
  }
  return table;
}

std::vector<std::vector<std::string>> templateGuide() {
  std::vector<std::vector<std::string>> guide;
  guide.push_back({std::string(i18n::t("masses.plans.guide.column")), std::string(i18n::t("masses.plans.guide.values"))});
  for (const auto& column : kColumns) {
    guide.push_back({std::string(i18n::t(column.label_key)),
                     std::string(i18n::t("masses.plans.guide." + std::string(column.key)))});
  }
  guide.push_back({});
  guide.push_back({std::string(i18n::t("masses.plans.guide.fraction_key")),
                   std::string(i18n::t("masses.plans.guide.fraction_name"))});
  for (const auto& fraction : fractions::catalog().fractions) guide.push_back({fraction.key, fraction.name});
  return guide;
}

std::int64_t totalKg(const std::vector<PlanLine>& lines, LineKind kind) {
  std::int64_t sum = 0;
  for (const auto& line : lines) {
    if (line.kind == kind) sum += line.quantity_kg;
  }
  return sum;
}

int plannedReusePercent(const std::vector<PlanLine>& lines) {
  std::int64_t surplus = 0, reused = 0;
  for (const auto& line : lines) {
    if (line.kind != LineKind::Surplus) continue;
    surplus += line.quantity_kg;
    if (line.destination == Destination::OwnReuse || line.destination == Destination::OtherProject) {
      reused += line.quantity_kg;
    }
  }
  if (surplus == 0) return 0;
  return static_cast<int>((reused * 100 + surplus / 2) / surplus);
}

}  // namespace masseflyt::masses::plans
