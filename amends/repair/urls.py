from django.urls import path

from . import views

urlpatterns = [
    path("", views.path_list, name="path_list"),
    path("new/", views.breach_new, name="breach_new"),
    path("safety/", views.safety_check, name="safety_check"),
    path("self-trust/", views.self_trust, name="self_trust"),
    path("<uuid:breach_id>/seeing/", views.seeing, name="what_im_seeing"),
    path("<uuid:breach_id>/", views.breach_detail, name="breach_detail"),
    path("<uuid:breach_id>/decision/", views.step_decision, name="step_decision"),
    path("<uuid:breach_id>/commitments/", views.step_commitments, name="step_commitments"),
    path("<uuid:breach_id>/reflection/", views.step_reflection, name="step_reflection"),
    path("<uuid:breach_id>/accountability/", views.step_accountability, name="step_accountability"),
    path("<uuid:breach_id>/questions/", views.step_questions, name="step_questions"),
    path("<uuid:breach_id>/impact/", views.step_impact, name="step_impact"),
    path("<uuid:breach_id>/attempts/", views.step_attempts, name="step_attempts"),
    path("<uuid:breach_id>/promises/", views.step_promises, name="step_promises"),
    path("<uuid:breach_id>/forgiveness/", views.step_forgiveness, name="step_forgiveness"),
    path("<uuid:breach_id>/outcome/", views.step_outcome, name="step_outcome"),
]
