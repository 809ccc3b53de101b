// Names checked against the database: labels, relationship types and property keys that a
// query reads (MATCH patterns, pattern predicates, n:Label tests, n.key on nodes and
// relationships). An unknown one is not an error, since the query is valid and simply finds
// nothing, but it is usually a typo, so it draws a warning with the closest existing name:
//   MATCH (o:Organisation) RETURN o   ->  Bind warning: unknown label 'Organisation'. Did you
//                                         mean 'Organization'?
#include <algorithm>

#include "engine/binder/binder.h"
#include "engine/common/suggest.h"

namespace kg::engine::binder {

void Binder::CheckSchemaName(SchemaKind kind, const std::string& name, SourceLocation location) {
    if (schema_ == nullptr) return;
    const std::vector<std::string>* known = &schema_->labels;
    std::string what = "label";
    if (kind == SchemaKind::kRelationshipType) {
        known = &schema_->relationship_types;
        what = "relationship type";
    } else if (kind == SchemaKind::kPropertyKey) {
        known = &schema_->property_keys;
        what = "property key";
    }
    if (std::find(known->begin(), known->end(), name) != known->end()) return;
    const auto& written = written_[static_cast<int>(kind)];
    if (std::find(written.begin(), written.end(), name) != written.end()) return;
    std::string message = "Bind warning: unknown " + what + " '" + name + "'.";
    std::string closest = ClosestName(name, *known);
    if (!closest.empty()) message += " Did you mean '" + closest + "'?";
    for (const auto& warning : warnings_) {
        if (warning.message == message) return;  // once per name
    }
    warnings_.push_back({std::move(message), location});
}

void Binder::CheckPatternSchema(const ast::PatternPart& part) {
    auto check_keys = [&](const ast::ExprPtr& properties) {
        if (properties == nullptr || properties->kind() != ast::ExprKind::kMap) return;
        for (const auto& [key, value] : properties->As<ast::MapLiteral>().entries) {
            CheckSchemaName(SchemaKind::kPropertyKey, key, value->location);
        }
    };
    for (const auto& node : part.nodes) {
        for (const auto& label : node.labels) {
            CheckSchemaName(SchemaKind::kLabel, label, node.location);
        }
        check_keys(node.properties);
    }
    for (const auto& rel : part.relationships) {
        for (const auto& type : rel.types) {
            CheckSchemaName(SchemaKind::kRelationshipType, type, rel.location);
        }
        check_keys(rel.properties);
    }
}

void Binder::NoteWrittenKeys(const ast::Expression& map) {
    if (map.kind() != ast::ExprKind::kMap) return;
    for (const auto& entry : map.As<ast::MapLiteral>().entries) {
        written_[static_cast<int>(SchemaKind::kPropertyKey)].push_back(entry.first);
    }
}

void Binder::NoteWrittenPattern(const ast::PatternPart& part) {
    auto& labels = written_[static_cast<int>(SchemaKind::kLabel)];
    auto& types = written_[static_cast<int>(SchemaKind::kRelationshipType)];
    for (const auto& node : part.nodes) {
        labels.insert(labels.end(), node.labels.begin(), node.labels.end());
        if (node.properties) NoteWrittenKeys(*node.properties);
    }
    for (const auto& rel : part.relationships) {
        types.insert(types.end(), rel.types.begin(), rel.types.end());
        if (rel.properties) NoteWrittenKeys(*rel.properties);
    }
}

}  // namespace kg::engine::binder
