// Patterns: (a:L {k: v})-[r:T|U *1..3 {k: v}]->(b), named paths, shortestPath(...).
#include <charconv>

#include "engine/parser/transformer.h"

namespace kg::engine::parser {

ast::Pattern Transformer::TransformPattern(KgCypher::OC_PatternContext& ctx) {
    ast::Pattern pattern;
    for (auto* part : ctx.oC_PatternPart()) pattern.push_back(TransformPatternPart(*part));
    return pattern;
}

ast::PatternPart Transformer::TransformPatternPart(KgCypher::OC_PatternPartContext& ctx) {
    ast::PatternPart part;
    part.location = Location(ctx);
    if (auto* variable = ctx.oC_Variable()) part.path_variable = Name(*variable);
    auto& anonymous = *ctx.oC_AnonymousPatternPart();
    if (auto* shortest = anonymous.kG_ShortestPathPattern()) {
        part.kind = shortest->SHORTESTPATH() != nullptr ? ast::PathKind::kShortest
                                                        : ast::PathKind::kAllShortest;
        TransformPatternElement(*shortest->oC_PatternElement(), part);
    } else {
        TransformPatternElement(*anonymous.oC_PatternElement(), part);
    }
    return part;
}

void Transformer::TransformPatternElement(KgCypher::OC_PatternElementContext& ctx,
                                          ast::PatternPart& part) {
    if (auto* inner = ctx.oC_PatternElement()) {  // ( element )
        TransformPatternElement(*inner, part);
        return;
    }
    part.nodes.push_back(TransformNodePattern(*ctx.oC_NodePattern()));
    for (auto* chain : ctx.oC_PatternElementChain()) {
        part.relationships.push_back(
            TransformRelationshipPattern(*chain->oC_RelationshipPattern()));
        part.nodes.push_back(TransformNodePattern(*chain->oC_NodePattern()));
    }
}

ast::PatternPart Transformer::TransformRelationshipsPattern(
    KgCypher::OC_RelationshipsPatternContext& ctx) {
    ast::PatternPart part;
    part.location = Location(ctx);
    part.nodes.push_back(TransformNodePattern(*ctx.oC_NodePattern()));
    for (auto* chain : ctx.oC_PatternElementChain()) {
        part.relationships.push_back(
            TransformRelationshipPattern(*chain->oC_RelationshipPattern()));
        part.nodes.push_back(TransformNodePattern(*chain->oC_NodePattern()));
    }
    return part;
}

ast::NodePattern Transformer::TransformNodePattern(KgCypher::OC_NodePatternContext& ctx) {
    ast::NodePattern node;
    node.location = Location(ctx);
    if (auto* variable = ctx.oC_Variable()) node.variable = Name(*variable);
    if (auto* labels = ctx.oC_NodeLabels()) node.labels = TransformNodeLabels(*labels);
    node.properties = TransformProperties(ctx.oC_Properties());
    return node;
}

namespace {

int64_t RangeBound(KgCypher::KG_RangeBoundContext& ctx) {
    std::string text = ctx.getText();
    int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        throw SyntaxError(
            "IntegerOverflow",
            "the bound '" + text + "' of a variable-length relationship is too large.",
            {static_cast<int>(ctx.getStart()->getLine()),
             static_cast<int>(ctx.getStart()->getCharPositionInLine()) + 1});
    }
    return value;
}

}  // namespace

ast::RelationshipPattern Transformer::TransformRelationshipPattern(
    KgCypher::OC_RelationshipPatternContext& ctx) {
    ast::RelationshipPattern rel;
    rel.location = Location(ctx);
    rel.left_arrow = ctx.kG_LeftArrow() != nullptr;
    rel.right_arrow = ctx.kG_RightArrow() != nullptr;
    if (rel.left_arrow == rel.right_arrow) {
        rel.direction = ast::Direction::kBoth;
    } else {
        rel.direction = rel.right_arrow ? ast::Direction::kOutgoing : ast::Direction::kIncoming;
    }
    auto* detail = ctx.oC_RelationshipDetail();
    if (detail == nullptr) return rel;
    if (auto* variable = detail->oC_Variable()) rel.variable = Name(*variable);
    if (auto* types = detail->oC_RelationshipTypes()) {
        for (auto* type : types->oC_RelTypeName())
            rel.types.push_back(Name(*type->oC_SchemaName()));
    }
    if (auto* invalid = detail->kG_InvalidRange()) {
        throw SyntaxError("InvalidRelationshipPattern",
                          "invalid variable-length range '" + invalid->getText() +
                              "'; write *, *n, *min..max, *min.. or *..max with non-negative "
                              "bounds.",
                          Location(*invalid));
    }
    if (auto* range = detail->oC_RangeLiteral()) {
        ast::RangeBounds bounds;
        auto values = range->kG_RangeBound();
        if (range->DOTDOT() == nullptr) {
            // *n means exactly n hops; * alone means 1 or more.
            if (!values.empty()) bounds.min = bounds.max = RangeBound(*values[0]);
        } else {
            // The bound before '..' is the first child after '*' when present.
            bool has_min = !values.empty() && values[0]->getStart()->getTokenIndex() <
                                                  range->DOTDOT()->getSymbol()->getTokenIndex();
            size_t next = 0;
            if (has_min) bounds.min = RangeBound(*values[next++]);
            if (next < values.size()) bounds.max = RangeBound(*values[next]);
        }
        rel.range = bounds;
    }
    rel.properties = TransformProperties(detail->oC_Properties());
    return rel;
}

std::vector<std::string> Transformer::TransformNodeLabels(KgCypher::OC_NodeLabelsContext& ctx) {
    std::vector<std::string> labels;
    for (auto* label : ctx.oC_NodeLabel()) {
        labels.push_back(Name(*label->oC_LabelName()->oC_SchemaName()));
    }
    return labels;
}

ast::ExprPtr Transformer::TransformProperties(KgCypher::OC_PropertiesContext* ctx) {
    if (ctx == nullptr) return nullptr;
    if (auto* map = ctx->oC_MapLiteral()) return TransformMap(*map);
    return TransformParameter(*ctx->oC_Parameter());
}

}  // namespace kg::engine::parser
