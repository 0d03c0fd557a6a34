from django.urls import path

from . import views

urlpatterns = [path("", views.couple, name="professional_couple")]
