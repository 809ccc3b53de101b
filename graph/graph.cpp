#include "graph/graph.h"

#include <algorithm>

namespace kg::graph {

Graph Graph::Build(std::vector<storage::NodeId> nodes, const std::vector<EdgeRecord>& edges) {
    Graph g;
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    g.vertex_to_node_ = std::move(nodes);
    g.BuildFrom(edges);
    return g;
}

void Graph::BuildFrom(const std::vector<EdgeRecord>& edges) {
    storage::NodeId max_id = vertex_to_node_.empty() ? 0 : vertex_to_node_.back() + 1;
    node_to_vertex_.assign(max_id, kNoVertex);
    for (Vertex v = 0; v < vertex_to_node_.size(); ++v) node_to_vertex_[vertex_to_node_[v]] = v;

    std::vector<std::pair<Vertex, Vertex>> pairs;
    std::vector<EdgeData> data;
    pairs.reserve(edges.size());
    data.reserve(edges.size());
    for (const EdgeRecord& e : edges) {
        std::optional<Vertex> s = VertexOf(e.start), t = VertexOf(e.end);
        if (!s || !t) continue;  // a dangling relationship is `kg check`'s to report
        pairs.emplace_back(*s, *t);
        data.push_back({static_cast<uint32_t>(e.rel), static_cast<uint32_t>(e.rel >> 32), e.type});
    }
    csr_ = Csr(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), data.begin(),
               static_cast<uint32_t>(vertex_to_node_.size()));
}

size_t Graph::num_edges() const {
    return boost::num_edges(csr_) - removed_rels_.size() + added_edges_.size();
}

std::optional<Vertex> Graph::VertexOf(storage::NodeId node) const {
    if (node >= node_to_vertex_.size() || node_to_vertex_[node] == kNoVertex) return std::nullopt;
    if (removed_vertices_.count(node_to_vertex_[node]) != 0) return std::nullopt;
    return node_to_vertex_[node];
}

void Graph::ForEachNeighbor(storage::NodeId node, storage::Direction dir,
                            const NeighborFn& fn) const {
    if (std::optional<Vertex> v = VertexOf(node)) {
        auto visit = [&](auto range, bool out) {
            for (auto it = range.first; it != range.second; ++it) {
                const EdgeData& d = csr_[*it];
                if (!removed_rels_.empty() && removed_rels_.count(d.rel()) != 0) continue;
                Vertex other = out ? boost::target(*it, csr_) : boost::source(*it, csr_);
                if (!fn(vertex_to_node_[other], d.rel(), d.type)) return false;
            }
            return true;
        };
        bool go_on = dir == storage::Direction::kOut ? visit(boost::out_edges(*v, csr_), true)
                                                     : visit(boost::in_edges(*v, csr_), false);
        if (!go_on) return;
    }
    auto [lo, hi] = added_by_node_.equal_range(node);
    for (auto it = lo; it != hi; ++it) {
        const EdgeRecord& e = added_edges_[it->second];
        if (removed_rels_.count(e.rel) != 0) continue;
        bool out = dir == storage::Direction::kOut;
        if (out && e.start == node && !fn(e.end, e.rel, e.type)) return;
        if (!out && e.end == node && !fn(e.start, e.rel, e.type)) return;
    }
}

void Graph::ApplyNodeAdded(storage::NodeId node) {
    if (VertexOf(node)) return;
    auto v = static_cast<Vertex>(vertex_to_node_.size());
    vertex_to_node_.push_back(node);
    if (node >= node_to_vertex_.size()) node_to_vertex_.resize(node + 1, kNoVertex);
    node_to_vertex_[node] = v;
    // The CSR has no row for the new vertex until Compact; overlay edges carry it until then.
}

void Graph::ApplyNodeRemoved(storage::NodeId node) {
    if (std::optional<Vertex> v = VertexOf(node)) removed_vertices_.insert(*v);
}

void Graph::ApplyEdgeAdded(const EdgeRecord& edge) {
    size_t slot = added_edges_.size();
    added_edges_.push_back(edge);
    added_by_node_.emplace(edge.start, slot);
    if (edge.end != edge.start) added_by_node_.emplace(edge.end, slot);
}

void Graph::ApplyEdgeRemoved(storage::RelId rel) { removed_rels_.insert(rel); }

void Graph::Compact() {
    std::vector<EdgeRecord> edges;
    edges.reserve(num_edges());
    auto [first, last] = boost::edges(csr_);
    for (auto it = first; it != last; ++it) {
        auto e = *it;
        const EdgeData& d = csr_[e];
        if (removed_rels_.count(d.rel()) != 0) continue;
        edges.push_back({d.rel(), d.type, vertex_to_node_[boost::source(e, csr_)],
                         vertex_to_node_[boost::target(e, csr_)]});
    }
    for (const EdgeRecord& e : added_edges_) {
        if (removed_rels_.count(e.rel) == 0) edges.push_back(e);
    }
    std::vector<storage::NodeId> nodes;
    nodes.reserve(vertex_to_node_.size());
    for (Vertex v = 0; v < vertex_to_node_.size(); ++v) {
        if (removed_vertices_.count(v) == 0) nodes.push_back(vertex_to_node_[v]);
    }
    added_edges_.clear();
    added_by_node_.clear();
    removed_rels_.clear();
    removed_vertices_.clear();
    std::sort(nodes.begin(), nodes.end());
    vertex_to_node_ = std::move(nodes);
    BuildFrom(edges);
}

size_t Graph::MemoryBytes() const {
    size_t e = boost::num_edges(csr_);
    size_t v = boost::num_vertices(csr_);
    // Forward: row starts and targets; backward: row starts, sources and edge indices.
    size_t csr = (v + 1) * 4 * 2 + e * (4 + sizeof(EdgeData)) + e * (4 + 4);
    return csr + vertex_to_node_.capacity() * sizeof(storage::NodeId) +
           node_to_vertex_.capacity() * sizeof(Vertex);
}

}  // namespace kg::graph
