"""The timing oracle (issue 14): can the partner tell, by how long a page takes, that the
other partner just did something private?

    .venv/bin/python benchmarks/oracle.py --quick          # 3 spaces, a few minutes
    .venv/bin/python benchmarks/oracle.py --trials 12      # more spaces, tighter figures
    .venv/bin/python benchmarks/oracle.py --detail         # also every page after every act

The app runs as in production and as `benchmarks/web.py` runs it: PostgreSQL, gunicorn
(`-w 3 --threads 2`), the Redis cache, DEBUG off, kept pages on (their default). Each trial
is one space with a year of history (`benchmarks/seed.py`'s `_space_year`: check-ins,
journal, messages, three breaches with whole paths) and, on top, the observer test's scene
(`tests/privacy/test_observer.py`: a shared breach, an undecided one, a professional, the agreement
half answered...). Then every private act of `ACTS` (the observer test's one list) is done
in turn, in this process, through the pages (Django's test client on the same database and
Redis: Alex's browser), and Jordan (the partner) reads over HTTP from gunicorn:

* **steady**: every page three times before the act; the second and third reads are steady
  (the first may still pay for the act before);
* **after**: every page once right after the act.

For each act, page and trial, Δ = the read after - the median of that page's steady reads
(paired: same trial, same page, same moment). The report gives, per act, the median Δ over
all its pages and trials with a bootstrap 95% interval, its p10..p90 spread, and how many
pages are slower after the act beyond their noise (the page's median Δ over trials is above
the p90 of that page's |read 3 - read 2| and its bootstrap interval excludes 0). No timing
signal means Δ's interval straddles 0 for every act, as it does between two steady reads and
after the two controls (a pause as long as an act, with nothing done).

Its own database (`amends_obs`, dropped and made afresh each run), Redis database 9, port
8031 and `var/oracle/`, so it never disturbs `benchmarks/web.py` (amends_bench, Redis 7,
port 8011). Not part of CI. Figures on the code before the fix: docs/oracle.md.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchenv import PG, ROOT, port_open, production_env, serving

DB_NAME = "amends_obs"
REDIS = "redis://127.0.0.1:6379/9"
HOST = "127.0.0.1"
PORT = 8031
STATE_DIR = ROOT / "var" / "oracle"
VENV_BIN = ROOT / ".venv" / "bin"


def oracle_env() -> dict[str, str]:
    return {
        **production_env(DB_NAME),
        "AMENDS_CACHE_URL": REDIS,
        "AMENDS_STATIC_ROOT": str(STATE_DIR / "static"),
        "AMENDS_VAR_DIR": str(STATE_DIR),
    }


# ------------------------------------------------------------------ database and server


def fresh_database() -> None:
    import psycopg
    import redis

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DB_NAME}"')
    redis.Redis.from_url(REDIS).flushdb()
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    for command in (["migrate", "-v0"], ["load_program"], ["collectstatic", "--no-input", "-v0"]):
        subprocess.run(
            [str(VENV_BIN / "amends"), *command],
            env={**os.environ, **oracle_env()},
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )


def setup_django() -> None:
    """This process is Alex's (and Sam's) browser: the app in process, on the same database
    and Redis as the server, with the test client's instrumentation (forms' context) and
    e-mail kept in memory."""
    os.environ.update(oracle_env())
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # adds "testserver" to ALLOWED_HOSTS, keeps mail in memory


def _port_open() -> bool:
    return port_open(HOST, PORT)


@contextmanager
def gunicorn(workers: int, threads: int) -> Iterator[None]:
    cmd = [str(VENV_BIN / "gunicorn"), "amends.wsgi", "-w", str(workers), "-b", f"{HOST}:{PORT}"]
    cmd += ["--keep-alive", "30", "--threads", str(threads)]
    with serving(cmd, oracle_env(), HOST, PORT, STATE_DIR / "gunicorn.log"):
        yield


# ------------------------------------------------------------------ the partner, over HTTP


class Reader:
    """Jordan's browser (session and CSRF cookies) and API client (bearer token), one
    keep-alive connection, timing each answer from send to last byte."""

    def __init__(self, session: str, token: str) -> None:
        self.cookie = f"sessionid={session}; csrftoken={secrets.token_hex(16)}"
        self.token = token
        self.conn: http.client.HTTPConnection | None = None

    def get(self, path: str) -> tuple[float, int]:
        headers = {"Host": f"{HOST}:{PORT}", "Accept-Encoding": "gzip"}
        if path.startswith("/api/"):
            headers["Authorization"] = f"Bearer {self.token}"
        else:
            headers["Cookie"] = self.cookie
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
                self.conn.connect()
            try:
                started = time.perf_counter()
                self.conn.request("GET", path, headers=headers)
                response = self.conn.getresponse()
                response.read()
                took = time.perf_counter() - started
                if response.will_close:
                    self.conn.close()
                    self.conn = None
                return took * 1000, response.status
            except (http.client.HTTPException, OSError):
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


# ------------------------------------------------------------------ a trial: one space


@dataclass
class Trial:
    scene: Any
    reader: Reader
    pages: list[tuple[str, str]]  # (name, path)


def pages_for(scene: Any, reader: Reader) -> list[tuple[str, str]]:
    """What Jordan reads: the pages of web.py's benchmark and those the acts touch."""
    from tests.conftest import url_for, url_id

    s, space, shared = scene, scene.couple.space, scene.shared

    def api(path: str, *objs: Any) -> str:
        """An API path with the objects' public ids, or their pks while the API takes those."""
        for ids in ([url_id(o) for o in objs], [o.pk for o in objs]):
            url = "/api/v1" + path.format(*ids)
            if reader.get(url)[1] == 200:
                return url
        raise SystemExit(f"the partner cannot read {path} with either id")

    return [
        ("space home", s.space_url("space_home")),
        ("journal", s.space_url("journal_list")),
        ("path list", s.space_url("path_list")),
        ("breach detail", s.space_url("breach_detail", shared)),
        ("step: decision", s.space_url("step_decision", shared)),
        ("step: questions", s.space_url("step_questions", shared)),
        ("step: attempts", s.space_url("step_attempts", shared)),
        ("self-trust", s.space_url("self_trust")),
        ("safety", s.space_url("safety_check")),
        ("talk", s.space_url("talk")),
        ("check-in", s.space_url("checkin")),
        ("progress", s.space_url("checkin_progress")),
        ("agreement", s.space_url("agreement_home")),
        ("settings", url_for("settings")),
        ("api GET /me", "/api/v1/me"),
        ("api GET journal", api("/spaces/{}/journal", space)),
        ("api GET breach", api("/spaces/{}/breaches/{}", space, shared)),
        ("api GET decision", api("/spaces/{}/breaches/{}/decision", space, shared)),
    ]


def session_and_token(user: Any, space_id: int) -> tuple[str, str]:
    """As `seed.bench_users` makes them: a database session and an API token."""
    from datetime import timedelta

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from amends.api.models import ApiToken
    from amends.api.tokens import hash_token

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session["space_id"] = space_id
    session.create()
    token = "amends_" + secrets.token_urlsafe(32)
    now = timezone.now()
    ApiToken.objects.create(
        user=user,
        key_id=secrets.token_hex(8),
        token_hash=hash_token(token),
        name="oracle",
        created_at=now,
        expires_at=now + timedelta(days=1),
    )
    return session.session_key or "", token


def make_trial(n: int) -> Trial:
    """Space number n: a year of history (seed.py), then the observer test's scene."""
    import seed

    from tests.conftest import client_for
    from tests.privacy.test_observer import build_scene, make_couple, sign_in_through_the_form

    couple = make_couple(tag=f".oracle{n}")
    # Index 1..9 of seed.py's pattern: three breaches, each with a whole path.
    seed._space_year(
        [
            seed.SpaceRow(
                1 + n % 9,
                couple.space.pk,
                couple.alex.pk,
                couple.jordan.pk,
                couple.space.created_at,
            )
        ]
    )
    scene = build_scene(couple)
    scene.browsers["alex"] = sign_in_through_the_form(couple.alex)
    scene.browsers["alex-other-device"] = client_for(couple.alex)
    scene.browsers["sam"] = client_for(couple.sam)
    session, token = session_and_token(couple.jordan, couple.space.pk)
    return Trial(scene, Reader(session, token), [])


# ------------------------------------------------------------------ measuring


@dataclass(frozen=True)
class Control:
    """Not an act: a pause as long as a typical act, with nothing done. What the read after
    it costs shows how much of Δ is the pause itself (idle workers, cold caches)."""

    name: str = "(control: nothing, a 0.2 s pause)"

    def do(self, scene: Any) -> None:
        time.sleep(0.2)


@dataclass
class Samples:
    steady: list[float] = field(default_factory=list)  # every steady read, ms
    after: list[float] = field(default_factory=list)  # one per trial, ms
    deltas: list[float] = field(default_factory=list)  # after - median(its steady), per trial


def read_all(trial: Trial) -> dict[str, float]:
    times = {}
    for name, path in trial.pages:
        ms, status = trial.reader.get(path)
        if status != 200:
            raise SystemExit(f"{name}: GET {path} answered {status} to the partner")
        times[name] = ms
    return times


def measure(trials: list[Trial], acts: list[Any]) -> dict[tuple[str, str], Samples]:
    """Every act in every trial: three reads of every page before, one after."""
    from django.core import mail
    from django.test import override_settings

    results: dict[tuple[str, str], Samples] = {}
    quiet = override_settings(
        MAILERS={"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}},
        TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
    )
    with quiet:
        for t, trial in enumerate(trials, 1):
            started = time.perf_counter()
            mail.outbox = []
            for act in acts:
                before = [read_all(trial) for _ in range(3)]
                act.do(trial.scene)
                after = read_all(trial)
                for name, _ in trial.pages:
                    steady = [b[name] for b in before[1:]]
                    s = results.setdefault((act.name, name), Samples())
                    s.steady += steady
                    s.after.append(after[name])
                    s.deltas.append(after[name] - statistics.median(steady))
            print(
                f"  trial {t}/{len(trials)}: {len(acts)} acts x {len(trial.pages)} pages "
                f"in {time.perf_counter() - started:.0f} s; {loadavg()}",
                flush=True,
            )
    return results


# ------------------------------------------------------------------ statistics


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def bootstrap_median(values: list[float], n: int = 2000, seed: int = 14) -> tuple[float, float]:
    """95% interval of the median, by resampling."""
    rng = random.Random(seed)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(n))
    return medians[int(0.025 * n)], medians[int(0.975 * n) - 1]


def loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def report(
    results: dict[tuple[str, str], Samples], acts: list[Any], pages: list[str], detail: bool
) -> None:
    print("\nSteady reads, every act pooled (ms):")
    print(
        f"{'page':18} {'n':>5} {'median':>7} {'p90':>7}   after any act: {'median':>7} {'p90':>7}"
    )
    for page in pages:
        steady = [v for (a, p), s in results.items() if p == page for v in s.steady]
        after = [v for (a, p), s in results.items() if p == page for v in s.after]
        print(
            f"{page:18} {len(steady):>5} {statistics.median(steady):>7.1f} "
            f"{pct(steady, 90):>7.1f}   {'':>14} {statistics.median(after):>7.1f} "
            f"{pct(after, 90):>7.1f}"
        )

    # The same statistic with nothing happening: the third steady read against the second.
    print(
        "\nΔ = the read right after the act - the median of that page's steady reads, "
        "paired by trial and page (ms)."
    )
    print(
        f"{'act':42} {'n':>4} {'median Δ':>9} {'95% CI':>15} {'p10':>7} {'p90':>7} "
        f"{'pages slower':>12}  slowest page (median Δ)"
    )
    # A page's own noise: p90 of |read 3 - read 2| with nothing happening in between.
    noise = {
        page: pct(
            [
                abs(s.steady[i + 1] - s.steady[i])
                for (_, p), s in results.items()
                if p == page
                for i in range(0, len(s.steady), 2)
            ],
            90,
        )
        for page in pages
    }
    rows = []
    for act in [None, *acts]:
        if act is None:
            name = "(none: steady read 3 - read 2)"
            deltas = [
                s.steady[i + 1] - s.steady[i]
                for s in results.values()
                for i in range(0, len(s.steady), 2)
            ]
            per_page = {}
        else:
            name = act.name
            deltas = [d for (a, _), s in results.items() if a == name for d in s.deltas]
            per_page = {p: results[(name, p)].deltas for p in pages}
        lo, hi = bootstrap_median(deltas)
        slower = []
        for page, d in per_page.items():
            plo, _ = bootstrap_median(d, n=500) if len(d) > 1 else (d[0], d[0])
            if plo > 0 and statistics.median(d) > noise[page]:
                slower.append(page)
        worst = max(per_page, key=lambda p: statistics.median(per_page[p])) if per_page else ""
        rows.append((name, deltas, per_page))
        print(
            f"{name[:42]:42} {len(deltas):>4} {statistics.median(deltas):>9.1f} "
            f"{f'[{lo:.1f}, {hi:.1f}]':>15} {pct(deltas, 10):>7.1f} {pct(deltas, 90):>7.1f} "
            f"{f'{len(slower)}/{len(per_page)}' if per_page else '':>12}  "
            + (f"{worst} ({statistics.median(per_page[worst]):+.1f})" if worst else "")
        )
    if detail:
        print("\nMedian Δ per page (ms), min..max over trials:")
        for name, _, per_page in rows[1:]:
            print(f"  {name}")
            for page, d in per_page.items():
                print(
                    f"    {page:18} {statistics.median(d):>+7.1f}  [{min(d):+.1f} .. {max(d):+.1f}]"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 spaces (trials)")
    parser.add_argument("--trials", type=int, default=12, help="spaces, one pass of acts each")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--detail", action="store_true", help="every page after every act")
    parser.add_argument("--acts", help="only acts whose name contains this")
    parser.add_argument("--json", help="write every sample to this file")
    args = parser.parse_args()
    n = 3 if args.quick else args.trials

    t0 = time.perf_counter()
    print(f"oracle: {n} spaces in {DB_NAME}, gunicorn -w {args.workers} --threads {args.threads}")
    fresh_database()
    setup_django()
    from tests.privacy.test_observer import ACTS

    acts: list[Any] = [a for a in ACTS if not args.acts or args.acts in a.name]
    acts = [Control(), *acts, Control("(control again, after every act)")]
    trials = [make_trial(i) for i in range(n)]
    print(f"  {n} spaces with a year of history made in {time.perf_counter() - t0:.0f} s")
    with gunicorn(args.workers, args.threads):
        for trial in trials:  # every worker connected, every page read once
            trial.pages = pages_for(trial.scene, trial.reader)
            for _ in range(2):
                read_all(trial)
        results = measure(trials, acts)
    report(results, acts, [name for name, _ in trials[0].pages], args.detail)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                [
                    {"act": a, "page": p, "steady": s.steady, "after": s.after}
                    for (a, p), s in results.items()
                ],
                indent=1,
            )
        )
    print(f"\n{loadavg()}; {time.perf_counter() - t0:.0f} s in all")


if __name__ == "__main__":
    main()
