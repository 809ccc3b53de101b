#include "storage/value_codec.h"

#include <cstring>

namespace kg::storage {

namespace {

// Frozen value tags (FORMAT.md, "Values").
enum Tag : uint8_t {
    kTagNull = 0,
    kTagFalse = 1,
    kTagTrue = 2,
    kTagInt = 3,
    kTagDouble = 4,
    kTagString = 5,
    kTagList = 6,
    kTagMap = 7,
};

// Nesting deeper than this is refused on decode so that corrupt input cannot exhaust the stack.
constexpr int kMaxDepth = 256;

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

void PutFixed64LE(std::string* out, uint64_t v) {
    char buf[8];
    for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>(v >> (8 * i));
    out->append(buf, 8);
}

void PutString(std::string* out, std::string_view s) {
    PutVarint(out, s.size());
    out->append(s);
}

Status Corrupt(std::string_view what) {
    return Status::Error(StatusCode::kCorruption, "cannot decode " + std::string(what));
}

}  // namespace

void PutVarint(std::string* out, uint64_t v) {
    while (v >= 0x80) {
        out->push_back(static_cast<char>(v | 0x80));
        v >>= 7;
    }
    out->push_back(static_cast<char>(v));
}

bool Decoder::GetVarint(uint64_t* v) {
    uint64_t result = 0;
    for (int shift = 0; shift <= 63 && !in_.empty(); shift += 7) {
        auto byte = static_cast<uint8_t>(in_[0]);
        in_.remove_prefix(1);
        result |= uint64_t{byte & 0x7Fu} << shift;
        if ((byte & 0x80) == 0) {
            *v = result;
            return true;
        }
    }
    return false;
}

bool Decoder::GetByte(uint8_t* b) {
    if (in_.empty()) return false;
    *b = static_cast<uint8_t>(in_[0]);
    in_.remove_prefix(1);
    return true;
}

bool Decoder::GetFixed64(uint64_t* v) {
    if (in_.size() < 8) return false;
    uint64_t r = 0;
    for (int i = 0; i < 8; ++i) r |= uint64_t{static_cast<uint8_t>(in_[i])} << (8 * i);
    in_.remove_prefix(8);
    *v = r;
    return true;
}

bool Decoder::GetBytes(size_t n, std::string_view* out) {
    if (in_.size() < n) return false;
    *out = in_.substr(0, n);
    in_.remove_prefix(n);
    return true;
}

bool Decoder::GetValue(Value* v, int depth) {
    if (depth > kMaxDepth) return false;
    uint8_t tag;
    if (!GetByte(&tag)) return false;
    switch (tag) {
        case kTagNull: *v = Value(); return true;
        case kTagFalse: *v = Value(false); return true;
        case kTagTrue: *v = Value(true); return true;
        case kTagInt: {
            uint64_t u;
            if (!GetVarint(&u)) return false;
            *v = Value(UnZigZag(u));
            return true;
        }
        case kTagDouble: {
            uint64_t bits;
            if (!GetFixed64(&bits)) return false;
            double d;
            std::memcpy(&d, &bits, sizeof d);
            *v = Value(d);
            return true;
        }
        case kTagString: {
            uint64_t n;
            std::string_view s;
            if (!GetVarint(&n) || !GetBytes(n, &s)) return false;
            *v = Value(std::string(s));
            return true;
        }
        case kTagList: {
            uint64_t n;
            if (!GetVarint(&n) || n > in_.size()) return false;  // each item takes >= 1 byte
            List items(n);
            for (Value& item : items) {
                if (!GetValue(&item, depth + 1)) return false;
            }
            *v = Value(std::move(items));
            return true;
        }
        case kTagMap: {
            uint64_t n;
            if (!GetVarint(&n) || n > in_.size()) return false;
            Map m;
            for (uint64_t i = 0; i < n; ++i) {
                uint64_t len;
                std::string_view key;
                Value item;
                if (!GetVarint(&len) || !GetBytes(len, &key) || !GetValue(&item, depth + 1)) {
                    return false;
                }
                m.emplace(std::string(key), std::move(item));
            }
            *v = Value(std::move(m));
            return true;
        }
        default: return false;
    }
}

void EncodeValue(const Value& v, std::string* out) {
    switch (v.type()) {
        case ValueType::kNull: out->push_back(static_cast<char>(kTagNull)); return;
        case ValueType::kBool:
            out->push_back(static_cast<char>(v.AsBool() ? kTagTrue : kTagFalse));
            return;
        case ValueType::kInt:
            out->push_back(static_cast<char>(kTagInt));
            PutVarint(out, ZigZag(v.AsInt()));
            return;
        case ValueType::kDouble: {
            out->push_back(static_cast<char>(kTagDouble));
            uint64_t bits;
            double d = v.AsDouble();
            std::memcpy(&bits, &d, sizeof bits);
            PutFixed64LE(out, bits);
            return;
        }
        case ValueType::kString:
            out->push_back(static_cast<char>(kTagString));
            PutString(out, v.AsString());
            return;
        case ValueType::kList:
            out->push_back(static_cast<char>(kTagList));
            PutVarint(out, v.AsList().size());
            for (const Value& item : v.AsList()) EncodeValue(item, out);
            return;
        case ValueType::kMap:
            out->push_back(static_cast<char>(kTagMap));
            PutVarint(out, v.AsMap().size());
            for (const auto& [key, item] : v.AsMap()) {
                PutString(out, key);
                EncodeValue(item, out);
            }
            return;
    }
}

Result<Value> DecodeValue(std::string_view in) {
    Decoder d(in);
    Value v;
    if (!d.GetValue(&v) || !d.done()) return Corrupt("value");
    return v;
}

void EncodePropertyCount(size_t count, std::string* out) { PutVarint(out, count); }

void EncodeProperty(TokenId key, const Value& value, std::string* out) {
    PutVarint(out, key);
    EncodeValue(value, out);
}

void EncodeProperties(const Properties& props, const KeyToId& intern, std::string* out) {
    EncodePropertyCount(props.size(), out);
    for (const auto& [key, value] : props) EncodeProperty(intern(key), value, out);
}

bool DecodeProperties(Decoder* d, const IdToKey& name_of, Properties* props) {
    uint64_t n;
    if (!d->GetVarint(&n)) return false;
    for (uint64_t i = 0; i < n; ++i) {
        uint64_t key_id;
        Value v;
        if (!d->GetVarint(&key_id) || key_id > UINT32_MAX || !d->GetValue(&v)) return false;
        const std::string* name = name_of(static_cast<TokenId>(key_id));
        if (name == nullptr) return false;
        props->insert_or_assign(*name, std::move(v));
    }
    return true;
}

std::string EncodeNodeValue(const std::vector<TokenId>& labels, const Properties& props,
                            const KeyToId& intern) {
    std::string out;
    PutVarint(&out, labels.size());
    for (TokenId label : labels) PutVarint(&out, label);
    EncodeProperties(props, intern, &out);
    return out;
}

namespace {

bool GetLabelIds(Decoder* d, std::vector<TokenId>* labels) {
    uint64_t n;
    if (!d->GetVarint(&n) || n > 1'000'000) return false;
    labels->clear();
    for (uint64_t i = 0; i < n; ++i) {
        uint64_t id;
        if (!d->GetVarint(&id) || id > UINT32_MAX) return false;
        labels->push_back(static_cast<TokenId>(id));
    }
    return true;
}

bool GetToken(Decoder* d, TokenId* id) {
    uint64_t v;
    if (!d->GetVarint(&v) || v > UINT32_MAX) return false;
    *id = static_cast<TokenId>(v);
    return true;
}

}  // namespace

bool DecodeNodeLabelIds(std::string_view in, std::vector<TokenId>* labels) {
    Decoder d(in);
    return GetLabelIds(&d, labels);
}

Status DecodeNodeValue(std::string_view in, const IdToKey& label_name, const IdToKey& key_name,
                       Node* node) {
    Decoder d(in);
    std::vector<TokenId> ids;
    if (!GetLabelIds(&d, &ids)) return Corrupt("node labels");
    node->labels.clear();
    for (TokenId id : ids) {
        const std::string* name = label_name(id);
        if (name == nullptr) return Corrupt("node label id " + std::to_string(id));
        node->labels.push_back(*name);
    }
    std::sort(node->labels.begin(), node->labels.end());
    node->properties.clear();
    if (!DecodeProperties(&d, key_name, &node->properties) || !d.done()) {
        return Corrupt("node properties");
    }
    return Status::Ok();
}

void EncodeRelHeader(TokenId type, NodeId start, NodeId end, std::string* out) {
    PutVarint(out, type);
    PutVarint(out, start);
    PutVarint(out, end);
}

std::string EncodeRelValue(TokenId type, NodeId start, NodeId end, const Properties& props,
                           const KeyToId& intern) {
    std::string out;
    EncodeRelHeader(type, start, end, &out);
    EncodeProperties(props, intern, &out);
    return out;
}

bool DecodeRelEndpoints(std::string_view in, TokenId* type, NodeId* start, NodeId* end) {
    Decoder d(in);
    return GetToken(&d, type) && d.GetVarint(start) && d.GetVarint(end);
}

Status DecodeRelValue(std::string_view in, const IdToKey& type_name, const IdToKey& key_name,
                      Relationship* rel) {
    Decoder d(in);
    TokenId type;
    if (!GetToken(&d, &type) || !d.GetVarint(&rel->start) || !d.GetVarint(&rel->end)) {
        return Corrupt("relationship header");
    }
    const std::string* name = type_name(type);
    if (name == nullptr) return Corrupt("relationship type id " + std::to_string(type));
    rel->type = *name;
    rel->properties.clear();
    if (!DecodeProperties(&d, key_name, &rel->properties) || !d.done()) {
        return Corrupt("relationship properties");
    }
    return Status::Ok();
}

std::string EncodeDocumentValue(const Document& doc) {
    std::string out;
    PutString(&out, doc.key);
    PutVarint(&out, doc.content_hash);
    EncodeValue(Value(doc.properties), &out);
    return out;
}

Status DecodeDocumentValue(std::string_view in, Document* doc) {
    Decoder d(in);
    uint64_t len;
    std::string_view key;
    Value props;
    if (!d.GetVarint(&len) || !d.GetBytes(len, &key) || !d.GetVarint(&doc->content_hash) ||
        !d.GetValue(&props) || !props.IsMap() || !d.done()) {
        return Corrupt("document");
    }
    doc->key = std::string(key);
    doc->properties = std::move(props.AsMap());
    return Status::Ok();
}

std::string EncodeEvidenceValue(const Evidence& e) {
    std::string out;
    PutVarint(&out, e.sentence ? uint64_t{*e.sentence} + 1 : 0);
    PutVarint(&out, e.begin);
    PutVarint(&out, e.end);
    return out;
}

Status DecodeEvidenceValue(std::string_view in, Evidence* e) {
    Decoder d(in);
    uint64_t sentence;
    if (!d.GetVarint(&sentence) || sentence > uint64_t{UINT32_MAX} + 1 || !d.GetVarint(&e->begin) ||
        !d.GetVarint(&e->end) || !d.done()) {
        return Corrupt("evidence");
    }
    e->sentence = sentence == 0 ? std::nullopt
                                : std::optional<uint32_t>(static_cast<uint32_t>(sentence - 1));
    return Status::Ok();
}

std::string EncodeSentenceValue(const Sentence& s) {
    std::string out;
    PutVarint(&out, s.begin);
    PutString(&out, s.text);
    return out;
}

Status DecodeSentenceValue(std::string_view in, Sentence* s) {
    Decoder d(in);
    uint64_t len;
    std::string_view text;
    if (!d.GetVarint(&s->begin) || !d.GetVarint(&len) || !d.GetBytes(len, &text) || !d.done()) {
        return Corrupt("sentence");
    }
    s->text = std::string(text);
    return Status::Ok();
}

}  // namespace kg::storage
