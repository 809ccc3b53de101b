// CREATE pattern
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformCreate(KgCypher::OC_CreateContext& ctx) {
    auto clause = std::make_unique<ast::CreateClause>();
    clause->location = Location(ctx);
    clause->pattern = TransformPattern(*ctx.oC_Pattern());
    return clause;
}

}  // namespace kg::engine::parser
