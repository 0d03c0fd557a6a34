from django.urls import path

from . import views

urlpatterns = [
    path("", views.agreement_home, name="agreement_home"),
    path("questions/add/", views.agreement_custom_add, name="agreement_custom_add"),
    path("questions/<slug:group>/", views.agreement_questions, name="agreement_questions"),
    path("side-by-side/", views.agreement_reveal, name="agreement_reveal"),
    path("new-round/", views.agreement_round_start, name="agreement_round_start"),
    path("written/", views.agreement_history, name="agreement_history"),
    path("written/new/", views.agreement_draft_start, name="agreement_draft_start"),
    path("written/<uuid:version_id>/", views.agreement_version, name="agreement_version"),
    path("written/<uuid:version_id>/edit/", views.agreement_edit, name="agreement_edit"),
    path("written/<uuid:version_id>/sign/", views.agreement_sign, name="agreement_sign"),
    path("written/<uuid:version_id>/note/", views.agreement_note, name="agreement_note"),
    path(
        "written/<uuid:version_id>/set-aside/",
        views.agreement_set_aside,
        name="agreement_set_aside",
    ),
]
