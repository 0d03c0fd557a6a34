from django.urls import path

from . import views

urlpatterns = [
    path("", views.checkin, name="checkin"),
    path("progress/", views.progress, name="checkin_progress"),
    path("sharing/", views.sharing, name="checkin_sharing"),
    path("between-you/", views.instrument_sharing, name="checkin_instrument_sharing"),
    path("reminders/", views.reminders, name="checkin_reminders"),
]
