// Binder: semantic analysis of a parsed statement. Resolves every name against the scopes of
// the query (variables introduced by MATCH, UNWIND, CREATE, WITH, ...), infers what it can of
// expression types, and rejects what openCypher rejects at compile time, with the TCK's error
// types and details (UndefinedVariable, VariableAlreadyBound, VariableTypeConflict,
// InvalidAggregation, NoExpressionAlias, ...).
//
// Errors are thrown as QueryError of kind kBind; messages read
//   Bind error: variable 'q' is not defined. Did you mean 'p'?
// Given the names that exist in the database (SchemaNames), a label, relationship type or
// property key that a query reads but the database does not have draws a warning with the
// closest existing name; names that CREATE, MERGE or SET write never do.
// Not thread-safe: use one Binder per statement.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/ast/statement.h"
#include "engine/binder/scope.h"

namespace kg::engine::binder {

// The labels, relationship types and property keys present in the database.
struct SchemaNames {
    std::vector<std::string> labels;
    std::vector<std::string> relationship_types;
    std::vector<std::string> property_keys;
};

struct BindWarning {
    std::string message;  // "Bind warning: unknown label 'Organisation'. Did you mean ...?"
    SourceLocation location;
};

struct BoundStatement {
    std::vector<std::string> columns;   // the result columns, in order
    std::vector<BindWarning> warnings;  // each unknown name once, in query order
};

// Binds one statement. `query_text` is the text the statement was parsed from (the whole
// script), used for the caret excerpt of errors; it may be empty. Without `schema`, no name is
// checked against the database.
BoundStatement Bind(const ast::Statement& statement, std::string_view query_text = {},
                    const SchemaNames* schema = nullptr);

class Binder {
  public:
    explicit Binder(const SchemaNames* schema = nullptr) : schema_(schema) {}
    BoundStatement BindStatement(const ast::Statement& statement);

  private:
    enum class PatternUse { kMatch, kCreate, kMerge, kPredicate, kComprehension };

    struct ExprContext {
        bool allow_aggregates = false;
        bool in_aggregate = false;
        std::string_view where = "this clause";  // for messages: "in WHERE", ...
        bool allow_patterns = false;  // pattern predicates: only inside WHERE and exists()
        // ORDER BY of a DISTINCT or aggregating projection: expressions written exactly like a
        // projected item stand for that item's column.
        const std::vector<std::string>* projected_texts = nullptr;
    };

    static ExprContext WhereContext() { return ExprContext{false, false, "WHERE", true, nullptr}; }
    // Binds a WHERE predicate, which must be able to yield a boolean.
    void BindPredicate(const ast::Expression& expr, const Scope& scope);

    // bind_query.cpp
    std::vector<std::string> BindRegularQuery(const ast::RegularQuery& query, const Scope& outer);
    std::vector<std::string> BindSingleQuery(const ast::SingleQuery& query, Scope scope);

    // bind_match.cpp
    void BindMatch(const ast::MatchClause& clause, Scope& scope);

    // bind_pattern.cpp
    void BindPattern(const ast::Pattern& pattern, PatternUse use, Scope& scope);
    void BindPatternPart(const ast::PatternPart& part, PatternUse use, Scope& scope,
                         std::vector<std::string>& clause_relationships);
    void BindNode(const ast::NodePattern& node, const ast::PatternPart& part, PatternUse use,
                  Scope& scope);
    void BindRelationship(const ast::RelationshipPattern& rel, PatternUse use, Scope& scope,
                          std::vector<std::string>& clause_relationships);
    void BindPatternProperties(const ast::ExprPtr& properties, PatternUse use, const Scope& scope);

    // bind_unwind.cpp, bind_call.cpp
    void BindUnwind(const ast::UnwindClause& clause, Scope& scope);
    std::vector<std::string> BindCall(const ast::CallClause& clause, Scope& scope);

    // bind_create.cpp (CREATE and MERGE)
    void BindCreate(const ast::CreateClause& clause, Scope& scope);
    void BindMerge(const ast::MergeClause& clause, Scope& scope);

    // bind_set.cpp (SET and REMOVE), bind_delete.cpp
    void BindSet(const ast::SetClause& clause, const Scope& scope);
    void BindRemove(const ast::RemoveClause& clause, const Scope& scope);
    void BindDelete(const ast::DeleteClause& clause, const Scope& scope);

    // bind_projection.cpp (WITH and RETURN)
    std::vector<std::string> BindProjection(const ast::ProjectionBody& body, bool is_with,
                                            const ast::ExprPtr& where, SourceLocation location,
                                            Scope& scope);
    void BindSkipLimit(const ast::ExprPtr& expr, std::string_view clause);
    void CheckGroupingKeys(const ast::ProjectionBody& body, const std::vector<bool>& aggregating,
                           const std::vector<std::string>& aliases);

    // bind_expression.cpp
    StaticType BindExpression(const ast::Expression& expr, const Scope& scope, ExprContext ctx);
    StaticType BindBinary(const ast::Binary& expr, const Scope& scope, ExprContext ctx);
    StaticType BindFunction(const ast::FunctionCall& expr, const Scope& scope, ExprContext ctx);
    StaticType BindAggregate(const ast::Expression& expr, ExprContext& ctx);
    StaticType BindIteration(const std::string& variable, const ast::Expression& list,
                             const ast::ExprPtr& where, const ast::ExprPtr& projection,
                             const Scope& scope, ExprContext ctx);
    StaticType BindVariable(const ast::Variable& expr, const Scope& scope);

    // bind_schema.cpp: warnings for names the database does not have.
    enum class SchemaKind { kLabel, kRelationshipType, kPropertyKey };
    void CheckSchemaName(SchemaKind kind, const std::string& name, SourceLocation location);
    void CheckPatternSchema(const ast::PatternPart& part);
    // Names that CREATE, MERGE or SET write become known for the rest of the statement.
    void NoteWrittenPattern(const ast::PatternPart& part);
    void NoteWrittenKeys(const ast::Expression& map);

    bool saw_aggregate_ = false;  // set when an aggregate is bound; reset per projection item
    const SchemaNames* schema_ = nullptr;
    std::vector<BindWarning> warnings_;
    std::vector<std::string> written_[3];  // by SchemaKind
};

}  // namespace kg::engine::binder
