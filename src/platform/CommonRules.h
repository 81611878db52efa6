#pragma once

#include "JsonRules.h"

// Scalars the contract's schemas share (docs/platform-api.yaml, components/schemas).
namespace ChoPhien::CommonRules {

const JsonRule& communeCode();  // "" or 5 digits (2025 units)
const JsonRule& provinceCode(); // "" or 2 digits
const JsonRule& phone();        // "" or 0…/+84… with 9–10 more digits
const JsonRule& longText();     // up to 5,000 code points
const JsonRule& money();        // whole đồng, 0 … 10^12

} // namespace ChoPhien::CommonRules
