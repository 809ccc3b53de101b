// MATCH and OPTIONAL MATCH, and WHERE wherever it appears.
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformMatch(KgCypher::OC_MatchContext& ctx) {
    auto clause = std::make_unique<ast::MatchClause>();
    clause->location = Location(ctx);
    clause->optional = ctx.OPTIONAL() != nullptr;
    clause->pattern = TransformPattern(*ctx.oC_Pattern());
    clause->where = TransformWhere(ctx.oC_Where());
    return clause;
}

ast::ExprPtr Transformer::TransformWhere(KgCypher::OC_WhereContext* ctx) {
    if (ctx == nullptr) return nullptr;
    return TransformExpression(*ctx->oC_Expression());
}

}  // namespace kg::engine::parser
