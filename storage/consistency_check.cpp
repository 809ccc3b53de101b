#include "storage/consistency_check.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "storage/index_entries.h"
#include "storage/key_codec.h"
#include "storage/value_codec.h"

namespace kg::storage {

namespace {

class Checker {
public:
    Checker(const KgStore& store, size_t max_problems)
        : store_(store), view_(store.reader()), max_problems_(max_problems) {}

    Result<CheckReport> Run() {
        KG_RETURN_IF_ERROR(CheckNodes());
        KG_RETURN_IF_ERROR(CheckIndex(Cf::kLabels, expected_labels_));
        KG_RETURN_IF_ERROR(CheckIndex(Cf::kNames, expected_names_));
        KG_RETURN_IF_ERROR(CheckRels());
        KG_RETURN_IF_ERROR(CheckAdjacency());
        KG_RETURN_IF_ERROR(CheckDocuments());
        KG_RETURN_IF_ERROR(CheckEvidence());
        CheckCounters();
        return std::move(report_);
    }

private:
    void Problem(std::string what) {
        ++report_.problem_count;
        if (report_.problems.size() < max_problems_) report_.problems.push_back(std::move(what));
    }

    const std::string* Name(TokenKind kind, TokenId id) const {
        return store_.dictionary().Name(kind, id);
    }

    Status CheckNodes() {
        return view_.ForEachNodeRaw([&](uint64_t id, std::string_view raw) {
            ++report_.nodes;
            max_node_ = std::max(max_node_, id);
            Node node;
            node.id = id;
            Status s = DecodeNodeValue(
                raw, [&](TokenId t) { return Name(TokenKind::kLabel, t); },
                [&](TokenId t) { return Name(TokenKind::kPropertyKey, t); }, &node);
            if (!s.ok()) {
                Problem("node " + std::to_string(id) + ": " + s.message());
                return true;
            }
            node_ids_.push_back(id);
            std::vector<TokenId> label_ids;
            (void)DecodeNodeLabelIds(raw, &label_ids);
            for (TokenId l : label_ids) label_counts_[l] += 1;
            for (IndexEntry& e : NodeIndexEntries(id, label_ids, node.labels, node.properties)) {
                (e.cf == Cf::kLabels ? expected_labels_ : expected_names_).push_back(e.key);
            }
            return true;
        });
    }

    // Compares an index column family with the keys the primary records imply.
    Status CheckIndex(Cf cf, std::vector<std::string>& expected) {
        std::sort(expected.begin(), expected.end());
        size_t i = 0;
        Status s = view_.ForEachWithPrefix(cf, "", [&](std::string_view key, std::string_view) {
            ++report_.index_entries;
            while (i < expected.size() && expected[i] < key) {
                Problem(Describe(cf, expected[i++]) + " is missing from the index");
            }
            if (i < expected.size() && expected[i] == key) {
                ++i;
            } else {
                Problem(Describe(cf, std::string(key)) + " is in the index but not in the data");
            }
            return true;
        });
        while (i < expected.size()) Problem(Describe(cf, expected[i++]) + " is missing from the index");
        std::vector<std::string>().swap(expected);
        return s;
    }

    std::string Describe(Cf cf, const std::string& key) const {
        std::string where = "column family '" + std::string(CfName(cf)) + "': ";
        if (cf == Cf::kLabels) {
            if (auto k = DecodeLabelKey(key)) {
                const std::string* label = Name(TokenKind::kLabel, k->first);
                return where + "label '" + (label ? *label : "?") + "' of node " +
                       std::to_string(k->second);
            }
        } else if (cf == Cf::kNames) {
            if (auto k = DecodeNameKey(key)) {
                return where + "name '" + k->first + "' of node " + std::to_string(k->second);
            }
        }
        return where + "malformed key of " + std::to_string(key.size()) + " bytes";
    }

    struct RelEnds {
        TokenId type;
        NodeId start;
        NodeId end;
        uint8_t seen;  // adjacency entries found: bit 0 outgoing, bit 1 incoming
    };

    bool NodeKnown(NodeId id) const {
        return std::binary_search(node_ids_.begin(), node_ids_.end(), id);
    }

    Status CheckRels() {
        return view_.ForEachRelRaw([&](uint64_t id, std::string_view raw) {
            ++report_.relationships;
            max_rel_ = std::max(max_rel_, id);
            Relationship rel;
            rel.id = id;
            Status s = DecodeRelValue(
                raw, [&](TokenId t) { return Name(TokenKind::kRelType, t); },
                [&](TokenId t) { return Name(TokenKind::kPropertyKey, t); }, &rel);
            TokenId type = 0;
            if (s.ok() && !DecodeRelEndpoints(raw, &type, &rel.start, &rel.end)) {
                s = Status::Error(StatusCode::kCorruption, "cannot decode endpoints");
            }
            if (!s.ok()) {
                Problem("relationship " + std::to_string(id) + ": " + s.message());
                return true;
            }
            for (NodeId n : {rel.start, rel.end}) {
                if (!NodeKnown(n)) {
                    Problem("relationship " + std::to_string(id) + " points to missing node " +
                            std::to_string(n));
                }
            }
            type_counts_[type] += 1;
            rels_.emplace(id, RelEnds{type, rel.start, rel.end, 0});
            return true;
        });
    }

    Status CheckAdjacency() {
        Status s = view_.ForEachWithPrefix(Cf::kAdjacency, "", [&](std::string_view key,
                                                                   std::string_view) {
            ++report_.index_entries;
            std::optional<AdjacencyKey> k = DecodeAdjacencyKey(key);
            if (!k) {
                Problem("column family 'adjacency': key has " + std::to_string(key.size()) +
                        " bytes, expected 29");
                return true;
            }
            auto it = rels_.find(k->rel);
            bool out = k->dir == Direction::kOut;
            bool ok = it != rels_.end() && it->second.type == k->type &&
                      (out ? it->second.start == k->node && it->second.end == k->other
                           : it->second.end == k->node && it->second.start == k->other);
            if (!ok) {
                Problem("adjacency entry of relationship " + std::to_string(k->rel) + " at node " +
                        std::to_string(k->node) + " does not match the relationship");
                return true;
            }
            it->second.seen |= out ? 1 : 2;
            return true;
        });
        for (const auto& [id, r] : rels_) {
            if (r.seen != 3) {
                Problem("relationship " + std::to_string(id) + " is missing its " +
                        ((r.seen & 1) ? "incoming" : "outgoing") + " adjacency entry");
            }
        }
        return s;
    }

    Status CheckDocuments() {
        std::map<std::string, DocId> keys;
        KG_RETURN_IF_ERROR(view_.ForEachDocument([&](const Document& doc) {
            ++report_.documents;
            max_doc_ = std::max(max_doc_, doc.id);
            doc_ids_.push_back(doc.id);
            keys.emplace(doc.key, doc.id);
            return true;
        }));
        size_t indexed = 0;
        KG_RETURN_IF_ERROR(view_.ForEachWithPrefix(
            Cf::kDocKeys, "", [&](std::string_view key, std::string_view value) {
                ++indexed;
                auto it = keys.find(std::string(key));
                auto id = ParseIdKey(value);
                if (it == keys.end() || !id || it->second != *id) {
                    Problem("document key '" + std::string(key) + "' does not match a document");
                }
                return true;
            }));
        if (indexed != keys.size()) {
            Problem("document key index has " + std::to_string(indexed) + " entries for " +
                    std::to_string(keys.size()) + " documents");
        }
        return Status::Ok();
    }

    Status CheckEvidence() {
        uint64_t evidence = 0;
        KG_RETURN_IF_ERROR(view_.ForEachWithPrefix(
            Cf::kEvidence, "", [&](std::string_view key, std::string_view value) {
                ++evidence;
                std::optional<EvidenceKey> k = DecodeEvidenceKey(key);
                Evidence e;
                if (!k || !DecodeEvidenceValue(value, &e).ok()) {
                    Problem("malformed evidence entry");
                    return true;
                }
                bool element_ok = k->kind == ElementKind::kNode ? NodeKnown(k->element)
                                                                : rels_.count(k->element) == 1;
                if (!element_ok) {
                    Problem("evidence for missing element " + std::to_string(k->element));
                }
                if (!std::binary_search(doc_ids_.begin(), doc_ids_.end(), k->doc)) {
                    Problem("evidence cites missing document " + std::to_string(k->doc));
                }
                Result<std::optional<std::string>> reverse =
                    view_.Get(Cf::kDocFacts, EncodeDocFactKey(*k));
                if (reverse.ok() && !reverse->has_value()) {
                    Problem("evidence of element " + std::to_string(k->element) +
                            " is missing from the document index");
                }
                return true;
            }));
        uint64_t facts = 0;
        KG_RETURN_IF_ERROR(view_.ForEachWithPrefix(Cf::kDocFacts, "",
                                                   [&](std::string_view, std::string_view) {
                                                       ++facts;
                                                       return true;
                                                   }));
        if (facts != evidence) {
            Problem("document index has " + std::to_string(facts) + " entries for " +
                    std::to_string(evidence) + " evidence records");
        }
        return Status::Ok();
    }

    void CheckCounters() {
        const Counters& c = store_.counters();
        auto compare = [&](std::string_view what, int64_t stored, uint64_t actual) {
            if (stored != static_cast<int64_t>(actual)) {
                Problem("counter of " + std::string(what) + " says " + std::to_string(stored) +
                        " but there are " + std::to_string(actual));
            }
        };
        compare("nodes", c.nodes, report_.nodes);
        compare("relationships", c.rels, report_.relationships);
        compare("documents", c.documents, report_.documents);
        for (const auto& [id, n] : c.label_nodes) {
            const std::string* name = Name(TokenKind::kLabel, id);
            compare("label '" + (name ? *name : "?") + "'", n, label_counts_[id]);
        }
        for (const auto& [id, n] : c.type_rels) {
            const std::string* name = Name(TokenKind::kRelType, id);
            compare("type '" + (name ? *name : "?") + "'", n, type_counts_[id]);
        }
        if (report_.nodes > 0 && c.next_node <= max_node_) Problem("next node id is already used");
        if (report_.relationships > 0 && c.next_rel <= max_rel_) {
            Problem("next relationship id is already used");
        }
        if (report_.documents > 0 && c.next_doc <= max_doc_) {
            Problem("next document id is already used");
        }
    }

    const KgStore& store_;
    const ReadView& view_;
    size_t max_problems_;
    CheckReport report_;
    std::vector<NodeId> node_ids_;  // ascending: scanned in key order
    std::vector<DocId> doc_ids_;
    std::vector<std::string> expected_labels_, expected_names_;
    std::unordered_map<RelId, RelEnds> rels_;
    std::map<TokenId, uint64_t> label_counts_, type_counts_;
    uint64_t max_node_ = 0, max_rel_ = 0, max_doc_ = 0;
};

}  // namespace

Result<CheckReport> CheckConsistency(const KgStore& store, size_t max_problems) {
    return Checker(store, max_problems).Run();
}

}  // namespace kg::storage
