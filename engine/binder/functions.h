// The functions the query language knows, for name resolution in the binder: whether a name
// exists, whether it aggregates, how many arguments it takes and what it returns. Names are
// case-insensitive, as in Cypher.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/binder/static_type.h"

namespace kg::engine::binder {

struct FunctionInfo {
    std::string_view name;  // canonical spelling
    int min_args;
    int max_args;  // -1: any number
    bool aggregate;
    TypeTag result;
};

// nullptr when unknown. Temporal namespaces (date.truncate, duration.between, ...) resolve to
// one generic entry.
const FunctionInfo* FindFunction(std::string_view name);

// Every canonical name, for "Did you mean ...?" suggestions.
std::vector<std::string> FunctionNames();

}  // namespace kg::engine::binder
