// DELETE expr: the expression must be able to yield a node, relationship or path.
//   DELETE n:Person   InvalidDelete (labels are removed with REMOVE)
//   DELETE 1 + 1      InvalidArgumentType
#include "engine/binder/binder.h"

namespace kg::engine::binder {

void Binder::BindDelete(const ast::DeleteClause& clause, const Scope& scope) {
    for (const auto& expr : clause.expressions) {
        if (expr->kind() == ast::ExprKind::kLabelCheck) {
            throw BindError(ErrorType::kSyntaxError, "InvalidDelete",
                            "DELETE removes nodes and relationships, not labels; use REMOVE "
                            "n:Label.",
                            expr->location);
        }
        StaticType type = BindExpression(*expr, scope, ExprContext{false, false, "DELETE"});
        bool deletable = type.MayBe(TypeTag::kNode) || type.Is(TypeTag::kRelationship) ||
                         type.Is(TypeTag::kPath) || type.Is(TypeTag::kList);
        if (!deletable) {
            throw BindError(ErrorType::kSyntaxError, "InvalidArgumentType",
                            "DELETE expects a node, a relationship or a path, not a " +
                                std::string(TypeName(type.tag)) + ".",
                            expr->location);
        }
    }
}

}  // namespace kg::engine::binder
