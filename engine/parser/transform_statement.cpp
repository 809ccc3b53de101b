// Statements, UNION and the clause-composition rules of openCypher. The grammar accepts any
// sequence of clauses so that the errors here can name the problem, e.g.
//   MATCH (n)                 -> a query cannot end with MATCH; add RETURN
//   CREATE (a) MATCH (b) ...  -> WITH is required between CREATE and MATCH
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

namespace {

bool IsUpdating(ast::ClauseKind kind) {
    switch (kind) {
        case ast::ClauseKind::kCreate:
        case ast::ClauseKind::kMerge:
        case ast::ClauseKind::kSet:
        case ast::ClauseKind::kRemove:
        case ast::ClauseKind::kDelete:
            return true;
        default:
            return false;
    }
}

bool IsReading(ast::ClauseKind kind) {
    return kind == ast::ClauseKind::kMatch || kind == ast::ClauseKind::kUnwind ||
           kind == ast::ClauseKind::kCall;
}

std::string ClauseLabel(const ast::Clause& clause) {
    if (clause.kind() == ast::ClauseKind::kMatch && clause.As<ast::MatchClause>().optional) {
        return "OPTIONAL MATCH";
    }
    return std::string(ast::ClauseName(clause.kind()));
}

}  // namespace

std::vector<ast::Statement> Transformer::TransformScript(KgCypher::KG_ScriptContext& ctx) {
    std::vector<ast::Statement> statements;
    for (auto* statement : ctx.oC_Statement()) {
        statements.push_back(TransformStatement(*statement));
    }
    return statements;
}

ast::Statement Transformer::TransformStatement(KgCypher::OC_StatementContext& ctx) {
    ast::Statement statement;
    if (auto* prefix = ctx.kG_QueryPrefix()) {
        statement.prefix =
            prefix->EXPLAIN() != nullptr ? ast::QueryPrefix::kExplain : ast::QueryPrefix::kProfile;
    }
    statement.query = TransformRegularQuery(*ctx.oC_RegularQuery());
    statement.text = Text(ctx);
    statement.location = Location(ctx);
    for (const auto& part : statement.query.parts) CheckComposition(part, false);
    return statement;
}

ast::RegularQuery Transformer::TransformRegularQuery(KgCypher::OC_RegularQueryContext& ctx) {
    ast::RegularQuery query;
    query.parts.push_back(TransformSingleQuery(*ctx.oC_SingleQuery()));
    for (auto* union_ctx : ctx.oC_Union()) {
        bool all = union_ctx->ALL() != nullptr;
        if (!query.union_all.empty() && query.union_all.front() != all) {
            throw SyntaxError("InvalidClauseComposition",
                              "UNION and UNION ALL cannot be mixed in one query.",
                              Location(*union_ctx));
        }
        query.union_all.push_back(all);
        query.union_locations.push_back(Location(*union_ctx));
        query.parts.push_back(TransformSingleQuery(*union_ctx->oC_SingleQuery()));
    }
    return query;
}

ast::SingleQuery Transformer::TransformSingleQuery(KgCypher::OC_SingleQueryContext& ctx) {
    ast::SingleQuery query;
    query.location = Location(ctx);
    for (auto* clause : ctx.oC_Clause()) query.clauses.push_back(TransformClause(*clause));
    return query;
}

ast::ClausePtr Transformer::TransformClause(KgCypher::OC_ClauseContext& ctx) {
    if (auto* c = ctx.oC_Match()) return TransformMatch(*c);
    if (auto* c = ctx.oC_Unwind()) return TransformUnwind(*c);
    if (auto* c = ctx.kG_Call()) return TransformCall(*c);
    if (auto* c = ctx.oC_Create()) return TransformCreate(*c);
    if (auto* c = ctx.oC_Merge()) return TransformMerge(*c);
    if (auto* c = ctx.oC_Set()) {
        auto clause = std::make_unique<ast::SetClause>(TransformSet(*c));
        return clause;
    }
    if (auto* c = ctx.oC_Remove()) return TransformRemove(*c);
    if (auto* c = ctx.oC_Delete()) return TransformDelete(*c);
    if (auto* c = ctx.oC_With()) return TransformWith(*c);
    return TransformReturn(*ctx.oC_Return());
}

// `inside_subquery`: EXISTS { MATCH ... } may end without RETURN and may not update.
void Transformer::CheckComposition(const ast::SingleQuery& query, bool inside_subquery) {
    const auto& clauses = query.clauses;
    bool updated_since_with = false;
    for (size_t i = 0; i < clauses.size(); ++i) {
        const ast::Clause& clause = *clauses[i];
        ast::ClauseKind kind = clause.kind();
        bool last = i + 1 == clauses.size();
        if (kind == ast::ClauseKind::kReturn && !last) {
            throw SyntaxError("InvalidClauseComposition",
                              "RETURN can only be the last clause of a query; use WITH to pass "
                              "results on to " +
                                  ClauseLabel(*clauses[i + 1]) + ".",
                              clauses[i + 1]->location);
        }
        if (inside_subquery && IsUpdating(kind)) {
            throw SyntaxError("InvalidClauseComposition",
                              "an EXISTS subquery cannot contain " + ClauseLabel(clause) + ".",
                              clause.location);
        }
        if (IsReading(kind) && updated_since_with) {
            throw SyntaxError("InvalidClauseComposition",
                              "WITH is required between " + ClauseLabel(*clauses[i - 1]) + " and " +
                                  ClauseLabel(clause) + ".",
                              clause.location);
        }
        if (kind == ast::ClauseKind::kCall && clause.As<ast::CallClause>().yield_all &&
            clauses.size() > 1) {
            throw SyntaxError("UnexpectedSyntax",
                              "YIELD * is only allowed in a CALL that stands alone; name the "
                              "fields to yield.",
                              clause.location);
        }
        if (IsUpdating(kind)) updated_since_with = true;
        if (kind == ast::ClauseKind::kWith) updated_since_with = false;
    }
    const ast::Clause& last = *clauses.back();
    bool standalone_call = clauses.size() == 1 && last.kind() == ast::ClauseKind::kCall;
    if (inside_subquery || standalone_call || last.kind() == ast::ClauseKind::kReturn ||
        IsUpdating(last.kind())) {
        return;
    }
    throw SyntaxError("MissingReturn",
                      "a query cannot end with " + ClauseLabel(last) +
                          "; add a RETURN clause (for example RETURN *) or an updating clause.",
                      last.location);
}

}  // namespace kg::engine::parser
