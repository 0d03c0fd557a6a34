"""Personas, as in every test: Alex and Jordan are partners, Sam is their coach, and
Casey is a stranger with a space of their own."""

import os
from dataclasses import dataclass
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from amends.accounts.models import User
from amends.spaces import services
from amends.spaces.models import Membership, Space

PASSWORD = "correct horse battery staple"

# Hypothesis, as CI needs it: no deadline (200 ms per example by default) and no "too slow"
# check, which time the machine, not the code (a loaded 2-core runner pausing the process a
# quarter of a second failed tests/repair/test_likeness.py); and derandomized, so each run
# tries the same examples and a failure is one that fails again. HYPOTHESIS_PROFILE=explore
# looks for new examples, with fresh randomness each run.
hypothesis_settings.register_profile(
    "amends", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
hypothesis_settings.register_profile(
    "explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=1000
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "amends"))


def make_user(email: str, name: str) -> User:
    user = User.objects.create_user(email, PASSWORD, display_name=name)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@dataclass
class Couple:
    space: Space
    alex: User
    jordan: User
    sam: User
    casey: User
    casey_space: Space


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Ids are reused between tests on SQLite: nothing kept by one test may reach another."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def uncached(settings: Any) -> None:
    """Pages rendered every time: query counts measure the work, not the cache."""
    settings.AMENDS_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def couple(db: None) -> Couple:
    alex = make_user("alex@example.com", "Alex")
    jordan = make_user("jordan@example.com", "Jordan")
    sam = make_user("sam@example.com", "Sam")
    casey = make_user("casey@example.com", "Casey")
    space = services.space_create(by=alex, name="Us")
    link = services.partner_invite_create(space=space, by=alex)
    services.invite_accept(token=link.token, by=jordan)
    proposal = services.professional_invite_propose(space=space, by=alex)
    services.professional_approve(invite=proposal, by=jordan)
    pro_link = services.professional_link_create(invite=proposal, by=jordan)
    professional_joins(token=pro_link.token, pro=sam)
    casey_space = services.space_create(by=casey, name="Casey's")
    return Couple(space, alex, jordan, sam, casey, casey_space)


def professional_joins(*, token: str, pro: User) -> Membership:
    """A professional joins through a link the partners agreed to, and then each partner
    here says yes to their access, their secrets policy in front of them (until then they
    see nothing: docs/practice.md). The first invitation's whole path, for tests that need
    an approved professional."""
    from amends.spaces.selectors import space_roles

    membership = services.invite_accept(token=token, by=pro)
    assert membership.invite is not None
    for partner in space_roles(membership.space).partners:
        services.professional_approve(invite=membership.invite, by=partner)
    return membership


def url_id(obj: Any) -> Any:
    """The identifier an object has in URLs: its public `uid`, never its primary key."""
    return obj.uid


def url_for(name: str, *objs: Any) -> str:
    """reverse() with the objects' public ids."""
    from django.urls import reverse

    return reverse(name, args=[url_id(o) for o in objs])


def space_url(couple: Couple, name: str, *args: object) -> str:
    """reverse() for a page of the couple's space."""
    from django.urls import reverse

    return reverse(name, args=[couple.space.uid, *args])


def joint_breach(
    couple: Couple, *, category: str = "broken_promises", description: str = "x"
) -> Any:
    """Alex was hurt, Jordan hurt them; both committed, so the joint steps are open."""
    from amends.repair import services as repair

    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category=category,
        description=description,
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="in")
    repair.commitment_make(breach=breach, by=couple.jordan, text="in")
    return breach


def member_versions(couple: Couple) -> dict[str, int]:
    """Each person's version number in the couple's space (what their kept pages hang on)."""
    from amends.spaces.models import MemberVersion

    return {
        who: MemberVersion.objects.get(
            membership__space=couple.space, membership__user=person, membership__left_at=None
        ).version
        for who, person in (("alex", couple.alex), ("jordan", couple.jordan), ("sam", couple.sam))
    }


def totp_now(secret: str) -> str:
    """The code an authenticator app shows now for `secret`, good for at least two seconds:
    the server reads the clock again when it checks the code and allows no drift, so a code
    read in the last moments of its 30-second period would fail by chance."""
    import time

    from allauth.mfa import app_settings as mfa_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    left = mfa_settings.TOTP_PERIOD - time.time() % mfa_settings.TOTP_PERIOD
    if left < 2:
        time.sleep(left + 0.01)
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def operator_client(user: User) -> Client:
    """A staff member signed in as the admin requires: two-step log-in on, and this session
    went through it (as allauth records after the code is typed; see
    tests/accounts/test_operator_door.py for the real journey)."""
    import time

    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
    from allauth.account.internal.flows.login import _AUTHENTICATION_METHODS_USER_SESSION_KEY
    from allauth.account.internal.userkit import user_id_to_str
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())
    client = client_for(user)
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "mfa", "at": time.time(), "type": "totp"}
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = user_id_to_str(user)
    session.save()
    return client


@pytest.fixture
def as_alex(couple: Couple) -> Client:
    return client_for(couple.alex)


@pytest.fixture
def as_jordan(couple: Couple) -> Client:
    return client_for(couple.jordan)


@pytest.fixture
def as_sam(couple: Couple) -> Client:
    return client_for(couple.sam)


@pytest.fixture
def as_casey(couple: Couple) -> Client:
    return client_for(couple.casey)
