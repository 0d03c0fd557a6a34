"""The web benchmark: the app as it runs in production, on PostgreSQL, under open-loop load.

    .venv/bin/python benchmarks/web.py seed [--fresh] [--spaces 10000]
    .venv/bin/python benchmarks/web.py run --rate 200 --duration 30
    .venv/bin/python benchmarks/web.py run --kept-pages both --anchor   # three, back to back
    .venv/bin/python benchmarks/web.py sweep --start 100 --step 100 --duration 20
    .venv/bin/python benchmarks/web.py queries     # queries per page (test client)
    .venv/bin/python benchmarks/web.py weight      # page weight, third-party assets
    .venv/bin/python benchmarks/web.py login       # log-in (Argon2) on its own
    .venv/bin/python benchmarks/web.py practice    # a professional with 50 couples (once)
    .venv/bin/python benchmarks/web.py run --practice   # their caseload joins the mix

`seed` fills the database `amends_bench` (see benchmarks/seed.py). `run` and `sweep`
collect the static files, start gunicorn in production mode (DEBUG off, WhiteNoise,
secure cookies: the load generator sends the session cookie as a plain header), warm it
up, then offer a constant arrival rate spread over the 50 seeded users, each request a
real page or API call of that user's own space, and print throughput, p50/p95/p99
latency (from the *scheduled* send time) and errors per page. The load generator runs on
the same machine and shares its cores.

`--kept-pages off` serves the app with AMENDS_PAGE_CACHE_SECONDS=0 (every page rendered
afresh; `both` measures on, then off, in one invocation). `--anchor` then measures a
minimal Django page (benchmarks/anchor: one query, a 5 KB template) under the same gunicorn
settings, so the app's figures can be read against the stack's own cost on the same box
at the same time.

Not part of CI: it needs PostgreSQL, a seeded database and minutes of exclusive CPU.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import resource
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadgen
from benchenv import (
    DB_NAME,
    HOST,
    PORT,
    ROOT,
    STATE_DIR,
    STATIC_ROOT,
    USERS_FILE,
    port_open,
    production_env,
    serving,
    setup_django,
)

VENV_BIN = ROOT / ".venv" / "bin"
P95_TARGET_MS = 100.0

# (name, path template): every one a real page or API call of the user's own space.
PAGES: tuple[tuple[str, str], ...] = (
    ("space home", "/s/{space}/"),
    ("journal", "/s/{space}/journal/"),
    ("path list", "/s/{space}/path/"),
    ("breach detail", "/s/{space}/path/{breach}/"),
    ("step: questions", "/s/{space}/path/{breach}/questions/"),
    ("talk", "/s/{space}/talk/"),
    ("check-in", "/s/{space}/checkins/"),
    ("progress", "/s/{space}/checkins/progress/"),
    ("api GET /me", "/api/v1/me"),
    ("api GET journal", "/api/v1/spaces/{space}/journal"),
)


def load_users() -> list[dict[str, object]]:
    if not USERS_FILE.exists():
        raise SystemExit("No benchmark users yet: run `benchmarks/web.py seed` first.")
    return json.loads(USERS_FILE.read_text())


def csrf_secret(user: dict[str, object]) -> str:
    """A valid CSRF cookie value (32 letters and digits), fixed per benchmark user."""
    return hashlib.sha256(str(user["session"]).encode()).hexdigest()[:32]


def request_for(user: dict[str, object], name: str, template: str) -> loadgen.Request:
    path = template.format(space=user["space_id"], breach=user["breach_id"])
    headers = {"Host": f"{HOST}:{PORT}", "Accept-Encoding": "gzip", "User-Agent": "amends-bench"}
    if path.startswith("/api/"):
        headers["Authorization"] = f"Bearer {user['token']}"
        headers["Accept"] = "application/json"
    else:
        # A browser also holds the CSRF cookie it was given on its first page; pages whose
        # forms are signed for it can be kept (amends.core.pagecache).
        headers["Cookie"] = f"sessionid={user['session']}; csrftoken={csrf_secret(user)}"
        headers["Accept"] = "text/html"
    return loadgen.Request(name, path, headers)


WRITE = "write: journal entry"
WRITE_MESSAGE = "write: message"
# The pages that can be kept (the API calls are always answered afresh).
KEPT_KINDS = frozenset(name for name, path in PAGES if not path.startswith("/api/"))
# What the writes are: journal entries only, or journal entries and Talk messages in turn
# (pages are kept per area, so a mix of areas is the fairer test; see --writes).
WRITE_MIXES = ("journal", "journal+talk")


def _form_post(user: dict[str, object], name: str, template: str, fields: dict[str, str]):  # type: ignore[no-untyped-def]
    """A form sent as a browser sends it, with its one-time token (amends.core.once: any
    unused random string)."""
    req = request_for(user, name, template)
    body = urlencode(
        {"csrfmiddlewaretoken": csrf_secret(user), "once": secrets.token_urlsafe(24), **fields}
    ).encode()
    headers = {**req.headers, "Content-Type": "application/x-www-form-urlencoded"}
    return loadgen.Request(name, req.path, headers, method="POST", body=body, expect=302)


def write_for(user: dict[str, object], n: int, mix: str = "journal") -> loadgen.Request:
    """A real write shared with the partner, posted through the page's form: a journal
    entry, or (with the mix "journal+talk", every other write) a message in Talk. It
    changes what both partners see, so their kept pages of that area (and their homes) are
    rendered afresh."""
    if mix == "journal+talk" and n % 2:
        return _form_post(
            user,
            WRITE_MESSAGE,
            "/s/{space}/talk/",
            {"text": f"Thank you for this evening ({n}).", "visibility": "partner"},
        )
    return _form_post(
        user,
        WRITE,
        "/s/{space}/journal/",
        {
            "text": f"Benchmark entry {n}: a quiet evening, we talked for a while.",
            "visibility": "partner",
        },
    )


def request_plan(
    users: list[dict[str, object]], write_every: int = 0, mix: str = "journal"
) -> list[loadgen.Request]:
    """Every user reads every page equally often. With `write_every`, one request in that
    many is a write, by each user in turn."""
    # Consecutive requests come from different people on different pages, as when many
    # people use it at once; over the plan, each person opens each page once.
    reads = [
        request_for(users[i % len(users)], *PAGES[(i // len(users) + i) % len(PAGES)])
        for i in range(len(users) * len(PAGES))
    ]
    if write_every <= 0:
        return reads
    plan: list[loadgen.Request] = []
    writes = 0
    for n in range(len(reads) * len(users)):
        plan.append(reads[n % len(reads)])
        if (n + 1) % (write_every - 1) == 0:
            plan.append(write_for(users[writes % len(users)], writes, mix))
            writes += 1
    return plan


# ------------------------------------------------------------------ the server


def kept_page_count() -> int:
    """How many pages are kept in Redis: each page rendered afresh and kept adds one (a
    kept page's key names the viewer's version, so a render after a change is a new key)."""
    import redis
    from benchenv import REDIS

    client = redis.Redis.from_url(REDIS)
    return sum(1 for _ in client.scan_iter(match="*amends:page:*", count=1000))


def flush_cache() -> None:
    """Every run starts with nothing kept: the first visit to each page is rendered."""
    import redis
    from benchenv import REDIS

    redis.Redis.from_url(REDIS).flushdb()


def collectstatic() -> None:
    """Bring the seeded database up to the code's migrations, then collect static files."""
    flush_cache()
    for command in (["migrate", "-v0"], ["collectstatic", "--no-input", "-v0"]):
        subprocess.run(
            [str(VENV_BIN / "amends"), *command],
            env={**os.environ, **production_env()},
            check=True,
            cwd=ROOT,
        )


def _port_open() -> bool:
    return port_open(HOST, PORT)


@contextmanager
def gunicorn(
    workers: int,
    threads: int,
    *,
    app: str = "amends.wsgi",
    env: dict[str, str] | None = None,
    pythonpath: str | None = None,
) -> Iterator[None]:
    """gunicorn serving `app` with the production environment (plus `env`), always with the
    same settings: the app, kept pages on or off, and the anchor all run under these."""
    cmd = [str(VENV_BIN / "gunicorn"), app, "-w", str(workers), "-b", f"{HOST}:{PORT}"]
    cmd += ["--keep-alive", "30"]
    if threads > 1:
        cmd += ["--threads", str(threads)]
    if pythonpath:
        cmd += ["--pythonpath", pythonpath]
    with serving(cmd, {**production_env(), **(env or {})}, HOST, PORT, STATE_DIR / "gunicorn.log"):
        yield


def warm_up(users: list[dict[str, object]], plan: list[loadgen.Request], rate: float) -> None:
    """As a server that has been running a while: every user opens every page once (slowly),
    then a few seconds of the measured traffic at its rate, so that every worker thread
    has its database and cache connections (the first burst otherwise stalls for seconds
    while they are made)."""
    # A professional's caseload (run --practice) is opened once too, first: its cards are
    # then kept, as for a professional who looked at it earlier that day.
    reads = [r for r in plan if r.name == CASELOAD][:1] + request_plan(users)
    loadgen.run(rate=50.0, duration=len(reads) / 50.0, requests=lambda i: reads[i], port=PORT)
    loadgen.run(rate=rate, duration=5.0, requests=lambda i: plan[-1 - i % len(plan)], port=PORT)


# ------------------------------------------------------------------ what is measured

# Kept pages off: every page, fragment and figure rendered afresh on every request
# (amends.core.pagecache; roles and sessions are read as always).
KEPT_OFF_ENV = {"AMENDS_PAGE_CACHE_SECONDS": "0"}

ANCHOR = "anchor page"
ANCHOR_SPACES = 100  # the anchor reads spaces 1..100 of the seed, by primary key


def anchor_plan() -> list[loadgen.Request]:
    """The anchor: one minimal Django page (benchmarks/anchor: one query, a 5 KB template)."""
    headers = {"Host": f"{HOST}:{PORT}", "Accept-Encoding": "gzip", "User-Agent": "amends-bench"}
    return [loadgen.Request(ANCHOR, f"/anchor/{n}/", headers) for n in range(1, ANCHOR_SPACES + 1)]


@dataclass(frozen=True)
class Target:
    """One server to measure: the app with kept pages on or off, or the anchor."""

    label: str
    app: str = "amends.wsgi"
    env: tuple[tuple[str, str], ...] = ()
    anchor: bool = False

    @contextmanager
    def serve(self, args: argparse.Namespace) -> Iterator[None]:
        if not self.anchor:
            flush_cache()  # each server starts with nothing kept
        with gunicorn(
            args.workers,
            args.threads,
            app=self.app,
            env=dict(self.env),
            pythonpath=str(ROOT / "benchmarks") if self.anchor else None,
        ):
            yield

    def plan(
        self, users: list[dict[str, object]], write_every: int, mix: str = "journal"
    ) -> list[loadgen.Request]:
        return anchor_plan() if self.anchor else request_plan(users, write_every, mix)

    def warm_up(
        self, users: list[dict[str, object]], plan: list[loadgen.Request], rate: float
    ) -> None:
        if not self.anchor:
            warm_up(users, plan, rate)
            return
        loadgen.run(rate=50.0, duration=len(plan) / 50.0, requests=lambda i: plan[i], port=PORT)
        loadgen.run(rate=rate, duration=5.0, requests=lambda i: plan[i % len(plan)], port=PORT)


KEPT_ON = Target("app, kept pages on")
KEPT_OFF = Target("app, kept pages off", env=tuple(KEPT_OFF_ENV.items()))
ANCHOR_TARGET = Target(
    "anchor (minimal Django page)",
    app="anchor.wsgi",
    env=(("DJANGO_SETTINGS_MODULE", "anchor.settings"),),
    anchor=True,
)


def targets(args: argparse.Namespace) -> list[Target]:
    chosen = {"on": [KEPT_ON], "off": [KEPT_OFF], "both": [KEPT_ON, KEPT_OFF], "none": []}[
        args.kept_pages
    ]
    return chosen + ([ANCHOR_TARGET] if args.anchor else [])


# ------------------------------------------------------------------ reporting


def summarize(result: loadgen.Result) -> tuple[list[dict[str, object]], dict[str, object]]:
    by_name: dict[str, list[loadgen.Sample]] = {}
    for s in result.samples:
        by_name.setdefault(s.name, []).append(s)
    rows = []
    known = [n for n, _ in PAGES] + [CASELOAD, WRITE]
    names = [n for n in known if n in by_name] + [n for n in by_name if n not in known]
    for name in names:
        samples = by_name[name]
        ms = [s.latency * 1000 for s in samples]
        rows.append(
            {
                "page": name,
                "n": len(samples),
                "rps": len(samples) / result.elapsed if result.elapsed else 0.0,
                "p50": loadgen.percentile(ms, 50),
                "p95": loadgen.percentile(ms, 95),
                "p99": loadgen.percentile(ms, 99),
                "max": max(ms) if ms else float("nan"),
                "errors": sum(1 for s in samples if not s.ok),
                "kb": (sum(s.size for s in samples) / len(samples) / 1024) if samples else 0.0,
            }
        )
    ms = [s.latency * 1000 for s in result.samples]
    total = {
        "offered": result.rate,
        "achieved": len(result.samples) / result.elapsed if result.elapsed else 0.0,
        "n": len(result.samples),
        "p50": loadgen.percentile(ms, 50),
        "p95": loadgen.percentile(ms, 95),
        "p99": loadgen.percentile(ms, 99),
        "errors": sum(1 for s in result.samples if not s.ok),
        "statuses": sorted({s.status for s in result.samples}),
        "max_send_lateness_ms": result.max_lateness * 1000,
        "worst_page_p95": max((r["p95"] for r in rows), default=float("nan")),  # type: ignore[type-var]
    }
    return rows, total


def print_timeline(result: loadgen.Result) -> None:
    """Latency second by second (by scheduled send time): where a slow stretch happened."""
    by_second: dict[int, list[float]] = {}
    for s in result.samples:
        by_second.setdefault(int(s.scheduled), []).append(s.latency * 1000)
    for second, ms in sorted(by_second.items()):
        print(
            f"  t={second:>3}s n={len(ms):>4} p50 {loadgen.percentile(ms, 50):>7.1f} "
            f"p95 {loadgen.percentile(ms, 95):>7.1f} max {max(ms):>7.1f}"
        )


def print_table(rows: list[dict[str, object]], total: dict[str, object]) -> None:
    print(
        f"{'page':18} {'n':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'max ms':>8} {'errors':>6} {'KB':>6}"
    )
    for r in rows:
        print(
            f"{r['page']:18} {r['n']:>6} {r['rps']:>7.1f} {r['p50']:>8.1f} {r['p95']:>8.1f} "
            f"{r['p99']:>8.1f} {r['max']:>8.1f} {r['errors']:>6} {r['kb']:>6.1f}"
        )
    print(
        f"{'all':18} {total['n']:>6} {total['achieved']:>7.1f} {total['p50']:>8.1f} "
        f"{total['p95']:>8.1f} {total['p99']:>8.1f} {'':>8} {total['errors']:>6}"
    )
    print(
        f"offered {total['offered']:.0f} req/s, achieved {total['achieved']:.1f} req/s, "
        f"statuses {total['statuses']}, worst page p95 {total['worst_page_p95']:.1f} ms, "
        f"latest send {total['max_send_lateness_ms']:.0f} ms behind schedule"
    )


def loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


# ------------------------------------------------------------------ queries and weight


def _test_client(user: dict[str, object]):  # type: ignore[no-untyped-def]
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    client.cookies["sessionid"] = str(user["session"])
    client.cookies["csrftoken"] = csrf_secret(user)
    return client


def _get(client, req: loadgen.Request):  # type: ignore[no-untyped-def]
    extra = {}
    if "Authorization" in req.headers:
        extra["HTTP_AUTHORIZATION"] = req.headers["Authorization"]
    return client.get(req.path, **extra)


def measure_queries(users: list[dict[str, object]]) -> dict[str, tuple[int, int]]:
    """Queries per page for one benchmark user, rendered afresh and served kept (each the
    second visit: the first may save the session or touch the API token)."""
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    user = users[0]
    client = _test_client(user)
    counts: dict[str, tuple[int, int]] = {}
    for name, template in PAGES:
        req = request_for(user, name, template)
        found = []
        for seconds in (0, 300):
            with override_settings(AMENDS_PAGE_CACHE_SECONDS=seconds):
                _get(client, req)
                with CaptureQueriesContext(connection) as captured:
                    response = _get(client, req)
            if response.status_code != 200:
                raise SystemExit(f"{name}: {req.path} answered {response.status_code}")
            found.append(len(captured))
        counts[name] = (found[0], found[1])
    return counts


class _Refs(HTMLParser):
    """src/href/action/data attributes, with their tag."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in {"src", "href", "xlink:href", "action", "data", "srcset", "poster"} and value:
                self.refs.append((tag, key, value))


ASSET_TAGS = {"script", "link", "img", "iframe", "source", "video", "audio", "embed", "object"}


def measure_weight(users: list[dict[str, object]]) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Per HTML page: gzip size of the HTML plus every same-origin CSS and JS it loads,
    and every reference to another origin (there must be none but the quick-exit link)."""
    from django.conf import settings

    user = users[0]
    client = _test_client(user)
    quick_exit = urlsplit(settings.AMENDS_QUICK_EXIT_URL)
    static_url = "/" + settings.STATIC_URL.lstrip("/")
    weights: dict[str, dict[str, float]] = {}
    problems: list[str] = []
    for name, template in PAGES:
        if template.startswith("/api/"):
            continue
        req = request_for(user, name, template)
        html = _get(client, req).content
        parser = _Refs()
        parser.feed(html.decode())
        assets = 0
        for tag, attr, value in parser.refs:
            parts = urlsplit(value)
            foreign = bool(parts.netloc) or value.startswith("//")
            if foreign:
                is_quick_exit = tag == "a" and (parts.scheme, parts.netloc) == (
                    quick_exit.scheme,
                    quick_exit.netloc,
                )
                if not is_quick_exit:
                    problems.append(f"{name}: <{tag} {attr}={value!r}> is another origin")
                continue
            if tag in ASSET_TAGS and parts.path.startswith(static_url):
                file = STATIC_ROOT / parts.path.removeprefix(static_url)
                body = file.read_bytes()
                assets += len(gzip.compress(body, 9))
                if file.suffix == ".css":
                    for ref in re.findall(rb"""(?:url\(|@import)\s*['"]?([^'")\s]+)""", body):
                        if re.match(rb"(https?:)?//", ref):
                            problems.append(f"{name}: CSS {file.name} loads {ref.decode()}")
        html_gz = len(gzip.compress(html, 6))
        weights[name] = {
            "html_kb": len(html) / 1024,
            "html_gz_kb": html_gz / 1024,
            "assets_gz_kb": assets / 1024,
            "total_gz_kb": (html_gz + assets) / 1024,
        }
    return weights, problems


def print_queries_and_weight(users: list[dict[str, object]]) -> tuple[dict, dict, list]:  # type: ignore[type-arg]
    setup_django()
    queries = measure_queries(users)
    weights, problems = measure_weight(users)
    print(
        f"{'page':18} {'queries':>7} {'kept':>4} {'HTML KB':>8} {'HTML gz':>8} {'CSS+JS gz':>9} "
        f"{'total gz':>9}"
    )
    for name, _ in PAGES:
        w = weights.get(name)
        cells = (
            f"{w['html_kb']:>8.1f} {w['html_gz_kb']:>8.1f} {w['assets_gz_kb']:>9.1f} "
            f"{w['total_gz_kb']:>9.1f}"
            if w
            else f"{'(json)':>8}"
        )
        print(f"{name:18} {queries[name][0]:>7} {queries[name][1]:>4} {cells}")
    print("third-party references:", "none" if not problems else "")
    for p in problems:
        print("  ", p)
    from django.db import connections

    connections.close_all()
    return queries, weights, problems


@dataclass(frozen=True)
class Cost:
    """Mean ms per request, one at a time in this process. Wall time counts whatever else
    the machine runs; CPU time is this process's own (Django, the app, psycopg's Python
    side, redis-py), which other people's load does not lengthen nearly as much. Neither
    includes PostgreSQL's own CPU."""

    rendered: float
    rendered_cpu: float
    sql: float  # of `rendered`, waiting for PostgreSQL
    kept: float
    kept_cpu: float


def measure_cost(users: list[dict[str, object]], n: int = 20) -> dict[str, Cost]:
    """Mean time per request in one process, one request at a time (the CPU a request
    costs): rendered afresh, the part of that spent waiting for PostgreSQL, and served
    again from the page cache."""
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    costs: dict[str, Cost] = {}
    for name, template in PAGES:
        rendered = rendered_cpu = sql = kept = kept_cpu = 0.0
        for user in users[:n]:
            client = _test_client(user)
            req = request_for(user, name, template)
            with override_settings(AMENDS_PAGE_CACHE_SECONDS=0):
                _get(client, req)
                with CaptureQueriesContext(connection) as captured:
                    started, cpu = time.perf_counter(), time.process_time()
                    _get(client, req)
                    rendered += time.perf_counter() - started
                    rendered_cpu += time.process_time() - cpu
            sql += sum(float(q["time"]) for q in captured.captured_queries)
            _get(client, req)
            started, cpu = time.perf_counter(), time.process_time()
            _get(client, req)
            kept += time.perf_counter() - started
            kept_cpu += time.process_time() - cpu
        costs[name] = Cost(*(x / n * 1000 for x in (rendered, rendered_cpu, sql, kept, kept_cpu)))
    return costs


# ------------------------------------------------------------------ log-in, measured alone


def measure_login(n: int = 10) -> None:
    """Sequential real log-ins through the allauth form (Argon2 on purpose), as the seeded
    benchmark users (whatever the number of spaces seeded, they exist)."""
    import http.client
    import urllib.parse

    emails = [str(u["email"]) for u in load_users()]
    times = []
    for i in range(n):
        conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
        conn.request("GET", "/accounts/login/", headers={"Host": f"{HOST}:{PORT}"})
        page = conn.getresponse()
        body = page.read().decode()
        cookie = re.search(r"csrftoken=([^;]+)", page.getheader("Set-Cookie") or "")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        if not cookie or not token:
            raise SystemExit("Could not read the log-in form's CSRF token.")
        form = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token.group(1),
                "login": emails[i % len(emails)],
                "password": "bench-password",
            }
        )
        started = time.perf_counter()
        conn.request(
            "POST",
            "/accounts/login/",
            body=form,
            headers={
                "Host": f"{HOST}:{PORT}",
                "Cookie": f"csrftoken={cookie.group(1)}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        response = conn.getresponse()
        response.read()
        times.append((time.perf_counter() - started) * 1000)
        if response.status != 302 or "/home/" not in (response.getheader("Location") or ""):
            raise SystemExit(f"log-in answered {response.status} {response.getheader('Location')}")
        conn.close()
    print(
        f"log-in (POST /accounts/login/, {n} sequential): "
        f"p50 {loadgen.percentile(times, 50):.0f} ms, max {max(times):.0f} ms, "
        f"=> at most ~{1000 / loadgen.percentile(times, 50) * (os.cpu_count() or 1):.0f} "
        "log-ins/s on this machine"
    )


# ------------------------------------------------------------------ commands


CASELOAD = "caseload (50 couples)"


def with_caseload(plan: list[loadgen.Request]) -> list[loadgen.Request]:
    """The professional's caseload (benchmarks/practice.py) as often as any one page."""
    import practice

    if not practice.PRACTICE_FILE.exists():
        raise SystemExit("No professional yet: run `benchmarks/web.py practice` first.")
    pat = json.loads(practice.PRACTICE_FILE.read_text())
    caseload = request_for(pat, CASELOAD, "/practice/")
    out: list[loadgen.Request] = []
    for n, req in enumerate(plan):
        out.append(req)
        if (n + 1) % len(PAGES) == 0:
            out.append(caseload)
    return out


def cmd_practice(args: argparse.Namespace) -> None:
    setup_django()
    import practice

    started = time.perf_counter()
    out = practice.seed_practice()
    print(
        f"Pat, professional of {out['couples']} couples ({out['homework']} homework rows), "
        f"in {time.perf_counter() - started:.1f} s: {practice.PRACTICE_FILE}"
    )


def cmd_seed(args: argparse.Namespace) -> None:
    setup_django()
    import seed

    seed.seed(n_spaces=args.spaces, fresh=args.fresh)


def _server_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    p.add_argument("--threads", type=int, default=2, help="threads per worker (gthread)")
    p.add_argument("--clients", type=int, default=64, help="load generator threads")
    p.add_argument(
        "--kept-pages",
        choices=("on", "off", "both", "none"),
        default="on",
        help="serve the app with kept pages on (default), off (AMENDS_PAGE_CACHE_SECONDS=0: "
        "everything rendered afresh), both, one after the other in the same invocation, or "
        "none (not the app: the anchor alone)",
    )
    p.add_argument(
        "--anchor",
        action="store_true",
        help="also measure the anchor, a minimal Django page (benchmarks/anchor: one query, "
        "a 5 KB template), under the same gunicorn settings, after the app",
    )
    p.add_argument(
        "--write-every",
        type=int,
        default=50,
        help="one request in this many writes a journal entry (0: reads only)",
    )
    p.add_argument(
        "--writes",
        choices=WRITE_MIXES,
        default="journal",
        help="what is written: journal entries (default), or journal entries and Talk "
        "messages in turn",
    )


# ------------------------------------------------------------------ whose CPU it was

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _machine_busy() -> float:
    """Seconds of CPU the whole machine has spent busy (all cores), from /proc/stat."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / _TICK


def _ours() -> dict[int, tuple[bool, float]]:
    """Seconds of CPU used so far by each process of this benchmark: every process of its
    gunicorn (True) and the PostgreSQL backends serving the benchmark database (False)."""
    gunicorn_bin = str(VENV_BIN / "gunicorn").encode()
    backend = f"postgres {DB_NAME} ".encode()
    found: dict[int, tuple[bool, float]] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
            is_server = gunicorn_bin in cmdline
            if not is_server and backend not in cmdline:
                continue
            stat = (proc / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        fields = stat.rsplit(")", 1)[1].split()
        found[int(proc.name)] = (is_server, (int(fields[11]) + int(fields[12])) / _TICK)
    return found


class CpuMeter:
    """Who used the cores during a run: the machine as a whole, this benchmark (server,
    its PostgreSQL backends, this load generator) and everything else. The load average
    cannot tell the two apart; this can (a backend that closes during the run is counted
    as someone else's; so are Redis and the kernel's share of loopback traffic)."""

    def __init__(self) -> None:
        self.t = time.monotonic()
        self.machine = _machine_busy()
        self.procs = _ours()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        self.me = usage.ru_utime + usage.ru_stime

    def stop(self) -> dict[str, float]:
        wall = time.monotonic() - self.t
        usage = resource.getrusage(resource.RUSAGE_SELF)
        me = usage.ru_utime + usage.ru_stime - self.me
        machine = (_machine_busy() - self.machine) / wall
        # Processes alive at the end, from where they were at the start (or from nothing,
        # if they started meanwhile). A backend that closed during the run is left out.
        server = postgres = 0.0
        for pid, (is_server, seconds) in _ours().items():
            used = seconds - self.procs.get(pid, (is_server, 0.0))[1]
            if is_server:
                server += used
            else:
                postgres += used
        ours = (server + postgres + me) / wall
        return {
            "wall_s": wall,
            "machine_cores": machine,
            "ours_cores": ours,
            "others_cores": max(0.0, machine - ours),
            "server_cpu_s": server,
            "postgres_cpu_s": postgres,
            "loadgen_cpu_s": me,
        }


def cpu_line(cpu: dict[str, float], requests: int) -> str:
    per = 1000 / max(1, requests)
    return (
        f"cores busy during the run ({cpu['wall_s']:.0f} s): {cpu['machine_cores']:.2f} of "
        f"{os.cpu_count()}; this benchmark {cpu['ours_cores']:.2f}, everything else "
        f"{cpu['others_cores']:.2f}. CPU ms per request: server "
        f"{cpu['server_cpu_s'] * per:.1f}, PostgreSQL {cpu['postgres_cpu_s'] * per:.1f}, "
        f"load generator {cpu['loadgen_cpu_s'] * per:.1f}"
    )


def _one_run(plan: list[loadgen.Request], rate: float, duration: float, clients: int):  # type: ignore[no-untyped-def]
    pages_before = kept_page_count()
    meter = CpuMeter()
    result = loadgen.run(
        rate=rate,
        duration=duration,
        requests=lambda i: plan[i % len(plan)],
        port=PORT,
        workers=clients,
    )
    if os.environ.get("BENCH_TIMELINE"):
        print_timeline(result)
    used = meter.stop()
    cpu = used["loadgen_cpu_s"]
    print(
        f"load generator: {cpu:.1f} s of CPU, "
        f"{cpu / max(1, len(result.samples)) * 1000:.2f} ms per request"
    )
    print(cpu_line(used, len(result.samples)))
    kept_now = kept_page_count() - pages_before
    html = sum(1 for r in result.samples if r.name in KEPT_KINDS)
    if kept_now:
        print(
            f"pages rendered afresh and kept during the run: {kept_now} of {html} page views "
            f"({kept_now / max(1, html):.0%}); the others were served kept"
        )
    rows, total = summarize(result)
    total["cpu"] = used
    total["afresh_share"] = kept_now / max(1, html) if kept_now else None
    return rows, total


def _passes(total: dict[str, object]) -> bool:
    return total["errors"] == 0 and total["worst_page_p95"] < P95_TARGET_MS  # type: ignore[operator]


def _print_side_by_side(results: list[tuple[Target, float, dict[str, object], str]]) -> None:
    print(
        f"\n{'measured (same invocation)':30} {'offered':>7} {'achieved':>8} {'p50':>7} "
        f"{'p95':>7} {'p99':>7} {'worst p95':>9} {'err':>4} {'others':>6}  load before"
    )
    for target, rate, t, load in results:
        print(
            f"{target.label:30} {rate:>7.0f} {t['achieved']:>8.1f} {t['p50']:>7.1f} "
            f"{t['p95']:>7.1f} {t['p99']:>7.1f} {t['worst_page_p95']:>9.1f} {t['errors']:>4} "
            f"{t['cpu']['others_cores']:>6.2f}  {load}"  # type: ignore[index]
        )
    print("(others: cores used by everything else on the machine during that run)")


def cmd_run(args: argparse.Namespace) -> None:
    users = load_users()
    print(
        f"{len(users)} users, {len(PAGES)} kinds of page, and one request in "
        f"{args.write_every} a write ({args.writes}); {loadavg()}"
    )
    collectstatic()
    if not args.no_queries:
        print_queries_and_weight(users)
    results = []
    out: dict[str, object] = {}
    for target in targets(args):
        plan = target.plan(users, args.write_every, args.writes)
        if args.practice and not target.anchor:
            plan = with_caseload(plan)
        load = loadavg()  # before this server starts (the one before may still count in it)
        with target.serve(args):
            target.warm_up(users, plan, args.rate)
            print(
                f"\n=== {target.label}: gunicorn -w {args.workers} --threads {args.threads}; "
                f"open loop {args.rate:.0f} req/s for {args.duration:.0f} s, "
                f"{args.clients} client threads; before: {load}"
            )
            rows, total = _one_run(plan, args.rate, args.duration, args.clients)
            print_table(rows, total)
            print("after:", loadavg())
            if args.login and not target.anchor:
                measure_login()
        results.append((target, args.rate, total, load))
        out[target.label] = {"rows": rows, "total": total, "load_before": load}
        print(
            "PASS" if _passes(total) else "FAIL",
            f"(every page p95 < {P95_TARGET_MS:.0f} ms, 0 errors)",
        )
        time.sleep(2)
    if len(results) > 1:
        _print_side_by_side(results)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


def _sweep(
    args: argparse.Namespace,
    target: Target,
    users: list[dict[str, object]],
    start: float,
    step: float,
    top: float,
) -> list[tuple[float, dict[str, object], str]]:
    plan = target.plan(users, args.write_every, args.writes)
    summary: list[tuple[float, dict[str, object], str]] = []
    with target.serve(args):
        target.warm_up(users, plan, start)
        rate = start
        while rate <= top:
            load = loadavg()
            print(f"\n--- {target.label}: {rate:.0f} req/s for {args.duration:.0f} s; {load}")
            rows, total = _one_run(plan, rate, args.duration, args.clients)
            print_table(rows, total)
            summary.append((rate, total, load))
            if not _passes(total) and args.stop_on_fail:
                break
            rate += step
            time.sleep(2)
    return summary


def cmd_sweep(args: argparse.Namespace) -> None:
    users = load_users()
    collectstatic()
    sweeps = []
    for target in targets(args):
        if target.anchor:
            bounds = (
                args.anchor_start or args.start,
                args.anchor_step or args.step,
                args.anchor_max or args.max,
            )
        else:
            bounds = (args.start, args.step, args.max)
        sweeps.append((target, _sweep(args, target, users, *bounds)))
        time.sleep(2)
    for target, summary in sweeps:
        print(f"\n{target.label}")
        print(
            f"{'offered':>8} {'achieved':>9} {'p50':>7} {'p95':>7} {'p99':>8} {'worst p95':>9} "
            "err others  load before"
        )
        best = 0.0
        for rate, t, load in summary:
            if _passes(t):
                best = max(best, rate)
            print(
                f"{rate:>8.0f} {t['achieved']:>9.1f} {t['p50']:>7.1f} {t['p95']:>7.1f} "
                f"{t['p99']:>8.1f} {t['worst_page_p95']:>9.1f} {t['errors']:>3} "
                f"{t['cpu']['others_cores']:>6.2f}  {load}"  # type: ignore[index]
            )
        print(
            f"highest rate with every page's p95 < {P95_TARGET_MS:.0f} ms and 0 errors: {best:.0f}"
        )


def cmd_queries(args: argparse.Namespace) -> None:
    collectstatic()
    print_queries_and_weight(load_users())


def cmd_cost(args: argparse.Namespace) -> None:
    collectstatic()
    setup_django()
    print(f"one request at a time, in process, {args.n} users per page; {loadavg()}")
    meter = CpuMeter()
    costs = measure_cost(load_users(), args.n)
    used = meter.stop()
    print(
        f"{'page':18} {'afresh ms':>9} {'CPU ms':>7} {'of it SQL':>9} {'kept ms':>8} {'CPU ms':>7}"
    )
    for name, c in costs.items():
        print(
            f"{name:18} {c.rendered:>9.1f} {c.rendered_cpu:>7.1f} {c.sql:>9.1f} "
            f"{c.kept:>8.1f} {c.kept_cpu:>7.1f}"
        )

    def mean(attr: str) -> float:
        return sum(getattr(c, attr) for c in costs.values()) / len(costs)

    print(
        f"{'mean (even mix)':18} {mean('rendered'):>9.1f} {mean('rendered_cpu'):>7.1f} "
        f"{mean('sql'):>9.1f} {mean('kept'):>8.1f} {mean('kept_cpu'):>7.1f}"
    )
    cores = os.cpu_count() or 1
    print(
        f"afresh: at most ~{cores * 1000 / mean('rendered'):.0f} req/s on {cores} cores if the "
        f"app had them to itself (by wall time; ~{cores * 1000 / mean('rendered_cpu'):.0f} "
        f"by this process's CPU alone); {loadavg()}"
    )
    others = used["others_cores"]
    print(f"everything else used {others:.2f} of {cores} cores meanwhile")


def cmd_login(args: argparse.Namespace) -> None:
    collectstatic()
    with gunicorn(args.workers, args.threads):
        measure_login(args.n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("seed", help="fill amends_bench")
    p.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    p.add_argument("--spaces", type=int, default=10_000)
    p.set_defaults(func=cmd_seed)
    p = sub.add_parser("run", help="one open-loop run")
    p.add_argument("--rate", type=float, default=200)
    p.add_argument("--duration", type=float, default=30)
    p.add_argument("--no-queries", action="store_true")
    p.add_argument("--login", action="store_true", help="also measure log-in afterwards")
    p.add_argument("--json", help="write the figures to this file")
    p.add_argument(
        "--practice",
        action="store_true",
        help="the professional's caseload (50 couples; `practice` first) as one more page",
    )
    _server_args(p)
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("practice", help="a professional with 50 seeded couples")
    p.set_defaults(func=cmd_practice)
    p = sub.add_parser("sweep", help="step the rate up")
    p.add_argument("--start", type=float, default=100)
    p.add_argument("--step", type=float, default=100)
    p.add_argument("--max", type=float, default=1000)
    p.add_argument("--duration", type=float, default=20)
    p.add_argument("--stop-on-fail", action="store_true")
    p.add_argument("--anchor-start", type=float, help="the anchor's first rate (default --start)")
    p.add_argument("--anchor-step", type=float, help="the anchor's step (default --step)")
    p.add_argument("--anchor-max", type=float, help="the anchor's last rate (default --max)")
    _server_args(p)
    p.set_defaults(func=cmd_sweep)
    p = sub.add_parser("queries", help="queries per page, page weight")
    p.set_defaults(func=cmd_queries)
    p = sub.add_parser("weight", help="same as queries")
    p.set_defaults(func=cmd_queries)
    p = sub.add_parser("cost", help="time per request, one at a time, in process")
    p.add_argument("-n", type=int, default=20)
    p.set_defaults(func=cmd_cost)
    p = sub.add_parser("login", help="log-in latency")
    p.add_argument("-n", type=int, default=10)
    _server_args(p)
    p.set_defaults(func=cmd_login)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
