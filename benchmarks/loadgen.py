"""An open-loop HTTP load generator: standard library only, loopback only.

Request i is *scheduled* at t0 + i / rate, whatever happened to earlier requests, and
its latency is measured from that scheduled time to the end of the response. A slow
server therefore shows up as latency (requests wait in the client's queue) instead of
quietly lowering the offered load: no coordinated omission.

A pool of worker threads, each with its own keep-alive connection, takes the next
request from a shared counter, sleeps until its scheduled time and sends it.
"""

from __future__ import annotations

import http.client
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Request:
    name: str  # the page kind, for the table
    path: str
    headers: dict[str, str]
    method: str = "GET"
    body: bytes | None = None
    expect: int = 200  # the status that counts as success


@dataclass
class Sample:
    name: str
    scheduled: float
    latency: float  # seconds from scheduled send to the end of the response
    status: int  # 0 for a connection error
    size: int
    ok: bool = True


@dataclass
class Result:
    rate: float
    duration: float
    elapsed: float = 0.0
    samples: list[Sample] = field(default_factory=list)
    max_lateness: float = 0.0  # worst gap between scheduled and actual send


def percentile(values: list[float], p: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


class _Worker(threading.Thread):
    def __init__(self, run: _Run) -> None:
        super().__init__(daemon=True)
        self.run_ = run
        self.conn: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        conn = http.client.HTTPConnection(self.run_.host, self.run_.port, timeout=30)
        conn.connect()
        return conn

    def _send(self, req: Request) -> tuple[int, int]:
        for attempt in (1, 2):
            fresh = self.conn is None
            if self.conn is None:
                self.conn = self._connect()
            try:
                self.conn.request(req.method, req.path, body=req.body, headers=req.headers)
                response = self.conn.getresponse()
                body = response.read()
                if response.will_close:
                    self.conn.close()
                    self.conn = None
                return response.status, len(body)
            except (http.client.HTTPException, OSError):
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
                # A keep-alive connection the server closed while idle: retry once on a
                # new one, as browsers do. A failure on a fresh connection is an error.
                if fresh or attempt == 2:
                    return 0, 0
        return 0, 0

    def run(self) -> None:
        r = self.run_
        while True:
            i = r.next_index()
            if i is None:
                break
            scheduled = r.t0 + i / r.rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            else:
                r.note_lateness(-delay)
            req = r.requests(i)
            status, size = self._send(req)
            done = time.perf_counter()
            r.record(
                Sample(
                    req.name, scheduled - r.t0, done - scheduled, status, size, status == req.expect
                )
            )
        if self.conn is not None:
            self.conn.close()


class _Run:
    def __init__(
        self,
        host: str,
        port: int,
        rate: float,
        duration: float,
        requests: Callable[[int], Request],
    ) -> None:
        if host not in {"127.0.0.1", "localhost", "::1"}:
            raise ValueError("The load generator only talks to the loopback interface.")
        self.host, self.port, self.rate = host, port, rate
        self.total = int(rate * duration)
        self.requests = requests
        self.lock = threading.Lock()
        self.index = 0
        self.samples: list[Sample] = []
        self.max_lateness = 0.0
        self.t0 = 0.0

    def next_index(self) -> int | None:
        with self.lock:
            if self.index >= self.total:
                return None
            self.index += 1
            return self.index - 1

    def note_lateness(self, late: float) -> None:
        if late > self.max_lateness:
            self.max_lateness = late

    def record(self, sample: Sample) -> None:
        with self.lock:
            self.samples.append(sample)


def run(
    *,
    rate: float,
    duration: float,
    requests: Callable[[int], Request],
    host: str = "127.0.0.1",
    port: int = 8011,
    workers: int = 64,
) -> Result:
    """Offer `rate` requests per second for `duration` seconds; wait for every answer."""
    r = _Run(host, port, rate, duration, requests)
    threads = [_Worker(r) for _ in range(workers)]
    r.t0 = time.perf_counter() + 0.2
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = Result(rate=rate, duration=duration, samples=r.samples, max_lateness=r.max_lateness)
    result.elapsed = time.perf_counter() - r.t0
    return result
