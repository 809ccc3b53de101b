// Key layouts of every column family (FORMAT.md is the specification). Integers are big-endian
// and fixed width, so RocksDB's bytewise order is numeric order and prefixes select ranges.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "storage/ids.h"

namespace kg::storage {

void PutFixed32BE(std::string* out, uint32_t v);
void PutFixed64BE(std::string* out, uint64_t v);
uint32_t DecodeFixed32BE(const char* p);
uint64_t DecodeFixed64BE(const char* p);

// kNodes / kRels / kDocuments: the id alone.
std::string IdKey(uint64_t id);
std::optional<uint64_t> ParseIdKey(std::string_view key);

// kAdjacency: node(8) dir(1) type(4) other(8) rel(8) = 29 bytes.
struct AdjacencyKey {
    NodeId node;
    Direction dir;
    TokenId type;
    NodeId other;
    RelId rel;
};
inline constexpr size_t kAdjacencyKeySize = 29;
std::string EncodeAdjacencyKey(const AdjacencyKey& k);
std::optional<AdjacencyKey> DecodeAdjacencyKey(std::string_view key);
std::string AdjacencyPrefix(NodeId node);
std::string AdjacencyPrefix(NodeId node, Direction dir);
std::string AdjacencyPrefix(NodeId node, Direction dir, TokenId type);

// kLabels: label(4) node(8).
std::string EncodeLabelKey(TokenId label, NodeId node);
std::string LabelPrefix(TokenId label);
std::optional<std::pair<TokenId, NodeId>> DecodeLabelKey(std::string_view key);

// kNames: normalized name, 0x00, node(8). Normalized names never contain 0x00.
std::string EncodeNameKey(std::string_view normalized, NodeId node);
std::string NamePrefix(std::string_view normalized);
std::optional<std::pair<std::string, NodeId>> DecodeNameKey(std::string_view key);

// kDict: 'n' kind name -> id, and 'i' kind id(4) -> name.
std::string DictNameKey(TokenKind kind, std::string_view name);
std::string DictIdKey(TokenKind kind, TokenId id);

// kSentences: doc(8) sentence(4).
std::string EncodeSentenceKey(DocId doc, uint32_t sentence);

// kEvidence: kind(1) element(8) doc(8) seq(4); kDocFacts: doc(8) kind(1) element(8) seq(4).
struct EvidenceKey {
    ElementKind kind;
    uint64_t element;
    DocId doc;
    uint32_t seq;
};
std::string EncodeEvidenceKey(const EvidenceKey& k);
std::optional<EvidenceKey> DecodeEvidenceKey(std::string_view key);
std::string EvidencePrefix(ElementKind kind, uint64_t element);
std::string EvidencePrefix(ElementKind kind, uint64_t element, DocId doc);
std::string EncodeDocFactKey(const EvidenceKey& k);
std::optional<EvidenceKey> DecodeDocFactKey(std::string_view key);
std::string DocFactPrefix(DocId doc);

// Smallest key greater than every key that starts with `prefix` (for iterate_upper_bound).
std::string PrefixSuccessor(std::string_view prefix);

}  // namespace kg::storage
