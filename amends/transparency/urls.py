from django.urls import path

from . import views

urlpatterns = [
    path("", views.transparency_home, name="transparency_home"),
    path("<uuid:offer_id>/", views.offer_detail, name="transparency_offer"),
    *(
        path(f"<uuid:offer_id>/{which}/", getattr(views, f"offer_{which}"), name=f"offer_{which}")
        for which in views.ACTIONS
    ),
]
