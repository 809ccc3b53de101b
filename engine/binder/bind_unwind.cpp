// UNWIND list AS x: x must be a new name.
#include "engine/binder/binder.h"

namespace kg::engine::binder {

void Binder::BindUnwind(const ast::UnwindClause& clause, Scope& scope) {
    StaticType list = BindExpression(*clause.list, scope, ExprContext{false, false, "UNWIND"});
    if (scope.Find(clause.variable) != nullptr) {
        throw BindError(ErrorType::kSyntaxError, "VariableAlreadyBound",
                        "variable '" + clause.variable + "' is already defined.",
                        clause.variable_location);
    }
    StaticType element = list.Is(TypeTag::kList) ? StaticType::Of(list.element) : StaticType{};
    scope.Add({clause.variable, element, clause.variable_location});
}

}  // namespace kg::engine::binder
