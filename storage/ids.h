// Identifiers used across storage. Node, relationship and document ids are allocated from
// counters that only grow, so an id names one element for the life of the database.
#pragma once

#include <cstdint>

namespace kg::storage {

using NodeId = uint64_t;
using RelId = uint64_t;
using DocId = uint64_t;
using TokenId = uint32_t;  // a label, relationship type or property key, interned in kDict

enum class TokenKind : uint8_t { kLabel = 'L', kRelType = 'T', kPropertyKey = 'P' };

enum class Direction : uint8_t { kOut = 0, kIn = 1 };

// What an evidence record is attached to. Frozen on disk.
enum class ElementKind : uint8_t { kNode = 'n', kRel = 'r' };

}  // namespace kg::storage
