from django.urls import path

from . import views

urlpatterns = [
    path("", views.triggers_home, name="triggers_home"),
    path("weeks/", views.triggers_weeks, name="triggers_weeks"),
    path("days/", views.hard_days, name="hard_days"),
    path("days/<uuid:day_id>/", views.hard_day_edit, name="hard_day_edit"),
    path("days/<uuid:day_id>/delete/", views.hard_day_delete, name="hard_day_delete"),
    path("together/", views.together, name="triggers_together"),
    path("together/mine/", views.together_mine, name="together_mine"),
    path("together/theirs/", views.together_theirs, name="together_theirs"),
    path("together/agree-mine/", views.together_agree_mine, name="together_agree_mine"),
    path("together/agree-theirs/", views.together_agree_theirs, name="together_agree_theirs"),
    path("together/signal/", views.together_signal, name="together_signal"),
    path("signal/", views.signal_send, name="signal_send"),
    path("signal/<uuid:signal_id>/seen/", views.signal_seen, name="signal_seen"),
    path("<uuid:trigger_id>/", views.trigger_edit, name="trigger_edit"),
    path("<uuid:trigger_id>/delete/", views.trigger_delete, name="trigger_delete"),
]
