from django.urls import path

from . import views

urlpatterns = [
    path("", views.ownpart_home, name="ownpart_home"),
    path("reflect/<slug:prompt>/", views.ownpart_reflection, name="ownpart_reflection"),
    path("today/", views.ownpart_today, name="ownpart_today"),
    path("weeks/", views.ownpart_weeks, name="ownpart_weeks"),
    path("slip/<uuid:slip_id>/", views.ownpart_slip, name="ownpart_slip"),
]
