#!/usr/bin/env python3
"""Development check of kg's parser and binder against the openCypher TCK's compile-time
expectations. Runs kg-parse (in --batch mode) over every scenario's query and counts agreement:

  * a scenario that expects rows, an empty result, or a runtime error: the query must be accepted;
  * a scenario that expects a compile-time error: the query must be rejected with the same type
    (and, for the "detail" count, the same detail);
  * an "at any time" error: agreement when accepted or rejected with the same type.

Usage: python3 tests/engine/parse_tck.py --kg-parse build/rel/engine/kg-parse \
           [--tck /tmp/tck.jsonl] [--no-bind] [--show-failures FOLDER_REGEX] [--limit N]
The TCK scenarios are read from tck2json.py output (python3 ../shared/tck/tck2json.py -o FILE).
"""
import argparse
import collections
import json
import re
import subprocess
import sys


def run_batch(kg_parse, queries, no_bind):
    cmd = [kg_parse, "--batch"] + (["--no-bind"] if no_bind else [])
    payload = "".join(json.dumps(q) + "\n" for q in queries)
    out = subprocess.run(cmd, input=payload, capture_output=True, text=True, check=True).stdout
    results = [json.loads(line) for line in out.splitlines()]
    if len(results) != len(queries):
        sys.exit(f"kg-parse returned {len(results)} results for {len(queries)} queries")
    return results


def judge(expect, result):
    """Returns (agree_type, agree_detail, note)."""
    err = result.get("error")
    if expect["kind"] != "error" or expect["error"]["phase"] == "runtime":
        if err is None:
            return True, True, ""
        return False, False, f"rejected: {err.get('detail')}: {err['message'].splitlines()[0]}"
    want = expect["error"]
    if err is None:
        if want["phase"] == "any":
            return True, True, ""
        return False, False, f"accepted, expected {want['type']}/{want['detail']}"
    same_type = err["type"] == want["type"]
    same_detail = same_type and (want["detail"] in ("*", None) or err.get("detail") == want["detail"])
    note = "" if same_detail else (f"got {err['type']}/{err.get('detail')}, expected "
                                   f"{want['type']}/{want['detail']}: {err['message'].splitlines()[0]}")
    return same_type, same_detail, note


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kg-parse", required=True)
    ap.add_argument("--tck", default="/tmp/tck.jsonl", help="tck2json.py output")
    ap.add_argument("--tck-dir", help="the TCK kit folder: run its tck2json.py instead of --tck")
    ap.add_argument("--min-detail", type=int, default=0,
                    help="exit with status 1 when fewer scenarios agree on type and detail")
    ap.add_argument("--no-bind", action="store_true")
    ap.add_argument("--show-failures", metavar="FOLDER_REGEX")
    ap.add_argument("--limit", type=int, default=20, help="failures shown per folder")
    args = ap.parse_args()

    if args.tck_dir:
        out = subprocess.run([sys.executable, f"{args.tck_dir}/tck2json.py"],
                             capture_output=True, text=True, check=True).stdout
        lines = out.splitlines()
    else:
        lines = open(args.tck, encoding="utf-8").read().splitlines()
    scenarios = [json.loads(line) for line in lines if line.strip()]
    scenarios = [s for s in scenarios if not s.get("ignored")]
    results = run_batch(args.kg_parse, [s["query"] for s in scenarios], args.no_bind)

    per_folder = collections.defaultdict(lambda: [0, 0, 0])  # total, type agree, detail agree
    failures = collections.defaultdict(list)
    for scenario, result in zip(scenarios, results):
        agree_type, agree_detail, note = judge(scenario["expect"], result)
        counts = per_folder[scenario["folder"]]
        counts[0] += 1
        counts[1] += agree_type
        counts[2] += agree_detail
        if not agree_detail:
            failures[scenario["folder"]].append((scenario["id"], scenario["query"], note))

    width = max(len(f) for f in per_folder)
    print(f"{'folder':{width}}  {'total':>6}  {'type':>6}  {'detail':>6}")
    totals = [0, 0, 0]
    for folder in sorted(per_folder):
        c = per_folder[folder]
        totals = [a + b for a, b in zip(totals, c)]
        print(f"{folder:{width}}  {c[0]:6}  {c[1]:6}  {c[2]:6}")
    print(f"{'total':{width}}  {totals[0]:6}  {totals[1]:6}  {totals[2]:6}")
    if totals[2] < args.min_detail:
        print(f"FAIL: {totals[2]} scenarios agree, fewer than the recorded {args.min_detail}")
        sys.exit(1)

    if args.show_failures:
        for folder in sorted(failures):
            if not re.search(args.show_failures, folder):
                continue
            for sid, query, note in failures[folder][: args.limit]:
                print(f"\n--- {sid}\n{query}\n=> {note}")


if __name__ == "__main__":
    main()
