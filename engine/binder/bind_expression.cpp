// Expressions: names must resolve, functions must exist, aggregates may only appear where the
// clause allows them (and never inside one another), and operators reject operands whose type
// is already known to be wrong:
//   RETURN NOT 'x'          InvalidArgumentType (NOT needs a boolean)
//   RETURN 1 IN 123.4       InvalidArgumentType (IN needs a list)
//   RETURN (n)-->()         UnexpectedSyntax (patterns are predicates for WHERE)
// Function calls and aggregates are in bind_function.cpp.
#include "engine/binder/binder.h"
#include "engine/binder/functions.h"
#include "engine/binder/type_errors.h"
#include "engine/common/suggest.h"

namespace kg::engine::binder {

namespace {

StaticType LiteralType(const ast::LiteralValue& value) {
    switch (value.index()) {
        case 0:
            return StaticType::Of(TypeTag::kNull);
        case 1:
            return StaticType::Of(TypeTag::kBool);
        case 2:
            return StaticType::Of(TypeTag::kInt);
        case 3:
            return StaticType::Of(TypeTag::kFloat);
        default:
            return StaticType::Of(TypeTag::kString);
    }
}

void RequireBoolean(const ast::Expression& operand, const StaticType& type, std::string_view op) {
    if (!type.MayBe(TypeTag::kBool)) throw WrongType(operand, type, "a boolean", op);
}

bool MayBeNumber(const StaticType& type) { return type.MayBe(TypeTag::kInt) || type.IsNumber(); }

}  // namespace

StaticType Binder::BindVariable(const ast::Variable& expr, const Scope& scope) {
    if (const Symbol* symbol = scope.Find(expr.name)) return symbol->type;
    std::string hint;
    std::string closest = ClosestName(expr.name, scope.Names());
    if (!closest.empty()) hint = " Did you mean '" + closest + "'?";
    throw BindError(ErrorType::kSyntaxError, "UndefinedVariable",
                    "variable '" + expr.name + "' is not defined." + hint, expr.location);
}

void Binder::BindPredicate(const ast::Expression& expr, const Scope& scope) {
    StaticType type = BindExpression(expr, scope, WhereContext());
    if (!type.MayBe(TypeTag::kBool)) throw WrongType(expr, type, "a boolean", "WHERE");
}

StaticType Binder::BindExpression(const ast::Expression& expr, const Scope& scope,
                                  ExprContext ctx) {
    if (ctx.projected_texts != nullptr && expr.kind() != ast::ExprKind::kVariable) {
        for (const auto& text : *ctx.projected_texts) {
            if (text == expr.text) return {};
        }
    }
    auto bind = [&](const ast::ExprPtr& child) {
        return child ? BindExpression(*child, scope, ctx) : StaticType{};
    };
    switch (expr.kind()) {
        case ast::ExprKind::kLiteral:
            return LiteralType(expr.As<ast::Literal>().value);
        case ast::ExprKind::kParameter:
            return {};
        case ast::ExprKind::kVariable:
            return BindVariable(expr.As<ast::Variable>(), scope);
        case ast::ExprKind::kProperty: {
            const auto& property = expr.As<ast::PropertyAccess>();
            StaticType object = bind(property.object);
            // Only graph elements are checked: a map's keys are not the database's.
            if (object.Is(TypeTag::kNode) || object.Is(TypeTag::kRelationship)) {
                CheckSchemaName(SchemaKind::kPropertyKey, property.key, expr.location);
            }
            bool has_properties = object.MayBe(TypeTag::kMap) || object.MayBe(TypeTag::kNode) ||
                                  object.Is(TypeTag::kRelationship);
            if (!has_properties) {
                QueryError error =
                    WrongType(*property.object, object, "a node, relationship or map",
                              "property access ." + property.key);
                // The TCK reports a path as a syntax error and other values as type errors.
                if (object.Is(TypeTag::kPath)) throw error;
                throw QueryError(error.kind(), ErrorType::kTypeError, error.detail(),
                                 error.message(), error.location());
            }
            return {};
        }
        case ast::ExprKind::kLabelCheck:
            bind(expr.As<ast::LabelCheck>().object);
            for (const auto& label : expr.As<ast::LabelCheck>().labels) {
                CheckSchemaName(SchemaKind::kLabel, label, expr.location);
            }
            return StaticType::Of(TypeTag::kBool);
        case ast::ExprKind::kUnary: {
            const auto& unary = expr.As<ast::Unary>();
            StaticType operand = bind(unary.operand);
            switch (unary.op) {
                case ast::UnaryOp::kNot:
                    RequireBoolean(*unary.operand, operand, "NOT");
                    return StaticType::Of(TypeTag::kBool);
                case ast::UnaryOp::kNegate:
                case ast::UnaryOp::kPlus:
                    if (!MayBeNumber(operand)) {
                        throw WrongType(*unary.operand, operand, "a number",
                                        ast::UnaryOpName(unary.op));
                    }
                    return operand;
                default:
                    return StaticType::Of(TypeTag::kBool);
            }
        }
        case ast::ExprKind::kBinary:
            return BindBinary(expr.As<ast::Binary>(), scope, ctx);
        case ast::ExprKind::kComparisonChain:
            for (const auto& operand : expr.As<ast::ComparisonChain>().operands) bind(operand);
            return StaticType::Of(TypeTag::kBool);
        case ast::ExprKind::kIndex: {
            StaticType object = bind(expr.As<ast::Index>().object);
            bind(expr.As<ast::Index>().index);
            return object.Is(TypeTag::kList) ? StaticType::Of(object.element) : StaticType{};
        }
        case ast::ExprKind::kSlice:
            bind(expr.As<ast::Slice>().from);
            bind(expr.As<ast::Slice>().to);
            return bind(expr.As<ast::Slice>().object);
        case ast::ExprKind::kFunctionCall:
            return BindFunction(expr.As<ast::FunctionCall>(), scope, ctx);
        case ast::ExprKind::kCountStar:
            return BindAggregate(expr, ctx);
        case ast::ExprKind::kList: {
            const auto& elements = expr.As<ast::ListLiteral>().elements;
            std::optional<TypeTag> common;
            for (const auto& element : elements) {
                TypeTag tag = bind(element).tag;
                common = !common || *common == tag ? tag : TypeTag::kAny;
            }
            // [] holds nothing: its element type is Null, so it is known not to be a list of
            // relationships (WITH [] AS r MATCH ()-[r]-() is a type conflict).
            return StaticType::ListOf(common.value_or(TypeTag::kNull));
        }
        case ast::ExprKind::kMap:
            for (const auto& entry : expr.As<ast::MapLiteral>().entries) bind(entry.second);
            return StaticType::Of(TypeTag::kMap);
        case ast::ExprKind::kCase: {
            const auto& c = expr.As<ast::CaseExpression>();
            bind(c.subject);
            for (const auto& [when, then] : c.alternatives) {
                bind(when);
                bind(then);
            }
            bind(c.otherwise);
            return {};
        }
        case ast::ExprKind::kListComprehension: {
            const auto& l = expr.As<ast::ListComprehension>();
            return BindIteration(l.variable, *l.list, l.where, l.projection, scope, ctx);
        }
        case ast::ExprKind::kQuantifier: {
            const auto& q = expr.As<ast::Quantifier>();
            BindIteration(q.variable, *q.list, q.where, nullptr, scope, ctx);
            return StaticType::Of(TypeTag::kBool);
        }
        case ast::ExprKind::kPatternComprehension: {
            const auto& p = expr.As<ast::PatternComprehension>();
            Scope inner = scope;
            std::vector<std::string> relationships;
            BindPatternPart(p.pattern, PatternUse::kComprehension, inner, relationships);
            if (p.where) BindPredicate(*p.where, inner);
            BindExpression(*p.projection, inner, ctx);
            return StaticType::ListOf(TypeTag::kAny);
        }
        case ast::ExprKind::kPatternPredicate: {
            if (!ctx.allow_patterns) {
                throw BindError(ErrorType::kSyntaxError, "UnexpectedSyntax",
                                "a pattern can only be used as a predicate in WHERE or in "
                                "exists(); to collect matches use a pattern comprehension [" +
                                    expr.text + " | ...].",
                                expr.location);
            }
            Scope inner = scope;
            std::vector<std::string> relationships;
            BindPatternPart(expr.As<ast::PatternPredicate>().pattern, PatternUse::kPredicate, inner,
                            relationships);
            CheckPatternSchema(expr.As<ast::PatternPredicate>().pattern);
            return StaticType::Of(TypeTag::kBool);
        }
        case ast::ExprKind::kExists: {
            const auto& x = expr.As<ast::ExistsSubquery>();
            if (x.query) {
                Binder inner(schema_);
                inner.BindRegularQuery(*x.query, scope);
                warnings_.insert(warnings_.end(), inner.warnings_.begin(), inner.warnings_.end());
                return StaticType::Of(TypeTag::kBool);
            }
            Scope inner = scope;
            BindPattern(x.pattern, PatternUse::kComprehension, inner);
            if (x.where) BindPredicate(*x.where, inner);
            return StaticType::Of(TypeTag::kBool);
        }
        case ast::ExprKind::kMapProjection: {
            const auto& m = expr.As<ast::MapProjection>();
            ast::Variable subject;
            subject.name = m.variable;
            subject.location = m.variable_location;
            BindVariable(subject, scope);
            for (const auto& item : m.items) {
                if (item.kind == ast::MapProjectionItemKind::kVariable) {
                    ast::Variable variable;
                    variable.name = item.key;
                    variable.location = m.location;
                    BindVariable(variable, scope);
                }
                bind(item.value);
            }
            return StaticType::Of(TypeTag::kMap);
        }
    }
    return {};
}

StaticType Binder::BindBinary(const ast::Binary& expr, const Scope& scope, ExprContext ctx) {
    StaticType left = BindExpression(*expr.left, scope, ctx);
    StaticType right = BindExpression(*expr.right, scope, ctx);
    std::string_view op = ast::BinaryOpName(expr.op);
    switch (expr.op) {
        case ast::BinaryOp::kOr:
        case ast::BinaryOp::kXor:
        case ast::BinaryOp::kAnd:
            RequireBoolean(*expr.left, left, op);
            RequireBoolean(*expr.right, right, op);
            return StaticType::Of(TypeTag::kBool);
        case ast::BinaryOp::kIn:
            if (!right.MayBe(TypeTag::kList)) throw WrongType(*expr.right, right, "a list", op);
            return StaticType::Of(TypeTag::kBool);
        case ast::BinaryOp::kAdd:
            if (left.Is(TypeTag::kList) || right.Is(TypeTag::kList)) {
                return StaticType::ListOf(TypeTag::kAny);
            }
            for (const auto* side : {&left, &right}) {
                const ast::Expression& operand = side == &left ? *expr.left : *expr.right;
                if (!MayBeNumber(*side) && !side->MayBe(TypeTag::kString)) {
                    throw WrongType(operand, *side, "a number, a string or a list", op);
                }
            }
            break;
        case ast::BinaryOp::kSubtract:
        case ast::BinaryOp::kMultiply:
        case ast::BinaryOp::kDivide:
        case ast::BinaryOp::kModulo:
        case ast::BinaryOp::kPower:
            if (!MayBeNumber(left)) throw WrongType(*expr.left, left, "a number", op);
            if (!MayBeNumber(right)) throw WrongType(*expr.right, right, "a number", op);
            break;
        default:
            return StaticType::Of(TypeTag::kBool);  // comparisons and string predicates
    }
    if (left.Is(TypeTag::kInt) && right.Is(TypeTag::kInt)) return left;
    if (left.IsNumber() && right.IsNumber()) return StaticType::Of(TypeTag::kFloat);
    return {};
}

// [x IN list WHERE pred | projection], all(x IN list WHERE pred), ...: x is visible inside.
StaticType Binder::BindIteration(const std::string& variable, const ast::Expression& list,
                                 const ast::ExprPtr& where, const ast::ExprPtr& projection,
                                 const Scope& scope, ExprContext ctx) {
    StaticType list_type = BindExpression(list, scope, ctx);
    if (!list_type.MayBe(TypeTag::kList)) {
        throw WrongType(list, list_type, "a list", "IN");
    }
    Scope inner = scope;
    TypeTag element = list_type.Is(TypeTag::kList) ? list_type.element : TypeTag::kAny;
    inner.Add({variable, StaticType::Of(element), list.location});
    if (where) BindPredicate(*where, inner);
    if (projection) {
        // RETURN [x IN list | count(*)] -> InvalidAggregation: the projection runs per element.
        ExprContext element_ctx = ctx;
        element_ctx.allow_aggregates = false;
        element_ctx.where = "a list comprehension";
        return StaticType::ListOf(BindExpression(*projection, inner, element_ctx).tag);
    }
    return StaticType::ListOf(element);
}

}  // namespace kg::engine::binder
