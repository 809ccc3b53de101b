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

void Expression::CheckKind(ExprKind expected) const {
    if (expected != kind_) {
        throw QueryError(ErrorKind::kInternal, ErrorType::kInternalError, "",
                         "Internal error: expression kind mismatch in the AST; this is a bug in "
                         "kg.");
    }
}

std::string_view BinaryOpName(BinaryOp op) {
    switch (op) {
        case BinaryOp::kOr: return "OR";
        case BinaryOp::kXor: return "XOR";
        case BinaryOp::kAnd: return "AND";
        case BinaryOp::kEqual: return "=";
        case BinaryOp::kNotEqual: return "<>";
        case BinaryOp::kLess: return "<";
        case BinaryOp::kGreater: return ">";
        case BinaryOp::kLessEqual: return "<=";
        case BinaryOp::kGreaterEqual: return ">=";
        case BinaryOp::kAdd: return "+";
        case BinaryOp::kSubtract: return "-";
        case BinaryOp::kMultiply: return "*";
        case BinaryOp::kDivide: return "/";
        case BinaryOp::kModulo: return "%";
        case BinaryOp::kPower: return "^";
        case BinaryOp::kStartsWith: return "STARTS WITH";
        case BinaryOp::kEndsWith: return "ENDS WITH";
        case BinaryOp::kContains: return "CONTAINS";
        case BinaryOp::kRegexMatch: return "=~";
        case BinaryOp::kIn: return "IN";
    }
    return "?";
}

std::string_view UnaryOpName(UnaryOp op) {
    switch (op) {
        case UnaryOp::kNot: return "NOT";
        case UnaryOp::kNegate: return "-";
        case UnaryOp::kPlus: return "+";
        case UnaryOp::kIsNull: return "IS NULL";
        case UnaryOp::kIsNotNull: return "IS NOT NULL";
    }
    return "?";
}

std::string_view QuantifierName(QuantifierKind kind) {
    switch (kind) {
        case QuantifierKind::kAll: return "all";
        case QuantifierKind::kAny: return "any";
        case QuantifierKind::kNone: return "none";
        case QuantifierKind::kSingle: return "single";
    }
    return "?";
}

std::string_view ClauseName(ClauseKind kind) {
    switch (kind) {
        case ClauseKind::kMatch: return "MATCH";
        case ClauseKind::kUnwind: return "UNWIND";
        case ClauseKind::kCall: return "CALL";
        case ClauseKind::kCreate: return "CREATE";
        case ClauseKind::kMerge: return "MERGE";
        case ClauseKind::kSet: return "SET";
        case ClauseKind::kRemove: return "REMOVE";
        case ClauseKind::kDelete: return "DELETE";
        case ClauseKind::kWith: return "WITH";
        case ClauseKind::kReturn: return "RETURN";
    }
    return "?";
}

}  // namespace kg::engine::ast
