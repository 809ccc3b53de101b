#include "engine/tools/ast_json.h"

namespace kg::engine::tools {

namespace {

using nlohmann::json;

json Opt(const ast::ExprPtr& expr) { return expr ? ToJson(*expr) : json(nullptr); }

json List(const ast::ExprList& exprs) {
    json out = json::array();
    for (const auto& expr : exprs) out.push_back(ToJson(*expr));
    return out;
}

json Literal(const ast::LiteralValue& value) {
    return std::visit(
        [](const auto& v) -> json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return nullptr;
            } else {
                return v;
            }
        },
        value);
}

json Part(const ast::PatternPart& part) {
    json out = {{"nodes", json::array()}, {"relationships", json::array()}};
    if (!part.path_variable.empty()) out["path"] = part.path_variable;
    if (part.kind != ast::PathKind::kPlain) {
        out["kind"] = part.kind == ast::PathKind::kShortest ? "shortestPath" : "allShortestPaths";
    }
    for (const auto& node : part.nodes) {
        out["nodes"].push_back({{"variable", node.variable},
                                {"labels", node.labels},
                                {"properties", Opt(node.properties)}});
    }
    for (const auto& rel : part.relationships) {
        static const char* kDirections[] = {"->", "<-", "--"};
        json r = {{"variable", rel.variable},
                  {"types", rel.types},
                  {"direction", kDirections[static_cast<int>(rel.direction)]},
                  {"properties", Opt(rel.properties)}};
        if (rel.range) {
            r["range"] = {{"min", rel.range->min ? json(*rel.range->min) : json(nullptr)},
                          {"max", rel.range->max ? json(*rel.range->max) : json(nullptr)}};
        }
        out["relationships"].push_back(r);
    }
    return out;
}

json Pattern(const ast::Pattern& pattern) {
    json out = json::array();
    for (const auto& part : pattern) out.push_back(Part(part));
    return out;
}

json Projection(const ast::ProjectionBody& body) {
    json items = json::array();
    for (const auto& item : body.items) {
        items.push_back({{"name", item.Name()}, {"expression", ToJson(*item.expression)}});
    }
    json order = json::array();
    for (const auto& sort : body.order_by) {
        order.push_back(
            {{"expression", ToJson(*sort.expression)}, {"descending", sort.descending}});
    }
    return {{"distinct", body.distinct}, {"star", body.star},      {"items", items},
            {"order_by", order},         {"skip", Opt(body.skip)}, {"limit", Opt(body.limit)}};
}

json SetItems(const ast::SetClause& set) {
    json out = json::array();
    static const char* kKinds[] = {"property", "replace", "merge", "labels"};
    for (const auto& item : set.items) {
        out.push_back({{"kind", kKinds[static_cast<int>(item.kind)]},
                       {"property", Opt(item.property)},
                       {"variable", item.variable},
                       {"value", Opt(item.value)},
                       {"labels", item.labels}});
    }
    return out;
}

json Clause(const ast::Clause& clause) {
    json out = {{"clause", ast::ClauseName(clause.kind())}};
    switch (clause.kind()) {
        case ast::ClauseKind::kMatch: {
            const auto& c = clause.As<ast::MatchClause>();
            out["optional"] = c.optional;
            out["pattern"] = Pattern(c.pattern);
            out["where"] = Opt(c.where);
            break;
        }
        case ast::ClauseKind::kUnwind: {
            const auto& c = clause.As<ast::UnwindClause>();
            out["list"] = ToJson(*c.list);
            out["variable"] = c.variable;
            break;
        }
        case ast::ClauseKind::kCall: {
            const auto& c = clause.As<ast::CallClause>();
            out["procedure"] = c.procedure;
            out["arguments"] = c.explicit_arguments ? List(c.arguments) : json(nullptr);
            json yields = json::array();
            for (const auto& y : c.yields)
                yields.push_back({{"field", y.field}, {"variable", y.variable}});
            out["yield"] = c.yield_all ? json("*") : yields;
            out["where"] = Opt(c.where);
            break;
        }
        case ast::ClauseKind::kCreate:
            out["pattern"] = Pattern(clause.As<ast::CreateClause>().pattern);
            break;
        case ast::ClauseKind::kMerge: {
            const auto& c = clause.As<ast::MergeClause>();
            out["pattern"] = Part(c.pattern);
            json actions = json::array();
            for (const auto& a : c.actions) {
                actions.push_back(
                    {{"on", a.on_create ? "create" : "match"}, {"set", SetItems(a.set)}});
            }
            out["actions"] = actions;
            break;
        }
        case ast::ClauseKind::kSet:
            out["items"] = SetItems(clause.As<ast::SetClause>());
            break;
        case ast::ClauseKind::kRemove: {
            json items = json::array();
            for (const auto& item : clause.As<ast::RemoveClause>().items) {
                items.push_back(item.is_labels
                                    ? json{{"variable", item.variable}, {"labels", item.labels}}
                                    : json{{"property", ToJson(*item.property)}});
            }
            out["items"] = items;
            break;
        }
        case ast::ClauseKind::kDelete: {
            const auto& c = clause.As<ast::DeleteClause>();
            out["detach"] = c.detach;
            out["expressions"] = List(c.expressions);
            break;
        }
        case ast::ClauseKind::kWith: {
            const auto& c = clause.As<ast::WithClause>();
            out["projection"] = Projection(c.body);
            out["where"] = Opt(c.where);
            break;
        }
        case ast::ClauseKind::kReturn:
            out["projection"] = Projection(clause.As<ast::ReturnClause>().body);
            break;
    }
    return out;
}

json Query(const ast::RegularQuery& query) {
    json parts = json::array();
    for (const auto& part : query.parts) {
        json clauses = json::array();
        for (const auto& clause : part.clauses) clauses.push_back(Clause(*clause));
        parts.push_back(clauses);
    }
    return {{"parts", parts}, {"union_all", query.union_all}};
}

}  // namespace

json ToJson(const ast::Statement& statement) {
    static const char* kPrefixes[] = {"", "EXPLAIN", "PROFILE"};
    json out = Query(statement.query);
    if (statement.prefix != ast::QueryPrefix::kNone) {
        out["prefix"] = kPrefixes[static_cast<int>(statement.prefix)];
    }
    return out;
}

json ToJson(const ast::Expression& e) {
    json out = {{"text", e.text}};
    switch (e.kind()) {
        case ast::ExprKind::kLiteral:
            out["literal"] = Literal(e.As<ast::Literal>().value);
            break;
        case ast::ExprKind::kParameter:
            out["parameter"] = e.As<ast::Parameter>().name;
            break;
        case ast::ExprKind::kVariable:
            out["variable"] = e.As<ast::Variable>().name;
            break;
        case ast::ExprKind::kProperty: {
            const auto& p = e.As<ast::PropertyAccess>();
            out["property"] = {{"object", ToJson(*p.object)}, {"key", p.key}};
            break;
        }
        case ast::ExprKind::kLabelCheck: {
            const auto& l = e.As<ast::LabelCheck>();
            out["has_labels"] = {{"object", ToJson(*l.object)}, {"labels", l.labels}};
            break;
        }
        case ast::ExprKind::kUnary: {
            const auto& u = e.As<ast::Unary>();
            out["unary"] = {{"op", ast::UnaryOpName(u.op)}, {"operand", ToJson(*u.operand)}};
            break;
        }
        case ast::ExprKind::kBinary: {
            const auto& b = e.As<ast::Binary>();
            out["binary"] = {{"op", ast::BinaryOpName(b.op)},
                             {"left", ToJson(*b.left)},
                             {"right", ToJson(*b.right)}};
            break;
        }
        case ast::ExprKind::kComparisonChain: {
            const auto& c = e.As<ast::ComparisonChain>();
            json ops = json::array();
            for (auto op : c.ops) ops.push_back(ast::BinaryOpName(op));
            out["comparison_chain"] = {{"ops", ops}, {"operands", List(c.operands)}};
            break;
        }
        case ast::ExprKind::kIndex: {
            const auto& i = e.As<ast::Index>();
            out["index"] = {{"object", ToJson(*i.object)}, {"index", ToJson(*i.index)}};
            break;
        }
        case ast::ExprKind::kSlice: {
            const auto& s = e.As<ast::Slice>();
            out["slice"] = {
                {"object", ToJson(*s.object)}, {"from", Opt(s.from)}, {"to", Opt(s.to)}};
            break;
        }
        case ast::ExprKind::kFunctionCall: {
            const auto& f = e.As<ast::FunctionCall>();
            out["call"] = {
                {"name", f.name}, {"distinct", f.distinct}, {"arguments", List(f.arguments)}};
            break;
        }
        case ast::ExprKind::kCountStar:
            out["count_star"] = true;
            break;
        case ast::ExprKind::kList:
            out["list"] = List(e.As<ast::ListLiteral>().elements);
            break;
        case ast::ExprKind::kMap: {
            json entries = json::object();
            for (const auto& [key, value] : e.As<ast::MapLiteral>().entries)
                entries[key] = ToJson(*value);
            out["map"] = entries;
            break;
        }
        case ast::ExprKind::kCase: {
            const auto& c = e.As<ast::CaseExpression>();
            json alternatives = json::array();
            for (const auto& [when, then] : c.alternatives) {
                alternatives.push_back({{"when", ToJson(*when)}, {"then", ToJson(*then)}});
            }
            out["case"] = {{"subject", Opt(c.subject)},
                           {"alternatives", alternatives},
                           {"else", Opt(c.otherwise)}};
            break;
        }
        case ast::ExprKind::kListComprehension: {
            const auto& l = e.As<ast::ListComprehension>();
            out["list_comprehension"] = {{"variable", l.variable},
                                         {"list", ToJson(*l.list)},
                                         {"where", Opt(l.where)},
                                         {"projection", Opt(l.projection)}};
            break;
        }
        case ast::ExprKind::kQuantifier: {
            const auto& q = e.As<ast::Quantifier>();
            out["quantifier"] = {{"kind", ast::QuantifierName(q.quantifier)},
                                 {"variable", q.variable},
                                 {"list", ToJson(*q.list)},
                                 {"where", Opt(q.where)}};
            break;
        }
        case ast::ExprKind::kPatternComprehension: {
            const auto& p = e.As<ast::PatternComprehension>();
            out["pattern_comprehension"] = {{"pattern", Part(p.pattern)},
                                            {"where", Opt(p.where)},
                                            {"projection", ToJson(*p.projection)}};
            break;
        }
        case ast::ExprKind::kPatternPredicate:
            out["pattern"] = Part(e.As<ast::PatternPredicate>().pattern);
            break;
        case ast::ExprKind::kExists: {
            const auto& x = e.As<ast::ExistsSubquery>();
            out["exists"] = x.query
                                ? json{{"query", Query(*x.query)}}
                                : json{{"pattern", Pattern(x.pattern)}, {"where", Opt(x.where)}};
            break;
        }
        case ast::ExprKind::kMapProjection: {
            const auto& m = e.As<ast::MapProjection>();
            static const char* kKinds[] = {"property", "all", "entry", "variable"};
            json items = json::array();
            for (const auto& item : m.items) {
                items.push_back({{"kind", kKinds[static_cast<int>(item.kind)]},
                                 {"key", item.key},
                                 {"value", Opt(item.value)}});
            }
            out["map_projection"] = {{"variable", m.variable}, {"items", items}};
            break;
        }
    }
    return out;
}

}  // namespace kg::engine::tools
