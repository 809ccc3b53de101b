// Atoms: literals, parameters, CASE, comprehensions, quantifiers, pattern predicates, EXISTS,
// map projections, function calls and variables.
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ExprPtr Transformer::TransformAtom(KgCypher::OC_AtomContext& ctx) {
    if (auto* c = ctx.oC_Literal()) return TransformLiteral(*c);
    if (auto* c = ctx.oC_Parameter()) return TransformParameter(*c);
    if (auto* c = ctx.oC_CaseExpression()) return TransformCase(*c);
    if (ctx.kG_CountStar() != nullptr) return Make<ast::CountStar>(ctx);
    if (auto* c = ctx.oC_ListComprehension()) return TransformListComprehension(*c);
    if (auto* c = ctx.oC_PatternComprehension()) return TransformPatternComprehension(*c);
    if (auto* c = ctx.oC_Quantifier()) return TransformQuantifier(*c);
    if (auto* c = ctx.oC_ExistentialSubquery()) return TransformExists(*c);
    if (auto* c = ctx.oC_PatternPredicate()) {
        auto predicate = Make<ast::PatternPredicate>(ctx);
        predicate->pattern = TransformRelationshipsPattern(*c->oC_RelationshipsPattern());
        return predicate;
    }
    if (auto* c = ctx.oC_ParenthesizedExpression()) {
        ast::ExprPtr inner = TransformExpression(*c->oC_Expression());
        inner->text = Text(ctx);
        return inner;
    }
    if (auto* c = ctx.kG_MapProjection()) return TransformMapProjection(*c);
    if (auto* c = ctx.oC_FunctionInvocation()) return TransformFunction(*c);
    auto variable = Make<ast::Variable>(ctx);
    variable->name = Name(*ctx.oC_Variable());
    return variable;
}

ast::ExprPtr Transformer::TransformCase(KgCypher::OC_CaseExpressionContext& ctx) {
    auto expr = Make<ast::CaseExpression>(ctx);
    // The subject, when present, is the first oC_Expression child that is not ELSE's.
    auto expressions = ctx.oC_Expression();
    if (!expressions.empty() && expressions[0] != ctx.kG_CaseDefault) {
        expr->subject = TransformExpression(*expressions[0]);
    }
    for (auto* alternative : ctx.oC_CaseAlternative()) {
        expr->alternatives.emplace_back(TransformExpression(*alternative->oC_Expression(0)),
                                        TransformExpression(*alternative->oC_Expression(1)));
    }
    if (ctx.kG_CaseDefault != nullptr) expr->otherwise = TransformExpression(*ctx.kG_CaseDefault);
    return expr;
}

ast::ExprPtr Transformer::TransformListComprehension(KgCypher::OC_ListComprehensionContext& ctx) {
    auto expr = Make<ast::ListComprehension>(ctx);
    auto& filter = *ctx.oC_FilterExpression();
    expr->variable = Name(*filter.oC_Variable());
    expr->list = TransformExpression(*filter.oC_Expression());
    expr->where = TransformWhere(filter.oC_Where());
    if (auto* projection = ctx.oC_Expression()) expr->projection = TransformExpression(*projection);
    return expr;
}

ast::ExprPtr Transformer::TransformPatternComprehension(
    KgCypher::OC_PatternComprehensionContext& ctx) {
    auto expr = Make<ast::PatternComprehension>(ctx);
    expr->pattern = TransformRelationshipsPattern(*ctx.oC_RelationshipsPattern());
    if (auto* variable = ctx.oC_Variable()) expr->pattern.path_variable = Name(*variable);
    expr->where = TransformWhere(ctx.oC_Where());
    expr->projection = TransformExpression(*ctx.oC_Expression());
    return expr;
}

ast::ExprPtr Transformer::TransformQuantifier(KgCypher::OC_QuantifierContext& ctx) {
    auto expr = Make<ast::Quantifier>(ctx);
    if (ctx.ANY() != nullptr) expr->quantifier = ast::QuantifierKind::kAny;
    if (ctx.NONE() != nullptr) expr->quantifier = ast::QuantifierKind::kNone;
    if (ctx.SINGLE() != nullptr) expr->quantifier = ast::QuantifierKind::kSingle;
    auto& filter = *ctx.oC_FilterExpression();
    expr->variable = Name(*filter.oC_Variable());
    expr->list = TransformExpression(*filter.oC_Expression());
    expr->where = TransformWhere(filter.oC_Where());
    return expr;
}

ast::ExprPtr Transformer::TransformExists(KgCypher::OC_ExistentialSubqueryContext& ctx) {
    auto expr = Make<ast::ExistsSubquery>(ctx);
    if (auto* query = ctx.oC_RegularQuery()) {
        expr->query = std::make_unique<ast::RegularQuery>(TransformRegularQuery(*query));
        for (const auto& part : expr->query->parts) CheckComposition(part, true);
        return expr;
    }
    expr->pattern = TransformPattern(*ctx.oC_Pattern());
    expr->where = TransformWhere(ctx.oC_Where());
    return expr;
}

ast::ExprPtr Transformer::TransformMapProjection(KgCypher::KG_MapProjectionContext& ctx) {
    auto expr = Make<ast::MapProjection>(ctx);
    expr->variable = Name(*ctx.oC_Variable());
    expr->variable_location = Location(*ctx.oC_Variable());
    for (auto* item_ctx : ctx.kG_MapProjectionItem()) {
        ast::MapProjectionItem item;
        if (item_ctx->STAR() != nullptr) {
            item.kind = ast::MapProjectionItemKind::kAllProperties;
        } else if (item_ctx->DOT() != nullptr) {
            item.kind = ast::MapProjectionItemKind::kProperty;
            item.key = Name(*item_ctx->oC_PropertyKeyName()->oC_SchemaName());
        } else if (auto* value = item_ctx->oC_Expression()) {
            item.kind = ast::MapProjectionItemKind::kLiteralEntry;
            item.key = Name(*item_ctx->oC_PropertyKeyName()->oC_SchemaName());
            item.value = TransformExpression(*value);
        } else {
            item.kind = ast::MapProjectionItemKind::kVariable;
            item.key = Name(*item_ctx->oC_Variable());
        }
        expr->items.push_back(std::move(item));
    }
    return expr;
}

ast::ExprPtr Transformer::TransformFunction(KgCypher::OC_FunctionInvocationContext& ctx) {
    auto expr = Make<ast::FunctionCall>(ctx);
    auto& name = *ctx.oC_FunctionName();
    for (auto* part : name.oC_Namespace()->oC_SymbolicName()) expr->name += Name(*part) + ".";
    expr->name += Name(*name.oC_SymbolicName());
    expr->distinct = ctx.DISTINCT() != nullptr;
    for (auto* arg : ctx.oC_Expression()) expr->arguments.push_back(TransformExpression(*arg));
    return expr;
}

}  // namespace kg::engine::parser
