#!/usr/bin/env python3
"""Crash smoke test for the parser and binder until the libFuzzer target exists: feeds kg-parse
(best built with KG_SANITIZE=ON) the TCK's queries after random mutations (truncation, byte
deletion, duplication, insertion of punctuation or keywords, swapping slices) and fails if
kg-parse dies instead of answering every query with an AST or an error object.

Usage: python3 tests/engine/mutation_smoke.py --kg-parse build/asan/engine/kg-parse \
           [--tck /tmp/tck.jsonl] [--count 20000] [--seed 1]
"""
import argparse
import json
import random
import subprocess
import sys

PIECES = ["(", ")", "[", "]", "{", "}", "-", "->", "<-", "*", "..", ":", ",", "'", '"', "`",
          "\\u", "$", "|", "=", "!=", " MATCH ", " RETURN ", " WITH ", " WHERE ", " CASE ",
          " END ", " EXISTS {", " UNION ", " AS ", " NOT ", "\u2014", "\x00", "9999999999999999999",
          "0x", "1e999", " CALL ", " YIELD * "]


def mutate(rng, query):
    for _ in range(rng.randint(1, 4)):
        if not query:
            break
        i = rng.randrange(len(query) + 1)
        j = min(len(query), i + rng.randint(1, 12))
        choice = rng.randrange(5)
        if choice == 0:
            query = query[:i]
        elif choice == 1:
            query = query[:i] + query[j:]
        elif choice == 2:
            query = query[:i] + query[i:j] * rng.randint(2, 5) + query[i:]
        elif choice == 3:
            query = query[:i] + rng.choice(PIECES) + query[i:]
        else:
            k = rng.randrange(len(query) + 1)
            query = query[:i] + query[k:k + 8] + query[i:]
    return query


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kg-parse", required=True)
    ap.add_argument("--tck", default="/tmp/tck.jsonl")
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = [json.loads(line)["query"] for line in open(args.tck, encoding="utf-8")]
    queries = [mutate(rng, rng.choice(seeds)) for _ in range(args.count)]
    payload = "".join(json.dumps(q) + "\n" for q in queries)
    proc = subprocess.run([args.kg_parse, "--batch"], input=payload, capture_output=True, text=True)
    answers = proc.stdout.splitlines()
    if proc.returncode != 0 or len(answers) != len(queries):
        bad = queries[len(answers)] if len(answers) < len(queries) else "?"
        print(f"kg-parse died (status {proc.returncode}) on query #{len(answers)}: {bad!r}")
        print(proc.stderr[-3000:])
        sys.exit(1)
    rejected = sum(1 for a in answers if '"error"' in a)
    print(f"{len(queries)} mutated queries: {len(queries) - rejected} accepted, {rejected} rejected, no crash")


if __name__ == "__main__":
    main()
