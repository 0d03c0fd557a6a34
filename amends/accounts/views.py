import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from amends.errors import ActionRefused
from amends.http import AuthedRequest
from amends.middleware import CLEAR_SITE_DATA

from . import audit
from .export import export_document, export_sections
from .services import account_delete


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
            account_delete(user=request.user, password=form.cleaned_data["password"])
        except ActionRefused as refused:
            form.add_error("password", refused.message)
        else:
            logout(request)
            messages.success(request, "Your account and everything you wrote are deleted.")
            response = redirect("landing")
            response["Clear-Site-Data"] = CLEAR_SITE_DATA
            return response
    return render(request, "accounts/delete.html", {"form": form, "nav": "more"})
