// The column families of a kg database. The numeric ids are frozen: they index the handle array
// and FORMAT.md documents them. Add new families at the end; never renumber or reuse one.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace kg::storage {

enum class Cf : uint8_t {
    kMeta = 0,        // "default": format version, counters, next ids
    kDict = 1,        // label, relationship-type and property-key names <-> 32-bit token ids
    kNodes = 2,       // node id -> labels and properties
    kRels = 3,        // relationship id -> type, start, end, properties
    kAdjacency = 4,   // node, direction, type, other node, relationship -> (empty)
    kLabels = 5,      // label, node -> (empty)
    kNames = 6,       // normalized entity name or alias, node -> (empty)
    kDocuments = 7,   // document id -> document record
    kDocKeys = 8,     // document key (path or external id) -> document id
    kSentences = 9,   // document, sentence number -> offset and text
    kEvidence = 10,   // element kind, element id, document, sequence -> where it was stated
    kDocFacts = 11,   // document, element kind, element id, sequence -> (empty); the reverse
};

inline constexpr size_t kCfCount = 12;

inline constexpr std::array<std::string_view, kCfCount> kCfNames = {
    "default",   "dict",     "nodes",     "rels",     "adjacency", "labels",
    "names",     "documents", "doc_keys", "sentences", "evidence", "doc_facts",
};

inline constexpr size_t CfIndex(Cf cf) { return static_cast<size_t>(cf); }
inline constexpr std::string_view CfName(Cf cf) { return kCfNames[CfIndex(cf)]; }

}  // namespace kg::storage
