// Operator expressions, from OR (loosest) down to property lookups and indexing (tightest).
// Left-associative operators fold to the left: a - b - c is (a - b) - c.
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

namespace {

ast::ExprPtr MakeBinary(ast::BinaryOp op, ast::ExprPtr left, ast::ExprPtr right, std::string text) {
    auto binary = std::make_unique<ast::Binary>();
    binary->location = left->location;
    binary->text = std::move(text);
    binary->op = op;
    binary->left = std::move(left);
    binary->right = std::move(right);
    return binary;
}

}  // namespace

// The outermost expression keeps its full text, parentheses included: RETURN (a) names its
// column "(a)".
ast::ExprPtr Transformer::TransformExpression(KgCypher::OC_ExpressionContext& ctx) {
    CheckDepth(1, ctx);
    ++depth_;
    ast::ExprPtr expr;
    try {
        expr = TransformOr(*ctx.oC_OrExpression());
    } catch (...) {
        --depth_;
        throw;
    }
    --depth_;
    expr->text = Text(ctx);
    return expr;
}

void Transformer::CheckDepth(size_t extra, antlr4::ParserRuleContext& ctx) const {
    if (depth_ + extra > kMaxExpressionDepth) {
        throw SyntaxError("UnexpectedSyntax",
                          "the expression is nested too deeply (more than " +
                              std::to_string(kMaxExpressionDepth) + " levels).",
                          Location(ctx));
    }
}

namespace {

// Folds `o0 op o1 op o2 ...` to the left. The text of each `left op right` runs from the start
// of the first operand to the end of `right`.
template <typename Ctx, typename TransformFn, typename OpFn>
ast::ExprPtr FoldLeft(antlr4::CharStream& input, const std::vector<Ctx*>& operands,
                      TransformFn transform, OpFn op_of) {
    if (operands.size() > kMaxExpressionDepth) {
        throw SyntaxError("UnexpectedSyntax",
                          "the expression has too many operators in a row (more than " +
                              std::to_string(kMaxExpressionDepth) + ").",
                          {static_cast<int>(operands[0]->getStart()->getLine()),
                           static_cast<int>(operands[0]->getStart()->getCharPositionInLine()) + 1});
    }
    ast::ExprPtr result = transform(*operands[0]);
    for (size_t i = 1; i < operands.size(); ++i) {
        std::string text = input.getText(antlr4::misc::Interval(
            operands[0]->getStart()->getStartIndex(), operands[i]->getStop()->getStopIndex()));
        result = MakeBinary(op_of(i), std::move(result), transform(*operands[i]), text);
    }
    return result;
}

}  // namespace

ast::ExprPtr Transformer::TransformOr(KgCypher::OC_OrExpressionContext& ctx) {
    return FoldLeft(
        input_, ctx.oC_XorExpression(), [this](auto& c) { return TransformXor(c); },
        [](size_t) { return ast::BinaryOp::kOr; });
}

ast::ExprPtr Transformer::TransformXor(KgCypher::OC_XorExpressionContext& ctx) {
    return FoldLeft(
        input_, ctx.oC_AndExpression(), [this](auto& c) { return TransformAnd(c); },
        [](size_t) { return ast::BinaryOp::kXor; });
}

ast::ExprPtr Transformer::TransformAnd(KgCypher::OC_AndExpressionContext& ctx) {
    return FoldLeft(
        input_, ctx.oC_NotExpression(), [this](auto& c) { return TransformNot(c); },
        [](size_t) { return ast::BinaryOp::kAnd; });
}

ast::ExprPtr Transformer::TransformAdditive(KgCypher::OC_AddOrSubtractExpressionContext& ctx) {
    auto op_of = [&](size_t i) {
        return ctx.kG_AdditiveOperator(i - 1)->PLUS() != nullptr ? ast::BinaryOp::kAdd
                                                                 : ast::BinaryOp::kSubtract;
    };
    return FoldLeft(
        input_, ctx.oC_MultiplyDivideModuloExpression(),
        [this](auto& c) { return TransformMultiplicative(c); }, op_of);
}

ast::ExprPtr Transformer::TransformMultiplicative(
    KgCypher::OC_MultiplyDivideModuloExpressionContext& ctx) {
    auto op_of = [&](size_t i) {
        auto* op = ctx.kG_MultiplicativeOperator(i - 1);
        if (op->STAR() != nullptr) return ast::BinaryOp::kMultiply;
        return op->SLASH() != nullptr ? ast::BinaryOp::kDivide : ast::BinaryOp::kModulo;
    };
    return FoldLeft(
        input_, ctx.oC_PowerOfExpression(), [this](auto& c) { return TransformPower(c); }, op_of);
}

// openCypher makes ^ left-associative: 2 ^ 3 ^ 2 = (2 ^ 3) ^ 2.
ast::ExprPtr Transformer::TransformPower(KgCypher::OC_PowerOfExpressionContext& ctx) {
    return FoldLeft(
        input_, ctx.oC_UnaryAddOrSubtractExpression(),
        [this](auto& c) { return TransformUnary(c); },
        [](size_t) { return ast::BinaryOp::kPower; });
}

ast::ExprPtr Transformer::TransformNot(KgCypher::OC_NotExpressionContext& ctx) {
    auto nots = ctx.NOT();
    CheckDepth(nots.size(), ctx);
    ast::ExprPtr result = TransformComparison(*ctx.oC_ComparisonExpression());
    for (size_t i = nots.size(); i-- > 0;) {
        auto unary = std::make_unique<ast::Unary>();
        unary->op = ast::UnaryOp::kNot;
        unary->location = Location(nots[i]->getSymbol());
        unary->text = input_.getText(antlr4::misc::Interval(nots[i]->getSymbol()->getStartIndex(),
                                                            ctx.getStop()->getStopIndex()));
        unary->operand = std::move(result);
        result = std::move(unary);
    }
    return result;
}

ast::ExprPtr Transformer::TransformComparison(KgCypher::OC_ComparisonExpressionContext& ctx) {
    ast::ExprPtr first = TransformPredicates(*ctx.oC_StringListNullPredicateExpression());
    auto partials = ctx.oC_PartialComparisonExpression();
    if (partials.empty()) return first;
    CheckDepth(1, ctx);
    if (partials.size() == 1) {
        ast::BinaryOp op = TransformComparisonOperator(*partials[0]->kG_ComparisonOperator());
        return MakeBinary(op, std::move(first),
                          TransformPredicates(*partials[0]->oC_StringListNullPredicateExpression()),
                          Text(ctx));
    }
    auto chain = Make<ast::ComparisonChain>(ctx);
    chain->operands.push_back(std::move(first));
    for (auto* partial : partials) {
        chain->ops.push_back(TransformComparisonOperator(*partial->kG_ComparisonOperator()));
        chain->operands.push_back(
            TransformPredicates(*partial->oC_StringListNullPredicateExpression()));
    }
    return chain;
}

ast::BinaryOp Transformer::TransformComparisonOperator(
    KgCypher::KG_ComparisonOperatorContext& ctx) {
    if (ctx.kG_InvalidNotEqual() != nullptr) {
        throw SyntaxError("InvalidOperator", "unknown operator '!='; use '<>' for inequality.",
                          Location(ctx));
    }
    if (ctx.kG_InvalidEqual() != nullptr) {
        throw SyntaxError("InvalidOperator", "unknown operator '=='; use '=' for equality.",
                          Location(ctx));
    }
    if (ctx.EQ() != nullptr) return ast::BinaryOp::kEqual;
    if (ctx.NOT_EQUAL() != nullptr) return ast::BinaryOp::kNotEqual;
    if (ctx.LESS() != nullptr) return ast::BinaryOp::kLess;
    if (ctx.GREATER() != nullptr) return ast::BinaryOp::kGreater;
    if (ctx.LESS_EQ() != nullptr) return ast::BinaryOp::kLessEqual;
    return ast::BinaryOp::kGreaterEqual;
}

ast::ExprPtr Transformer::TransformPredicates(
    KgCypher::OC_StringListNullPredicateExpressionContext& ctx) {
    auto* first = ctx.oC_AddOrSubtractExpression();
    CheckDepth(ctx.children.size(), ctx);
    ast::ExprPtr result = TransformAdditive(*first);
    for (size_t i = 1; i < ctx.children.size(); ++i) {
        auto* child = dynamic_cast<antlr4::ParserRuleContext*>(ctx.children[i]);
        std::string text = input_.getText(antlr4::misc::Interval(first->getStart()->getStartIndex(),
                                                                 child->getStop()->getStopIndex()));
        if (auto* null_ctx = dynamic_cast<KgCypher::OC_NullPredicateExpressionContext*>(child)) {
            auto unary = std::make_unique<ast::Unary>();
            unary->op =
                null_ctx->NOT() != nullptr ? ast::UnaryOp::kIsNotNull : ast::UnaryOp::kIsNull;
            unary->location = result->location;
            unary->text = text;
            unary->operand = std::move(result);
            result = std::move(unary);
        } else if (auto* in_ctx =
                       dynamic_cast<KgCypher::OC_ListPredicateExpressionContext*>(child)) {
            result = MakeBinary(ast::BinaryOp::kIn, std::move(result),
                                TransformAdditive(*in_ctx->oC_AddOrSubtractExpression()), text);
        } else {
            auto* str = dynamic_cast<KgCypher::OC_StringPredicateExpressionContext*>(child);
            ast::BinaryOp op = ast::BinaryOp::kContains;
            if (str->STARTS() != nullptr) op = ast::BinaryOp::kStartsWith;
            if (str->ENDS() != nullptr) op = ast::BinaryOp::kEndsWith;
            if (str->REGEX_MATCH() != nullptr) op = ast::BinaryOp::kRegexMatch;
            result = MakeBinary(op, std::move(result),
                                TransformAdditive(*str->oC_AddOrSubtractExpression()), text);
        }
    }
    return result;
}

// A minus sign directly before a number literal is folded into it, so that
// -9223372036854775808 is a valid integer.
ast::ExprPtr Transformer::TransformUnary(KgCypher::OC_UnaryAddOrSubtractExpressionContext& ctx) {
    if (auto* operand = ctx.oC_NonArithmeticOperatorExpression()) return TransformPostfix(*operand);
    auto* inner = ctx.oC_UnaryAddOrSubtractExpression();
    if (ctx.MINUS() != nullptr) {
        auto* postfix = inner->oC_NonArithmeticOperatorExpression();
        if (postfix != nullptr && postfix->children.size() == 1) {
            auto* literal = postfix->oC_Atom()->oC_Literal();
            if (literal != nullptr && literal->oC_NumberLiteral() != nullptr) {
                auto number = TransformNumber(*literal->oC_NumberLiteral(), true);
                number->text = Text(ctx);
                number->location = Location(ctx);
                return number;
            }
        }
    }
    auto unary = Make<ast::Unary>(ctx);
    unary->op = ctx.MINUS() != nullptr ? ast::UnaryOp::kNegate : ast::UnaryOp::kPlus;
    unary->operand = TransformUnary(*inner);
    return unary;
}

// atom ( [i] | [a..b] | .key )* (:Label)*
ast::ExprPtr Transformer::TransformPostfix(
    KgCypher::OC_NonArithmeticOperatorExpressionContext& ctx) {
    auto* atom = ctx.oC_Atom();
    CheckDepth(ctx.children.size(), ctx);
    ast::ExprPtr result = TransformAtom(*atom);
    for (size_t i = 1; i < ctx.children.size(); ++i) {
        auto* child = dynamic_cast<antlr4::ParserRuleContext*>(ctx.children[i]);
        std::string text = input_.getText(antlr4::misc::Interval(atom->getStart()->getStartIndex(),
                                                                 child->getStop()->getStopIndex()));
        SourceLocation location = result->location;
        if (auto* lookup = dynamic_cast<KgCypher::OC_PropertyLookupContext*>(child)) {
            auto property = std::make_unique<ast::PropertyAccess>();
            property->key = Name(*lookup->oC_PropertyKeyName()->oC_SchemaName());
            property->object = std::move(result);
            result = std::move(property);
        } else if (auto* labels = dynamic_cast<KgCypher::OC_NodeLabelsContext*>(child)) {
            auto check = std::make_unique<ast::LabelCheck>();
            check->labels = TransformNodeLabels(*labels);
            check->object = std::move(result);
            result = std::move(check);
        } else {
            auto* list_op = dynamic_cast<KgCypher::OC_ListOperatorExpressionContext*>(child);
            if (list_op->DOTDOT() != nullptr) {
                auto slice = std::make_unique<ast::Slice>();
                if (list_op->kG_SliceFrom)
                    slice->from = TransformExpression(*list_op->kG_SliceFrom);
                if (list_op->kG_SliceTo) slice->to = TransformExpression(*list_op->kG_SliceTo);
                slice->object = std::move(result);
                result = std::move(slice);
            } else {
                auto index = std::make_unique<ast::Index>();
                index->index = TransformExpression(*list_op->oC_Expression(0));
                index->object = std::move(result);
                result = std::move(index);
            }
        }
        result->text = text;
        result->location = location;
    }
    return result;
}

ast::ExprPtr Transformer::TransformPropertyExpression(KgCypher::OC_PropertyExpressionContext& ctx) {
    auto* atom = ctx.oC_Atom();
    ast::ExprPtr result = TransformAtom(*atom);
    for (auto* lookup : ctx.oC_PropertyLookup()) {
        auto property = std::make_unique<ast::PropertyAccess>();
        property->location = result->location;
        property->text = input_.getText(antlr4::misc::Interval(atom->getStart()->getStartIndex(),
                                                               lookup->getStop()->getStopIndex()));
        property->key = Name(*lookup->oC_PropertyKeyName()->oC_SchemaName());
        property->object = std::move(result);
        result = std::move(property);
    }
    return result;
}

}  // namespace kg::engine::parser
