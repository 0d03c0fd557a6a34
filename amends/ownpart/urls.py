from django.urls import path

from . import views

urlpatterns = [
    path("", views.ownpart_home, name="ownpart_home"),
    path("rule/yes/", views.ownpart_rule_yes, name="ownpart_rule_yes"),
    path("rule/no/", views.ownpart_rule_no, name="ownpart_rule_no"),
    path("reflect/<slug:prompt>/", views.ownpart_reflection, name="ownpart_reflection"),
    *(
        path(
            f"reflect/<slug:prompt>/{which}/",
            getattr(views, f"ownpart_reflection_{which}"),
            name=f"ownpart_reflection_{which}",
        )
        for which in ("save", "share", "unshare", "delete")
    ),
    path("today/", views.ownpart_today, name="ownpart_today"),
    path("weeks/", views.ownpart_weeks, name="ownpart_weeks"),
    path("slip/<uuid:slip_id>/", views.ownpart_slip, name="ownpart_slip"),
]
