// WITH and RETURN: [DISTINCT] items [ORDER BY] [SKIP] [LIMIT] (and WHERE after WITH).
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformWith(KgCypher::OC_WithContext& ctx) {
    auto clause = std::make_unique<ast::WithClause>();
    clause->location = Location(ctx);
    clause->body = TransformProjectionBody(*ctx.oC_ProjectionBody());
    clause->where = TransformWhere(ctx.oC_Where());
    return clause;
}

ast::ClausePtr Transformer::TransformReturn(KgCypher::OC_ReturnContext& ctx) {
    auto clause = std::make_unique<ast::ReturnClause>();
    clause->location = Location(ctx);
    clause->body = TransformProjectionBody(*ctx.oC_ProjectionBody());
    return clause;
}

ast::ProjectionBody Transformer::TransformProjectionBody(KgCypher::OC_ProjectionBodyContext& ctx) {
    ast::ProjectionBody body;
    body.distinct = ctx.DISTINCT() != nullptr;
    auto& items = *ctx.oC_ProjectionItems();
    if (items.STAR() != nullptr) {
        body.star = true;
        body.star_location = Location(items.STAR()->getSymbol());
    }
    for (auto* item_ctx : items.oC_ProjectionItem()) {
        ast::ProjectionItem item;
        item.expression = TransformExpression(*item_ctx->oC_Expression());
        if (auto* alias = item_ctx->oC_Variable()) {
            item.alias = Name(*alias);
            item.alias_location = Location(*alias);
        }
        body.items.push_back(std::move(item));
    }
    if (auto* order = ctx.oC_Order()) {
        for (auto* sort : order->oC_SortItem()) {
            ast::SortItem item;
            item.expression = TransformExpression(*sort->oC_Expression());
            item.descending = sort->DESC() != nullptr || sort->DESCENDING() != nullptr;
            body.order_by.push_back(std::move(item));
        }
    }
    if (auto* skip = ctx.oC_Skip()) body.skip = TransformExpression(*skip->oC_Expression());
    if (auto* limit = ctx.oC_Limit()) body.limit = TransformExpression(*limit->oC_Expression());
    return body;
}

}  // namespace kg::engine::parser
