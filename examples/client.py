"""A small Amends API client, standard library only: log in, then write a journal entry.

    python examples/client.py --base http://127.0.0.1:8000 \\
        --email alex@example.com --password amends-demo [--code 123456] [--text "..."]

It asks for a token (POST /api/v1/auth/token), finds your first space (GET /api/v1/me),
writes a private journal entry in it, lists your latest entries, then revokes the token.
Every id the API shows or takes is a public id: a random UUID, as a string.
"""

import argparse
import json
import sys
import urllib.error
import urllib.request
import uuid
from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"{status} {body.get('code')}: {body.get('detail')}")
        self.status = status
        self.body = body


class Client:
    def __init__(self, base: str, token: str | None = None) -> None:
        self.base = base.rstrip("/") + "/api/v1"
        self.token = token

    def call(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)  # noqa: S310
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                raw = response.read()
        except urllib.error.HTTPError as error:
            try:
                problem = json.loads(error.read() or b"{}")
            except ValueError:
                problem = {"detail": error.reason, "code": "http_error"}
            raise ApiError(error.code, problem) from None
        return json.loads(raw) if raw else None

    def log_in(self, email: str, password: str, code: str | None = None) -> str:
        body = {"email": email, "password": password, "name": "examples/client.py"}
        if code:
            body["code"] = code
        self.token = self.call("POST", "/auth/token", body)["token"]
        return self.token


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--code", help="a TOTP or recovery code, if two-factor is on")
    parser.add_argument("--text", default="Written from the API example client.")
    parser.add_argument("--visibility", default="private")
    args = parser.parse_args(argv)

    client = Client(args.base)
    try:
        client.log_in(args.email, args.password, args.code)
        me = client.call("GET", "/me")
        print(f"Signed in as {me['name']}.")
        if not me["spaces"]:
            print("You are not in a space yet.")
            return 1
        space = me["spaces"][0]
        entry = client.call(
            "POST",
            f"/spaces/{space['id']}/journal",
            {"text": args.text, "visibility": args.visibility},
            # A retry with the same key would not write the entry twice.
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        print(f"Wrote journal entry {entry['id']} in '{space['name']}' ({entry['visibility']}).")
        latest = client.call("GET", f"/spaces/{space['id']}/journal?limit=3")
        print(f"Your journal has {latest['count']} entries you can read; the latest:")
        for item in latest["items"]:
            print(f"  - [{item['visibility']}] {item['text'][:60]}")
        mine = client.call("GET", "/auth/tokens")
        current = next(t for t in mine["items"] if t["current"])
        client.call("DELETE", f"/auth/tokens/{current['id']}")
        print("Signed out (the token is revoked).")
    except ApiError as error:
        print(f"The API said: {error}", file=sys.stderr)
        return 1
    except urllib.error.URLError as error:
        print(f"Could not reach {args.base}: {error.reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
