from django.urls import path

from . import views

urlpatterns = [
    path("", views.couple, name="professional_couple"),
    path("session/", views.session_record, name="professional_session"),
    path("homework/new/", views.homework_new, name="homework_new"),
]
