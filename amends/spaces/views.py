from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from amends import acting
from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.forms import refuse_into_form
from amends.core.http import AuthedRequest
from amends.core.once import new_form_token, run_posted_once
from amends.core.pagecache import kept_for_viewer
from amends.core.publicid import uid_or_none
from amends.core.ratelimit import allow, client_ip
from amends.core.refusals import refusals_go_to
from amends.core.textrules import isolate
from amends.journal.selectors import journal_entries

from . import services
from .decorators import space_view
from .forms import SpaceForm
from .invites import (
    forget_pending_invite,
    remember_fresh_link,
    remember_pending_invite,
    take_fresh_link,
)
from .models import Invite, Membership, Role, Space
from .selectors import (
    SpaceRoles,
    invite_by_token,
    invite_in_space,
    link_problem,
    open_partner_invite,
    open_professional_invites,
    partner_left,
    professionals_waiting,
    space_joined_through,
    space_roles,
    spaces_of,
)
from .shareagain import Choice, names_of, newcomers_waiting, shared_before_joining

if TYPE_CHECKING:
    from amends.repair.selectors import HomeOverview


# How long a newly joined professional's card (with their secrets policy) stays on the
# partners' home page.
NEW_PROFESSIONAL_SHOWN = timedelta(days=14)


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    roles = set(
        Membership.objects.filter(user=request.user, left_at__isnull=True).values_list(
            "role", flat=True
        )
    )
    if roles == {Role.PROFESSIONAL}:
        return redirect("practice")  # a professional's home is their caseload
    spaces = list(spaces_of(user=request.user))
    if len(spaces) == 1:
        return redirect("space_home", spaces[0].uid)
    return render(
        request,
        "spaces/choose.html",
        {"spaces": spaces, "is_professional": Role.PROFESSIONAL in roles, "nav": "home"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def space_new(request: AuthedRequest) -> HttpResponse:
    form = SpaceForm(request.POST or None, initial={"name": "Us"})
    if request.method == "POST" and form.is_valid():
        try:
            space = run_posted_once(
                request,
                lambda: services.space_create(by=request.user, name=form.cleaned_data["name"]),
            )
        except ActionRefused as refused:
            refuse_into_form(form, refused, "name")
        else:
            return redirect("space_home", space.uid)
    return render(request, "spaces/new.html", {"form": form, "nav": "home"})


@space_view
@kept_for_viewer
def space_home(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    from amends.professional.selectors import homework_list, secrets_policies
    from amends.repair.selectors import breach_overview_for_home

    me = request.user
    if roles.is_professional(me):
        return redirect("professional_couple", space.uid)
    partner = roles.partner_of(me)
    shared_recently = (
        journal_entries(viewer=me, roles=roles).exclude(author=me)[:5] if partner else []
    )
    proposals = list(open_professional_invites(space=space)) if roles.is_partner(me) else []
    waiting_approvals = [
        p for p in proposals if me.pk not in {a.partner_id for a in p.approvals.all()}
    ]
    # A professional already here whom this partner has not approved: theirs to decide.
    waiting_for_me = [
        w.user for w in professionals_waiting(viewer=me, roles=roles) if not w.i_approved
    ]
    breaches = breach_overview_for_home(viewer=me, roles=roles)
    _add_after_the_path(breaches, viewer=me, roles=roles)
    # A professional who joined lately (each partner said yes with their policy in front of
    # them): how they handle what one partner tells them alone, shown again for a while,
    # with the reminder that either can end their access.
    since = timezone.now() - NEW_PROFESSIONAL_SHOWN
    new_professionals = (
        [p for p in roles.professionals if roles.joined_at.get(p.pk, since) > since]
        if roles.is_partner(me)
        else []
    )
    policies = (
        secrets_policies(professionals=[*waiting_for_me, *new_professionals])
        if roles.is_partner(me) and (waiting_for_me or new_professionals)
        else []
    )
    return render(
        request,
        "spaces/home.html",
        {
            "space": space,
            "roles": roles,
            "partner": partner,
            "is_partner": roles.is_partner(me),
            "shared_recently": shared_recently,
            "waiting_approvals": waiting_approvals,
            "unapproved_professionals": waiting_for_me if roles.is_partner(me) else (),
            "secrets": policies,
            "new_professionals": new_professionals,
            "breaches": breaches,
            "joined_since": newcomers_waiting(viewer=me, roles=roles),
            "partner_left": partner_left(viewer=me, roles=roles),
            "homework": homework_list(viewer=me, roles=roles) if roles.is_partner(me) else [],
            "nav": "home",
        },
    )


def _add_after_the_path(overview: HomeOverview, *, viewer: User, roles: SpaceRoles) -> None:
    """The account and the ask for comfort, where they wait for this viewer, as cards among
    the path's (read only through what the viewer may see; docs/account.md)."""
    from amends.afterwards.selectors import comfort_waiting_on_me
    from amends.disclosure.selectors import waiting_on_me as accounts_waiting

    partner = roles.partner_of(viewer)
    their = partner.name if partner else "Your partner"
    for item in accounts_waiting(viewer=viewer, roles=roles, breaches=overview.breaches):
        title = isolate(item.breach.title.lower())
        url = reverse("account_page", args=[roles.space.uid, item.breach.uid])
        if item.kind == "choose":
            overview.yours_when_ready.append(
                {
                    "text": f"If you want one account of what happened ({title}), you choose "
                    "first how much detail you want in each part. There is no deadline.",
                    "url": reverse("account_detail", args=[roles.space.uid, item.breach.uid]),
                    "action": "Choose how much detail",
                }
            )
            continue
        text = {
            "write": f"{their} has chosen how much detail they want in the account "
            f"({title}). You can write it, in your own time.",
            "read": f"The account ({title}) is shared with you. Read it when you are ready, "
            "and sign it when you have.",
            "sign": f"The account ({title}) is shared. When it holds everything, you can "
            "sign it as complete.",
        }[item.kind]
        overview.waiting.append({"text": text, "url": url, "action": "Open the account"})
    for breach in comfort_waiting_on_me(viewer=viewer, roles=roles, breaches=overview.breaches):
        overview.waiting.append(
            {
                "text": f"{their} asked for comfort ({isolate(breach.title.lower())}). You "
                "can answer when you are ready.",
                "url": reverse("afterwards_comfort", args=[roles.space.uid, breach.uid]),
                "action": "Read and answer",
            }
        )
    if roles.is_partner(viewer):
        _add_being_open(overview, viewer=viewer, roles=roles, their=their)


def _add_being_open(overview: HomeOverview, *, viewer: User, roles: SpaceRoles, their: str) -> None:
    """Being-open offers waiting for this partner: an offer to answer, a review day come, a
    new review date to agree to. Only offers the viewer may see (transparency.selectors)."""
    from amends.transparency.models import State
    from amends.transparency.selectors import waiting_on_me as offers_waiting

    for offer in offers_waiting(viewer=viewer, roles=roles):
        act = isolate(str(offer.act))
        if offer.state == State.OFFERED:
            text = f"{their} offered to be open with you: “{act}”. You can say yes, or not yet."
        elif offer.review_has_come():
            text = (
                f"The day to look again at “{act}” has come. Together you can keep it going, "
                "choose a new date, or let it end."
            )
        else:
            text = f"{their} suggested a new date to look again at “{act}”."
        url = reverse("transparency_offer", args=[roles.space.uid, offer.uid])
        overview.waiting.append({"text": text, "url": url, "action": "Open"})


@space_view
@require_safe
def space_people(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    """Who is here, inviting the partner and the professional, leaving. Each button posts to
    an address of its own (`people_action`).

    Every form here carries a one-time token, and every POST redirects: a link made is kept
    in the (sealed) session and shown once, by the page the POST redirects to. Reloading it
    or going back never makes another link, so never cancels the one already sent."""
    from amends.professional.selectors import secrets_policies

    me = request.user
    new_link = None
    fresh = take_fresh_link(request, space_uid=space.uid)
    if fresh is not None:
        invite_uid, token = fresh
        uid = uid_or_none(invite_uid)
        invite = Invite.objects.filter(space=space, uid=uid).first() if uid else None
        if invite is not None and link_problem(invite) is None:
            new_link = {
                "url": request.build_absolute_uri(reverse("invite_accept", args=[token])),
                "invite": invite,
            }
    proposals = list(open_professional_invites(space=space)) if roles.is_partner(me) else []
    for proposal in proposals:
        approvers = {a.partner_id for a in proposal.approvals.all()}
        proposal.i_approved = me.pk in approvers  # type: ignore[attr-defined]
        proposal.all_approved = roles.partner_ids <= approvers  # type: ignore[attr-defined]
    return render(
        request,
        "spaces/people.html",
        {
            "space": space,
            "roles": roles,
            "is_partner": roles.is_partner(me),
            "partner_invite": open_partner_invite(space=space),
            "shared_before": bool(
                shared_before_joining(viewer=me, roles=roles, details=False).everything
            ),
            "proposals": proposals,
            "waiting_professionals": professionals_waiting(viewer=me, roles=roles)
            if roles.is_partner(me)
            else [],
            # How each professional here handles what one partner tells them alone, shown
            # before a partner agrees to them (professional/secrets).
            "secrets": secrets_policies(
                professionals=[*roles.professionals, *roles.unapproved_professionals]
            )
            if roles.is_partner(me)
            else [],
            "partner": roles.partner_of(me),
            "new_link": new_link,
            "nav": "more",
        },
    )


def _made_link(request: AuthedRequest, space: Space, link: Any) -> str:
    """A link made is remembered for the next page to show once; nothing else is said."""
    remember_fresh_link(request, space_uid=space.uid, invite_uid=link.invite.uid, token=link.token)
    return ""


def _invite_partner(request: AuthedRequest, space: Space, roles: SpaceRoles) -> str:
    return _made_link(request, space, services.partner_invite_create(space=space, by=request.user))


def _propose_professional(request: AuthedRequest, space: Space, roles: SpaceRoles) -> str:
    services.professional_invite_propose(space=space, by=request.user)
    if roles.is_full:
        return "Proposed. Your partner will see it on their home page."
    return "Proposed. You are the only partner here, so you can make a link for them now."


def _remove_professional(request: AuthedRequest, space: Space, roles: SpaceRoles) -> str:
    services.professional_remove(space=space, by=request.user)
    return "The professional no longer has access to this space."


def _approve(request: AuthedRequest, space: Space, invite: Invite) -> str:
    services.professional_approve(invite=invite, by=request.user)
    return "Thank you. Your agreement is recorded."


def _withdraw(request: AuthedRequest, space: Space, invite: Invite) -> str:
    services.invite_revoke(invite=invite, by=request.user)
    return "The invitation is withdrawn."


def _professional_link(request: AuthedRequest, space: Space, invite: Invite) -> str:
    return _made_link(
        request, space, services.professional_link_create(invite=invite, by=request.user)
    )


def _people_done(request: AuthedRequest, space: Space, act: Callable[[], str]) -> HttpResponse:
    """Run one button's action once (its one-time token), say what happened, go back."""
    try:
        done = run_posted_once(request, act)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        if done:
            messages.success(request, done)
    return redirect("space_people", space.uid)


def people_action(act: Callable[[AuthedRequest, Space, SpaceRoles], str]) -> Any:
    """One button of the People page that is about the space (a partner's only)."""

    @acting.action_view("space_people")
    def view(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
        if not roles.is_partner(request.user):
            raise Http404("Not found.")
        return _people_done(request, space, lambda: act(request, space, roles))

    return view


def invite_action(act: Callable[[AuthedRequest, Space, Invite], str]) -> Any:
    """One button of the People page about a professional's invitation (a partner's only)."""

    @acting.action_view("space_people", page_takes_ids=False)
    def view(
        request: AuthedRequest, space: Space, roles: SpaceRoles, invite_id: UUID
    ) -> HttpResponse:
        if not roles.is_partner(request.user):
            raise Http404("Not found.")
        return _people_done(
            request,
            space,
            # An invitation withdrawn meanwhile (a page left open) is said on People.
            lambda: act(
                request,
                space,
                invite_in_space(space=space, invite_id=invite_id, role=Role.PROFESSIONAL),
            ),
        )

    return view


people_invite_partner = people_action(_invite_partner)
people_propose_professional = people_action(_propose_professional)
people_remove_professional = people_action(_remove_professional)
people_approve_professional = invite_action(_approve)
people_withdraw_professional = invite_action(_withdraw)
people_professional_link = invite_action(_professional_link)


@space_view
@require_http_methods(["GET", "POST"])
def share_again(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    """What this person shared before someone now here joined: share it with them, or keep
    it as it is, all at once or one by one. Only ever about one's own items; anyone with
    nothing of the kind gets the usual 404."""
    me = request.user
    found = shared_before_joining(viewer=me, roles=roles, details=request.method == "GET")
    if not found.everything:
        raise Http404("Not found.")
    if request.method == "POST":
        verb = request.POST.get("choice", "")
        item = request.POST.get("item", "")
        act = {"share": services.items_share_again, "keep": services.items_keep}.get(verb)
        try:
            if act is None or not item:
                raise ActionRefused("Something went wrong with that button. Please try again.")
            done = run_posted_once(
                request, lambda: act(space=space, by=me, items="all" if item == "all" else [item])
            )
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _done_message(verb, done))
        # Home once nothing is waiting (the page stays reachable from People while there
        # is anything kept); read again, so the redirect never leads to a 404.
        roles = space_roles(space)
        if not shared_before_joining(viewer=me, roles=roles, details=False).waiting:
            return redirect("space_home", space.uid)
        return redirect("share_again", space.uid)
    for choice in found.everything:
        choice.once = new_form_token()
    return render(
        request,
        "spaces/share_again.html",
        {
            "space": space,
            "roles": roles,
            "found": found,
            "newcomers": names_of(found.newcomers),
            "everyone_once": new_form_token(),
            "keep_all_once": new_form_token(),
            "nav": "more",
        },
    )


def _done_message(verb: str, done: list[Choice]) -> str:
    if not done:
        return "Nothing was waiting any more."
    people = names_of(list({n.user.pk: n.user for c in done for n in c.newcomers}.values()))
    if verb == "share":
        return f"Shared with {people}." if people else "Shared."
    return (
        f"Kept as it was. {people} cannot see it."
        if len(done) == 1
        else (f"Kept as they were. {people} cannot see them.")
    )


@space_view
@require_http_methods(["GET", "POST"])
def space_leave(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if request.method == "POST":
        refusals_go_to(request, reverse("home"))
        run_posted_once(request, lambda: services.space_leave(space=space, by=request.user))
        request.session.pop("space_id", None)
        messages.success(request, "You have left the space. What you wrote is still yours.")
        return redirect("home")
    return render(request, "spaces/leave.html", {"space": space, "nav": "more"})


@require_http_methods(["GET", "POST"])
def invite_accept(request: HttpRequest, token: str) -> HttpResponse:
    # Links are long and random; this only stops someone trying many of them.
    if not allow(f"invite:{client_ip(request)}", limit=30, window_seconds=600):
        return render(
            request,
            "spaces/invite_problem.html",
            {"message": "Too many tries. Please wait a few minutes and open the link again."},
            status=429,
        )
    if request.method == "GET":
        # Say at once if the link cannot work, before anyone signs up or logs in for it.
        invite = invite_by_token(token=token)
        problem = link_problem(
            invite, is_full=invite is not None and space_roles(invite.space).is_full
        )
        used_by_me = (
            invite is not None
            and request.user.is_authenticated
            and invite.accepted_by_id == request.user.pk
        )
        if problem is not None and not used_by_me:
            forget_pending_invite(request)
            return render(request, "spaces/invite_problem.html", {"message": problem[0]})
    if not request.user.is_authenticated:
        remember_pending_invite(request, token)
        return render(request, "spaces/invite_welcome.html", _invite_words(token, None))
    user: AuthedRequest = request  # type: ignore[assignment]
    already = space_joined_through(token=token, user=user.user)
    if already is not None:
        # Opened again, or Join pressed again (a second tab, the back button): they are in.
        forget_pending_invite(request)
        messages.info(request, "You are already in this space.")
        if user.user in space_roles(already).unapproved_professionals:
            return redirect("practice")
        return redirect("space_home", already.uid)
    if request.method == "POST":
        try:
            membership = services.invite_accept(token=token, by=user.user)
        except ActionRefused as refused:
            forget_pending_invite(request)
            return render(request, "spaces/invite_problem.html", {"message": refused.message})
        forget_pending_invite(request)
        if membership.role == Role.PROFESSIONAL and not _has_secrets_policy(user.user):
            messages.success(
                request,
                "Welcome. You are in. Before you begin: both partners read how you handle "
                "something one of them tells you alone, and then say yes. Please say it here.",
            )
            return redirect("practice_secrets")
        if user.user in space_roles(membership.space).unapproved_professionals:
            messages.success(
                request,
                "Welcome. You are in. Each partner now reads how you handle something one "
                "of them tells you alone. You see their space once each has said yes.",
            )
            return redirect("practice")
        messages.success(request, "Welcome. You are in.")
        return redirect("space_home", membership.space.uid)
    return render(request, "spaces/invite_confirm.html", _invite_words(token, user.user))


def _has_secrets_policy(user: User) -> bool:
    from amends.professional.selectors import secrets_policies

    return bool(secrets_policies(professionals=[user])[0].stance)


def _invite_words(token: str, user: User | None) -> dict[str, object]:
    """What the invitation page says: for a professional, that both partners read their
    secrets policy (docs/practice.md), and theirs as it stands."""
    from amends.professional.selectors import secrets_policies

    invite = invite_by_token(token=token)
    as_professional = invite is not None and invite.role == Role.PROFESSIONAL
    return {
        "token": token,
        "as_professional": as_professional,
        "policy": secrets_policies(professionals=[user])[0] if as_professional and user else None,
    }
