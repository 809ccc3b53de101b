// Expression trees. Every node knows its kind, its source location and its source text as
// written (the default column name of a projection). Children are owned by unique_ptr.
// Code dispatches on kind() and static_casts to the concrete type (As<T>() checks it).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/ast/pattern.h"
#include "engine/errors.h"

namespace kg::engine::ast {

struct RegularQuery;  // statement.h; used by EXISTS { subquery }

enum class ExprKind {
    kLiteral,
    kParameter,
    kVariable,
    kProperty,
    kLabelCheck,
    kUnary,
    kBinary,
    kComparisonChain,
    kIndex,
    kSlice,
    kFunctionCall,
    kCountStar,
    kList,
    kMap,
    kCase,
    kListComprehension,
    kQuantifier,
    kPatternComprehension,
    kPatternPredicate,
    kExists,
    kMapProjection,
};

struct Expression {
    explicit Expression(ExprKind kind) : kind_(kind) {}
    virtual ~Expression() = default;
    Expression(const Expression&) = delete;
    Expression& operator=(const Expression&) = delete;

    ExprKind kind() const { return kind_; }
    template <typename T>
    const T& As() const {
        CheckKind(T::kKind);
        return static_cast<const T&>(*this);
    }

    std::string text;  // exactly as written in the query
    SourceLocation location;

  private:
    void CheckKind(ExprKind expected) const;
    ExprKind kind_;
};

using ExprList = std::vector<ExprPtr>;

// null, true/false, integers (already range-checked), floats, strings (escapes decoded).
using LiteralValue = std::variant<std::monostate, bool, int64_t, double, std::string>;

struct Literal : Expression {
    static constexpr ExprKind kKind = ExprKind::kLiteral;
    Literal() : Expression(kKind) {}
    LiteralValue value;
};

struct Parameter : Expression {
    static constexpr ExprKind kKind = ExprKind::kParameter;
    Parameter() : Expression(kKind) {}
    std::string name;  // without '$'
};

struct Variable : Expression {
    static constexpr ExprKind kKind = ExprKind::kVariable;
    Variable() : Expression(kKind) {}
    std::string name;
};

struct PropertyAccess : Expression {
    static constexpr ExprKind kKind = ExprKind::kProperty;
    PropertyAccess() : Expression(kKind) {}
    ExprPtr object;
    std::string key;
};

// n:A:B as a predicate.
struct LabelCheck : Expression {
    static constexpr ExprKind kKind = ExprKind::kLabelCheck;
    LabelCheck() : Expression(kKind) {}
    ExprPtr object;
    std::vector<std::string> labels;
};

enum class UnaryOp { kNot, kNegate, kPlus, kIsNull, kIsNotNull };

struct Unary : Expression {
    static constexpr ExprKind kKind = ExprKind::kUnary;
    Unary() : Expression(kKind) {}
    UnaryOp op = UnaryOp::kNot;
    ExprPtr operand;
};

enum class BinaryOp {
    kOr,
    kXor,
    kAnd,
    kEqual,
    kNotEqual,
    kLess,
    kGreater,
    kLessEqual,
    kGreaterEqual,
    kAdd,
    kSubtract,
    kMultiply,
    kDivide,
    kModulo,
    kPower,
    kStartsWith,
    kEndsWith,
    kContains,
    kRegexMatch,
    kIn,
};

struct Binary : Expression {
    static constexpr ExprKind kKind = ExprKind::kBinary;
    Binary() : Expression(kKind) {}
    BinaryOp op = BinaryOp::kAnd;
    ExprPtr left;
    ExprPtr right;
};

// a < b <= c: operands.size() == ops.size() + 1; means (a < b) AND (b <= c), b evaluated once.
struct ComparisonChain : Expression {
    static constexpr ExprKind kKind = ExprKind::kComparisonChain;
    ComparisonChain() : Expression(kKind) {}
    ExprList operands;
    std::vector<BinaryOp> ops;
};

struct Index : Expression {
    static constexpr ExprKind kKind = ExprKind::kIndex;
    Index() : Expression(kKind) {}
    ExprPtr object;
    ExprPtr index;
};

struct Slice : Expression {
    static constexpr ExprKind kKind = ExprKind::kSlice;
    Slice() : Expression(kKind) {}
    ExprPtr object;
    ExprPtr from;  // may be null
    ExprPtr to;    // may be null
};

struct FunctionCall : Expression {
    static constexpr ExprKind kKind = ExprKind::kFunctionCall;
    FunctionCall() : Expression(kKind) {}
    std::string name;  // as written, namespace included ("toUpper", "algo.x")
    bool distinct = false;
    ExprList arguments;
};

struct CountStar : Expression {
    static constexpr ExprKind kKind = ExprKind::kCountStar;
    CountStar() : Expression(kKind) {}
};

struct ListLiteral : Expression {
    static constexpr ExprKind kKind = ExprKind::kList;
    ListLiteral() : Expression(kKind) {}
    ExprList elements;
};

struct MapLiteral : Expression {
    static constexpr ExprKind kKind = ExprKind::kMap;
    MapLiteral() : Expression(kKind) {}
    std::vector<std::pair<std::string, ExprPtr>> entries;  // in written order
};

struct CaseExpression : Expression {
    static constexpr ExprKind kKind = ExprKind::kCase;
    CaseExpression() : Expression(kKind) {}
    ExprPtr subject;  // CASE x WHEN ...; null for the generic form
    std::vector<std::pair<ExprPtr, ExprPtr>> alternatives;  // WHEN, THEN
    ExprPtr otherwise;                                      // ELSE, may be null
};

// [x IN list WHERE pred | projection]
struct ListComprehension : Expression {
    static constexpr ExprKind kKind = ExprKind::kListComprehension;
    ListComprehension() : Expression(kKind) {}
    std::string variable;
    ExprPtr list;
    ExprPtr where;       // may be null
    ExprPtr projection;  // may be null
};

enum class QuantifierKind { kAll, kAny, kNone, kSingle };

struct Quantifier : Expression {
    static constexpr ExprKind kKind = ExprKind::kQuantifier;
    Quantifier() : Expression(kKind) {}
    QuantifierKind quantifier = QuantifierKind::kAll;
    std::string variable;
    ExprPtr list;
    ExprPtr where;  // may be null
};

// [p = (a)-->(b) WHERE pred | projection]
struct PatternComprehension : Expression {
    static constexpr ExprKind kKind = ExprKind::kPatternComprehension;
    PatternComprehension() : Expression(kKind) {}
    PatternPart pattern;
    ExprPtr where;
    ExprPtr projection;
};

// (a)-[:T]->(b) used as a boolean.
struct PatternPredicate : Expression {
    static constexpr ExprKind kKind = ExprKind::kPatternPredicate;
    PatternPredicate() : Expression(kKind) {}
    PatternPart pattern;
};

// EXISTS { MATCH ... RETURN ... } or EXISTS { (a)-->(b) WHERE ... }.
struct ExistsSubquery : Expression {
    static constexpr ExprKind kKind = ExprKind::kExists;
    ExistsSubquery();
    ~ExistsSubquery() override;
    std::unique_ptr<RegularQuery> query;  // set for the full-query form
    Pattern pattern;                      // set for the pattern form
    ExprPtr where;
};

enum class MapProjectionItemKind { kProperty, kAllProperties, kLiteralEntry, kVariable };

struct MapProjectionItem {
    MapProjectionItemKind kind = MapProjectionItemKind::kProperty;
    std::string key;  // property key, entry key or variable name
    ExprPtr value;    // for kLiteralEntry
};

// n {.name, .*, answer: 42, m}
struct MapProjection : Expression {
    static constexpr ExprKind kKind = ExprKind::kMapProjection;
    MapProjection() : Expression(kKind) {}
    std::string variable;
    SourceLocation variable_location;
    std::vector<MapProjectionItem> items;
};

// Calls `fn` on each direct child expression of `expr` (property maps of patterns included; the
// clauses of an EXISTS subquery are not expressions and are skipped).
void ForEachChild(const Expression& expr, const std::function<void(const Expression&)>& fn);

std::string_view BinaryOpName(BinaryOp op);  // "=", "AND", "STARTS WITH", ...
std::string_view UnaryOpName(UnaryOp op);    // "NOT", "-", "IS NULL", ...
std::string_view QuantifierName(QuantifierKind kind);

}  // namespace kg::engine::ast
