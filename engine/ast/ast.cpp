#include "engine/ast/statement.h"

namespace kg::engine::ast {

NodePattern::NodePattern() = default;
NodePattern::NodePattern(NodePattern&&) noexcept = default;
NodePattern& NodePattern::operator=(NodePattern&&) noexcept = default;
NodePattern::~NodePattern() = default;

RelationshipPattern::RelationshipPattern() = default;
RelationshipPattern::RelationshipPattern(RelationshipPattern&&) noexcept = default;
RelationshipPattern& RelationshipPattern::operator=(RelationshipPattern&&) noexcept = default;
RelationshipPattern::~RelationshipPattern() = default;

ExistsSubquery::ExistsSubquery() : Expression(kKind) {}
ExistsSubquery::~ExistsSubquery() = default;

void Clause::CheckKind(ClauseKind expected) const {
    if (expected != kind_) {
        throw QueryError(ErrorKind::kInternal, ErrorType::kInternalError, "",
                         "Internal error: clause kind mismatch in the AST; this is a bug in kg.");
    }
}

void Expression::CheckKind(ExprKind expected) const {
    if (expected != kind_) {
        throw QueryError(ErrorKind::kInternal, ErrorType::kInternalError, "",
                         "Internal error: expression kind mismatch in the AST; this is a bug in "
                         "kg.");
    }
}

namespace {

void ForEachInPattern(const PatternPart& part, const std::function<void(const Expression&)>& fn) {
    for (const auto& node : part.nodes) {
        if (node.properties) fn(*node.properties);
    }
    for (const auto& rel : part.relationships) {
        if (rel.properties) fn(*rel.properties);
    }
}

}  // namespace

void ForEachChild(const Expression& expr, const std::function<void(const Expression&)>& fn) {
    auto visit = [&](const ExprPtr& child) {
        if (child) fn(*child);
    };
    switch (expr.kind()) {
        case ExprKind::kLiteral:
        case ExprKind::kParameter:
        case ExprKind::kVariable:
        case ExprKind::kCountStar:
            return;
        case ExprKind::kProperty:
            visit(expr.As<PropertyAccess>().object);
            return;
        case ExprKind::kLabelCheck:
            visit(expr.As<LabelCheck>().object);
            return;
        case ExprKind::kUnary:
            visit(expr.As<Unary>().operand);
            return;
        case ExprKind::kBinary:
            visit(expr.As<Binary>().left);
            visit(expr.As<Binary>().right);
            return;
        case ExprKind::kComparisonChain:
            for (const auto& operand : expr.As<ComparisonChain>().operands) visit(operand);
            return;
        case ExprKind::kIndex:
            visit(expr.As<Index>().object);
            visit(expr.As<Index>().index);
            return;
        case ExprKind::kSlice:
            visit(expr.As<Slice>().object);
            visit(expr.As<Slice>().from);
            visit(expr.As<Slice>().to);
            return;
        case ExprKind::kFunctionCall:
            for (const auto& arg : expr.As<FunctionCall>().arguments) visit(arg);
            return;
        case ExprKind::kList:
            for (const auto& element : expr.As<ListLiteral>().elements) visit(element);
            return;
        case ExprKind::kMap:
            for (const auto& entry : expr.As<MapLiteral>().entries) visit(entry.second);
            return;
        case ExprKind::kCase: {
            const auto& c = expr.As<CaseExpression>();
            visit(c.subject);
            for (const auto& [when, then] : c.alternatives) {
                visit(when);
                visit(then);
            }
            visit(c.otherwise);
            return;
        }
        case ExprKind::kListComprehension: {
            const auto& l = expr.As<ListComprehension>();
            visit(l.list);
            visit(l.where);
            visit(l.projection);
            return;
        }
        case ExprKind::kQuantifier:
            visit(expr.As<Quantifier>().list);
            visit(expr.As<Quantifier>().where);
            return;
        case ExprKind::kPatternComprehension: {
            const auto& p = expr.As<PatternComprehension>();
            ForEachInPattern(p.pattern, fn);
            visit(p.where);
            visit(p.projection);
            return;
        }
        case ExprKind::kPatternPredicate:
            ForEachInPattern(expr.As<PatternPredicate>().pattern, fn);
            return;
        case ExprKind::kExists: {
            const auto& x = expr.As<ExistsSubquery>();
            for (const auto& part : x.pattern) ForEachInPattern(part, fn);
            visit(x.where);
            return;
        }
        case ExprKind::kMapProjection:
            for (const auto& item : expr.As<MapProjection>().items) visit(item.value);
            return;
    }
}

std::string_view BinaryOpName(BinaryOp op) {
    switch (op) {
        case BinaryOp::kOr:
            return "OR";
        case BinaryOp::kXor:
            return "XOR";
        case BinaryOp::kAnd:
            return "AND";
        case BinaryOp::kEqual:
            return "=";
        case BinaryOp::kNotEqual:
            return "<>";
        case BinaryOp::kLess:
            return "<";
        case BinaryOp::kGreater:
            return ">";
        case BinaryOp::kLessEqual:
            return "<=";
        case BinaryOp::kGreaterEqual:
            return ">=";
        case BinaryOp::kAdd:
            return "+";
        case BinaryOp::kSubtract:
            return "-";
        case BinaryOp::kMultiply:
            return "*";
        case BinaryOp::kDivide:
            return "/";
        case BinaryOp::kModulo:
            return "%";
        case BinaryOp::kPower:
            return "^";
        case BinaryOp::kStartsWith:
            return "STARTS WITH";
        case BinaryOp::kEndsWith:
            return "ENDS WITH";
        case BinaryOp::kContains:
            return "CONTAINS";
        case BinaryOp::kRegexMatch:
            return "=~";
        case BinaryOp::kIn:
            return "IN";
    }
    return "?";
}

std::string_view UnaryOpName(UnaryOp op) {
    switch (op) {
        case UnaryOp::kNot:
            return "NOT";
        case UnaryOp::kNegate:
            return "-";
        case UnaryOp::kPlus:
            return "+";
        case UnaryOp::kIsNull:
            return "IS NULL";
        case UnaryOp::kIsNotNull:
            return "IS NOT NULL";
    }
    return "?";
}

std::string_view QuantifierName(QuantifierKind kind) {
    switch (kind) {
        case QuantifierKind::kAll:
            return "all";
        case QuantifierKind::kAny:
            return "any";
        case QuantifierKind::kNone:
            return "none";
        case QuantifierKind::kSingle:
            return "single";
    }
    return "?";
}

std::string_view ClauseName(ClauseKind kind) {
    switch (kind) {
        case ClauseKind::kMatch:
            return "MATCH";
        case ClauseKind::kUnwind:
            return "UNWIND";
        case ClauseKind::kCall:
            return "CALL";
        case ClauseKind::kCreate:
            return "CREATE";
        case ClauseKind::kMerge:
            return "MERGE";
        case ClauseKind::kSet:
            return "SET";
        case ClauseKind::kRemove:
            return "REMOVE";
        case ClauseKind::kDelete:
            return "DELETE";
        case ClauseKind::kWith:
            return "WITH";
        case ClauseKind::kReturn:
            return "RETURN";
    }
    return "?";
}

}  // namespace kg::engine::ast
