from django.urls import path

from . import views

urlpatterns = [
    path("", views.program_home, name="program_home"),
    path("week/<int:number>/", views.program_week, name="program_week"),
]
