// The stored elements of a kg database as the storage API hands them out. Properties are keyed
// by name here; on disk top-level property keys are interned token ids (value_codec).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/ids.h"
#include "storage/value.h"

namespace kg::storage {

struct Node {
    NodeId id = 0;
    std::vector<std::string> labels;  // sorted, distinct
    Properties properties;
};

struct Relationship {
    RelId id = 0;
    std::string type;
    NodeId start = 0;
    NodeId end = 0;
    Properties properties;
};

// A source document. `key` is what identifies it across ingests (a path or an external id);
// `content_hash` lets a re-ingest of unchanged text be a no-op.
struct Document {
    DocId id = 0;
    std::string key;
    Properties properties;  // title, date, source, url, ...
    uint64_t content_hash = 0;
};

// Where an element was stated: a document, optionally a sentence of it, and the character
// offsets [begin, end) of the statement in the document's text (0, 0 when not known).
struct Evidence {
    DocId doc = 0;
    std::optional<uint32_t> sentence;
    uint64_t begin = 0;
    uint64_t end = 0;
};

struct Sentence {
    uint64_t begin = 0;  // character offset of the sentence in its document
    std::string text;
};

}  // namespace kg::storage
