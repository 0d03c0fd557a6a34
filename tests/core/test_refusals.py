"""One failure path (amends/core/refusals.py): a service's refusal that no view caught becomes a
message and a redirect, never a 500; the API keeps its own JSON answer."""

from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client, RequestFactory
from django.urls import reverse

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.core.refusals import RefusalMiddleware, refusals_go_to
from tests.conftest import Couple, client_for


def _request(method: str = "post", path: str = "/s/1/leave/", **headers: str):  # type: ignore[no-untyped-def]
    request = getattr(RequestFactory(), method)(path, headers=headers)
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


def _middleware() -> RefusalMiddleware:
    return RefusalMiddleware(lambda request: None)  # type: ignore[arg-type,return-value]


def test_an_uncaught_refusal_is_a_message_and_a_redirect_back(db: None) -> None:
    request = _request(referer="http://testserver/s/1/people/")
    response = _middleware().process_exception(request, ActionRefused("You are not in this space."))
    assert response is not None and response.status_code == 302
    assert response["Location"] == "http://testserver/s/1/people/"
    assert [str(m) for m in get_messages(request)] == ["You are not in this space."]


def test_without_a_referer_it_goes_back_to_the_form(db: None) -> None:
    response = _middleware().process_exception(_request(), ActionRefused("No."))
    assert response is not None and response["Location"] == "/s/1/leave/"


def test_another_sites_referer_is_not_followed(db: None) -> None:
    request = _request(referer="https://elsewhere.example/")
    response = _middleware().process_exception(request, ActionRefused("No."))
    assert response is not None and response["Location"] == "/s/1/leave/"


def test_a_view_can_say_where_refusals_go(db: None) -> None:
    request = _request(referer="http://testserver/s/1/leave/")
    refusals_go_to(request, "/home/")
    response = _middleware().process_exception(request, ActionRefused("Already saved."))
    assert response is not None and response["Location"] == "/home/"


def test_other_errors_and_the_api_are_left_alone(db: None) -> None:
    assert _middleware().process_exception(_request(), ValueError("x")) is None
    api = _request(path="/api/v1/spaces/1/leave")
    assert _middleware().process_exception(api, ActionRefused("x")) is None


def test_leaving_twice_with_one_form_is_a_message_not_a_500(couple: Couple) -> None:
    jordan = client_for(couple.jordan)
    token = new_form_token()
    url = reverse("space_leave", args=[couple.space.uid])
    assert jordan.post(url, {"once": token}).status_code == 302
    # The space is gone for Jordan now: the same form again finds nothing (404), not a 500.
    assert jordan.post(url, {"once": token}).status_code == 404


def test_a_replayed_form_says_so_and_changes_nothing(couple: Couple) -> None:
    from amends.journal.models import JournalEntry

    alex = client_for(couple.alex)
    url = reverse("journal_list", args=[couple.space.uid])
    data = {"text": "Once.", "visibility": "private", "once": new_form_token()}
    assert alex.post(url, data).status_code == 302
    again = alex.post(url, data)
    assert again.status_code == 200
    assert "already saved" in again.content.decode()
    assert JournalEntry.objects.count() == 1


def test_a_form_without_its_token_changes_nothing(couple: Couple) -> None:
    from amends.journal.models import JournalEntry

    response = client_for(couple.alex).post(
        reverse("journal_list", args=[couple.space.uid]), {"text": "x", "visibility": "private"}
    )
    assert "out of date" in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_a_refused_delete_of_a_note_already_gone_is_not_a_500(couple: Couple) -> None:
    from amends.professional.services import note_write

    note = note_write(space=couple.space, by=couple.sam, text="A note.")
    sam = client_for(couple.sam)
    url = reverse("professional_note_delete", args=[couple.space.uid, note.uid])
    assert sam.post(url).status_code == 302
    assert sam.post(url).status_code == 404
    assert Client().post(url).status_code == 302  # to log in
