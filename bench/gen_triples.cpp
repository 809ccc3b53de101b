// kg-bench-gen: writes a deterministic knowledge-graph-shaped triples file (TSV with a header).
//
// Shape: entities = relations / 5; subjects and objects drawn with a power-law skew (a few hubs,
// a long tail); 10 relation types with frequencies falling as 1/rank; 5 entity types; names made
// of syllables so that they look like names and normalize to themselves. The same arguments give
// the same bytes on every run (our own splitmix64 generator, no std:: distributions).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct SplitMix64 {
    uint64_t state;
    uint64_t Next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
};

const char* kSyllables[] = {"ka", "ro", "mi", "tel", "van", "dor", "su", "lin", "ber", "on",
                            "za", "qui", "mar", "es", "to", "ra", "nel", "fi", "gus", "ha"};
const char* kTypes[] = {"Person", "Organization", "Location", "Group", "Event"};
const char* kRelations[] = {"mentions", "located in", "works for", "attack", "meets",
                            "supports", "criticize", "owns", "visit", "sanction"};

std::string Word(uint64_t x, int syllables) {
    std::string w;
    for (int i = 0; i < syllables; ++i) {
        w += kSyllables[x % 20];
        x /= 20;
    }
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
}

std::string Name(uint64_t id) {
    // Two words plus the id keep names unique and readable: "Karo Mitel 1234".
    return Word(id * 7919 + 13, 2) + " " + Word(id * 104729 + 7, 3) + " " + std::to_string(id);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: kg-bench-gen RELATIONS [SEED] > triples.tsv\n"
                     "       kg-bench-gen --name ID      (the name of entity ID)\n");
        return 2;
    }
    if (std::string(argv[1]) == "--name" && argc == 3) {
        std::printf("%s\n", Name(std::strtoull(argv[2], nullptr, 10)).c_str());
        return 0;
    }
    uint64_t relations = std::strtoull(argv[1], nullptr, 10);
    uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 42;
    uint64_t entities = std::max<uint64_t>(relations / 5, 10);
    SplitMix64 rng{seed};
    double type_weight_total = 0;
    std::vector<double> cumulative;
    for (int r = 1; r <= 10; ++r) {
        type_weight_total += 1.0 / r;
        cumulative.push_back(type_weight_total);
    }
    std::vector<char> buffer(1 << 20);
    std::setvbuf(stdout, buffer.data(), _IOFBF, buffer.size());
    std::printf("subject\trelation\tobject\tsubject_type\tobject_type\tconfidence\n");
    for (uint64_t i = 0; i < relations; ++i) {
        // u^3 puts most draws on low ids: a power-law-like degree distribution.
        auto draw = [&]() {
            double u = rng.Uniform();
            return static_cast<uint64_t>(static_cast<double>(entities) * u * u * u);
        };
        uint64_t s = draw();
        uint64_t o = draw();
        if (o == s) o = (o + 1) % entities;
        double t = rng.Uniform() * type_weight_total;
        int rel = 0;
        while (rel < 9 && cumulative[rel] < t) ++rel;
        double confidence = 0.5 + 0.5 * rng.Uniform();
        std::printf("%s\t%s\t%s\t%s\t%s\t%.3f\n", Name(s).c_str(), kRelations[rel],
                    Name(o).c_str(), kTypes[s % 5], kTypes[o % 5], confidence);
    }
    std::fflush(stdout);  // before `buffer` goes out of scope
    return 0;
}
