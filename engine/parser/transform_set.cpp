// SET n.k = v, n = {map}, n += {map}, n:Label
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::SetClause Transformer::TransformSet(KgCypher::OC_SetContext& ctx) {
    ast::SetClause clause;
    clause.location = Location(ctx);
    for (auto* item : ctx.oC_SetItem()) clause.items.push_back(TransformSetItem(*item));
    return clause;
}

ast::SetItem Transformer::TransformSetItem(KgCypher::OC_SetItemContext& ctx) {
    ast::SetItem item;
    item.location = Location(ctx);
    if (auto* property = ctx.oC_PropertyExpression()) {
        item.kind = ast::SetItemKind::kProperty;
        item.property = TransformPropertyExpression(*property);
        item.value = TransformExpression(*ctx.oC_Expression());
        return item;
    }
    item.variable = Name(*ctx.oC_Variable());
    if (auto* labels = ctx.oC_NodeLabels()) {
        item.kind = ast::SetItemKind::kLabels;
        item.labels = TransformNodeLabels(*labels);
        return item;
    }
    item.kind =
        ctx.PLUS_EQ() != nullptr ? ast::SetItemKind::kMergeMap : ast::SetItemKind::kReplaceAll;
    item.value = TransformExpression(*ctx.oC_Expression());
    return item;
}

}  // namespace kg::engine::parser
