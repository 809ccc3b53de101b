// CALL ns.proc(args) YIELD a, b AS c WHERE ...   (standalone or in a query)
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::ClausePtr Transformer::TransformCall(KgCypher::KG_CallContext& ctx) {
    auto clause = std::make_unique<ast::CallClause>();
    clause->location = Location(ctx);
    auto& name = *ctx.oC_ProcedureName();
    for (auto* part : name.oC_Namespace()->oC_SymbolicName()) {
        clause->procedure += Name(*part) + ".";
    }
    clause->procedure += Name(*name.oC_SymbolicName());
    if (auto* args = ctx.kG_CallArguments()) {
        clause->explicit_arguments = true;
        for (auto* arg : args->oC_Expression()) {
            clause->arguments.push_back(TransformExpression(*arg));
        }
    }
    clause->yield_all = ctx.STAR() != nullptr;
    if (auto* items = ctx.oC_YieldItems()) {
        for (auto* item : items->oC_YieldItem()) {
            ast::YieldItem yield;
            yield.variable = Name(*item->oC_Variable());
            yield.field = item->oC_SymbolicName() != nullptr ? Name(*item->oC_SymbolicName())
                                                             : yield.variable;
            yield.location = Location(*item);
            clause->yields.push_back(std::move(yield));
        }
        clause->where = TransformWhere(items->oC_Where());
    }
    return clause;
}

}  // namespace kg::engine::parser
