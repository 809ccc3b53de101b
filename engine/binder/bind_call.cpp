// CALL proc(args) YIELD a, b AS c: every yielded name must be new and distinct.
// Procedures are not resolved here (no registry yet); their arguments are bound.
#include "engine/binder/binder.h"

namespace kg::engine::binder {

std::vector<std::string> Binder::BindCall(const ast::CallClause& clause, Scope& scope) {
    for (const auto& arg : clause.arguments) {
        BindExpression(*arg, scope, ExprContext{false, false, "procedure arguments"});
    }
    std::vector<std::string> columns;
    for (const auto& yield : clause.yields) {
        if (scope.Find(yield.variable) != nullptr) {
            throw BindError(ErrorType::kSyntaxError, "VariableAlreadyBound",
                            "variable '" + yield.variable + "' is already defined.",
                            yield.location);
        }
        scope.Add({yield.variable, StaticType{}, yield.location});
        columns.push_back(yield.variable);
    }
    if (clause.where) BindPredicate(*clause.where, scope);
    return columns;
}

}  // namespace kg::engine::binder
