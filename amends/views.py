"""Pages that belong to no single domain: the landing page, support, settings, quick exit."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from amends.accounts.services import journal_lock_set
from amends.core.http import AuthedRequest
from amends.core.middleware import CLEAR_SITE_DATA


def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    return render(request, "pages/landing.html")


def support(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/support.html", {"nav": "support"})


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/privacy.html", {"nav": "more"})


@login_required
def more(request: AuthedRequest) -> HttpResponse:
    """The rest of the places in a space (our agreement, check-in, progress, program), apart
    from the account's settings, which have a page of their own."""
    return render(request, "pages/more.html", {"nav": "more"})


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request: AuthedRequest) -> HttpResponse:
    if request.method == "POST":
        journal_lock_set(by=request.user, enabled=request.POST.get("journal_lock") == "on")
        messages.success(request, "Saved.")
        return redirect("settings")
    return render(request, "pages/settings.html", {"nav": "settings"})


@csrf_exempt
def quick_exit(request: HttpRequest) -> HttpResponse:
    """Sign out and go somewhere ordinary.

    Exempt from CSRF on purpose: it is reached by a beacon as the page is being replaced,
    and the worst another site can do with it is sign someone out.
    """
    logout(request)
    if request.method == "POST":
        response: HttpResponse = HttpResponse(status=204)
        response["Clear-Site-Data"] = CLEAR_SITE_DATA
        return response
    response = HttpResponseRedirect(settings.AMENDS_QUICK_EXIT_URL)
    response["Clear-Site-Data"] = CLEAR_SITE_DATA
    return response
