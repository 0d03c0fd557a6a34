"""Check-in pages: thin views over services and selectors. Partners only (404 otherwise)."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from amends import acting
from amends.core.http import AuthedRequest
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_or_404
from amends.spaces.visibility import audience_label, visibility_choices

from . import instrument as inst
from . import selectors, services, words
from . import weeks as w
from .charts import instrument_chart, trend_charts
from .forms import CheckInForm, InstrumentSharingForm, ReminderForm, SharingForm
from .models import MEASURES


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer(areas=("checkin",))
def checkin(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    open_weeks = selectors.open_weeks(viewer=request.user, roles=roles)
    wanted = w.parse_iso_week(request.GET.get("week", ""))
    initial = {"week": w.iso_name(wanted)} if wanted in open_weeks else {}
    form = CheckInForm(
        request.POST or None,
        initial=initial,
        weeks=open_weeks,
        partner_name=roles.partner_name_of(request.user),
        audience=visibility_choices(request.user, roles),
        instrument=inst.current(),
    )
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.checkin_record_with_answers(
            space=space,
            by=request.user,
            week=d["week"],
            scores={m.key: d[m.key] for m in MEASURES},
            note=d["note"],
            visibility=d["visibility"],
            answers=form.instrument_answers(),
        ),
        done="Saved. Thank you for taking a few minutes for this.",
    ):
        return redirect("checkin_progress", space.uid)
    this_week_done = w.this_monday() not in open_weeks
    return render(
        request,
        "checkins/checkin.html",
        {
            "space": space,
            "form": form,
            "open_weeks": open_weeks,
            "this_week_done": this_week_done,
            "missed": [(w.iso_name(d), w.label(d)) for d in open_weeks if d != w.this_monday()],
            "nav": "more",
        },
    )


@space_view
# Progress also reads the repair path (the stuck signal, attempts); trump cards in Talk come
# from the viewer's own tally (checkins.TrumpTally), so a message leaves it kept.
@kept_for_viewer(areas=("checkin", "path"))
def progress(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    me = request.user
    data = selectors.progress_for(viewer=me, roles=roles)
    partner_name = roles.partner_name_of(request.user)
    partner_ids = (data.partner.pk,) if data.partner else ()
    my_charts = trend_charts(
        data.me.rows,
        partner_name=partner_name,
        whose="Your check-ins",
        space_id=space.pk,
        people=(me.pk, *partner_ids),
    )
    partner_charts = (
        trend_charts(
            data.partner_trends.rows,
            partner_name="you",
            whose=f"{partner_name}'s check-ins",
            space_id=space.pk,
            people=(me.pk, *partner_ids),
        )
        if data.partner_trends
        else []
    )
    columns = [m.label.format(partner=partner_name) for m in MEASURES]
    instrument = inst.current()
    answered = selectors.instrument_answers(viewer=me, roles=roles, person=me)
    feeling = (
        instrument_chart(
            [(a.week, a.total) for a in answered if isinstance(a.total, int)],
            lowest=instrument.lowest,
            highest=instrument.highest,
            space_id=space.pk,
            people=(me.pk,),
        )
        if instrument
        else None
    )
    return render(
        request,
        "checkins/progress.html",
        {
            "space": space,
            "p": data,
            "partner_name": partner_name,
            "my_charts": my_charts,
            "partner_charts": partner_charts,
            "columns": columns,
            "my_table": [
                (w.label(r.week), [r.scores[m.key] for m in MEASURES])
                for r in reversed(data.me.rows)
            ],
            "partner_table": [
                (w.label(r.week), [r.scores[m.key] for m in MEASURES])
                for r in reversed(data.partner_trends.rows)
            ]
            if data.partner_trends
            else [],
            "partner_columns": [m.label.format(partner="you") for m in MEASURES],
            "sharing_label": audience_label(data.sharing, me, roles),
            "what_i_did": words.what_you_did(data, partner=partner_name),
            "instrument": instrument,
            "feeling_chart": feeling,
            "feeling_charts": [feeling] if feeling else [],
            "feeling_shared": selectors.instrument_shared(person=me, roles=roles),
            "nav": "more",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
def sharing(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    current = selectors.sharing_setting(person=request.user, roles=roles)
    form = SharingForm(
        request.POST or None,
        audience=visibility_choices(request.user, roles, keep=current),
        initial={"visibility": current},
    )
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.checkin_sharing_set(
            space=space, by=request.user, visibility=d["visibility"]
        ),
        done=lambda sharing: (
            "Your check-in numbers can now be seen by: "
            f"{audience_label(sharing.visibility, request.user, roles)}."
        ),
        field="visibility",
        once=False,
    ):
        return redirect("checkin_progress", space.uid)
    return render(request, "checkins/sharing.html", {"space": space, "form": form, "nav": "more"})


@space_view
@require_http_methods(["GET", "POST"])
def instrument_sharing(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    """Whether the professional sees this partner's answers to the optional questions."""
    from amends.professional.selectors import secrets_policies

    partner_or_404(viewer=request.user, roles=roles)
    if inst.current() is None:
        raise Http404("Not found.")
    professional = roles.professionals[0] if roles.professionals else None
    shared = selectors.instrument_shared(person=request.user, roles=roles)
    form = InstrumentSharingForm(
        request.POST or None,
        professional_name=professional.name if professional else "your professional",
        initial={"share": "yes" if shared else "no"},
    )
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.instrument_sharing_set(space=space, by=request.user, share=d["share"]),
        done="Saved.",
        field="share",
        once=False,
    ):
        return redirect("checkin_progress", space.uid)
    return render(
        request,
        "checkins/instrument_sharing.html",
        {
            "space": space,
            "form": form,
            "professional": professional,
            # Shared with the professional alone: how they handle that (docs/practice.md).
            "policy": secrets_policies(professionals=[professional])[0] if professional else None,
            "nav": "more",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
def reminders(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    pref = selectors.reminder_preference(user=request.user)
    initial = (
        {
            "weekday": "" if pref.weekday is None else pref.weekday,
            "checkin": pref.checkin,
            "promises": pref.promises,
        }
        if pref
        else {"weekday": "", "checkin": True, "promises": False}
    )
    form = ReminderForm(request.POST or None, initial=initial)
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.reminder_preference_set(
            by=request.user, weekday=d["weekday"], checkin=d["checkin"], promises=d["promises"]
        ),
        done="Saved.",
        field="weekday",
        once=False,
    ):
        return redirect("checkin_reminders", space.uid)
    return render(
        request,
        "checkins/reminders.html",
        {"space": space, "form": form, "email": request.user.email, "nav": "more"},
    )
