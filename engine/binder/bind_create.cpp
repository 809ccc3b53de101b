// CREATE and MERGE. Beyond the pattern rules (bind_pattern.cpp), every relationship they
// write must be fully determined:
//   CREATE ()-->()            NoSingleRelationshipType (exactly one type needed)
//   CREATE ()-[:A|:B]->()     NoSingleRelationshipType
//   CREATE (a)-[:T]-(b)       RequiresDirectedRelationship (MERGE may leave it undirected)
//   CREATE ()-[:T*2]->()      CreatingVarLength
#include "engine/binder/binder.h"

namespace kg::engine::binder {

namespace {

void CheckWritableRelationships(const ast::PatternPart& part, bool is_create) {
    std::string clause = is_create ? "CREATE" : "MERGE";
    for (const auto& rel : part.relationships) {
        if (rel.types.size() != 1) {
            throw BindError(ErrorType::kSyntaxError, "NoSingleRelationshipType",
                            "a relationship in " + clause +
                                " needs exactly one type, as in "
                                "-[:KNOWS]->.",
                            rel.location);
        }
        if (rel.range) {
            throw BindError(ErrorType::kSyntaxError, "CreatingVarLength",
                            "a variable-length relationship cannot be written by " + clause + ".",
                            rel.location);
        }
        if (is_create && rel.direction == ast::Direction::kBoth) {
            throw BindError(ErrorType::kSyntaxError, "RequiresDirectedRelationship",
                            "a relationship in CREATE needs a direction: -[...]-> or <-[...]-.",
                            rel.location);
        }
    }
}

}  // namespace

void Binder::BindCreate(const ast::CreateClause& clause, Scope& scope) {
    BindPattern(clause.pattern, PatternUse::kCreate, scope);
    for (const auto& part : clause.pattern) NoteWrittenPattern(part);
    for (const auto& part : clause.pattern) CheckWritableRelationships(part, true);
}

void Binder::BindMerge(const ast::MergeClause& clause, Scope& scope) {
    std::vector<std::string> clause_relationships;
    BindPatternPart(clause.pattern, PatternUse::kMerge, scope, clause_relationships);
    NoteWrittenPattern(clause.pattern);
    CheckWritableRelationships(clause.pattern, false);
    for (const auto& action : clause.actions) BindSet(action.set, scope);
}

}  // namespace kg::engine::binder
