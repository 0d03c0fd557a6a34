import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from amends.api.tokens import active_tokens_of, token_revoke
from amends.core.errors import ActionRefused
from amends.core.http import AuthedRequest
from amends.core.middleware import CLEAR_SITE_DATA
from amends.core.once import run_posted_once

from . import audit
from .export import export_document, export_sections
from .services import account_delete, sessions_end_everywhere


@login_required
def export_page(request: AuthedRequest) -> HttpResponse:
    return render(request, "accounts/export.html", {"nav": "more"})


@login_required
def export_json(request: AuthedRequest) -> HttpResponse:
    audit.record("export", user=request.user)
    body = json.dumps(export_document(user=request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="amends-export-{stamp}.json"'
    return response


@login_required
def export_html(request: AuthedRequest) -> HttpResponse:
    audit.record("export", user=request.user)
    return render(
        request,
        "accounts/export_document.html",
        {"sections": export_sections(user=request.user), "now": timezone.now()},
    )


class DeleteForm(forms.Form):
    password = forms.CharField(
        label="Your password", widget=forms.PasswordInput, max_length=256, required=False
    )
    understood = forms.BooleanField(
        label="I understand this cannot be undone.",
        error_messages={"required": "Please tick this to confirm."},
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: AuthedRequest) -> HttpResponse:
    form = DeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account_delete(by=request.user, password=form.cleaned_data["password"])
        except ActionRefused as refused:
            form.add_error("password", refused.message)
        else:
            logout(request)
            messages.success(request, "Your account and everything you wrote are deleted.")
            response = redirect("landing")
            response["Clear-Site-Data"] = CLEAR_SITE_DATA
            return response
    return render(request, "accounts/delete.html", {"form": form, "nav": "more"})


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request: AuthedRequest) -> HttpResponse:
    """The keys apps hold to this account (API tokens): when made, last used, when they end;
    each can be ended here. Refusals (a replayed form, a key already gone) go through the
    one failure path, as a message."""
    if request.method == "POST":
        run_posted_once(
            request, lambda: token_revoke(user=request.user, key_id=request.POST.get("key", ""))
        )
        messages.success(
            request, "That key is ended. The app that held it can no longer reach your account."
        )
        return redirect("api_tokens")
    return render(
        request,
        "accounts/tokens.html",
        {"tokens": list(active_tokens_of(user=request.user)), "nav": "more"},
    )


@login_required
@require_POST
def sign_out_everywhere_view(request: AuthedRequest) -> HttpResponse:
    """Every session, here too, and every API token."""
    sessions_end_everywhere(by=request.user)
    logout(request)
    messages.success(
        request, "You are signed out everywhere, here too, and every app key is ended."
    )
    response = redirect("account_login")
    response["Clear-Site-Data"] = '"cache", "storage"'
    return response
