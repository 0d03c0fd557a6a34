from django.urls import path

from . import views

urlpatterns = [
    path("<uuid:breach_id>/", views.afterwards_home, name="afterwards_home"),
    path("<uuid:breach_id>/between-us/", views.afterwards_between_us, name="afterwards_between_us"),
    path("<uuid:breach_id>/vulnerable/", views.afterwards_vulnerable, name="afterwards_vulnerable"),
    path("<uuid:breach_id>/comfort/", views.afterwards_comfort, name="afterwards_comfort"),
    path("<uuid:breach_id>/turning/", views.afterwards_turning, name="afterwards_turning"),
    path("<uuid:breach_id>/turning/bid/", views.afterwards_bid, name="afterwards_bid"),
    path(
        "<uuid:breach_id>/turning/closeness/",
        views.afterwards_closeness,
        name="afterwards_closeness",
    ),
    path(
        "<uuid:breach_id>/turning/<uuid:bid_id>/delete/",
        views.afterwards_bid_delete,
        name="afterwards_bid_delete",
    ),
]
