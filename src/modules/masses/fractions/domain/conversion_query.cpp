#include "modules/masses/fractions/domain/conversion_query.hpp"

#include <vector>

#include "modules/masses/fractions/domain/quantity_text.hpp"
#include "platform/core/error.hpp"

namespace masseflyt::masses::fractions {

std::string_view unitKey(Unit unit) { return unit == Unit::Tonnes ? "tonn" : "m3"; }

ConvertedQuantity convertQuery(const ConversionQuery& query, const Factors& factors) {
  std::vector<FieldError> errors;
  const auto amount = parseThousandths(query.quantity);
  if (!amount) {
    errors.push_back({"mengde", "masses.fractions.error.quantity_text"});
  } else if (*amount == 0) {
    errors.push_back({"mengde", "masses.fractions.error.quantity_positive"});
  }
  EnteredQuantity entered;
  if (query.unit == "tonn") {
    entered.unit = Unit::Tonnes;
  } else if (query.unit == "m3") {
    entered.unit = Unit::CubicMetres;
  } else {
    errors.push_back({"enhet", "masses.fractions.error.unit"});
  }
  const auto state = query.state.empty() ? std::optional(VolumeState::Solid) : parseVolumeState(query.state);
  if (!state) errors.push_back({"tilstand", "masses.fractions.error.state"});
  if (!errors.empty()) throw Error(ErrorKind::Validation, "masses.fractions.error.query", {}, std::move(errors));
  // Thousandths of a tonne are kg, thousandths of a m³ are dm³.
  entered.kg = entered.unit == Unit::Tonnes ? *amount : 0;
  entered.dm3 = entered.unit == Unit::CubicMetres ? *amount : 0;
  entered.state = *state;
  try {
    return convert(entered, factors);
  } catch (const Error& error) {
    throw Error(ErrorKind::Validation, "masses.fractions.error.query", error.detail(),
                {{"mengde", error.messageKey()}});
  }
}

}  // namespace masseflyt::masses::fractions
