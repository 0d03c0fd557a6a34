from django.contrib import admin
from django.urls import include, path

from amends import views
from amends.accounts import views as accounts
from amends.journal import views as journal
from amends.professional import views as professional
from amends.spaces import views as spaces

urlpatterns = [
    path("", views.landing, name="landing"),
    path("support/", views.support, name="support"),
    path("more/", views.more, name="more"),
    path("settings/", views.settings_page, name="settings"),
    path("leave-now/", views.quick_exit, name="quick_exit"),
    path("privacy/", views.privacy, name="privacy"),
    path("settings/data/", accounts.export_page, name="export_page"),
    path("settings/data/export.json", accounts.export_json, name="export_json"),
    path("settings/data/export.html", accounts.export_html, name="export_html"),
    path("settings/delete/", accounts.delete_account, name="delete_account"),
    path("settings/tokens/", accounts.api_tokens, name="api_tokens"),
    path(
        "settings/sign-out-everywhere/",
        accounts.sign_out_everywhere_view,
        name="sessions_end_everywhere",
    ),
    path("home/", spaces.home, name="home"),
    path("spaces/new/", spaces.space_new, name="space_new"),
    path("s/<uuid:space_id>/", spaces.space_home, name="space_home"),
    path("s/<uuid:space_id>/people/", spaces.space_people, name="space_people"),
    *(
        path(f"s/<uuid:space_id>/people/{route}/", getattr(spaces, name), name=name)
        for route, name in (
            ("invite", "people_invite_partner"),
            ("professional/propose", "people_propose_professional"),
            ("professional/remove", "people_remove_professional"),
        )
    ),
    *(
        path(
            f"s/<uuid:space_id>/people/professional/<uuid:invite_id>/{route}/",
            getattr(spaces, name),
            name=name,
        )
        for route, name in (
            ("approve", "people_approve_professional"),
            ("withdraw", "people_withdraw_professional"),
            ("link", "people_professional_link"),
        )
    ),
    path("s/<uuid:space_id>/people/share-again/", spaces.share_again, name="share_again"),
    path("s/<uuid:space_id>/leave/", spaces.space_leave, name="space_leave"),
    path("invite/<str:token>/", spaces.invite_accept, name="invite_accept"),
    path("s/<uuid:space_id>/journal/", journal.journal_list, name="journal_list"),
    path(
        "s/<uuid:space_id>/journal/<uuid:entry_id>/edit/", journal.journal_edit, name="journal_edit"
    ),
    path(
        "s/<uuid:space_id>/journal/<uuid:entry_id>/delete/",
        journal.journal_delete,
        name="journal_delete",
    ),
    path(
        "s/<uuid:space_id>/journal/<uuid:entry_id>/share/",
        journal.journal_share,
        name="journal_share",
    ),
    path("s/<uuid:space_id>/path/", include("amends.repair.urls")),
    path("s/<uuid:space_id>/agreement/", include("amends.agreement.urls")),
    path("s/<uuid:space_id>/talk/", include("amends.talk.urls")),
    path("s/<uuid:space_id>/checkins/", include("amends.checkins.urls")),
    path("s/<uuid:space_id>/program/", include("amends.program.urls")),
    path("s/<uuid:space_id>/triggers/", include("amends.triggers.urls")),
    path("s/<uuid:space_id>/after/", include("amends.afterwards.urls")),
    path("s/<uuid:space_id>/open/", include("amends.transparency.urls")),
    path("s/<uuid:space_id>/account/", include("amends.disclosure.urls")),
    path("s/<uuid:space_id>/own/", include("amends.ownpart.urls")),
    path("s/<uuid:space_id>/couple/", include("amends.professional.urls")),
    path("practice/", professional.practice, name="practice"),
    path("practice/secrets/", professional.practice_secrets, name="practice_secrets"),
    path("practice/groups/", professional.practice_groups, name="practice_groups"),
    path("practice/groups/new/", professional.group_create, name="practice_group_create"),
    path(
        "practice/groups/<uuid:cohort_id>/offer/",
        professional.group_offer,
        name="practice_group_offer",
    ),
    path(
        "practice/groups/<uuid:cohort_id>/<uuid:space_id>/withdraw/",
        professional.group_withdraw,
        name="practice_group_withdraw",
    ),
    path(
        "s/<uuid:space_id>/homework/<uuid:homework_id>/",
        professional.homework_page,
        name="homework",
    ),
    path(
        "s/<uuid:space_id>/homework/<uuid:homework_id>/done/",
        professional.homework_done,
        name="homework_done",
    ),
    path(
        "s/<uuid:space_id>/homework/<uuid:homework_id>/note/",
        professional.homework_note,
        name="homework_note",
    ),
    path("api/v1/", include("amends.api.urls")),
    path("accounts/", include("allauth.urls")),
    path("operator/", admin.site.urls),
]
