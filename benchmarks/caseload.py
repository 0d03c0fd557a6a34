"""The caseload of a professional with 50 couples, in process, on the seeded database.

    .venv/bin/python benchmarks/web.py seed        # once: 10,000 spaces
    .venv/bin/python benchmarks/web.py practice    # once: Pat, professional of 50 couples
    .venv/bin/python benchmarks/caseload.py [--rounds 20]

Prints, for Pat's caseload page (`/practice/`, through Django's test client, production
settings, PostgreSQL and Redis as the server uses them): the time and queries of the page
with every card made afresh (Pat's kept cards forgotten first), and with every card kept;
p50 and p95 over the rounds. Issue 19's figure: p95 under 100 ms with 10,000 spaces, and a
fixed number of queries whatever the number of couples.
"""

from __future__ import annotations

import argparse
import json
import os
import time

from benchenv import setup_django
from loadgen import percentile
from practice import PRACTICE_FILE


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    from web import collectstatic

    collectstatic()  # migrations and static files as the server has them
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from amends.accounts.models import User
    from amends.core.cache import forget_person

    if not PRACTICE_FILE.exists():
        raise SystemExit("No professional yet: run `benchmarks/web.py practice` first.")
    pat_file = json.loads(PRACTICE_FILE.read_text())
    pat = User.objects.get(pk=pat_file["user_id"])
    client = Client(HTTP_HOST="127.0.0.1")
    client.cookies[settings.SESSION_COOKIE_NAME] = pat_file["session"]

    def one() -> tuple[float, int]:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get("/practice/")
            took = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, response.status_code
        return took, len(queries)

    one()  # templates, connections
    afresh: list[tuple[float, int]] = []
    kept: list[tuple[float, int]] = []
    for _ in range(args.rounds):
        forget_person(person_id=pat.pk)
        afresh.append(one())
        kept.append(one())
    print(
        f"Pat's caseload ({pat_file['couples']} couples), {args.rounds} rounds, "
        f"load {os.getloadavg()[0]:.2f}"
    )
    for name, runs in (("every card afresh", afresh), ("every card kept", kept)):
        ms = [t for t, _ in runs]
        queries = sorted({q for _, q in runs})
        print(
            f"  {name:18} p50 {percentile(ms, 50):7.1f} ms  "
            f"p95 {percentile(ms, 95):7.1f} ms  queries {queries}"
        )


if __name__ == "__main__":
    main()
