// Graph: the stored relationships as a Boost.Graph, for traversals and algorithms.
//
// The base is a boost::compressed_sparse_row_graph (bidirectional, 32-bit vertex and edge
// indices): per relationship 4 bytes of target, 4 + 4 bytes of the backward (incoming) index
// and a 12-byte EdgeData (relationship id as two 32-bit halves and the type), 24 bytes in all;
// plus 4 bytes per vertex and row, and the stored-id <-> vertex maps. Writes after loading are
// kept in a small overlay (added and removed relationships and nodes) that traversals merge in;
// Compact() folds the overlay into a new CSR before a whole-graph algorithm runs.
// Point lookups do not need this: storage answers them from its adjacency index.
// Thread safety: const methods may run concurrently; Apply* and Compact need exclusive access.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "storage/ids.h"

namespace kg::graph {

using Vertex = uint32_t;

#pragma pack(push, 4)
struct EdgeData {
    uint32_t rel_lo = 0;  // relationship id, split so the struct packs to 12 bytes
    uint32_t rel_hi = 0;
    storage::TokenId type = 0;
    storage::RelId rel() const { return (uint64_t{rel_hi} << 32) | rel_lo; }
};
#pragma pack(pop)

using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                               EdgeData, boost::no_property, uint32_t, uint32_t>;

struct EdgeRecord {
    storage::RelId rel;
    storage::TokenId type;
    storage::NodeId start;
    storage::NodeId end;
};

class Graph {
public:
    // Builds the graph from node ids and relationships (any order).
    static Graph Build(std::vector<storage::NodeId> nodes, const std::vector<EdgeRecord>& edges);

    const Csr& csr() const { return csr_; }
    size_t num_vertices() const { return vertex_to_node_.size(); }
    size_t num_edges() const;  // base plus overlay

    std::optional<Vertex> VertexOf(storage::NodeId node) const;
    storage::NodeId NodeOf(Vertex v) const { return vertex_to_node_[v]; }
    bool VertexRemoved(Vertex v) const { return removed_vertices_.count(v) != 0; }

    // Neighbours of `node` in one direction, base and overlay merged.
    using NeighborFn = std::function<bool(storage::NodeId other, storage::RelId rel,
                                          storage::TokenId type)>;
    void ForEachNeighbor(storage::NodeId node, storage::Direction dir, const NeighborFn& fn) const;

    // Keeping in step with committed writes.
    void ApplyNodeAdded(storage::NodeId node);
    void ApplyNodeRemoved(storage::NodeId node);
    void ApplyEdgeAdded(const EdgeRecord& edge);
    void ApplyEdgeRemoved(storage::RelId rel);
    bool HasOverlay() const {
        return !added_edges_.empty() || !removed_rels_.empty() || !removed_vertices_.empty();
    }
    void Compact();

    // Bytes held by the base graph and maps, excluding the overlay.
    size_t MemoryBytes() const;

private:
    void BuildFrom(const std::vector<EdgeRecord>& edges);

    Csr csr_;
    std::vector<storage::NodeId> vertex_to_node_;
    // Node ids are allocated densely, so a vector indexed by node id is the compact map.
    std::vector<Vertex> node_to_vertex_;
    std::vector<EdgeRecord> added_edges_;
    std::unordered_multimap<storage::NodeId, size_t> added_by_node_;
    std::unordered_set<storage::RelId> removed_rels_;
    std::unordered_set<Vertex> removed_vertices_;
};

inline constexpr Vertex kNoVertex = UINT32_MAX;

}  // namespace kg::graph
