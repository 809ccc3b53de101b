// Patterns in MATCH, CREATE, MERGE and expressions. The rules, with the query shapes that
// reach them:
//   MATCH (r)-[r]->()                  a name used for a node and a relationship:
//   VariableTypeConflict MATCH p = ()-[]->(p)               a path name already in use:
//   VariableAlreadyBound MATCH (a)-[r]->()-[r]->(a)         one relationship twice in a pattern:
//   RelationshipUniquenessViolation MATCH (n $param)                   a parameter as a property
//   map: InvalidParameterUse WHERE (a)-->(n) with a unbound     pattern predicates cannot introduce
//   names: UndefinedVariable
// CREATE and MERGE add their own rules (bind_create.cpp).
#include <algorithm>

#include "engine/binder/binder.h"

namespace kg::engine::binder {

namespace {

bool IsNodeLike(const StaticType& type) { return type.MayBe(TypeTag::kNode); }

bool IsRelationshipLike(const StaticType& type) {
    return type.MayBe(TypeTag::kRelationship) ||
           (type.Is(TypeTag::kList) &&
            (type.element == TypeTag::kRelationship || type.element == TypeTag::kAny));
}

QueryError TypeConflict(const std::string& name, TypeTag was, std::string_view now,
                        SourceLocation location) {
    return BindError(ErrorType::kSyntaxError, "VariableTypeConflict",
                     "variable '" + name + "' is a " + std::string(TypeName(was)) +
                         " and cannot be used as a " + std::string(now) + ".",
                     location);
}

}  // namespace

void Binder::BindPattern(const ast::Pattern& pattern, PatternUse use, Scope& scope) {
    std::vector<std::string> clause_relationships;
    for (const auto& part : pattern) BindPatternPart(part, use, scope, clause_relationships);
}

void Binder::BindPatternPart(const ast::PatternPart& part, PatternUse use, Scope& scope,
                             std::vector<std::string>& clause_relationships) {
    for (size_t i = 0; i < part.nodes.size(); ++i) {
        BindNode(part.nodes[i], part, use, scope);
        if (i < part.relationships.size()) {
            BindRelationship(part.relationships[i], use, scope, clause_relationships);
        }
    }
    if (part.path_variable.empty()) return;
    // The path name is declared after its elements, so MATCH p = ()-->(p) finds p taken.
    if (scope.Find(part.path_variable) != nullptr) {
        throw BindError(ErrorType::kSyntaxError, "VariableAlreadyBound",
                        "variable '" + part.path_variable + "' is already defined.", part.location);
    }
    scope.Add({part.path_variable, StaticType::Of(TypeTag::kPath), part.location});
}

void Binder::BindNode(const ast::NodePattern& node, const ast::PatternPart& part, PatternUse use,
                      Scope& scope) {
    BindPatternProperties(node.properties, use, scope);
    if (node.variable.empty()) return;
    const Symbol* symbol = scope.Find(node.variable);
    if (symbol == nullptr) {
        if (use == PatternUse::kPredicate) {
            throw BindError(ErrorType::kSyntaxError, "UndefinedVariable",
                            "variable '" + node.variable +
                                "' is not defined; a pattern used as an expression cannot "
                                "introduce new variables.",
                            node.location);
        }
        scope.Add({node.variable, StaticType::Of(TypeTag::kNode), node.location});
        return;
    }
    if (!IsNodeLike(symbol->type)) {
        throw TypeConflict(node.variable, symbol->type.tag, "node", node.location);
    }
    // CREATE (a) or CREATE (a:L) with a bound a would create nothing new or relabel it.
    bool bare_reference =
        node.labels.empty() && node.properties == nullptr && !part.relationships.empty();
    if ((use == PatternUse::kCreate || use == PatternUse::kMerge) && !bare_reference) {
        throw BindError(ErrorType::kSyntaxError, "VariableAlreadyBound",
                        "variable '" + node.variable + "' is already defined; " +
                            (use == PatternUse::kCreate ? "CREATE" : "MERGE") +
                            " can only refer to it without labels or properties, inside a "
                            "relationship pattern.",
                        node.location);
    }
}

void Binder::BindRelationship(const ast::RelationshipPattern& rel, PatternUse use, Scope& scope,
                              std::vector<std::string>& clause_relationships) {
    BindPatternProperties(rel.properties, use, scope);
    if (rel.variable.empty()) return;
    const Symbol* symbol = scope.Find(rel.variable);
    if (symbol == nullptr) {
        if (use == PatternUse::kPredicate) {
            throw BindError(ErrorType::kSyntaxError, "UndefinedVariable",
                            "variable '" + rel.variable +
                                "' is not defined; a pattern used as an expression cannot "
                                "introduce new variables.",
                            rel.location);
        }
        StaticType type = rel.range ? StaticType::ListOf(TypeTag::kRelationship)
                                    : StaticType::Of(TypeTag::kRelationship);
        scope.Add({rel.variable, type, rel.location});
        clause_relationships.push_back(rel.variable);
        return;
    }
    if (!IsRelationshipLike(symbol->type)) {
        throw TypeConflict(rel.variable, symbol->type.tag, "relationship", rel.location);
    }
    if (use == PatternUse::kCreate || use == PatternUse::kMerge) {
        throw BindError(ErrorType::kSyntaxError, "VariableAlreadyBound",
                        "variable '" + rel.variable + "' is already defined; " +
                            (use == PatternUse::kCreate ? "CREATE" : "MERGE") +
                            " needs a new relationship variable.",
                        rel.location);
    }
    if (std::find(clause_relationships.begin(), clause_relationships.end(), rel.variable) !=
        clause_relationships.end()) {
        throw BindError(ErrorType::kSyntaxError, "RelationshipUniquenessViolation",
                        "relationship '" + rel.variable +
                            "' appears twice in one pattern, which can never match.",
                        rel.location);
    }
}

void Binder::BindPatternProperties(const ast::ExprPtr& properties, PatternUse use,
                                   const Scope& scope) {
    if (properties == nullptr) return;
    if (properties->kind() == ast::ExprKind::kParameter && use != PatternUse::kCreate) {
        throw BindError(ErrorType::kSyntaxError, "InvalidParameterUse",
                        "a parameter cannot be used as a property map in a pattern to match; "
                        "write {key: $param.key} instead.",
                        properties->location);
    }
    BindExpression(*properties, scope, ExprContext{false, false, "a pattern"});
}

}  // namespace kg::engine::binder
