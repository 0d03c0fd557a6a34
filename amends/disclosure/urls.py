from django.urls import path

from . import views

urlpatterns = [
    path("", views.account_list, name="account_list"),
    path("<uuid:breach_id>/", views.account_page, name="account_page"),
    path("<uuid:breach_id>/share/", views.account_share, name="account_share"),
    path("<uuid:breach_id>/sign/", views.account_sign, name="account_sign"),
    path("<uuid:breach_id>/add/", views.account_add, name="account_add"),
    path("<uuid:breach_id>/detail/", views.account_detail, name="account_detail"),
    path("<uuid:breach_id>/part/<slug:part>/", views.account_part, name="account_part"),
    path("<uuid:breach_id>/timeline/", views.account_timeline, name="account_timeline"),
    path("<uuid:breach_id>/message/", views.no_contact, name="no_contact"),
    path("<uuid:breach_id>/message/draft/", views.message_draft, name="message_draft"),
    path("<uuid:breach_id>/message/show/", views.message_show, name="message_show"),
    path("<uuid:breach_id>/message/suggest/", views.message_suggest, name="message_suggest"),
    path("<uuid:breach_id>/message/accept/", views.message_accept, name="message_accept"),
    path("<uuid:breach_id>/message/sent/", views.message_mark_sent, name="message_mark_sent"),
]
