// Value encodings of every column family (FORMAT.md is the specification). Decoders validate
// lengths and tags and report kCorruption instead of reading past the end.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "storage/records.h"
#include "storage/status.h"

namespace kg::storage {

void PutVarint(std::string* out, uint64_t v);

// A cursor over an encoded buffer; every Get* fails (returns false) at the end of input.
class Decoder {
public:
    explicit Decoder(std::string_view in) : in_(in) {}
    bool GetVarint(uint64_t* v);
    bool GetByte(uint8_t* b);
    bool GetFixed64(uint64_t* v);
    bool GetBytes(size_t n, std::string_view* out);
    bool GetValue(Value* v, int depth = 0);
    bool done() const { return in_.empty(); }

private:
    std::string_view in_;
};

void EncodeValue(const Value& v, std::string* out);
Result<Value> DecodeValue(std::string_view in);

// Interns property keys as token ids while encoding, and maps ids back to names while decoding.
using KeyToId = std::function<TokenId(std::string_view)>;
using IdToKey = std::function<const std::string*(TokenId)>;

void EncodeProperties(const Properties& props, const KeyToId& intern, std::string* out);
// The pieces EncodeProperties is made of, for callers that build records without a Properties
// map (bulk import): a count, then that many properties.
void EncodePropertyCount(size_t count, std::string* out);
void EncodeProperty(TokenId key, const Value& value, std::string* out);
bool DecodeProperties(Decoder* d, const IdToKey& name_of, Properties* props);

// kNodes value: label ids, then properties.
std::string EncodeNodeValue(const std::vector<TokenId>& labels, const Properties& props,
                            const KeyToId& intern);
Status DecodeNodeValue(std::string_view in, const IdToKey& label_name, const IdToKey& key_name,
                       Node* node);
// Only the label ids (for scans that do not need the properties).
bool DecodeNodeLabelIds(std::string_view in, std::vector<TokenId>* labels);

// kRels value: type id, start, end, properties.
std::string EncodeRelValue(TokenId type, NodeId start, NodeId end, const Properties& props,
                           const KeyToId& intern);
Status DecodeRelValue(std::string_view in, const IdToKey& type_name, const IdToKey& key_name,
                      Relationship* rel);
// Only the type, start and end (what graph loading needs).
// The type, start and end that open a kRels value; properties follow (EncodePropertyCount...).
void EncodeRelHeader(TokenId type, NodeId start, NodeId end, std::string* out);
bool DecodeRelEndpoints(std::string_view in, TokenId* type, NodeId* start, NodeId* end);

// kDocuments value: key, content hash, properties with string keys.
std::string EncodeDocumentValue(const Document& doc);
Status DecodeDocumentValue(std::string_view in, Document* doc);

// kEvidence value.
std::string EncodeEvidenceValue(const Evidence& e);
Status DecodeEvidenceValue(std::string_view in, Evidence* e);

// kSentences value.
std::string EncodeSentenceValue(const Sentence& s);
Status DecodeSentenceValue(std::string_view in, Sentence* s);

}  // namespace kg::storage
