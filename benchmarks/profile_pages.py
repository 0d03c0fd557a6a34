"""Where a page's CPU goes: cProfile over repeated requests in one process (test client,
production settings, the seeded amends_bench database).

    .venv/bin/python benchmarks/profile_pages.py [--kept | --fresh] [--page NAME] [--n 40]

Prints the functions with the most cumulative and own time. Not part of CI.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import web
from benchenv import setup_django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fresh", action="store_true", help="pages rendered afresh")
    parser.add_argument("--page", default="", help="only pages whose name contains this")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--top", type=int, default=45)
    args = parser.parse_args()
    setup_django()
    web.collectstatic()
    from django.test import override_settings

    users = web.load_users()
    pages = [(n, t) for n, t in web.PAGES if args.page in n]
    seconds = 0 if args.fresh else 600
    with override_settings(AMENDS_PAGE_CACHE_SECONDS=seconds):
        plan = []
        for user in users[: args.n]:
            client = web._test_client(user)
            for name, template in pages:
                req = web.request_for(user, name, template)
                web._get(client, req)  # warm: session saved, page kept
                plan.append((client, req))
        profiler = cProfile.Profile()
        profiler.enable()
        for client, req in plan:
            web._get(client, req)
        profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"{len(plan)} requests")
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
