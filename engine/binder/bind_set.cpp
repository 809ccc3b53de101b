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
        if (item.value) BindExpression(*item.value, scope, ctx);
        // The target is written, not read: bind its owner and note the key as known.
        if (item.property) {
            const auto& target = item.property->As<ast::PropertyAccess>();
            BindExpression(*target.object, scope, ctx);
            written_[static_cast<int>(SchemaKind::kPropertyKey)].push_back(target.key);
        } else {
            RequireBound(item.variable, scope, item.location);
        }
        auto& labels = written_[static_cast<int>(SchemaKind::kLabel)];
        labels.insert(labels.end(), item.labels.begin(), item.labels.end());
        if (item.value) NoteWrittenKeys(*item.value);
    }
}

void Binder::BindRemove(const ast::RemoveClause& clause, const Scope& scope) {
    for (const auto& item : clause.items) {
        if (item.property) {
            const auto& target = item.property->As<ast::PropertyAccess>();
            BindExpression(*target.object, scope, ExprContext{false, false, "REMOVE"});
        } else {
            RequireBound(item.variable, scope, item.location);
        }
    }
}

}  // namespace kg::engine::binder
