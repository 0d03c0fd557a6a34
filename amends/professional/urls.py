from django.urls import path

from . import views

urlpatterns = [
    path("", views.couple, name="professional_couple"),
    path("notes/new/", views.note_write, name="professional_note_write"),
    path("notes/<uuid:note_id>/delete/", views.note_delete, name="professional_note_delete"),
    path("session/", views.session_record, name="professional_session"),
    path("prep/", views.prep, name="professional_prep"),
    path("prep/<uuid:session_id>/", views.prep, name="professional_prep_session"),
    path("group/<uuid:place_id>/agree/", views.cohort_agree, name="cohort_agree"),
    path("group/<uuid:place_id>/leave/", views.cohort_leave, name="cohort_leave"),
    path("homework/new/", views.homework_new, name="homework_new"),
]
