from django.urls import path

from . import views

urlpatterns = [
    path("", views.talk, name="talk"),
    path("coach/", views.coach_feedback, name="coach_feedback"),
]
