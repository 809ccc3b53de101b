// REMOVE n:Label, n.key
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformRemove(KgCypher::OC_RemoveContext& ctx) {
    auto clause = std::make_unique<ast::RemoveClause>();
    clause->location = Location(ctx);
    for (auto* item_ctx : ctx.oC_RemoveItem()) {
        ast::RemoveItem item;
        item.location = Location(*item_ctx);
        if (auto* property = item_ctx->oC_PropertyExpression()) {
            item.property = TransformPropertyExpression(*property);
        } else {
            item.is_labels = true;
            item.variable = Name(*item_ctx->oC_Variable());
            item.labels = TransformNodeLabels(*item_ctx->oC_NodeLabels());
        }
        clause->items.push_back(std::move(item));
    }
    return clause;
}

}  // namespace kg::engine::parser
