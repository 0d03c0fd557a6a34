from django.urls import path

from . import views

urlpatterns = [
    path("", views.talk, name="talk"),
    path("coach/", views.coach_feedback, name="coach_feedback"),
    path("hurts/", views.hurts, name="hurts"),
    path("hurts/<uuid:conversation_id>/", views.hurt_detail, name="hurt_detail"),
    path("hurts/<uuid:conversation_id>/reply/", views.hurt_reply, name="hurt_reply"),
    path("hurts/<uuid:conversation_id>/okay/", views.hurt_okay, name="hurt_okay"),
    path("hurts/<uuid:conversation_id>/path/", views.hurt_path, name="hurt_path"),
]
