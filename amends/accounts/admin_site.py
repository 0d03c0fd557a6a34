"""The operator's door (/operator/): the Django admin, entered only through the everyday log-in.

Django's admin has its own log-in form, with no rate limit and no second factor. Here it is
never shown: /operator/login/ sends a visitor to allauth's log-in (its rate limits, its
two-step log-in), and the admin opens only for active staff who have two-step log-in on and
passed it in this session. A staff member without it sees how to turn it on; anyone else
sees nothing here (404). See docs/operations.md, "How the admin is protected".
"""

from typing import Any

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode


def passed_second_factor(request: HttpRequest) -> bool:
    """Two-step log-in is on for this person, and this session went through it."""
    from allauth.account.authentication import get_authentication_records
    from allauth.mfa.utils import is_mfa_enabled

    user = request.user
    if not user.is_authenticated or not is_mfa_enabled(user):
        return False
    records = get_authentication_records(request, user)
    return any(record.get("method") == "mfa" for record in records)


class OperatorSite(admin.AdminSite):
    site_header = "Amends: operator"
    site_title = "Amends"
    index_title = "Operator"

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and passed_second_factor(request)

    def login(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        index = reverse("admin:index", current_app=self.name)
        wanted = request.GET.get(REDIRECT_FIELD_NAME, "")
        if not url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()}):
            wanted = index
        if not request.user.is_authenticated:
            login = reverse("account_login")
            return HttpResponseRedirect(f"{login}?{urlencode({REDIRECT_FIELD_NAME: wanted})}")
        if self.has_permission(request):
            return HttpResponseRedirect(wanted)
        if not (request.user.is_active and request.user.is_staff):
            raise Http404("Not found.")
        return render(
            request,
            "accounts/operator_second_factor.html",
            {"next": wanted, "nav": "more"},
            status=403,
        )


class OperatorAdminConfig(AdminConfig):
    default_site = "amends.accounts.admin_site.OperatorSite"
