// SET and REMOVE: every name they touch must be bound; values may not aggregate.
#include "engine/binder/binder.h"

namespace kg::engine::binder {

namespace {

void RequireBound(const std::string& name, const Scope& scope, SourceLocation location) {
    if (scope.Find(name) == nullptr) {
        throw BindError(ErrorType::kSyntaxError, "UndefinedVariable",
                        "variable '" + name + "' is not defined.", location);
    }
}

}  // namespace

void Binder::BindSet(const ast::SetClause& clause, const Scope& scope) {
    ExprContext ctx{false, false, "SET"};
    for (const auto& item : clause.items) {
        if (item.property) {
            BindExpression(*item.property, scope, ctx);
        } else {
            RequireBound(item.variable, scope, item.location);
        }
        if (item.value) BindExpression(*item.value, scope, ctx);
    }
}

void Binder::BindRemove(const ast::RemoveClause& clause, const Scope& scope) {
    for (const auto& item : clause.items) {
        if (item.property) {
            BindExpression(*item.property, scope, ExprContext{false, false, "REMOVE"});
        } else {
            RequireBound(item.variable, scope, item.location);
        }
    }
}

}  // namespace kg::engine::binder
