// Function calls and aggregates:
//   RETURN foo(a)            UnknownFunction (with the closest known name)
//   RETURN abs(1, 2)         InvalidNumberOfArguments
//   RETURN count(count(*))   NestedAggregation
//   MATCH (a) WHERE count(a) > 1   InvalidAggregation
//   RETURN count(rand())     NonConstantExpression
//   MATCH (n) RETURN type(n) InvalidArgumentType
#include "engine/binder/binder.h"
#include "engine/binder/functions.h"
#include "engine/binder/type_errors.h"
#include "engine/common/suggest.h"

namespace kg::engine::binder {

namespace {

bool CallsRand(const ast::Expression& expr) {
    if (expr.kind() == ast::ExprKind::kFunctionCall &&
        FindFunction(expr.As<ast::FunctionCall>().name) == FindFunction("rand")) {
        return true;
    }
    bool found = false;
    ast::ForEachChild(expr,
                      [&](const ast::Expression& child) { found = found || CallsRand(child); });
    return found;
}

// Graph functions whose argument kind is known statically:
//   labels(p) on a path, type(n) on a node, length(n) on a node, size(p) on a path.
void CheckArgumentTypes(const FunctionInfo& info, const ast::FunctionCall& call,
                        const std::vector<StaticType>& types) {
    if (types.empty()) return;
    const StaticType& arg = types[0];
    std::string_view name = info.name;
    auto require = [&](bool ok, std::string_view expected) {
        if (!ok) throw WrongType(*call.arguments[0], arg, expected, std::string(name) + "()");
    };
    if (name == "labels") require(arg.MayBe(TypeTag::kNode), "a node");
    if (name == "properties") {
        require(
            arg.MayBe(TypeTag::kNode) || arg.Is(TypeTag::kRelationship) || arg.Is(TypeTag::kMap),
            "a node, a relationship or a map");
    }
    if (name == "type" || name == "startNode" || name == "endNode") {
        require(arg.MayBe(TypeTag::kRelationship), "a relationship");
    }
    if (name == "length" || name == "nodes" || name == "relationships") {
        require(arg.MayBe(TypeTag::kPath), "a path");
    }
    if (name == "size") {
        require(arg.MayBe(TypeTag::kList) || arg.MayBe(TypeTag::kString), "a list or a string");
    }
}

}  // namespace

StaticType Binder::BindAggregate(const ast::Expression& expr, ExprContext& ctx) {
    if (ctx.in_aggregate) {
        throw BindError(ErrorType::kSyntaxError, "NestedAggregation",
                        "aggregate '" + expr.text + "' cannot be nested in another aggregate.",
                        expr.location);
    }
    if (!ctx.allow_aggregates) {
        throw BindError(ErrorType::kSyntaxError, "InvalidAggregation",
                        "aggregate '" + expr.text + "' is not allowed in " +
                            std::string(ctx.where) + "; aggregate in WITH or RETURN.",
                        expr.location);
    }
    saw_aggregate_ = true;
    ctx.in_aggregate = true;
    return StaticType::Of(TypeTag::kInt);
}

StaticType Binder::BindFunction(const ast::FunctionCall& expr, const Scope& scope,
                                ExprContext ctx) {
    const FunctionInfo* info = FindFunction(expr.name);
    if (info == nullptr) {
        std::string closest = ClosestName(expr.name, FunctionNames());
        std::string hint = closest.empty() ? "" : " Did you mean '" + closest + "'?";
        throw BindError(ErrorType::kSyntaxError, "UnknownFunction",
                        "unknown function '" + expr.name + "'." + hint, expr.location);
    }
    int count = static_cast<int>(expr.arguments.size());
    if (count < info->min_args || (info->max_args >= 0 && count > info->max_args)) {
        throw BindError(ErrorType::kSyntaxError, "InvalidNumberOfArguments",
                        "function '" + std::string(info->name) + "' takes " +
                            (info->min_args == info->max_args
                                 ? std::to_string(info->min_args)
                                 : std::to_string(info->min_args) + " to " +
                                       (info->max_args < 0 ? std::string("any number of")
                                                           : std::to_string(info->max_args))) +
                            " argument(s), not " + std::to_string(count) + ".",
                        expr.location);
    }
    if (info->aggregate) {
        BindAggregate(expr, ctx);
        // count(rand()): an aggregate over a value that changes per call means nothing.
        if (!expr.arguments.empty() && CallsRand(*expr.arguments[0])) {
            throw BindError(ErrorType::kSyntaxError, "NonConstantExpression",
                            "aggregate '" + expr.text + "' over rand() is not allowed.",
                            expr.location);
        }
    }
    if (info->name == "exists") ctx.allow_patterns = true;
    std::vector<StaticType> types;
    for (const auto& arg : expr.arguments) {
        // size() of a pattern is pre-openCypher-9 syntax; count matches with COUNT or EXISTS.
        if (info->name == "size" && arg->kind() == ast::ExprKind::kPatternPredicate) {
            throw BindError(ErrorType::kSyntaxError, "UnexpectedSyntax",
                            "size() of a pattern is not supported; use a pattern comprehension: "
                            "size([p = " +
                                arg->text + " | p]).",
                            arg->location);
        }
        types.push_back(BindExpression(*arg, scope, ctx));
    }
    CheckArgumentTypes(*info, expr, types);
    return StaticType::Of(info->result);
}

}  // namespace kg::engine::binder
