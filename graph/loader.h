// LoadGraph: reads every node id and relationship of a store into a Graph.
#pragma once

#include "graph/graph.h"
#include "storage/kg_store.h"

namespace kg::graph {

storage::Result<Graph> LoadGraph(const storage::KgStore& store);

}  // namespace kg::graph
