// UNWIND list AS x
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformUnwind(KgCypher::OC_UnwindContext& ctx) {
    auto clause = std::make_unique<ast::UnwindClause>();
    clause->location = Location(ctx);
    clause->list = TransformExpression(*ctx.oC_Expression());
    clause->variable = Name(*ctx.oC_Variable());
    clause->variable_location = Location(*ctx.oC_Variable());
    return clause;
}

}  // namespace kg::engine::parser
