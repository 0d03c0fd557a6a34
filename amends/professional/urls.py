from django.urls import path

from . import views

urlpatterns = [
    path("", views.couple, name="professional_couple"),
    path("session/", views.session_record, name="professional_session"),
    path("prep/", views.prep, name="professional_prep"),
    path("prep/<uuid:session_id>/", views.prep, name="professional_prep_session"),
    path("group/", views.cohort_answer, name="cohort_answer"),
    path("homework/new/", views.homework_new, name="homework_new"),
]
