// Scope: the variables visible at one point of a query, with what kind of thing each names.
// Clauses add to it (MATCH, UNWIND, CREATE, ...); WITH and RETURN replace it by their
// projection. Copied freely (it is small); not thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/binder/static_type.h"
#include "engine/errors.h"

namespace kg::engine::binder {

struct Symbol {
    std::string name;
    StaticType type;
    SourceLocation location;
};

class Scope {
  public:
    const Symbol* Find(std::string_view name) const;
    void Add(Symbol symbol);  // replaces a symbol of the same name
    void Clear() { symbols_.clear(); }
    bool Empty() const { return symbols_.empty(); }
    // Names in alphabetical order (the column order of RETURN *).
    std::vector<std::string> Names() const;

  private:
    std::map<std::string, Symbol, std::less<>> symbols_;
};

}  // namespace kg::engine::binder
