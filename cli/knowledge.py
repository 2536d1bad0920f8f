"""``careerbot knowledge …``: extract, build, stats and show — the store's command line."""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import closing
from pathlib import Path

from knowledge.paths import DATA_DIR, default_store_path
from knowledge.store import StoreUnavailable, open_store


def progress_printer():
    """A progress display on stderr: elapsed seconds and the current step."""
    start = time.perf_counter()

    def show(step: str) -> None:
        print(f"[{time.perf_counter() - start:5.1f}s] {step}", file=sys.stderr, flush=True)

    return show


def add_parser(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("knowledge", help="build and inspect the knowledge store")
    ksub = k.add_subparsers(dest="knowledge_command", required=True)
    ex = ksub.add_parser("extract", help="cut the shipped extracts out of the raw public datasets")
    ex.add_argument("--from", dest="src", type=Path, required=True, help="folder with onet/ and bls/")
    ex.add_argument("--seeds", type=Path, help="folder of comparison pages (default: <from>/../seeds)")
    ex.add_argument("--to", dest="dest", type=Path, default=DATA_DIR, help="where to write the extracts")
    b = ksub.add_parser("build", help="build the SQLite store from the shipped extracts")
    b.add_argument("--data", type=Path, default=DATA_DIR, help="extracts folder")
    ksub.add_parser("stats", help="print the store's coverage")
    show = ksub.add_parser("show", help="print one occupation's profile as JSON")
    show.add_argument("code", help="O*NET-SOC code (43-6013.00) or page profile code (P-…)")
    for p in (b, show, ksub.choices["stats"]):
        p.add_argument("--store", type=Path, default=None, help="store path (default: $CAREERBOT_STORE or var/)")


def run(args: argparse.Namespace) -> int:
    store_path = getattr(args, "store", None) or default_store_path()
    cmd = args.knowledge_command
    if cmd == "extract":
        from knowledge.extract import Extractor

        seeds = args.seeds or args.src.parent / "seeds"
        manifest = Extractor(args.src, args.dest).run(seeds if seeds.exists() else None, progress_printer())
        for name, info in manifest["outputs"].items():
            print(f"{info['rows']:>9,}  {name}")
        return 0
    if cmd == "build":
        from knowledge.build import build

        result = build(store_path, data=args.data, progress=progress_printer())
        print(f"built {store_path} in {result['seconds']} s")
        return 0
    try:
        store = open_store(store_path, progress=progress_printer())
    except StoreUnavailable as exc:
        print(exc, file=sys.stderr)
        return 2
    with closing(store):
        if cmd == "stats":
            for label, n in store.stats().items():
                print(f"{n:>9,}  {label}")
            return 0
        profile = store.profile(args.code)
        if profile is None:
            print(f"No occupation with code {args.code!r}.", file=sys.stderr)
            return 1
        print(json.dumps(profile.model_dump(mode="json"), indent=1, ensure_ascii=False))
        return 0

