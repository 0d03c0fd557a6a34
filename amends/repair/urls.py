from django.urls import path

from . import views

# A step's page is read at its own URL; each thing done on it is posted to its own URL below.
step = "<uuid:breach_id>/"
urlpatterns = [
    path("", views.path_list, name="path_list"),
    path("new/", views.breach_new, name="breach_new"),
    path("safety/", views.safety_check, name="safety_check"),
    path("self-trust/", views.self_trust, name="self_trust"),
    path(f"{step}seeing/", views.seeing, name="what_im_seeing"),
    path(step, views.breach_detail, name="breach_detail"),
    path(f"{step}decision/", views.step_decision, name="step_decision"),
    path(f"{step}decision/decide/", views.decision_decide, name="decision_decide"),
    path(f"{step}decision/share/", views.decision_share, name="decision_share"),
    path(f"{step}decision/withdraw/", views.decision_withdraw, name="decision_withdraw"),
    path(f"{step}commitments/", views.step_commitments, name="step_commitments"),
    path(f"{step}reflection/", views.step_reflection, name="step_reflection"),
    path(f"{step}accountability/", views.step_accountability, name="step_accountability"),
    path(
        f"{step}accountability/write/",
        views.accountability_write,
        name="accountability_write",
    ),
    path(
        f"{step}accountability/respond/",
        views.accountability_respond,
        name="accountability_respond",
    ),
    path(f"{step}questions/", views.step_questions, name="step_questions"),
    path(f"{step}questions/ask/", views.questions_ask, name="questions_ask"),
    path(f"{step}questions/disclose/", views.questions_disclose, name="questions_disclose"),
    path(f"{step}questions/answer/", views.questions_answer, name="questions_answer"),
    path(f"{step}questions/withdraw/", views.questions_withdraw, name="questions_withdraw"),
    path(f"{step}questions/close/", views.questions_close, name="questions_close"),
    path(f"{step}questions/reopen/", views.questions_reopen, name="questions_reopen"),
    path(f"{step}questions/complete/", views.questions_complete, name="questions_complete"),
    path(f"{step}impact/", views.step_impact, name="step_impact"),
    path(f"{step}attempts/", views.step_attempts, name="step_attempts"),
    path(f"{step}attempts/offer/", views.attempts_offer, name="attempts_offer"),
    path(f"{step}attempts/ack/", views.attempts_ack, name="attempts_ack"),
    path(f"{step}attempts/reflect/", views.attempts_reflect, name="attempts_reflect"),
    path(f"{step}promises/", views.step_promises, name="step_promises"),
    path(f"{step}promises/make/", views.promises_make, name="promises_make"),
    path(f"{step}promises/mark/", views.promises_mark, name="promises_mark"),
    path(f"{step}forgiveness/", views.step_forgiveness, name="step_forgiveness"),
    path(f"{step}outcome/", views.step_outcome, name="step_outcome"),
]
