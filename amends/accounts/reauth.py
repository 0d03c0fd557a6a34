"""What the journal lock guards: the one list.

With the lock on (`User.journal_reauth`), everything below asks for the password again
unless it was given in the last few minutes (allauth's ACCOUNT_REAUTHENTICATION_TIMEOUT,
five minutes by default): the journal and private reflections (pages and API calls that
return private text in bulk), the pages that hold private drafts (the account, being open,
the steps after the repair, hard moments' notes and days), the export, turning the lock
off, and changing the e-mail address. With the lock off nothing here asks.

Pages: `ReauthenticationMiddleware` looks up the URL name before the view runs and, when a
guard applies, sends the person to allauth's re-authentication page; the request (a POST
too) is kept and carried out after. API: the bearer-token check (amends/api/auth.py) looks
up the operation id and answers 403 `reauthentication_required` until the token was
re-authenticated (POST /auth/reauthenticate).

tests/accounts/test_reauth.py goes through every entry: refused without re-authentication when the
lock is on, allowed after, and allowed when the lock is off.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.reauthentication import suspend_request
from django.http import HttpRequest, HttpResponse

from .models import User

ALL_METHODS: frozenset[str] = frozenset()


def _turns_lock_off(request: HttpRequest) -> bool:
    return request.POST.get("journal_lock") != "on"


@dataclass(frozen=True)
class Guard:
    """One guarded page (a URL name) or API call (an operation id)."""

    name: str
    api: bool = False
    methods: frozenset[str] = field(default=ALL_METHODS)
    # Only when this says so (e.g. a settings post that turns the lock off).
    when: Callable[[HttpRequest], bool] | None = None
    why: str = ""


POST = frozenset({"POST"})

GUARDED: tuple[Guard, ...] = (
    # Pages
    Guard("journal_list", why="every journal entry"),
    Guard("journal_edit", why="one entry's text"),
    Guard("journal_delete", why="one entry's text"),
    Guard("journal_share", why="changes who reads an entry"),
    Guard("step_reflection", why="private reflections on a breach"),
    Guard("self_trust", why="private self-trust writing"),
    Guard("professional_couple", why="a professional's private notes"),
    Guard("professional_prep", why="a professional's private notes"),
    Guard("professional_prep_session", why="a professional's private notes"),
    # Hard moments: a moment's note, and days with their plans. Not the page where a
    # moment is logged and the grounding exercises are: that one never asks, and shows no
    # note or plan while the lock is on.
    Guard("trigger_edit", why="a hard moment's note"),
    Guard("trigger_delete", why="a hard moment's note"),
    Guard("hard_days", why="hard days and their plans"),
    Guard("hard_day_edit", why="a hard day's plan"),
    Guard("hard_day_delete", why="a hard day's plan"),
    # The account (docs/account.md): drafts, the hurt partner's private choices, the
    # no-contact message. Not the list of accounts: it says where each stands, no words.
    Guard("account_page", why="the account, and its writer's draft"),
    Guard("account_detail", why="the hurt partner's choices, private until shared"),
    Guard("account_part", why="a part of the account being written"),
    Guard("account_timeline", why="the account, in date order"),
    Guard("no_contact", why="the no-contact message and its draft"),
    # Being open (docs/transparency.md): drafts, and "I feel pressured into this" notes.
    Guard("transparency_home", why="offers, and drafts of them"),
    Guard("transparency_offer", why="an offer, and a private note about it"),
    # After the repair (docs/afterwards.md): each step holds private drafts. Not the steps'
    # overview: a line of status each, no words.
    Guard("afterwards_between_us", why="what happened between us, and its draft"),
    Guard("afterwards_vulnerable", why="what made us vulnerable, and its draft"),
    Guard("afterwards_comfort", why="an ask for comfort and its answer, and their drafts"),
    Guard("afterwards_turning", why="moments kept private, and the closeness answer"),
    # My own part: the reflections and a day's note. Not its home, which shows no words of
    # one's own (only which reflections are written, and what the partner shared).
    Guard("ownpart_reflection", why="a private reflection on what one did"),
    Guard("ownpart_today", why="a day's check-in and its note"),
    Guard("export_json", why="everything the person wrote"),
    Guard("export_html", why="everything the person wrote"),
    Guard("settings", methods=POST, when=_turns_lock_off, why="turning the lock off"),
    Guard("account_email", methods=POST, why="changing the e-mail address"),
    # API calls
    Guard("journal_list", api=True, why="every journal entry"),
    Guard("journal_get", api=True, why="one entry's text"),
    Guard("reflection_list", api=True, why="private reflections on a breach"),
    Guard("attempt_reflection_list", api=True, why="private reflections on repair attempts"),
    Guard("me_export", api=True, why="everything the person wrote"),
)

_PAGES = {g.name: g for g in GUARDED if not g.api}
_API = {g.name: g for g in GUARDED if g.api}


def _applies(guard: Guard | None, request: HttpRequest) -> bool:
    if guard is None:
        return False
    if guard.methods and request.method not in guard.methods:
        return False
    return guard.when is None or guard.when(request)


def lock_is_on(user: object) -> bool:
    return isinstance(user, User) and user.journal_reauth


def page_is_guarded(name: str | None, request: HttpRequest) -> bool:
    return lock_is_on(request.user) and _applies(_PAGES.get(name or ""), request)


def api_call_is_guarded(operation_id: str | None, request: HttpRequest, user: User) -> bool:
    return lock_is_on(user) and _applies(_API.get(operation_id or ""), request)


def recently_authenticated(request: HttpRequest) -> bool:
    """The password (or a second factor, or a code) was given in this session within the
    window: at log-in or at a re-authentication."""
    records = get_authentication_records(request, request.user)
    now = time.time()
    return any(
        0 <= now - float(r.get("at", 0)) < account_settings.REAUTHENTICATION_TIMEOUT
        for r in records
    )


class ReauthenticationMiddleware:
    """Pages in GUARDED ask for the password again; see the module docstring."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: object, args: object, kwargs: object
    ) -> HttpResponse | None:
        match = request.resolver_match
        if match is None or not request.user.is_authenticated:
            return None
        if not page_is_guarded(match.view_name, request) or recently_authenticated(request):
            return None
        methods = get_adapter(request).get_reauthentication_methods(request.user)
        return suspend_request(request, methods[0]["url"])
