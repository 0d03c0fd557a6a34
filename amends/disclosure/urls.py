from django.urls import path

from . import views

urlpatterns = [
    path("", views.account_list, name="account_list"),
    path("<uuid:breach_id>/", views.account_page, name="account_page"),
    path("<uuid:breach_id>/detail/", views.account_detail, name="account_detail"),
    path("<uuid:breach_id>/part/<slug:part>/", views.account_part, name="account_part"),
    path("<uuid:breach_id>/timeline/", views.account_timeline, name="account_timeline"),
    path("<uuid:breach_id>/message/", views.no_contact, name="no_contact"),
]
