"""Fuzz the live API with schemathesis, from its own OpenAPI schema, as a partner.

A fresh SQLite database in a temporary folder, the demo couple, a token for Alex made
through POST /api/v1/auth/token, `amends runserver` in the background, then
`schemathesis run` over every operation with the checks `not_a_server_error` and
`response_schema_conformance`. Prints how many requests were sent and how many checks
failed; exits non-zero on any failure, or when fewer requests than MIN_REQUESTS were sent.

    .venv/bin/python tests/api/run_schemathesis.py [--max-examples N] [--workers N]
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
MIN_REQUESTS = 2000
CHECKS = "not_a_server_error,response_schema_conformance"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own local server
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise SystemExit(f"The server did not answer at {url} within {seconds}s.")


def post_json(url: str, body: dict[str, str]) -> dict[str, str]:
    request = urllib.request.Request(  # noqa: S310 - our own local server
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return json.loads(response.read())  # type: ignore[no-any-return]


def count_requests(server_log: Path) -> int:
    """HTTP requests the server answered under /api/v1/, from its own access log."""
    methods = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
    return sum(
        1
        for line in server_log.read_text(errors="replace").splitlines()
        if any(f'"{m} /api/v1/' in line for m in methods)
    )


def test_cases(output: str) -> int:
    match = re.search(r"Test cases:\s*\n?\s*(\d+) generated", output)
    return int(match.group(1)) if match else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=40)
    parser.add_argument("--workers", default="2")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    var = Path(tempfile.mkdtemp(prefix="amends-fuzz-"))
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        AMENDS_ENV="development",
        AMENDS_DEBUG="false",
        AMENDS_VAR_DIR=str(var),
        AMENDS_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        PYTHONUNBUFFERED="1",
    )
    amends = str(BIN / "amends")
    server: subprocess.Popen[bytes] | None = None
    log = (var / "server.log").open("wb")
    try:
        subprocess.run([amends, "migrate", "--no-input", "-v", "0"], env=env, check=True, cwd=ROOT)
        subprocess.run([amends, "demo"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        port = free_port()
        base = f"http://127.0.0.1:{port}/api/v1"
        server = subprocess.Popen(
            [amends, "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(f"{base}/openapi.json")
        token = post_json(
            f"{base}/auth/token",
            {"email": "alex@example.com", "password": "amends-demo", "name": "fuzzing"},
        )["token"]
        report = var / "events.ndjson"
        setup_requests = count_requests(var / "server.log")
        command = [
            str(BIN / "schemathesis"),
            "run",
            f"{base}/openapi.json",
            "--header",
            f"Authorization: Bearer {token}",
            "--checks",
            CHECKS,
            "--max-examples",
            str(args.max_examples),
            "--workers",
            args.workers,
            "--seed",
            "20261126",
            "--phases",
            "examples,coverage,fuzzing",
            "--output-sanitize",
            "true",
            "--suppress-health-check",
            "all",
            "--request-timeout",
            "30",
            "--no-color",
            "--report",
            "ndjson",
            "--report-ndjson-path",
            str(report),
        ]
        print(
            "== schemathesis", " ".join(c if "Bearer" not in c else "<token>" for c in command[2:])
        )
        started = time.monotonic()
        result = subprocess.run(
            command, env=env, cwd=var, check=False, stdout=subprocess.PIPE, text=True
        )
        print(result.stdout)
        elapsed = time.monotonic() - started
        requests = count_requests(var / "server.log") - setup_requests
        cases = test_cases(result.stdout)
        print(
            f"schemathesis: {requests} requests to the live server, {cases} test cases, "
            f"exit code {result.returncode}, {elapsed:.0f}s"
        )
        if result.returncode != 0:
            print("API fuzzing FAILED: see the schemathesis output above.")
            return 1
        if requests < MIN_REQUESTS:
            print(f"API fuzzing sent fewer than {MIN_REQUESTS} requests: raise --max-examples.")
            return 1
        errors = log_errors(var / "server.log")
        if errors:
            print(f"The server logged {errors} error(s) (see {var / 'server.log'}).")
            return 1
        return 0
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        log.close()
        if not args.keep:
            shutil.rmtree(var, ignore_errors=True)


def log_errors(path: Path) -> int:
    text = path.read_text(errors="replace")
    return text.count("API error ") + text.count("Internal Server Error")


if __name__ == "__main__":
    sys.exit(main())
