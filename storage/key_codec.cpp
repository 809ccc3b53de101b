#include "storage/key_codec.h"

namespace kg::storage {

void PutFixed32BE(std::string* out, uint32_t v) {
    char buf[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                   static_cast<char>(v >> 8), static_cast<char>(v)};
    out->append(buf, 4);
}

void PutFixed64BE(std::string* out, uint64_t v) {
    PutFixed32BE(out, static_cast<uint32_t>(v >> 32));
    PutFixed32BE(out, static_cast<uint32_t>(v));
}

uint32_t DecodeFixed32BE(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | u[3];
}

uint64_t DecodeFixed64BE(const char* p) {
    return (uint64_t{DecodeFixed32BE(p)} << 32) | DecodeFixed32BE(p + 4);
}

std::string IdKey(uint64_t id) {
    std::string k;
    k.reserve(8);
    PutFixed64BE(&k, id);
    return k;
}

std::optional<uint64_t> ParseIdKey(std::string_view key) {
    if (key.size() != 8) return std::nullopt;
    return DecodeFixed64BE(key.data());
}

std::string EncodeAdjacencyKey(const AdjacencyKey& k) {
    std::string out;
    out.reserve(kAdjacencyKeySize);
    PutFixed64BE(&out, k.node);
    out.push_back(static_cast<char>(k.dir));
    PutFixed32BE(&out, k.type);
    PutFixed64BE(&out, k.other);
    PutFixed64BE(&out, k.rel);
    return out;
}

std::optional<AdjacencyKey> DecodeAdjacencyKey(std::string_view key) {
    if (key.size() != kAdjacencyKeySize) return std::nullopt;
    const char* p = key.data();
    auto dir = static_cast<uint8_t>(p[8]);
    if (dir > 1) return std::nullopt;
    return AdjacencyKey{DecodeFixed64BE(p), static_cast<Direction>(dir), DecodeFixed32BE(p + 9),
                        DecodeFixed64BE(p + 13), DecodeFixed64BE(p + 21)};
}

std::string AdjacencyPrefix(NodeId node) { return IdKey(node); }

std::string AdjacencyPrefix(NodeId node, Direction dir) {
    std::string out = IdKey(node);
    out.push_back(static_cast<char>(dir));
    return out;
}

std::string AdjacencyPrefix(NodeId node, Direction dir, TokenId type) {
    std::string out = AdjacencyPrefix(node, dir);
    PutFixed32BE(&out, type);
    return out;
}

std::string EncodeLabelKey(TokenId label, NodeId node) {
    std::string out;
    out.reserve(12);
    PutFixed32BE(&out, label);
    PutFixed64BE(&out, node);
    return out;
}

std::string LabelPrefix(TokenId label) {
    std::string out;
    PutFixed32BE(&out, label);
    return out;
}

std::optional<std::pair<TokenId, NodeId>> DecodeLabelKey(std::string_view key) {
    if (key.size() != 12) return std::nullopt;
    return std::make_pair(DecodeFixed32BE(key.data()), DecodeFixed64BE(key.data() + 4));
}

std::string EncodeNameKey(std::string_view normalized, NodeId node) {
    std::string out = NamePrefix(normalized);
    PutFixed64BE(&out, node);
    return out;
}

std::string NamePrefix(std::string_view normalized) {
    std::string out(normalized);
    out.push_back('\0');
    return out;
}

std::optional<std::pair<std::string, NodeId>> DecodeNameKey(std::string_view key) {
    if (key.size() < 9 || key[key.size() - 9] != '\0') return std::nullopt;
    std::string name(key.substr(0, key.size() - 9));
    if (name.find('\0') != std::string::npos) return std::nullopt;
    return std::make_pair(std::move(name), DecodeFixed64BE(key.data() + key.size() - 8));
}

std::string DictNameKey(TokenKind kind, std::string_view name) {
    std::string out = {'n', static_cast<char>(kind)};
    out.append(name);
    return out;
}

std::string DictIdKey(TokenKind kind, TokenId id) {
    std::string out = {'i', static_cast<char>(kind)};
    PutFixed32BE(&out, id);
    return out;
}

std::string EncodeSentenceKey(DocId doc, uint32_t sentence) {
    std::string out = IdKey(doc);
    PutFixed32BE(&out, sentence);
    return out;
}

std::string EncodeEvidenceKey(const EvidenceKey& k) {
    std::string out = EvidencePrefix(k.kind, k.element, k.doc);
    PutFixed32BE(&out, k.seq);
    return out;
}

std::optional<EvidenceKey> DecodeEvidenceKey(std::string_view key) {
    if (key.size() != 21) return std::nullopt;
    const char* p = key.data();
    return EvidenceKey{static_cast<ElementKind>(p[0]), DecodeFixed64BE(p + 1),
                       DecodeFixed64BE(p + 9), DecodeFixed32BE(p + 17)};
}

std::string EvidencePrefix(ElementKind kind, uint64_t element) {
    std::string out(1, static_cast<char>(kind));
    PutFixed64BE(&out, element);
    return out;
}

std::string EvidencePrefix(ElementKind kind, uint64_t element, DocId doc) {
    std::string out = EvidencePrefix(kind, element);
    PutFixed64BE(&out, doc);
    return out;
}

std::string EncodeDocFactKey(const EvidenceKey& k) {
    std::string out = IdKey(k.doc);
    out.push_back(static_cast<char>(k.kind));
    PutFixed64BE(&out, k.element);
    PutFixed32BE(&out, k.seq);
    return out;
}

std::optional<EvidenceKey> DecodeDocFactKey(std::string_view key) {
    if (key.size() != 21) return std::nullopt;
    const char* p = key.data();
    return EvidenceKey{static_cast<ElementKind>(p[8]), DecodeFixed64BE(p + 9), DecodeFixed64BE(p),
                       DecodeFixed32BE(p + 17)};
}

std::string DocFactPrefix(DocId doc) { return IdKey(doc); }

std::string PrefixSuccessor(std::string_view prefix) {
    std::string out(prefix);
    while (!out.empty()) {
        auto c = static_cast<unsigned char>(out.back());
        if (c != 0xFF) {
            out.back() = static_cast<char>(c + 1);
            return out;
        }
        out.pop_back();
    }
    return out;  // empty: no upper bound
}

}  // namespace kg::storage
