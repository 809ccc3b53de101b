#include "graph/loader.h"

#include "storage/key_codec.h"
#include "storage/value_codec.h"

namespace kg::graph {

storage::Result<Graph> LoadGraph(const storage::KgStore& store) {
    const storage::ReadView& view = store.reader();
    std::vector<storage::NodeId> nodes;
    nodes.reserve(static_cast<size_t>(store.counters().nodes));
    KG_RETURN_IF_ERROR(view.ForEachNodeRaw([&](uint64_t id, std::string_view) {
        nodes.push_back(id);
        return true;
    }));
    std::vector<EdgeRecord> edges;
    edges.reserve(static_cast<size_t>(store.counters().rels));
    storage::Status decode_error;
    KG_RETURN_IF_ERROR(view.ForEachRelRaw([&](uint64_t id, std::string_view value) {
        EdgeRecord e{id, 0, 0, 0};
        if (!storage::DecodeRelEndpoints(value, &e.type, &e.start, &e.end)) {
            decode_error = storage::Status::Error(
                storage::StatusCode::kCorruption,
                "relationship " + std::to_string(id) + " does not decode");
            return false;
        }
        edges.push_back(e);
        return true;
    }));
    KG_RETURN_IF_ERROR(decode_error);
    return Graph::Build(std::move(nodes), edges);
}

}  // namespace kg::graph
