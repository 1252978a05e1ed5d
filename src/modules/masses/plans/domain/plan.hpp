#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/masses/fractions/domain/quantity.hpp"

// Mass handling plans (massehåndteringsplaner, issue 5 item 5): per project, the expected surplus
// and need per fraction and phase, where each is planned to go, the reuse target and status and the
// documentation status. Pure types and rules; the spreadsheet template is parsed here from a plain
// table of text cells (platform/xlsx reads XLSX/CSV into that shape), so every rule is unit-tested.
namespace masseflyt::masses::plans {

enum class LineKind { Surplus, Need };
enum class Destination { Undecided, OwnReuse, OtherProject, Receiver };
enum class ReuseStatus { NotStarted, InProgress, Achieved, NotAchieved };
enum class DocumentationStatus { Missing, Partial, Complete };
enum class PlanStatus { Draft, Published };

// Keys stored in the database and used in the API and the template.
std::string_view lineKindKey(LineKind kind);  ///< "overskudd", "behov"
std::optional<LineKind> parseLineKind(std::string_view key);
std::string_view destinationKey(Destination destination);  ///< "ikke_avklart", "egen_gjenbruk", …
std::optional<Destination> parseDestination(std::string_view key);
std::string_view reuseStatusKey(ReuseStatus status);  ///< "ikke_startet", "pagar", "oppnadd", "ikke_oppnadd"
std::optional<ReuseStatus> parseReuseStatus(std::string_view key);
std::string_view documentationStatusKey(DocumentationStatus status);  ///< "mangler", "delvis", "komplett"
std::optional<DocumentationStatus> parseDocumentationStatus(std::string_view key);
std::string_view planStatusKey(PlanStatus status);  ///< "utkast", "publisert"
std::optional<PlanStatus> parsePlanStatus(std::string_view key);

/// One line of a plan: a surplus or a need of one fraction in one phase.
struct PlanLine {
  std::string id;
  LineKind kind = LineKind::Surplus;
  std::string fraction_key;
  std::string phase;        ///< the project's phase or period name, free text ("Fase 1 – tunnel")
  std::string period_from;  ///< 'YYYY-MM-DD'
  std::string period_to;    ///< 'YYYY-MM-DD', not before period_from
  fractions::EnteredQuantity entered;
  std::int64_t quantity_kg = 0;  ///< computed with the catalog factors of the fraction
  Destination destination = Destination::Undecided;
  std::string destination_name;  ///< the other project, receiver or site, free text
  std::string note;
};
bool operator==(const PlanLine& a, const PlanLine& b);

/// The plan-wide fields a project edits.
struct PlanSettings {
  int reuse_target_percent = 0;  ///< 0–100
  ReuseStatus reuse_status = ReuseStatus::NotStarted;
  DocumentationStatus documentation_status = DocumentationStatus::Missing;
  std::string note;
  friend bool operator==(const PlanSettings&, const PlanSettings&) = default;
};

struct Plan {
  std::string id;
  std::string project_id;
  std::string organisation_id;  ///< the project's developer when the plan was made
  PlanStatus status = PlanStatus::Draft;
  PlanSettings settings;
  std::vector<PlanLine> lines;
  std::string catalog_version;
  bool is_demo = false;
  std::optional<std::int64_t> published_at;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

/// A line as typed (form, API or spreadsheet row): text, checked by validateLine.
struct LineInput {
  std::string id;  ///< keep this line's id (and its listing) when editing; "" for a new line
  std::string kind, fraction, phase, period_from, period_to, quantity, unit, state, destination,
      destination_name, note;
};

/// A problem with one cell: the spreadsheet row (1 = the header row) or line number, and the
/// column's template key. `row` 0 means the file as a whole.
struct CellError {
  std::size_t row = 0;
  std::string column;       ///< template column key ("fraksjon"); "" for the whole row/file
  std::string message_key;
  friend bool operator==(const CellError&, const CellError&) = default;
};

/// The template's columns, in template order. `label_key` is the Norwegian header text in the
/// message catalog; the import also accepts the key itself as header.
struct Column {
  std::string_view key;
  std::string_view label_key;
  bool required = false;
};
std::span<const Column> templateColumns();
/// The Norwegian header of a column key ("fraksjon" → "Fraksjon"); the key when unknown.
std::string columnLabel(std::string_view key);

inline constexpr std::size_t kMaxLines = 500;

/// Checks one line; errors are appended with `row`. Returns the line when it has no errors.
std::optional<PlanLine> validateLine(const LineInput& input, std::size_t row, std::vector<CellError>& errors);

/// Checks plan-wide fields (form/API field names: gjenbruksmal, gjenbruksstatus,
/// dokumentasjonsstatus, merknad); errors with row 0.
std::optional<PlanSettings> validateSettings(std::string_view reuse_target, std::string_view reuse_status,
                                             std::string_view documentation_status, std::string_view note,
                                             std::vector<CellError>& errors);

/// A spreadsheet (row 0 = header) → the lines of a plan, or every error found (all rows are
/// checked, so one upload lists every problem). Columns are found by header, in any order;
/// unknown columns (e.g. the computed ones of an export) are ignored; empty rows are skipped.
struct TemplateResult {
  std::vector<PlanLine> lines;
  std::vector<CellError> errors;
};
TemplateResult parseTemplate(const std::vector<std::vector<std::string>>& table);

/// The lines as a spreadsheet in template shape (plus computed columns the import ignores), so an
/// export imports back to the same lines. `withGuide` adds nothing here; see templateGuide.
std::vector<std::vector<std::string>> toTable(const std::vector<PlanLine>& lines);
/// The template's second sheet: allowed values per column and the fraction keys.
std::vector<std::vector<std::string>> templateGuide();

/// A typed quantity ("12 500", "12500,5", "1.250") → thousandths (12 500 000); nullopt if not a
/// positive number with at most three decimals (up to 10¹² units).
std::optional<std::int64_t> parseQuantityMilli(std::string_view text);
/// A typed date ('YYYY-MM-DD', 'DD.MM.YYYY' or an Excel serial) → 'YYYY-MM-DD' if it exists.
std::optional<std::string> parseDate(std::string_view text);
/// The entered quantity as the template writes it ("12500", "0.5").
std::string enteredAmountText(const fractions::EnteredQuantity& entered);

/// Sum of the lines of one kind, in kg.
std::int64_t totalKg(const std::vector<PlanLine>& lines, LineKind kind);
/// Share of the surplus planned for reuse (own reuse or another project) in whole percent, by kg.
int plannedReusePercent(const std::vector<PlanLine>& lines);

}  // namespace masseflyt::masses::plans
