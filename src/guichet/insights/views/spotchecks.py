from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from guichet.insights.forms import GradeForm, PolicyForm
from guichet.insights.models import SpotCheck
from guichet.insights.spotchecks import last_full_week, policy_for, policy_update, sample_for_week, spot_check_grade
from guichet.insights.views.common import context, supervised_administration


@login_required
def spotchecks_view(request: HttpRequest, slug: str) -> HttpResponse:
    administration = supervised_administration(request, slug)
    checks = SpotCheck.objects.filter(administration=administration).select_related(
        "reply", "reply__message", "reviewer", "reply__approved_by"
    )
    policy = policy_for(administration)
    week = last_full_week()
    weeks = (
        checks.values("week")
        .annotate(
            drawn=Count("pk"),
            graded=Count("pk", filter=~Q(grade="")),
            errors=Count("pk", filter=Q(grade=SpotCheck.Grade.ERROR)),
            minor=Count("pk", filter=Q(grade=SpotCheck.Grade.MINOR)),
        )
        .order_by("-week")[:8]
    )
    return render(
        request,
        "insights/spotchecks.html",
        context(
            request,
            administration,
            "insights:spotchecks",
            "Contrôles par échantillon",
            mine=[c for c in checks.filter(reviewer=request.user, grade="").order_by("week", "pk")],
            others=checks.exclude(reviewer=request.user).filter(grade="").order_by("week", "pk")[:50],
            graded=checks.exclude(grade="").order_by("-graded_at")[:20],
            weeks=weeks,
            last_week=week,
            last_week_drawn=checks.filter(week=week).exists(),
            grade_form=GradeForm(),
            policy_form=PolicyForm(
                initial={"sensitive_percent": policy.sensitive_rate * 100, "random_percent": policy.random_rate * 100}
            ),
        ),
    )


@login_required
@require_POST
def spotchecks_sample(request: HttpRequest, slug: str) -> HttpResponse:
    administration = supervised_administration(request, slug)
    created = sample_for_week(administration=administration, week=last_full_week(), actor=request.user)
    flash.success(request, f"{len(created)} réponse(s) tirée(s) pour contrôle.")
    return redirect("insights:spotchecks", slug=slug)


@login_required
@require_POST
def spotcheck_grade(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    administration = supervised_administration(request, slug)
    check = get_object_or_404(SpotCheck, pk=pk, administration=administration)
    form = GradeForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Choisissez une appréciation.")
        return redirect("insights:spotchecks", slug=slug)
    try:
        spot_check_grade(
            check=check, reviewer=request.user, grade=form.cleaned_data["grade"], reason=form.cleaned_data["reason"]
        )
    except ValidationError as exc:
        flash.error(request, " ".join(exc.messages))
        return redirect("insights:spotchecks", slug=slug)
    flash.success(request, "Contrôle enregistré.")
    return redirect("insights:spotchecks", slug=slug)


@login_required
@require_POST
def spotchecks_policy(request: HttpRequest, slug: str) -> HttpResponse:
    administration = supervised_administration(request, slug)
    form = PolicyForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Indiquez des parts entre 0 et 100 %.")
        return redirect("insights:spotchecks", slug=slug)
    sensitive, random_rate = form.rates()
    policy_update(administration=administration, actor=request.user, sensitive_rate=sensitive, random_rate=random_rate)
    flash.success(request, "Règles de contrôle enregistrées.")
    return redirect("insights:spotchecks", slug=slug)
