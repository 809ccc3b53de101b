// Statements, UNION, and the walk over one query's clauses.
#include "engine/binder/binder.h"

namespace kg::engine::binder {

BoundStatement Bind(const ast::Statement& statement, std::string_view query_text,
                    const SchemaNames* schema) {
    Binder binder(schema);
    try {
        return binder.BindStatement(statement);
    } catch (QueryError& error) {
        if (!query_text.empty()) error.AttachExcerpt(query_text);
        throw;
    }
}

BoundStatement Binder::BindStatement(const ast::Statement& statement) {
    BoundStatement bound;
    bound.columns = BindRegularQuery(statement.query, Scope());
    bound.warnings = std::move(warnings_);
    return bound;
}

// RETURN 1 AS a UNION RETURN 2 AS b -> DifferentColumnsInUnion.
std::vector<std::string> Binder::BindRegularQuery(const ast::RegularQuery& query,
                                                  const Scope& outer) {
    std::vector<std::string> columns = BindSingleQuery(query.parts[0], outer);
    for (size_t i = 1; i < query.parts.size(); ++i) {
        std::vector<std::string> other = BindSingleQuery(query.parts[i], outer);
        if (other != columns) {
            throw BindError(ErrorType::kSyntaxError, "DifferentColumnsInUnion",
                            "all parts of a UNION must return the same columns in the same "
                            "order.",
                            query.union_locations[i - 1]);
        }
    }
    return columns;
}

std::vector<std::string> Binder::BindSingleQuery(const ast::SingleQuery& query, Scope scope) {
    std::vector<std::string> columns;
    for (const auto& clause : query.clauses) {
        columns.clear();
        switch (clause->kind()) {
            case ast::ClauseKind::kMatch:
                BindMatch(clause->As<ast::MatchClause>(), scope);
                break;
            case ast::ClauseKind::kUnwind:
                BindUnwind(clause->As<ast::UnwindClause>(), scope);
                break;
            case ast::ClauseKind::kCall:
                columns = BindCall(clause->As<ast::CallClause>(), scope);
                break;
            case ast::ClauseKind::kCreate:
                BindCreate(clause->As<ast::CreateClause>(), scope);
                break;
            case ast::ClauseKind::kMerge:
                BindMerge(clause->As<ast::MergeClause>(), scope);
                break;
            case ast::ClauseKind::kSet:
                BindSet(clause->As<ast::SetClause>(), scope);
                break;
            case ast::ClauseKind::kRemove:
                BindRemove(clause->As<ast::RemoveClause>(), scope);
                break;
            case ast::ClauseKind::kDelete:
                BindDelete(clause->As<ast::DeleteClause>(), scope);
                break;
            case ast::ClauseKind::kWith: {
                const auto& with = clause->As<ast::WithClause>();
                BindProjection(with.body, true, with.where, with.location, scope);
                break;
            }
            case ast::ClauseKind::kReturn: {
                const auto& ret = clause->As<ast::ReturnClause>();
                columns = BindProjection(ret.body, false, nullptr, ret.location, scope);
                break;
            }
        }
    }
    return columns;
}

}  // namespace kg::engine::binder
