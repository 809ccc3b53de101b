#include "storage/index_entries.h"

#include <algorithm>

#include "storage/name_normalizer.h"

namespace kg::storage {

std::vector<std::string> IndexedNames(const std::vector<std::string>& labels,
                                      const Properties& props) {
    std::vector<std::string> names;
    if (std::find(labels.begin(), labels.end(), kEntityLabel) == labels.end()) return names;
    auto add = [&](const Value& v) {
        if (!v.IsString()) return;
        std::string n = NormalizeName(v.AsString());
        if (!n.empty()) names.push_back(std::move(n));
    };
    if (auto it = props.find("name"); it != props.end()) add(it->second);
    if (auto it = props.find("aliases"); it != props.end() && it->second.IsList()) {
        for (const Value& alias : it->second.AsList()) add(alias);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::vector<IndexEntry> NodeIndexEntries(NodeId id, const std::vector<TokenId>& label_ids,
                                         const std::vector<std::string>& labels,
                                         const Properties& props) {
    std::vector<IndexEntry> out;
    for (TokenId label : label_ids) out.push_back({Cf::kLabels, EncodeLabelKey(label, id)});
    for (const std::string& name : IndexedNames(labels, props)) {
        out.push_back({Cf::kNames, EncodeNameKey(name, id)});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<AdjacencyKey> RelAdjacency(RelId id, TokenId type, NodeId start, NodeId end) {
    return {AdjacencyKey{start, Direction::kOut, type, end, id},
            AdjacencyKey{end, Direction::kIn, type, start, id}};
}

void DiffIndexEntries(const std::vector<IndexEntry>& before, const std::vector<IndexEntry>& after,
                      std::vector<IndexEntry>* removed, std::vector<IndexEntry>* added) {
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                        std::back_inserter(*removed));
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                        std::back_inserter(*added));
}

}  // namespace kg::storage
