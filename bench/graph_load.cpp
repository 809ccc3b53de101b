// kg-bench-graph: loads the whole database into the Boost.Graph view and reports the time, the
// rate and the memory per relationship (computed from the containers and measured as RSS).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "graph/loader.h"

namespace {

long RssKb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: kg-bench-graph DB\n");
        return 2;
    }
    auto store = kg::storage::KgStore::Open(argv[1], kg::storage::OpenMode::kReadOnly);
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", store.status().message().c_str());
        return 1;
    }
    long rss_before = RssKb();
    auto start = std::chrono::steady_clock::now();
    kg::storage::Result<kg::graph::Graph> g = kg::graph::LoadGraph(**store);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!g.ok()) {
        std::fprintf(stderr, "%s\n", g.status().message().c_str());
        return 1;
    }
    long rss_after = RssKb();
    double edges = static_cast<double>(g->num_edges());
    std::printf(
        "graph load: %zu vertices, %zu relationships in %.2f s (%.0f relationships/s); "
        "%.1f bytes per relationship (containers), %.1f bytes per relationship (RSS growth, "
        "maps included)\n",
        g->num_vertices(), g->num_edges(), s, edges / s,
        static_cast<double>(g->MemoryBytes()) / edges,
        static_cast<double>(rss_after - rss_before) * 1024.0 / edges);
    return 0;
}
