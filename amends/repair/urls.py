from django.urls import path

from . import views

urlpatterns = [
    path("", views.path_list, name="path_list"),
    path("new/", views.breach_new, name="breach_new"),
    path("<int:breach_id>/", views.breach_detail, name="breach_detail"),
]
