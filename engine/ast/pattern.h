// Graph patterns as written in MATCH, CREATE, MERGE and pattern expressions.
//
// A PatternPart is a path: nodes_[0] rels_[0] nodes_[1] ... with rels_.size() + 1 == nodes_.size().
// Property maps are expressions (a map literal or a parameter) owned by unique_ptr; include
// "engine/ast/expression.h" wherever patterns are created or destroyed.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/errors.h"

namespace kg::engine::ast {

struct Expression;
using ExprPtr = std::unique_ptr<Expression>;

struct NodePattern {
    std::string variable;             // empty when anonymous
    std::vector<std::string> labels;  // (n:A:B)
    ExprPtr properties;               // map literal or parameter, or null
    SourceLocation location;

    NodePattern();
    NodePattern(NodePattern&&) noexcept;
    NodePattern& operator=(NodePattern&&) noexcept;
    ~NodePattern();
};

// kOutgoing: (a)-->(b); kIncoming: (a)<--(b); kBoth: (a)--(b) or (a)<-->(b).
enum class Direction { kOutgoing, kIncoming, kBoth };

struct RangeBounds {
    std::optional<int64_t> min;  // absent: 1
    std::optional<int64_t> max;  // absent: unbounded
};

struct RelationshipPattern {
    std::string variable;
    std::vector<std::string> types;  // alternatives [:A|B]
    Direction direction = Direction::kBoth;
    bool left_arrow = false;           // written with '<'
    bool right_arrow = false;          // written with '>'
    std::optional<RangeBounds> range;  // set for variable length: *, *2, *1..3
    ExprPtr properties;
    SourceLocation location;

    RelationshipPattern();
    RelationshipPattern(RelationshipPattern&&) noexcept;
    RelationshipPattern& operator=(RelationshipPattern&&) noexcept;
    ~RelationshipPattern();
};

enum class PathKind { kPlain, kShortest, kAllShortest };

struct PatternPart {
    std::string path_variable;  // p = (...)
    PathKind kind = PathKind::kPlain;
    std::vector<NodePattern> nodes;
    std::vector<RelationshipPattern> relationships;
    SourceLocation location;
};

using Pattern = std::vector<PatternPart>;

}  // namespace kg::engine::ast
