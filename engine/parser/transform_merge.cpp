// MERGE part [ON CREATE SET ...] [ON MATCH SET ...]
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformMerge(KgCypher::OC_MergeContext& ctx) {
    auto clause = std::make_unique<ast::MergeClause>();
    clause->location = Location(ctx);
    clause->pattern = TransformPatternPart(*ctx.oC_PatternPart());
    for (auto* action : ctx.oC_MergeAction()) {
        ast::MergeAction merge_action;
        merge_action.on_create = action->CREATE() != nullptr;
        merge_action.set = TransformSet(*action->oC_Set());
        clause->actions.push_back(std::move(merge_action));
    }
    return clause;
}

}  // namespace kg::engine::parser
