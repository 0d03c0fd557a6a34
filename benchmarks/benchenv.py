"""The benchmark's production-mode environment, shared by the seed, the server and the
load generator.

The secret key and the encryption key are made once and kept in `var/bench/env.json`
(git-ignored): sessions and sealed text written by the seed must open in the server.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATE_DIR = ROOT / "var" / "bench"
ENV_FILE = STATE_DIR / "env.json"
USERS_FILE = STATE_DIR / "users.json"
STATIC_ROOT = STATE_DIR / "static"

DB_NAME = "amends_bench"
PG = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/7"
HOST = "127.0.0.1"
PORT = 8011


def _state() -> dict[str, str]:
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    if ENV_FILE.exists():
        return json.loads(ENV_FILE.read_text())
    state = {
        "secret_key": secrets.token_urlsafe(50),
        "encryption_key": base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="),
    }
    ENV_FILE.write_text(json.dumps(state))
    ENV_FILE.chmod(0o600)
    return state


def production_env(db_name: str = DB_NAME) -> dict[str, str]:
    """Production mode, over plain http on the loopback interface."""
    state = _state()
    return {
        "DJANGO_SETTINGS_MODULE": "amends.settings",
        "AMENDS_ENV": "production",
        "AMENDS_SECRET_KEY": state["secret_key"],
        "AMENDS_ENCRYPTION_KEYS": state["encryption_key"],
        "AMENDS_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "AMENDS_SSL_REDIRECT": "false",
        "AMENDS_HSTS_SECONDS": "0",
        "AMENDS_HSTS_PRELOAD": "false",
        "AMENDS_STATIC_ROOT": str(STATIC_ROOT),
        "AMENDS_VAR_DIR": str(STATE_DIR),
        "DATABASE_URL": f"{PG}/{db_name}",
        # Shared by every app server when scaled out: the cache, sessions, rate limits.
        "AMENDS_CACHE_URL": REDIS,
    }


def setup_django(db_name: str = DB_NAME) -> None:
    """Configure this process as the production app (before anything imports settings)."""
    os.environ.update(production_env(db_name))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def port_open(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


@contextmanager
def serving(cmd: list[str], env: dict[str, str], host: str, port: int, log: Path) -> Iterator[None]:
    """Run a server command (gunicorn) until the block ends; only the process started here is
    stopped."""
    if port_open(host, port):
        raise SystemExit(f"Something already listens on {host}:{port}.")
    out = log.open("a")
    proc = subprocess.Popen(cmd, env={**os.environ, **env}, cwd=ROOT, stdout=out, stderr=out)
    try:
        for _ in range(100):
            if port_open(host, port):
                break
            if proc.poll() is not None:
                raise SystemExit(f"gunicorn exited; see {log}")
            time.sleep(0.1)
        yield
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        out.close()
