"""Pages of the repair path: thin views over services and selectors.

Each step page shows what this person may see (selectors), and posts to one service
function through `_act`, which claims the form's one-time token, turns a refusal into a
message, and changes nothing when refused.
"""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from amends.errors import ActionRefused
from amends.http import AuthedRequest
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.once import FIELD as ONCE_FIELD
from amends.spaces.once import run_once
from amends.spaces.pagecache import kept_for_viewer
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import (
    Visibility,
    audience_roles,
    visibility_choices,
    visible_or_404,
)
from amends.talk.coaching import feedback_for
from amends.talk.drafts import (
    coached_drafts,
    confirming,
    hold_for_advice,
    hold_until_confirmed,
    replaying,
)

from . import forms as f
from . import selectors, services
from .models import (
    AccountabilityStatement,
    Breach,
    Commitment,
    Disclosure,
    Emotion,
    ImpactStatement,
    Promise,
    Question,
    Reflection,
    RepairAttempt,
    Rhythm,
)
from .rules import is_hurt, is_injuring
from .selectors import (
    attempt_reflections_of,
    breach_for,
    breaches_for,
    decision_history,
    decision_partner_sees,
    decision_seen_by,
    forgiveness_versions,
    my_safety_check,
    outcomes_seen_by,
    path_for,
    paths_for,
    promises_followed,
    self_trust_entries,
    step_items,
    what_im_seeing,
    words_of_those_here,
)
from .selftrust import BY_KEY, EXERCISES

HURT_EMOTIONS = [Emotion.ANGER, Emotion.RESENTMENT, Emotion.HURT, Emotion.PAIN, Emotion.GRIEF]
INJURING_EMOTIONS = [Emotion.SHAME, Emotion.FEAR, Emotion.WHAT_I_DID, Emotion.GRIEF]
PROMPTS = {
    Emotion.ANGER: "What am I angry about, exactly? What would I say if nobody could hear?",
    Emotion.RESENTMENT: "What am I still holding on to? What would letting go of a little cost?",
    Emotion.HURT: "Where does it hurt most? Which moment keeps coming back?",
    Emotion.PAIN: "What is hardest to carry today? What would help, even a little?",
    Emotion.GRIEF: "What have I lost, or fear I have lost? What do I miss?",
    Emotion.SHAME: "What am I ashamed of? What would I say to a friend who felt this?",
    Emotion.FEAR: "What am I afraid will happen? What am I afraid to say?",
    Emotion.WHAT_I_DID: "What did I do, in plain words? Why did I do it, honestly, without "
    "excusing it?",
}


def _audiences(request: AuthedRequest, roles: SpaceRoles) -> tuple[list[Any], list[Any]]:
    """(all choices, shared-only choices) with names: "Only you", "You and Jordan"..."""
    everything = visibility_choices(request.user, roles)
    return everything, [c for c in everything if c[0] != Visibility.PRIVATE]


def _act(
    request: AuthedRequest,
    form: forms.Form,
    action: Callable[[dict[str, Any]], object],
    *,
    done: str,
    field: str | None = None,
    coach: SpaceRoles | None = None,
    confirm: bool = False,
) -> bool:
    """Validate, then run the service once. True when it was saved.

    With `coach`, words written to the partner are read by the coach first; if it has
    something to say, the form comes back once with its advice and a "Send as written"
    button, on a page of its own (see talk.drafts). It never refuses. With `confirm`, the
    form then comes back once more, on a page of its own, asking plainly before it is
    saved (`form.confirming`). While a kept draft is shown again, nothing is saved.
    """
    if not form.is_valid():
        return False
    if (
        coach is not None
        and field
        and not confirming(request)
        and (request.POST.get("send_anyway") != "1" or replaying(request))
    ):
        feedback = feedback_for(text=form.cleaned_data[field], viewer=request.user, roles=coach)
        if hold_for_advice(request, feedback):
            form.coach_feedback = feedback  # type: ignore[attr-defined]
            return False
    if confirm and hold_until_confirmed(request):
        form.confirming = True  # type: ignore[attr-defined]
        return False
    if replaying(request):
        return False
    try:
        run_once(
            token=form.cleaned_data.get(ONCE_FIELD) or request.POST.get(ONCE_FIELD),
            user=request.user,
            action=lambda: action(form.cleaned_data),
        )
    except ActionRefused as refused:
        form.add_error(field if field in form.fields else None, refused.message)
        return False
    messages.success(request, done)
    return True


def _page(
    request: AuthedRequest,
    template: str,
    space: Space,
    breach: Breach,
    roles: SpaceRoles,
    **ctx: Any,
) -> HttpResponse:
    me = request.user
    path = path_for(breach=breach, viewer=me, roles=roles)
    context = {
        "space": space,
        "breach": breach,
        "roles": roles,
        "i_am_hurt": is_hurt(breach, me),
        "i_am_injuring": is_injuring(breach, me),
        "path": path,
        "current_step": next((s for s in path.steps if s.url == request.path), None),
        "next_for_me": _next_for(path),
        "nav": "path",
        **ctx,
    }
    return render(request, template, context)


def _back(space: Space, breach: Breach, step: str) -> HttpResponse:
    return redirect(step, space.uid, breach.uid)


def _saved(
    request: AuthedRequest, space: Space, breach: Breach, roles: SpaceRoles, step: str
) -> HttpResponse:
    """After a step is saved (its own message says what was saved): say what comes next for
    this person on the path. The step's page shows it again, with a link (repair/_header)."""
    path = path_for(breach=breach, viewer=request.user, roles=roles)
    upcoming = _next_for(path, after=step.removeprefix("step_"))
    if upcoming is not None:
        messages.info(request, f"Next for you on this path, when you are ready: {upcoming.title}.")
    else:
        messages.info(request, "Nothing else is waiting for you on this path right now.")
    return _back(space, breach, step)


def _next_for(path: Any, *, after: str = "") -> Any:
    """The first step waiting on this person, the one just saved left out."""
    return next(
        (
            s
            for s in path.steps
            if s.waiting_on_me and not s.done and s.key not in {after, "safety"}
        ),
        None,
    )


# The path itself --------------------------------------------------------------------------


@space_view
@kept_for_viewer(areas=("path",))
def path_list(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    rows = paths_for(
        breaches=list(breaches_for(viewer=request.user, roles=roles)),
        viewer=request.user,
        roles=roles,
    )
    return render(
        request,
        "repair/list.html",
        {
            "space": space,
            "paths": rows,
            "is_partner": roles.is_partner(request.user),
            "nav": "path",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
def breach_new(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if not roles.is_partner(request.user):
        return redirect("path_list", space.uid)
    _, shared = _audiences(request, roles)
    form = f.BreachForm(request.POST or None, audience=shared, terms=_agreement_terms(space))
    created: list[Breach] = []

    def record(data: dict[str, Any]) -> None:
        created.append(
            services.breach_record(
                space=space,
                author=request.user,
                i_was_hurt=data["i_was_hurt"],
                category=data["category"],
                category_other=data.get("category_other", ""),
                occurred_on=data.get("occurred_on"),
                description=data["description"],
                visibility=data["visibility"],
                agreement_term=data.get("agreement_term", ""),
            )
        )

    if request.method == "POST" and _act(
        request, form, record, done="Recorded. Take this one step at a time.", field="description"
    ):
        return redirect("breach_detail", space.uid, created[0].uid)
    return render(
        request,
        "repair/new.html",
        {"space": space, "form": form, "partner": roles.partner_of(request.user), "nav": "path"},
    )


def _agreement_terms(space: Space) -> list[tuple[str, str]]:
    try:
        from amends.agreement.selectors import agreement_terms_for_breach
    except ImportError:  # the agreement app is optional for a breach
        return []
    return [(wording, wording) for _id, wording in agreement_terms_for_breach(space=space)]


@space_view
@kept_for_viewer(areas=("path",))
def breach_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    return _page(request, "repair/detail.html", space, breach, roles)


# 1. Safety -------------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
def safety_check(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    # Opened from a path (?breach=<its id>): "Not now" and saving lead back to that path.
    from_path = _breach_or_none(request, roles, request.GET.get("breach"))
    form = f.SafetyForm(request.POST or None)
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.safety_check_record(
            space=space,
            person=request.user,
            feels_afraid=d["feels_afraid"],
            hurt_or_threatened=d["hurt_or_threatened"],
            controlled=d["controlled"],
            forced_sexual_contact=d["forced_sexual_contact"],
        ),
        done="Thank you. Your answers are private to you.",
    ):
        if from_path is None:
            return redirect("safety_check", space.uid)
        return redirect(f"{reverse('safety_check', args=[space.uid])}?breach={from_path.uid}")
    check = my_safety_check(space_id=space.pk, viewer=request.user)
    return render(
        request,
        "repair/safety.html",
        {"space": space, "form": form, "check": check, "from_path": from_path, "nav": "path"},
    )


def _breach_or_none(request: AuthedRequest, roles: SpaceRoles, breach_id: object) -> Breach | None:
    if not breach_id:
        return None
    try:
        return breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    except Http404:
        return None


# 2. Decision -------------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer(areas=("path",))
def step_decision(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = breach_for(viewer=me, roles=roles, breach_id=breach_id)
    everything, _ = _audiences(request, roles)
    decision = decision_seen_by(breach=breach, viewer=me, roles=roles)
    posted = request.POST.get("form")
    form = f.DecisionForm(request.POST if posted == "decide" else None, audience=everything)
    # A shared decision can be shared more widely, never narrowed: taking it back is its own act.
    current = decision.visibility if decision else Visibility.PRIVATE
    wider = [c for c in everything if len(audience_roles(c[0])) > len(audience_roles(current))]
    share = f.ShareForm(request.POST if posted == "share" else None, audience=wider)
    withdraw = f.OnceForm(request.POST if posted == "withdraw" else None)
    if request.method == "POST":
        if posted == "share":
            saved = _act(
                request,
                share,
                lambda d: services.decision_share(breach=breach, by=me, visibility=d["visibility"]),
                done="Saved.",
            )
        elif posted == "withdraw":
            saved = _act(
                request,
                withdraw,
                lambda d: services.decision_withdraw(breach=breach, by=me),
                done="You have taken it back. Take the time you need.",
            )
        else:
            saved = _act(
                request,
                form,
                lambda d: services.decision_set(
                    breach=breach,
                    by=me,
                    choice=d["choice"],
                    note=d.get("note", ""),
                    visibility=d["visibility"],
                ),
                done="Your decision is saved. You can change it whenever you need to.",
            )
        if saved:
            return _saved(request, space, breach, roles, "step_decision")
    hurt = is_hurt(breach, me)
    history = list(decision_history(breach=breach, viewer=me, roles=roles)) if hurt else []
    return _page(
        request,
        "repair/step_decision.html",
        space,
        breach,
        roles,
        form=form,
        share=share if wider else None,
        withdraw=withdraw,
        history=history,
        decision=decision,
        partner_sees=decision_partner_sees(breach=breach, viewer=me, roles=roles),
    )


# 3. Commitments ---------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_commitments(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    _, shared = _audiences(request, roles)
    form = f.TextForm(request.POST or None, audience=shared)
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.commitment_make(
            breach=breach, by=request.user, text=d["text"], visibility=d["visibility"]
        ),
        done="Your commitment is written.",
        field="text",
        coach=roles,
    ):
        return _saved(request, space, breach, roles, "step_commitments")
    items = list(step_items(Commitment, breach=breach, viewer=request.user, roles=roles))
    return _page(
        request,
        "repair/step_commitments.html",
        space,
        breach,
        roles,
        form=form,
        items=items,
        mine=any(c.author_id == request.user.pk for c in items),
    )


# 4. Reflection ---------------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer(areas=("path",))
def step_reflection(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    everything, _ = _audiences(request, roles)
    emotions = HURT_EMOTIONS if is_hurt(breach, request.user) else INJURING_EMOTIONS
    form = f.ReflectionForm(
        request.POST or None,
        audience=everything,
        emotions=[(e.value, e.label) for e in emotions],
        initial={"emotion": request.GET.get("emotion", emotions[0].value)},
    )
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.reflection_write(
            breach=breach,
            by=request.user,
            emotion=d["emotion"],
            text=d["text"],
            visibility=d["visibility"],
        ),
        done="Saved.",
        field="text",
    ):
        return _saved(request, space, breach, roles, "step_reflection")
    items = list(step_items(Reflection, breach=breach, viewer=request.user, roles=roles))
    return _page(
        request,
        "repair/step_reflection.html",
        space,
        breach,
        roles,
        form=form,
        items=items,
        prompts=[(e, PROMPTS[e]) for e in emotions],
    )


# 5. Accountability ---------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_accountability(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    _, shared = _audiences(request, roles)
    versions = list(
        step_items(AccountabilityStatement, breach=breach, viewer=request.user, roles=roles)
        .select_related("response")
        .order_by("-version")
    )
    latest = versions[0] if versions else None
    which = request.POST.get("form")
    write = f.VersionedTextForm(
        request.POST if which == "write" else None,
        audience=shared,
        initial={
            "based_on_version": latest.version if latest else 0,
            "text": latest.text if latest else "",
        },
    )
    respond = f.ResponseForm(request.POST if which == "respond" else None)
    if request.method == "POST":
        if which == "respond":
            if latest is None:
                messages.error(request, "There is no statement to answer yet.")
                return _back(space, breach, "step_accountability")
            saved = _act(
                request,
                respond,
                lambda d: services.statement_respond(
                    statement=latest,
                    by=request.user,
                    feels_complete=d["feels_complete"],
                    missing=d.get("missing", ""),
                ),
                done="Your answer is shared.",
                field="missing",
                coach=roles,
            )
        else:
            saved = _act(
                request,
                write,
                lambda d: services.statement_write(
                    breach=breach,
                    by=request.user,
                    text=d["text"],
                    based_on_version=d["based_on_version"],
                    visibility=d["visibility"],
                ),
                done="Your statement is shared.",
                field="text",
                coach=roles,
            )
        if saved:
            return _saved(request, space, breach, roles, "step_accountability")
    return _page(
        request,
        "repair/step_accountability.html",
        space,
        breach,
        roles,
        write=write,
        respond=respond,
        versions=versions,
        latest=latest,
    )


# 6. Questions -----------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_questions(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    me = request.user
    _, shared = _audiences(request, roles)
    which = request.POST.get("form", "")
    ask = f.TextForm(request.POST if which == "ask" else None, audience=shared)
    disclose = f.TextForm(request.POST if which == "disclose" else None, audience=shared)
    answer = f.AnswerForm(request.POST if which == "answer" else None)
    simple = f.OnceForm(
        request.POST if which in {"close", "reopen", "complete", "withdraw"} else None
    )
    if request.method == "POST":
        question_id = request.POST.get("question", "")

        def one_question() -> Question:
            return visible_or_404(Question.objects.filter(breach=breach), question_id, me, roles)

        actions: dict[
            str, tuple[forms.Form, Callable[[dict[str, Any]], object], str, str | None]
        ] = {
            "ask": (
                ask,
                lambda d: services.question_ask(
                    breach=breach, by=me, text=d["text"], visibility=d["visibility"]
                ),
                "Your question is asked.",
                "text",
            ),
            "disclose": (
                disclose,
                lambda d: services.disclosure_add(
                    breach=breach, by=me, text=d["text"], visibility=d["visibility"]
                ),
                "Shared with your partner.",
                "text",
            ),
            "answer": (
                answer,
                lambda d: services.question_answer(
                    question=one_question(), by=me, answer=d["answer"]
                ),
                "Your answer is shared.",
                "answer",
            ),
            "withdraw": (
                simple,
                lambda d: services.question_withdraw(question=one_question(), by=me),
                "The question is withdrawn.",
                None,
            ),
            "close": (
                simple,
                lambda d: services.questions_close(breach=breach, by=me),
                "No more questions for now. You can reopen them whenever you need to.",
                None,
            ),
            "reopen": (
                simple,
                lambda d: services.questions_reopen(breach=breach, by=me),
                "Questions are open again.",
                None,
            ),
            "complete": (
                simple,
                lambda d: services.disclosure_declare_complete(breach=breach, by=me),
                "Noted. Anything you tell from now on will be marked as told later.",
                None,
            ),
        }
        if which in actions:
            form, action, done, field = actions[which]
            coached = roles if which in {"ask", "disclose", "answer"} else None
            if _act(request, form, action, done=done, field=field, coach=coached):
                return _saved(request, space, breach, roles, "step_questions")
            if form is simple and simple.errors:
                for error in simple.non_field_errors():
                    messages.error(request, str(error))
    questions = words_of_those_here(
        step_items(Question, breach=breach, viewer=me, roles=roles), breach=breach, roles=roles
    )
    disclosures = list(step_items(Disclosure, breach=breach, viewer=me, roles=roles))
    asked_before = selectors.asked_before(questions, viewer=me, breach=breach)
    for question in questions:
        question.asked_before = asked_before.get(question.pk)
    return _page(
        request,
        "repair/step_questions.html",
        space,
        breach,
        roles,
        ask=ask,
        disclose=disclose,
        answer=answer,
        simple=f.OnceForm(),
        questions=questions,
        disclosures=disclosures,
        answering=which == "answer" and request.POST.get("question", ""),
    )


# 7. Impact ------------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_impact(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    _, shared = _audiences(request, roles)
    versions = list(
        step_items(ImpactStatement, breach=breach, viewer=request.user, roles=roles).order_by(
            "-version"
        )
    )
    latest = versions[0] if versions else None
    form = f.VersionedTextForm(
        request.POST or None,
        audience=shared,
        initial={
            "based_on_version": latest.version if latest else 0,
            "text": latest.text if latest else "",
        },
    )
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.impact_write(
            breach=breach,
            by=request.user,
            text=d["text"],
            based_on_version=d["based_on_version"],
            visibility=d["visibility"],
        ),
        done="Shared with your partner.",
        field="text",
        coach=roles,
    ):
        return _saved(request, space, breach, roles, "step_impact")
    return _page(
        request, "repair/step_impact.html", space, breach, roles, form=form, versions=versions
    )


# 8. Repair attempts -------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_attempts(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    me = request.user
    _, shared = _audiences(request, roles)
    which = request.POST.get("form", "")
    offer = f.AttemptForm(request.POST if which == "offer" else None, audience=shared)
    ack = f.AcknowledgeForm(request.POST if which == "ack" else None)
    reflect = f.PrivateTextForm(request.POST if which == "reflect" else None)
    if request.method == "POST":
        attempt_id = request.POST.get("attempt", "")

        def one_attempt() -> RepairAttempt:
            return visible_or_404(
                RepairAttempt.objects.filter(breach=breach), attempt_id, me, roles
            )

        saved = False
        if which == "offer":
            saved = _act(
                request,
                offer,
                lambda d: services.attempt_offer(
                    breach=breach, by=me, kind=d["kind"], text=d["text"], visibility=d["visibility"]
                ),
                done="Shared with your partner.",
                field="text",
                coach=roles,
            )
        elif which == "ack":
            saved = _act(
                request,
                ack,
                lambda d: services.attempt_acknowledge(
                    attempt=one_attempt(),
                    by=me,
                    acknowledgement=d["acknowledgement"],
                    note=d.get("note", ""),
                ),
                done="Your answer is shared.",
                field="note",
                coach=roles,
            )
        elif which == "reflect":
            saved = _act(
                request,
                reflect,
                lambda d: services.attempt_reflect(attempt=one_attempt(), by=me, text=d["text"]),
                done="Saved. Only you can read it.",
                field="text",
            )
        if saved:
            return _saved(request, space, breach, roles, "step_attempts")
    attempts = words_of_those_here(
        step_items(RepairAttempt, breach=breach, viewer=me, roles=roles),
        breach=breach,
        roles=roles,
    )
    my_reflections = list(attempt_reflections_of(breach=breach, viewer=me, roles=roles))
    return _page(
        request,
        "repair/step_attempts.html",
        space,
        breach,
        roles,
        offer=offer,
        ack=ack,
        reflect=reflect,
        attempts=attempts,
        my_reflections=my_reflections,
        acting_on=attempt_id if request.method == "POST" else "",
    )


# 9. Promises ------------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_promises(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    me = request.user
    _, shared = _audiences(request, roles)
    which = request.POST.get("form", "")
    make = f.PromiseForm(request.POST if which == "make" else None, audience=shared)
    mark = f.MarkForm(
        request.POST if which == "mark" else None, initial={"occurrence": timezone.localdate()}
    )
    if request.method == "POST":
        saved = False
        if which == "make":
            saved = _act(
                request,
                make,
                lambda d: services.promise_make(
                    breach=breach,
                    by=me,
                    text=d["text"],
                    rhythm=d["rhythm"],
                    due_on=d.get("due_on"),
                    visibility=d["visibility"],
                ),
                done="Your promise is shared.",
                field="text",
                coach=roles,
            )
        elif which == "mark":
            promise_id = request.POST.get("promise", "")
            saved = _act(
                request,
                mark,
                lambda d: services.promise_mark(
                    promise=visible_or_404(
                        Promise.objects.filter(breach=breach), promise_id, me, roles
                    ),
                    by=me,
                    occurrence=d["occurrence"],
                    kept=d["kept"],
                ),
                done="Noted.",
                field="occurrence",
            )
            if not saved:
                for errors in mark.errors.values():
                    messages.error(request, " ".join(str(e) for e in errors))
        if saved:
            return _saved(request, space, breach, roles, "step_promises")
    promises = promises_followed(
        step_items(Promise, breach=breach, viewer=me, roles=roles).prefetch_related("marks"),
        breach=breach,
        viewer=me,
        roles=roles,
    )
    return _page(
        request,
        "repair/step_promises.html",
        space,
        breach,
        roles,
        make=make,
        mark=mark,
        promises=promises,
        rhythm_once=Rhythm.ONCE,
    )


# 10. Forgiveness -------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_forgiveness(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    """Written by the partner who was hurt, if and when it is true; asked once before it is
    saved, and revisited later as a new dated version (or taken back, for now)."""
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    me = request.user
    everything, _ = _audiences(request, roles)
    versions = list(forgiveness_versions(breach=breach, viewer=me, roles=roles))
    revising = any(v.author_id == me.pk for v in versions)
    form = f.ForgivenessForm(request.POST or None, audience=everything, revising=revising)

    def write(d: dict[str, Any]) -> object:
        if revising:
            return services.forgiveness_revise(
                breach=breach,
                by=me,
                text=d["text"],
                taken_back=d["stance"] == f.ForgivenessForm.TAKEN_BACK,
                visibility=d["visibility"],
            )
        return services.forgiveness_give(
            breach=breach, by=me, text=d["text"], visibility=d["visibility"]
        )

    if request.method == "POST" and _act(
        request,
        form,
        write,
        done="Written, with today's date. This is yours.",
        field="text",
        # Words shared with the partner are read by the coach first; private ones are not.
        coach=roles if request.POST.get("visibility") != Visibility.PRIVATE else None,
        confirm=True,
    ):
        return _saved(request, space, breach, roles, "step_forgiveness")
    return _page(
        request,
        "repair/step_forgiveness.html",
        space,
        breach,
        roles,
        form=form,
        forgiveness=versions[0] if versions else None,
        earlier=versions[1:],
        revising=revising,
        taking_back=form.is_bound and form.data.get("stance") == f.ForgivenessForm.TAKEN_BACK,
    )


# 11. Outcome ------------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("path",))
def step_outcome(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    """Where each partner stands: asked once before it is recorded, and revisited later as
    a new dated version of their own."""
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    me = request.user
    _, shared = _audiences(request, roles)
    now, earlier = outcomes_seen_by(breach=breach, viewer=me, roles=roles)
    mine = next((o for o in now if o.author_id == me.pk), None)
    form = f.OutcomeForm(request.POST or None, audience=shared)
    record = services.outcome_revise if mine else services.outcome_record
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: record(
            breach=breach,
            by=me,
            choice=d["choice"],
            text=d["text"],
            visibility=d["visibility"],
        ),
        done="Recorded, with today's date. Whatever you chose, it took courage.",
        field="text",
        coach=roles,
        confirm=True,
    ):
        return _saved(request, space, breach, roles, "step_outcome")
    return _page(
        request,
        "repair/step_outcome.html",
        space,
        breach,
        roles,
        form=form,
        outcomes=now,
        earlier=earlier,
        mine=mine,
        chosen=form.data.get("choice", "") if form.is_bound else "",
        support_url=reverse("support"),
    )


# What I'm seeing, and self-trust ------------------------------------------------------------


@space_view
@kept_for_viewer(areas=("path",))
def seeing(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    facts = what_im_seeing(breach=breach, viewer=request.user, roles=roles)
    return render(
        request,
        "repair/seeing.html",
        {"space": space, "breach": breach, "facts": facts, "nav": "path"},
    )


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer(areas=("path",))
def self_trust(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    me = request.user
    form = f.SelfTrustForm(request.POST or None)
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.self_trust_write(
            space=space, by=me, exercise=d["exercise"], text=d["text"]
        ),
        done="Saved. Only you can read it.",
        field="text",
    ):
        return redirect("self_trust", space.uid)
    entries = list(self_trust_entries(viewer=me, roles=roles))
    return render(
        request,
        "repair/self_trust.html",
        {
            "space": space,
            "form": form,
            "exercises": EXERCISES,
            "chosen": request.POST.get("exercise") or request.GET.get("exercise", ""),
            "entries": [(e, BY_KEY.get(e.exercise)) for e in entries],
            "nav": "path",
        },
    )
