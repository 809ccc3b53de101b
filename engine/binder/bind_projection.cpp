// WITH and RETURN. The rules, with the query shapes that reach them:
//   WITH a, count(*)                  an expression in WITH needs AS: NoExpressionAlias
//   RETURN 1 AS a, 2 AS a             ColumnNameConflict
//   MATCH () RETURN *                 NoVariablesInScope
//   RETURN n.x ORDER BY max(n.y)      aggregate in ORDER BY of a non-aggregating projection:
//                                     InvalidAggregation
//   RETURN me.age + count(*)          a grouping value outside the aggregate that is not a
//                                     projected variable: AmbiguousAggregationExpression
//   SKIP n.count / LIMIT -1 / LIMIT 1.5   NonConstantExpression / NegativeIntegerArgument /
//                                     InvalidArgumentType
#include <algorithm>
#include <set>

#include "engine/binder/binder.h"
#include "engine/binder/functions.h"

namespace kg::engine::binder {

namespace {

bool IsAggregateCall(const ast::Expression& expr) {
    if (expr.kind() == ast::ExprKind::kCountStar) return true;
    if (expr.kind() != ast::ExprKind::kFunctionCall) return false;
    const FunctionInfo* info = FindFunction(expr.As<ast::FunctionCall>().name);
    return info != nullptr && info->aggregate;
}

bool ContainsAggregate(const ast::Expression& expr) {
    if (IsAggregateCall(expr)) return true;
    bool found = false;
    ast::ForEachChild(
        expr, [&](const ast::Expression& child) { found = found || ContainsAggregate(child); });
    return found;
}

// Calls `fn` on every Variable outside aggregate calls, skipping subexpressions written like
// a grouping key (`key_texts`) and the variables that list comprehensions and quantifiers
// declare themselves.
void ForEachGroupingVariable(const ast::Expression& expr, const std::set<std::string>& key_texts,
                             const std::function<void(const ast::Variable&)>& fn,
                             std::set<std::string> locals = {}) {
    if (IsAggregateCall(expr) || key_texts.count(expr.text) > 0) return;
    if (expr.kind() == ast::ExprKind::kVariable) {
        const auto& variable = expr.As<ast::Variable>();
        if (locals.count(variable.name) == 0) fn(variable);
        return;
    }
    if (expr.kind() == ast::ExprKind::kListComprehension) {
        locals.insert(expr.As<ast::ListComprehension>().variable);
    } else if (expr.kind() == ast::ExprKind::kQuantifier) {
        locals.insert(expr.As<ast::Quantifier>().variable);
    }
    ast::ForEachChild(expr, [&](const ast::Expression& child) {
        ForEachGroupingVariable(child, key_texts, fn, locals);
    });
}

}  // namespace

std::vector<std::string> Binder::BindProjection(const ast::ProjectionBody& body, bool is_with,
                                                const ast::ExprPtr& where, SourceLocation location,
                                                Scope& scope) {
    std::string_view clause = is_with ? "WITH" : "RETURN";
    std::vector<std::string> columns;
    Scope projected;
    if (body.star) {
        // WITH * may carry nothing on (CREATE () WITH * CREATE ()); RETURN * must return something.
        if (scope.Empty() && !is_with) {
            throw BindError(ErrorType::kSyntaxError, "NoVariablesInScope",
                            "RETURN * needs at least one variable in scope.",
                            body.star_location.IsKnown() ? body.star_location : location);
        }
        columns = scope.Names();
        projected = scope;
    }
    std::vector<bool> aggregating;
    std::vector<std::string> names;
    std::vector<std::string> item_texts;  // ORDER BY may repeat an item as written
    for (const auto& item : body.items) {
        saw_aggregate_ = false;
        StaticType type = BindExpression(*item.expression, scope, ExprContext{true, false, clause});
        aggregating.push_back(saw_aggregate_);
        item_texts.push_back(item.expression->text);
        names.push_back(item.Name());
        projected.Add({item.Name(), type, item.expression->location});
    }
    bool any_aggregate =
        std::find(aggregating.begin(), aggregating.end(), true) != aggregating.end();

    // ORDER BY sees the incoming variables and the projected names; after DISTINCT or an
    // aggregation only the projected names and items repeated as written:
    //   RETURN DISTINCT a.name ORDER BY a.age                      UndefinedVariable
    //   WITH a.x AS k, min(a.y) AS m ORDER BY sum(a.y)             UndefinedVariable
    //   RETURN me.age AS age, count(you.age) AS c ORDER BY age + count(you.age)   fine
    Scope order_scope = scope;
    for (const auto& name : projected.Names()) order_scope.Add(*projected.Find(name));
    bool restricted = body.distinct || any_aggregate;
    ExprContext order_ctx{true, false, "ORDER BY"};
    if (restricted) order_ctx.projected_texts = &item_texts;
    for (const auto& sort : body.order_by) {
        saw_aggregate_ = false;
        BindExpression(*sort.expression, restricted ? projected : order_scope, order_ctx);
        if (saw_aggregate_ && !any_aggregate) {
            throw BindError(ErrorType::kSyntaxError, "InvalidAggregation",
                            "ORDER BY can only use an aggregate when " + std::string(clause) +
                                " aggregates too.",
                            sort.expression->location);
        }
    }
    if (any_aggregate) CheckGroupingKeys(body, aggregating, names);
    for (size_t i = 0; i < body.items.size(); ++i) {
        const auto& item = body.items[i];
        if (is_with && item.alias.empty() && item.expression->kind() != ast::ExprKind::kVariable) {
            throw BindError(
                ErrorType::kSyntaxError, "NoExpressionAlias",
                "expression '" + item.expression->text + "' in WITH must be given a name with AS.",
                item.expression->location);
        }
        if (std::find(columns.begin(), columns.end(), names[i]) != columns.end()) {
            throw BindError(
                ErrorType::kSyntaxError, "ColumnNameConflict",
                "column '" + names[i] + "' is defined twice in " + std::string(clause) + ".",
                item.alias.empty() ? item.expression->location : item.alias_location);
        }
        columns.push_back(names[i]);
    }
    BindSkipLimit(body.skip, "SKIP");
    BindSkipLimit(body.limit, "LIMIT");
    // WITH ... WHERE sees both sides: MATCH (a) WITH a.x AS x WHERE a.y = 1 is valid.
    if (where) BindPredicate(*where, order_scope);
    scope = std::move(projected);
    return columns;
}

// In an aggregating projection, values outside the aggregates must come from grouping keys:
// variables projected on their own, or property accesses projected on their own.
//   RETURN me.age, me.age + count(*)                       fine
//   RETURN me.age + you.age, me.age + you.age + count(*)   AmbiguousAggregationExpression
void Binder::CheckGroupingKeys(const ast::ProjectionBody& body,
                               const std::vector<bool>& aggregating,
                               const std::vector<std::string>& aliases) {
    std::set<std::string> keys;       // variables projected on their own
    std::set<std::string> key_texts;  // property accesses projected on their own
    for (size_t i = 0; i < body.items.size(); ++i) {
        const ast::Expression& expr = *body.items[i].expression;
        if (aggregating[i]) continue;
        if (expr.kind() == ast::ExprKind::kVariable) keys.insert(expr.As<ast::Variable>().name);
        if (expr.kind() == ast::ExprKind::kProperty) key_texts.insert(expr.text);
    }
    auto check = [&](const ast::Expression& expr, bool allow_aliases) {
        ForEachGroupingVariable(expr, key_texts, [&](const ast::Variable& variable) {
            bool is_alias = allow_aliases && std::find(aliases.begin(), aliases.end(),
                                                       variable.name) != aliases.end();
            if (keys.count(variable.name) == 0 && !is_alias) {
                throw BindError(ErrorType::kSyntaxError, "AmbiguousAggregationExpression",
                                "'" + expr.text + "' mixes an aggregate with '" + variable.name +
                                    "', which is not a grouping key; project it on its own "
                                    "first (WITH " +
                                    variable.name + ", ...).",
                                expr.location);
            }
        });
    };
    for (size_t i = 0; i < body.items.size(); ++i) {
        if (aggregating[i] && !IsAggregateCall(*body.items[i].expression)) {
            check(*body.items[i].expression, false);
        }
    }
    // Only sort keys that contain an aggregate are restricted.
    for (const auto& sort : body.order_by) {
        if (ContainsAggregate(*sort.expression) && !IsAggregateCall(*sort.expression)) {
            check(*sort.expression, true);
        }
    }
}

// SKIP and LIMIT take a constant, non-negative integer.
void Binder::BindSkipLimit(const ast::ExprPtr& expr, std::string_view clause) {
    if (expr == nullptr) return;
    try {
        BindExpression(*expr, Scope(), ExprContext{false, false, clause});
    } catch (const QueryError& error) {
        if (error.detail() != "UndefinedVariable") throw;
        throw BindError(ErrorType::kSyntaxError, "NonConstantExpression",
                        std::string(clause) +
                            " needs a constant expression, not one that "
                            "depends on variables.",
                        expr->location);
    }
    if (expr->kind() != ast::ExprKind::kLiteral) return;
    const auto& value = expr->As<ast::Literal>().value;
    if (const auto* integer = std::get_if<int64_t>(&value); integer && *integer < 0) {
        throw BindError(ErrorType::kSyntaxError, "NegativeIntegerArgument",
                        std::string(clause) + " must not be negative.", expr->location);
    }
    if (!std::holds_alternative<int64_t>(value)) {
        throw BindError(ErrorType::kSyntaxError, "InvalidArgumentType",
                        std::string(clause) + " needs an integer.", expr->location);
    }
}

}  // namespace kg::engine::binder
