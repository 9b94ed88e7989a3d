from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from guichet.accounts.enums import Cohort
from guichet.audit.services import audit_log
from guichet.insights.experiment import dataset_csv, randomisations
from guichet.insights.forms import RandomiseForm
from guichet.insights.metrics import MIN_PER_COHORT, Estimate, experiment_report
from guichet.insights.services import cohorts_randomise
from guichet.insights.views.common import context, supervised_administration


def _fmt(estimate: Estimate, scale: float = 1.0, digits: int = 1) -> dict:
    def f(value):
        return None if value is None else f"{value * scale:.{digits}f}".replace(".", ",")

    return {"n": estimate.n, "mean": f(estimate.mean), "low": f(estimate.low), "high": f(estimate.high)}


MEASURES = [
    ("delay_hours", "Délai de réponse (heures, moyenne)", 1.0, 1),
    ("time_on_task_s", "Temps de traitement actif (minutes, moyenne)", 1 / 60, 1),
    ("quality", "Qualité : réponses jugées correctes aux contrôles (%)", 100.0, 0),
]


@login_required
def experiment_view(request: HttpRequest, slug: str) -> HttpResponse:
    """Pilot vs control with 95 % intervals; `?export=dataset` downloads the anonymous dataset."""
    administration = supervised_administration(request, slug)
    if request.GET.get("export") == "dataset":
        content = dataset_csv(administration)
        audit_log(
            action="experiment.dataset_exported",
            obj=administration,
            actor=request.user,
            administration=administration,
            details={"rows": content.count("\n") - 1},
        )
        response = HttpResponse("\ufeff" + content, content_type="text/csv; charset=utf-8")
        name = f"guichet-{administration.slug}-experimentation-{timezone.localdate()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    report = experiment_report(administration=administration)
    by = {c.cohort: c for c in report.cohorts}
    rows = []
    for key, label, scale, digits in MEASURES:
        rows.append(
            {
                "label": label,
                "cells": [
                    _fmt(getattr(by[Cohort.PILOT], key), scale, digits),
                    _fmt(getattr(by[Cohort.CONTROL], key), scale, digits),
                ],
                "difference": _fmt(report.differences[key], scale, digits),
                "conclusive": report.differences[key].low is not None
                and (report.differences[key].low > 0 or report.differences[key].high < 0),
            }
        )
    return render(
        request,
        "insights/experiment.html",
        context(
            request,
            administration,
            "insights:experiment",
            "Expérimentation",
            report=report,
            cohorts=[(Cohort(c.cohort).label, c.replies) for c in report.cohorts],
            rows=rows,
            minimum=MIN_PER_COHORT,
            randomisations=randomisations(administration),
            form=RandomiseForm(initial={"control_percent": 50}),
        ),
    )


@login_required
@require_POST
def experiment_randomise(request: HttpRequest, slug: str) -> HttpResponse:
    administration = supervised_administration(request, slug)
    form = RandomiseForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Tirage impossible : indiquez une graine et une part de témoins entre 0 et 100 %.")
        return redirect("insights:experiment", slug=slug)
    counts = cohorts_randomise(
        administration=administration,
        seed=form.cleaned_data["seed"],
        control_share=form.cleaned_data["control_percent"] / 100,
        actor=request.user,
    )
    flash.success(
        request, f"Tirage enregistré : {counts['pilot']} agent(s) en cohorte pilote, {counts['control']} en témoin."
    )
    return redirect("insights:experiment", slug=slug)
