// [DETACH] DELETE expr, ...
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformDelete(KgCypher::OC_DeleteContext& ctx) {
    auto clause = std::make_unique<ast::DeleteClause>();
    clause->location = Location(ctx);
    clause->detach = ctx.DETACH() != nullptr;
    for (auto* expr : ctx.oC_Expression()) {
        clause->expressions.push_back(TransformExpression(*expr));
    }
    return clause;
}

}  // namespace kg::engine::parser
