"""Pages of the repair path: thin views over services and selectors.

Each step page shows what this person may see (selectors). A page with one form takes its
POST itself; a page with several is declared once (`StepPage`: its forms and how it shows)
and gives one URL and one small view per action (`<page>/<action>/`). Every form goes
through `amends.acting`, which lets the coach read the words, claims the form's one-time
token, turns a refusal into a message next to the field, and changes nothing when refused.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from amends import acting
from amends.core.http import AuthedRequest
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import (
    Visibility,
    audience_roles,
    visibility_choices,
    visible_or_404,
    without_private,
)
from amends.talk.drafts import (
    coached_drafts,
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
    breach_or_404,
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
    seeing_facts,
    self_trust_entries,
    step_items,
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
    return everything, without_private(everything)


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
        # The step whose page this is, or whose action (`<page>/<action>/`) shows it again.
        "current_step": next((s for s in path.steps if request.path.startswith(s.url)), None),
        "next_for_me": _next_for(path),
        "nav": "path",
        **ctx,
    }
    return render(request, template, context)


def _data(request: AuthedRequest, posted: str, which: str) -> Any:
    """The posted data for the one form that was sent (`which`), None for the others."""
    return request.POST if posted == which else None


StepAction = Callable[[AuthedRequest, Space, SpaceRoles, Breach], HttpResponse]


def _step_action(step: str, *, coached: bool = False) -> Callable[[StepAction], Any]:
    """One action on a step's page, at its own URL (`<page>/<action>/`: `acting.action_view`),
    given the breach the page is about."""

    def decorate(act: StepAction) -> Any:
        @acting.action_view(step, coached=coached)
        @wraps(act)
        def view(
            request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
        ) -> HttpResponse:
            breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
            return act(request, space, roles, breach)

        return view

    return decorate


def _step_page(*, coached: bool = False) -> Callable[[StepAction], Any]:
    """A step's page that takes its one form's POST itself, given the breach it is about
    (fetched after the page is asked of the cache); with `coached`, the coach's advice on
    the words sent is this page with `?draft=`."""

    def decorate(show: StepAction) -> Any:
        @wraps(show)
        def view(
            request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
        ) -> HttpResponse:
            breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
            return show(request, space, roles, breach)

        page = kept_for_viewer(areas=("path",))(view)
        if coached:
            page = coached_drafts(page)
        return space_view(require_http_methods(["GET", "POST"])(page))

    return decorate


@dataclass(frozen=True)
class Doing:
    """What an action of a step page acts on: the request, the breach, the page's forms."""

    request: AuthedRequest
    roles: SpaceRoles
    breach: Breach
    forms: dict[str, Any]

    @property
    def me(self) -> Any:
        return self.request.user


@dataclass(frozen=True)
class StepPage:
    """A step of the path whose page holds several forms, each acting at its own URL
    (`<page>/<action>/`). `forms(request, roles, breach, posted)` builds the page's forms,
    only the one posted bound; `show(request, space, roles, breach, forms)` renders it."""

    name: str
    forms: Callable[[AuthedRequest, SpaceRoles, Breach, str], dict[str, Any]]
    show: Callable[[AuthedRequest, Space, SpaceRoles, Breach, dict[str, Any]], HttpResponse]

    def page(self) -> Any:
        """The page itself: it only shows (kept per viewer under the path's number)."""

        def view(
            request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
        ) -> HttpResponse:
            breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
            return self.show(request, space, roles, breach, self.forms(request, roles, breach, ""))

        view.__name__ = view.__qualname__ = self.name
        return space_view(require_safe(kept_for_viewer(areas=("path",))(view)))

    def action(
        self,
        which: str,
        act: Callable[[Doing, dict[str, Any]], object],
        *,
        done: str,
        field: str | None = None,
        coached: bool | None = None,
        form: str = "",
    ) -> Any:
        """One action: the form `form` (or `which`) posted, `act` run once through
        `acting.act`; the coach reads `field` unless `coached` says otherwise."""
        coach = field is not None if coached is None else coached

        @_step_action(self.name, coached=coach)
        def view(
            request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
        ) -> HttpResponse:
            forms = self.forms(request, roles, breach, which)
            doing = Doing(request, roles, breach, forms)
            return acting.act(
                request,
                forms[form or which],
                lambda d: act(doing, d),
                done=done,
                field=field,
                coach=roles if coach else None,
                then=lambda: _saved(request, space, breach, roles, self.name),
                page=lambda: self.show(request, space, roles, breach, forms),
            )

        view.__name__ = view.__qualname__ = f"{self.name.removeprefix('step_')}_{which}"
        return view


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
                by=request.user,
                i_was_hurt=data["i_was_hurt"],
                category=data["category"],
                category_other=data.get("category_other", ""),
                occurred_on=data.get("occurred_on"),
                description=data["description"],
                visibility=data["visibility"],
                agreement_term=data.get("agreement_term", ""),
            )
        )

    if request.method == "POST" and acting.saved(
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
    breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
    return _page(request, "repair/detail.html", space, breach, roles)


# 1. Safety -------------------------------------------------------------------------------


@space_view
@require_http_methods(["GET", "POST"])
def safety_check(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    # Opened from a path (?breach=<its id>): "Not now" and saving lead back to that path.
    from_path = _breach_or_none(request, roles, request.GET.get("breach"))
    form = f.SafetyForm(request.POST or None)
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.safety_check_record(
            space=space,
            by=request.user,
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
        return breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
    except Http404:
        return None


# 2. Decision -------------------------------------------------------------------------------


def _decision_forms(
    request: AuthedRequest, roles: SpaceRoles, breach: Breach, posted: str = ""
) -> dict[str, Any]:
    """The page's three forms; only the one `posted` is bound."""
    everything, _ = _audiences(request, roles)
    decision = decision_seen_by(breach=breach, viewer=request.user, roles=roles)
    # A shared decision can be shared more widely, never narrowed: taking it back is its own act.
    current = decision.visibility if decision else Visibility.PRIVATE
    wider = [c for c in everything if len(audience_roles(c[0])) > len(audience_roles(current))]
    return {
        "decision": decision,
        "wider": wider,
        "form": f.DecisionForm(_data(request, posted, "decide"), audience=everything),
        "share": f.ShareForm(_data(request, posted, "share"), audience=wider),
        "withdraw": f.OnceForm(_data(request, posted, "withdraw")),
    }


def _decision_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
    hurt = is_hurt(breach, me)
    history = list(decision_history(breach=breach, viewer=me, roles=roles)) if hurt else []
    return _page(
        request,
        "repair/step_decision.html",
        space,
        breach,
        roles,
        form=forms["form"],
        share=forms["share"] if forms["wider"] else None,
        withdraw=forms["withdraw"],
        history=history,
        decision=forms["decision"],
        partner_sees=decision_partner_sees(breach=breach, viewer=me, roles=roles),
    )


DECISION = StepPage("step_decision", _decision_forms, _decision_page)
step_decision = DECISION.page()
decision_decide = DECISION.action(
    "decide",
    lambda on, d: services.decision_set(
        breach=on.breach,
        by=on.me,
        choice=d["choice"],
        note=d.get("note", ""),
        visibility=d["visibility"],
    ),
    form="form",
    done="Your decision is saved. You can change it whenever you need to.",
)
decision_share = DECISION.action(
    "share",
    lambda on, d: services.decision_share(breach=on.breach, by=on.me, visibility=d["visibility"]),
    done="Saved.",
)
decision_withdraw = DECISION.action(
    "withdraw",
    lambda on, d: services.decision_withdraw(breach=on.breach, by=on.me),
    done="You have taken it back. Take the time you need.",
)


# 3. Commitments ---------------------------------------------------------------------------


@_step_page(coached=True)
def step_commitments(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> HttpResponse:
    _, shared = _audiences(request, roles)
    form = f.TextForm(request.POST or None, audience=shared)
    if request.method == "POST" and acting.saved(
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


@_step_page()
def step_reflection(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> HttpResponse:
    everything, _ = _audiences(request, roles)
    emotions = HURT_EMOTIONS if is_hurt(breach, request.user) else INJURING_EMOTIONS
    form = f.ReflectionForm(
        request.POST or None,
        audience=everything,
        emotions=[(e.value, e.label) for e in emotions],
        initial={"emotion": request.GET.get("emotion", emotions[0].value)},
    )
    if request.method == "POST" and acting.saved(
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


def _accountability_forms(
    request: AuthedRequest, roles: SpaceRoles, breach: Breach, posted: str = ""
) -> dict[str, Any]:
    _, shared = _audiences(request, roles)
    versions = list(
        step_items(AccountabilityStatement, breach=breach, viewer=request.user, roles=roles)
        .select_related("response")
        .order_by("-version")
    )
    latest = versions[0] if versions else None
    write = f.VersionedTextForm(
        _data(request, posted, "write"),
        audience=shared,
        initial={
            "based_on_version": latest.version if latest else 0,
            "text": latest.text if latest else "",
        },
    )
    respond = f.ResponseForm(_data(request, posted, "respond"))
    return {"write": write, "respond": respond, "versions": versions, "latest": latest}


def _accountability_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    return _page(request, "repair/step_accountability.html", space, breach, roles, **forms)


ACCOUNTABILITY = StepPage("step_accountability", _accountability_forms, _accountability_page)
step_accountability = ACCOUNTABILITY.page()
accountability_write = ACCOUNTABILITY.action(
    "write",
    lambda on, d: services.statement_write(
        breach=on.breach,
        by=on.me,
        text=d["text"],
        based_on_version=d["based_on_version"],
        visibility=d["visibility"],
    ),
    done="Your statement is shared.",
    field="text",
)


@_step_action("step_accountability", coached=True)
def accountability_respond(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> HttpResponse:
    forms = _accountability_forms(request, roles, breach, "respond")
    latest = forms["latest"]
    if latest is None:
        messages.error(request, "There is no statement to answer yet.")
        return _back(space, breach, "step_accountability")
    return acting.act(
        request,
        forms["respond"],
        lambda d: services.statement_respond(
            statement=latest,
            by=request.user,
            feels_complete=d["feels_complete"],
            missing=d.get("missing", ""),
        ),
        done="Your answer is shared.",
        field="missing",
        coach=roles,
        then=lambda: _saved(request, space, breach, roles, "step_accountability"),
        page=lambda: _accountability_page(request, space, roles, breach, forms),
    )


# 6. Questions -----------------------------------------------------------------------------


def _questions_forms(
    request: AuthedRequest, roles: SpaceRoles, breach: Breach, posted: str = ""
) -> dict[str, Any]:
    _, shared = _audiences(request, roles)
    simple = {"close", "reopen", "complete", "withdraw"}
    answering = _uuid_or_empty(request.POST.get("question", "")) if posted == "answer" else ""
    return {
        "ask": f.TextForm(_data(request, posted, "ask"), audience=shared),
        "disclose": f.TextForm(_data(request, posted, "disclose"), audience=shared),
        "answer": f.AnswerForm(_data(request, posted, "answer"), auto_id=f"%s-{answering}"),
        "simple": f.OnceForm(request.POST if posted in simple else None),
        "answering": answering,
    }


def _uuid_or_empty(value: str) -> str:
    try:
        return str(UUID(value))
    except ValueError:
        return ""


def _questions_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
    questions = words_of_those_here(
        step_items(Question, breach=breach, viewer=me, roles=roles), breach=breach, roles=roles
    )
    disclosures = list(step_items(Disclosure, breach=breach, viewer=me, roles=roles))
    asked_before = selectors.asked_before(questions, viewer=me, breach=breach)
    for question in questions:
        question.asked_before = asked_before.get(question.pk)
    # Each open question has its own answer form (its own ids and one-time token); the one
    # just sent comes back as it was.
    for q in questions:
        sent = forms["answering"] == str(q.uid)
        q.answer_form = forms["answer"] if sent else f.AnswerForm(auto_id=f"%s-{q.uid}")
    simple = forms["simple"]
    if simple.is_bound:
        for error in simple.non_field_errors():
            messages.error(request, str(error))
    return _page(
        request,
        "repair/step_questions.html",
        space,
        breach,
        roles,
        **(forms | {"simple": f.OnceForm()}),
        questions=questions,
        disclosures=disclosures,
    )


QUESTIONS = StepPage("step_questions", _questions_forms, _questions_page)
step_questions = QUESTIONS.page()


def _one_question(on: Doing) -> Question:
    question_id = on.request.POST.get("question", "")
    return visible_or_404(Question.objects.filter(breach=on.breach), question_id, on.me, on.roles)


questions_ask = QUESTIONS.action(
    "ask",
    lambda on, d: services.question_ask(
        breach=on.breach, by=on.me, text=d["text"], visibility=d["visibility"]
    ),
    done="Your question is asked.",
    field="text",
)
questions_disclose = QUESTIONS.action(
    "disclose",
    lambda on, d: services.disclosure_add(
        breach=on.breach, by=on.me, text=d["text"], visibility=d["visibility"]
    ),
    done="Shared with your partner.",
    field="text",
)
questions_answer = QUESTIONS.action(
    "answer",
    lambda on, d: services.question_answer(
        question=_one_question(on), by=on.me, answer=d["answer"]
    ),
    done="Your answer is shared.",
    field="answer",
)
questions_withdraw = QUESTIONS.action(
    "withdraw",
    lambda on, d: services.question_withdraw(question=_one_question(on), by=on.me),
    form="simple",
    done="The question is withdrawn.",
)
questions_close = QUESTIONS.action(
    "close",
    lambda on, d: services.questions_close(breach=on.breach, by=on.me),
    form="simple",
    done="No more questions for now. You can reopen them whenever you need to.",
)
questions_reopen = QUESTIONS.action(
    "reopen",
    lambda on, d: services.questions_reopen(breach=on.breach, by=on.me),
    form="simple",
    done="Questions are open again.",
)
questions_complete = QUESTIONS.action(
    "complete",
    lambda on, d: services.disclosure_declare_complete(breach=on.breach, by=on.me),
    form="simple",
    done="Noted. Anything you tell from now on will be marked as told later.",
)


# 7. Impact ------------------------------------------------------------------------------


@_step_page(coached=True)
def step_impact(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> HttpResponse:
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
    if request.method == "POST" and acting.saved(
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


def _attempts_forms(
    request: AuthedRequest, roles: SpaceRoles, breach: Breach, posted: str = ""
) -> dict[str, Any]:
    _, shared = _audiences(request, roles)
    return {
        "offer": f.AttemptForm(_data(request, posted, "offer"), audience=shared),
        "ack": f.AcknowledgeForm(_data(request, posted, "ack")),
        "reflect": f.PrivateTextForm(_data(request, posted, "reflect")),
        "acting_on": request.POST.get("attempt", "") if posted else "",
    }


def _attempts_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
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
        **forms,
        attempts=attempts,
        my_reflections=my_reflections,
    )


ATTEMPTS = StepPage("step_attempts", _attempts_forms, _attempts_page)
step_attempts = ATTEMPTS.page()


def _one_attempt(on: Doing) -> RepairAttempt:
    attempt_id = on.request.POST.get("attempt", "")
    return visible_or_404(
        RepairAttempt.objects.filter(breach=on.breach), attempt_id, on.me, on.roles
    )


attempts_offer = ATTEMPTS.action(
    "offer",
    lambda on, d: services.attempt_offer(
        breach=on.breach, by=on.me, kind=d["kind"], text=d["text"], visibility=d["visibility"]
    ),
    done="Shared with your partner.",
    field="text",
)
attempts_ack = ATTEMPTS.action(
    "ack",
    lambda on, d: services.attempt_acknowledge(
        attempt=_one_attempt(on),
        by=on.me,
        acknowledgement=d["acknowledgement"],
        note=d.get("note", ""),
    ),
    done="Your answer is shared.",
    field="note",
)
attempts_reflect = ATTEMPTS.action(
    "reflect",
    lambda on, d: services.attempt_reflect(attempt=_one_attempt(on), by=on.me, text=d["text"]),
    done="Saved. Only you can read it.",
    field="text",
    coached=False,
)


# 9. Promises ------------------------------------------------------------------------------


def _promises_forms(
    request: AuthedRequest, roles: SpaceRoles, breach: Breach, posted: str = ""
) -> dict[str, Any]:
    _, shared = _audiences(request, roles)
    return {
        "make": f.PromiseForm(_data(request, posted, "make"), audience=shared),
        "mark": f.MarkForm(
            _data(request, posted, "mark"), initial={"occurrence": timezone.localdate()}
        ),
    }


def _promises_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
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
        **forms,
        promises=promises,
        rhythm_once=Rhythm.ONCE,
    )


PROMISES = StepPage("step_promises", _promises_forms, _promises_page)
step_promises = PROMISES.page()
promises_make = PROMISES.action(
    "make",
    lambda on, d: services.promise_make(
        breach=on.breach,
        by=on.me,
        text=d["text"],
        rhythm=d["rhythm"],
        due_on=d.get("due_on"),
        visibility=d["visibility"],
    ),
    done="Your promise is shared.",
    field="text",
)


@_step_action("step_promises")
def promises_mark(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> HttpResponse:
    forms = _promises_forms(request, roles, breach, "mark")
    mark = forms["mark"]

    def show_again() -> HttpResponse:
        # The marks are small inline forms, one a promise: their errors are said above.
        for errors in mark.errors.values():
            messages.error(request, " ".join(str(e) for e in errors))
        return _promises_page(request, space, roles, breach, forms)

    promise_id = request.POST.get("promise", "")
    return acting.act(
        request,
        mark,
        lambda d: services.promise_mark(
            promise=visible_or_404(
                Promise.objects.filter(breach=breach), promise_id, request.user, roles
            ),
            by=request.user,
            occurrence=d["occurrence"],
            kept=d["kept"],
        ),
        done="Noted.",
        field="occurrence",
        then=lambda: _saved(request, space, breach, roles, "step_promises"),
        page=show_again,
    )


# 10. Forgiveness -------------------------------------------------------------------------


@_step_page(coached=True)
def step_forgiveness(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> HttpResponse:
    """Written by the partner who was hurt, if and when it is true; asked once before it is
    saved, and revisited later as a new dated version (or taken back, for now)."""
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

    if request.method == "POST" and acting.saved(
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


@_step_page(coached=True)
def step_outcome(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> HttpResponse:
    """Where each partner stands: asked once before it is recorded, and revisited later as
    a new dated version of their own."""
    me = request.user
    _, shared = _audiences(request, roles)
    now, earlier = outcomes_seen_by(breach=breach, viewer=me, roles=roles)
    mine = next((o for o in now if o.author_id == me.pk), None)
    form = f.OutcomeForm(request.POST or None, audience=shared)
    record = services.outcome_revise if mine else services.outcome_record
    if request.method == "POST" and acting.saved(
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
    breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
    facts = seeing_facts(breach=breach, viewer=request.user, roles=roles)
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
    if request.method == "POST" and acting.saved(
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
