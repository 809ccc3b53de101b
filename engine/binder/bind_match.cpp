// MATCH and OPTIONAL MATCH: the pattern adds its variables; WHERE sees them and may not
// aggregate (MATCH (a) WHERE count(a) > 10 -> InvalidAggregation).
#include "engine/binder/binder.h"

namespace kg::engine::binder {

void Binder::BindMatch(const ast::MatchClause& clause, Scope& scope) {
    BindPattern(clause.pattern, PatternUse::kMatch, scope);
    for (const auto& part : clause.pattern) CheckPatternSchema(part);
    if (clause.where) BindPredicate(*clause.where, scope);
}

}  // namespace kg::engine::binder
