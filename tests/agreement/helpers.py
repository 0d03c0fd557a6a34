"""Shared helpers for the agreement tests."""

import re
from uuid import UUID

from django.test import Client
from django.urls import reverse

from amends.accounts.models import User
from amends.agreement import services
from amends.agreement.catalogue import GROUP_KEYS
from amends.agreement.models import AgreementVersion
from amends.agreement.selectors import space_behaviours
from amends.spaces.models import Space

# Per-response tokens: CSRF, and the one-time token each form that creates something carries.
CSRF = re.compile(rb'name="(?:csrfmiddlewaretoken|once)" value="[^"]*"')


def ids(space: Space) -> list[UUID]:
    """The space's questions by public id, as pages and the API name them."""
    return [b.uid for b in space_behaviours(space=space)]


def answer(space: Space, user: User, stances: dict[UUID, str]) -> None:
    if stances:
        services.ratings_set(space=space, by=user, ratings=stances)


def answer_all(space: Space, user: User, stance: str = "fine", *, skip: int = 0) -> None:
    todo = ids(space)
    answer(space, user, {i: stance for i in todo[: len(todo) - skip]})


def agreement_urls(space: Space) -> list[str]:
    return [
        reverse("space_home", args=[space.uid]),
        reverse("agreement_home", args=[space.uid]),
        *[reverse("agreement_questions", args=[space.uid, g]) for g in GROUP_KEYS],
        reverse("agreement_custom_add", args=[space.uid]),
        reverse("agreement_reveal", args=[space.uid]),
        reverse("agreement_history", args=[space.uid]),
    ]


def snapshot(client: Client, space: Space) -> dict[str, bytes]:
    """Every page a partner can open about the agreement, with per-response tokens removed."""
    pages = {}
    for url in agreement_urls(space):
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = CSRF.sub(b"", response.content)
    return pages


def reveal_both(space: Space, alex: User, jordan: User) -> None:
    answer_all(space, alex, "fine")
    answer_all(space, jordan, "fine")


def signed_version(space: Space, alex: User, jordan: User) -> AgreementVersion:
    """A first agreement both have signed, with one written term."""
    reveal_both(space, alex, jordan)
    version = services.agreement_draft_start(space=space, by=alex)
    first = ids(space)[0]
    services.agreement_draft_save(
        version=version, by=alex, terms={first: ("cheating", "no apps at all")}, summary="Us."
    )
    services.agreement_sign(version=version, by=alex)
    return services.agreement_sign(version=version, by=jordan)
