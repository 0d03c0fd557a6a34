"""The anchor's one page and its URL."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from .models import Space

ROWS = [
    {"week": w, "label": f"Week {w}", "value": (w * 7) % 10, "note": "steady" if w % 3 else "up"}
    for w in range(1, 13)
]


def page(request: HttpRequest, n: int) -> HttpResponse:
    space = Space.objects.filter(pk=n).only("created_at").first()  # the one query
    if space is None:
        raise Http404
    return render(request, "anchor.html", {"space": space, "rows": ROWS, "n": n})


urlpatterns = [path("anchor/<int:n>/", page)]
