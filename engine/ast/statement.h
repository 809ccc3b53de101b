// Statements and clauses. A Statement is one query of a script (queries are separated by ';').
// A RegularQuery is one or more SingleQuery parts joined by UNION [ALL]; a SingleQuery is its
// clauses in written order. The transformer has already checked the clause composition
// (RETURN last, WITH between an update and a read, ...), so later stages can rely on it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/ast/expression.h"
#include "engine/ast/pattern.h"

namespace kg::engine::ast {

enum class ClauseKind {
    kMatch,
    kUnwind,
    kCall,
    kCreate,
    kMerge,
    kSet,
    kRemove,
    kDelete,
    kWith,
    kReturn,
};

struct Clause {
    explicit Clause(ClauseKind kind) : kind_(kind) {}
    virtual ~Clause() = default;
    Clause(Clause&&) = default;
    Clause& operator=(Clause&&) = default;
    ClauseKind kind() const { return kind_; }
    // The concrete clause; throws an internal QueryError if the kind does not match.
    template <typename T>
    const T& As() const {
        CheckKind(T::kKind);
        return static_cast<const T&>(*this);
    }
    SourceLocation location;

  private:
    void CheckKind(ClauseKind expected) const;
    ClauseKind kind_;
};

using ClausePtr = std::unique_ptr<Clause>;

struct MatchClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kMatch;
    MatchClause() : Clause(kKind) {}
    bool optional = false;
    Pattern pattern;
    ExprPtr where;
};

struct UnwindClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kUnwind;
    UnwindClause() : Clause(kKind) {}
    ExprPtr list;
    std::string variable;
    SourceLocation variable_location;
};

struct YieldItem {
    std::string field;     // procedure output column
    std::string variable;  // name bound in the query (== field without AS)
    SourceLocation location;
};

// CALL ns.name(args) YIELD ...; standalone or inside a query.
struct CallClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kCall;
    CallClause() : Clause(kKind) {}
    std::string procedure;            // "ns.name"
    bool explicit_arguments = false;  // written with parentheses
    ExprList arguments;
    bool yield_all = false;  // YIELD *
    std::vector<YieldItem> yields;
    ExprPtr where;
};

struct CreateClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kCreate;
    CreateClause() : Clause(kKind) {}
    Pattern pattern;
};

enum class SetItemKind {
    kProperty,    // n.k = v
    kReplaceAll,  // n = {map}
    kMergeMap,    // n += {map}
    kLabels,      // n:A:B
};

struct SetItem {
    SetItemKind kind = SetItemKind::kProperty;
    ExprPtr property;      // kProperty: a PropertyAccess
    std::string variable;  // the other kinds
    ExprPtr value;
    std::vector<std::string> labels;
    SourceLocation location;
};

struct SetClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kSet;
    SetClause() : Clause(kKind) {}
    std::vector<SetItem> items;
};

struct MergeAction {
    bool on_create = false;  // ON CREATE; otherwise ON MATCH
    SetClause set;
};

struct MergeClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kMerge;
    MergeClause() : Clause(kKind) {}
    PatternPart pattern;
    std::vector<MergeAction> actions;
};

struct RemoveItem {
    bool is_labels = false;
    std::string variable;             // labels form
    std::vector<std::string> labels;  // labels form
    ExprPtr property;                 // property form: a PropertyAccess
    SourceLocation location;
};

struct RemoveClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kRemove;
    RemoveClause() : Clause(kKind) {}
    std::vector<RemoveItem> items;
};

struct DeleteClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kDelete;
    DeleteClause() : Clause(kKind) {}
    bool detach = false;
    ExprList expressions;
};

struct ProjectionItem {
    ExprPtr expression;
    std::string alias;  // empty without AS
    SourceLocation alias_location;
    // The column name: the alias, else the expression text as written.
    const std::string& Name() const { return alias.empty() ? expression->text : alias; }
};

struct SortItem {
    ExprPtr expression;
    bool descending = false;
};

struct ProjectionBody {
    bool distinct = false;
    bool star = false;  // RETURN *, ...
    SourceLocation star_location;
    std::vector<ProjectionItem> items;
    std::vector<SortItem> order_by;
    ExprPtr skip;
    ExprPtr limit;
};

struct WithClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kWith;
    WithClause() : Clause(kKind) {}
    ProjectionBody body;
    ExprPtr where;
};

struct ReturnClause : Clause {
    static constexpr ClauseKind kKind = ClauseKind::kReturn;
    ReturnClause() : Clause(kKind) {}
    ProjectionBody body;
};

struct SingleQuery {
    std::vector<ClausePtr> clauses;
    SourceLocation location;
};

struct RegularQuery {
    std::vector<SingleQuery> parts;  // at least one
    std::vector<bool> union_all;     // parts.size() - 1 entries: UNION ALL (true) or UNION
    std::vector<SourceLocation> union_locations;
};

enum class QueryPrefix { kNone, kExplain, kProfile };

struct Statement {
    QueryPrefix prefix = QueryPrefix::kNone;
    RegularQuery query;
    std::string text;  // the statement's source text
    SourceLocation location;
};

std::string_view ClauseName(ClauseKind kind);  // "MATCH", "OPTIONAL MATCH" is not distinguished

}  // namespace kg::engine::ast
