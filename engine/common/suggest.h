// Closest-name suggestions for error messages ("Did you mean 'name'?").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::engine {

// Levenshtein distance, ASCII case-insensitive.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `name` if it is close enough to be a plausible typo (distance at
// most a third of the name's length, so names under three characters get no suggestion),
// else an empty string.
std::string ClosestName(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace kg::engine
