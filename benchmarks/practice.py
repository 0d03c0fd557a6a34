"""A professional with fifty couples in the seeded database, for the caseload's figures.

    .venv/bin/python benchmarks/web.py practice            # once, after `seed`
    .venv/bin/python benchmarks/web.py run --practice ...  # the caseload joins the mix

Everything goes through the app's own services (proposal, both partners' approval, the
link, the professional joining; sessions and homework), as in use: the 25 spaces of the
benchmark users (so their writes land in spaces on the caseload) and 25 more. Writes
var/bench/practice.json with the professional's session. Run again: it starts over.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from typing import Any

from benchenv import STATE_DIR, USERS_FILE

PRACTICE_FILE = STATE_DIR / "practice.json"
EMAIL = "pat@practice.bench.example"
COUPLES = 50


def seed_practice(couples: int = COUPLES) -> dict[str, Any]:
    from importlib import import_module

    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils import timezone

    from amends.accounts.models import User
    from amends.professional import services as pro
    from amends.professional.models import Homework
    from amends.professional.sources import OWN
    from amends.spaces import services as spaces
    from amends.spaces.models import Membership, Role, Space
    from amends.spaces.selectors import space_roles

    old = User.objects.filter(email=EMAIL).first()
    if old is not None:
        Membership.objects.filter(user=old).update(left_at=timezone.now())
        old.delete()
    pat = User.objects.create_user(email=EMAIL, password=None, display_name="Pat")
    EmailAddress.objects.create(user=pat, email=EMAIL, verified=True, primary=True)

    bench_spaces = [u["space_id"] for u in json.loads(USERS_FILE.read_text())]
    chosen = list(dict.fromkeys(bench_spaces))
    rng = random.Random(7)
    others = list(
        Space.objects.exclude(uid__in=chosen)
        .filter(memberships__role=Role.PARTNER, memberships__left_at__isnull=True)
        .values_list("uid", flat=True)
        .distinct()[:2000]
    )
    chosen += [str(u) for u in rng.sample(others, couples - len(chosen))]
    for n, uid in enumerate(chosen[:couples]):
        space = Space.objects.get(uid=uid)
        roles = space_roles(space)
        a, b = roles.partners[0], roles.partners[1]
        proposal = spaces.professional_invite_propose(space=space, by=a)
        spaces.professional_approve(invite=proposal, by=b)
        link = spaces.professional_link_create(invite=proposal, by=b)
        joined = spaces.invite_accept(token=link.token, by=pat)
        assert joined.invite is not None
        for partner in (a, b):  # each says yes again, the professional's policy in front of them
            spaces.professional_approve(invite=joined.invite, by=partner)
        if n % 2:
            pro.session_record(space=space, by=pat)
        if n % 3 == 0:
            pro.homework_assign(
                space=space,
                by=pat,
                partners=[a, b],
                source=OWN,
                text="Ten minutes each evening: one thing you noticed and were glad of.",
                due=timezone.localdate() + timedelta(days=7),
            )
    SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
    session = SessionStore()
    session[SESSION_KEY] = str(pat.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = pat.get_session_auth_hash()
    session.create()
    out = {
        "email": EMAIL,
        "user_id": pat.pk,
        "space_id": chosen[0],
        "breach_id": None,
        "session": session.session_key,
        "couples": couples,
        "homework": Homework.objects.filter(set_by=pat).count(),
    }
    PRACTICE_FILE.write_text(json.dumps(out, indent=1))
    return out
