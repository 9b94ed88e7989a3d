"""Risk-based spot checks: each week, the supervisors of an administration review a sample of the sent replies.

The sample of a week (Monday to Sunday, by `sent_at`) takes

1. every reply sent unchanged from an AI draft that carried an error or warning alert (the riskiest case: the
   agent approved the draft as is although Guichet asked them to check something);
2. a share (`SpotCheckPolicy.sensitive_rate`, rounded up) of the other replies to distress or complaint messages;
3. a share (`random_rate`, rounded up) of the rest, drawn at random.

Draws are seeded by administration and week, so a sample can be re-drawn identically; a reply is drawn once.
Checks are spread over the administration's supervisors in turn, never to the supervisor who approved the reply
when another one can take it. Grades (correct / minor issue / error, with a reason for the last two) feed the
dashboard and the experiment's quality measure.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from guichet.accounts.enums import Role
from guichet.accounts.models import Administration, Membership
from guichet.audit.services import audit_log
from guichet.inbox.models import Feedback, Reply
from guichet.insights.models import SpotCheck, SpotCheckPolicy
from guichet.insights.stats import week_start

SENSITIVE_LABELS = frozenset({"distress", "complaint"})
RISKY_LEVELS = frozenset({"error", "warning"})
REVIEWER_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


def policy_for(administration: Administration) -> SpotCheckPolicy:
    policy, _ = SpotCheckPolicy.objects.get_or_create(administration=administration)
    return policy


def is_reviewer(*, user, administration: Administration) -> bool:
    return (
        Membership.objects.active().filter(user=user, administration=administration, role__in=REVIEWER_ROLES).exists()
    )


def last_full_week(today: date | None = None) -> date:
    return week_start(today or timezone.localdate()) - timedelta(days=7)


def _window(week: date):
    tz = timezone.get_current_timezone()
    low = datetime.combine(week, time.min, tzinfo=tz)
    return low, low + timedelta(days=7)


def _risky(draft_alerts) -> bool:
    return any(isinstance(a, dict) and a.get("level") in RISKY_LEVELS for a in draft_alerts or [])


def sample_for_week(*, administration: Administration, week: date, actor=None) -> list[SpotCheck]:
    """Draw the week's sample (idempotent: replies already drawn stay as they are). Returns the new checks."""
    week = week_start(week)
    reviewers = list(
        Membership.objects.active()
        .filter(administration=administration, role=Role.SUPERVISOR)
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
    if not reviewers:
        return []
    policy = policy_for(administration)
    low, high = _window(week)
    replies = list(
        Reply.objects.filter(message__administration=administration, sent_at__gte=low, sent_at__lt=high)
        .select_related("message", "draft")
        .order_by("pk")
    )
    drawn = dict(SpotCheck.objects.filter(reply__in=replies).values_list("reply_id", "reason"))
    unchanged = {
        f["reply_id"] for f in Feedback.objects.filter(reply__in=replies, edit_distance__lte=0).values("reply_id")
    }
    risky = {r.pk for r in replies if r.ai_assisted and r.pk in unchanged and r.draft and _risky(r.draft.alerts)}
    sensitive = [r for r in replies if r.pk not in risky and SENSITIVE_LABELS & set(r.message.triage_labels or [])]
    rest = [r for r in replies if r.pk not in risky and r not in sensitive]
    rng = random.Random(f"{administration.pk}:{week.isoformat()}")
    picked = [(r, SpotCheck.Reason.ALERT_UNCHANGED) for r in replies if r.pk in risky and r.pk not in drawn]
    # The shares apply to the whole week: a second draw only tops up (replies drawn once, late ones included).
    for population, rate, reason in (
        (sensitive, policy.sensitive_rate, SpotCheck.Reason.SENSITIVE),
        (rest, policy.random_rate, SpotCheck.Reason.RANDOM),
    ):
        missing = _count(rate, population) - sum(1 for r in population if drawn.get(r.pk) == reason)
        candidates = [r for r in population if r.pk not in drawn]
        picked += [(r, reason) for r in rng.sample(candidates, max(0, min(missing, len(candidates))))]
    checks = []
    if not picked:
        return checks
    with transaction.atomic():
        for index, (reply, reason) in enumerate(picked):
            turn = [u for u in reviewers[index % len(reviewers) :] + reviewers if u != reply.approved_by_id]
            reviewer = turn[0] if turn else reviewers[index % len(reviewers)]
            checks.append(
                SpotCheck.objects.create(
                    administration=administration, reply=reply, reviewer_id=reviewer, week=week, reason=reason
                )
            )
        audit_log(
            action="spotcheck.sampled",
            obj=administration,
            actor=actor,
            administration=administration,
            details={
                "week": week.isoformat(),
                "replies": len(replies),
                **{reason: sum(1 for _, r in picked if r == reason) for reason in SpotCheck.Reason.values},
            },
        )
    return checks


def _count(rate, population: list) -> int:
    return min(len(population), math.ceil(float(rate) * len(population)))


@transaction.atomic
def spot_check_grade(*, check: SpotCheck, reviewer, grade: str, reason: str = "") -> SpotCheck:
    """Record a supervisor's grade; minor issues and errors need a reason."""
    if not is_reviewer(user=reviewer, administration=check.administration):
        raise PermissionDenied("Seuls les superviseurs de l'administration contrôlent ses réponses.")
    if grade not in SpotCheck.Grade.values:
        raise ValidationError("Appréciation inconnue.")
    reason = reason.strip()
    if grade != SpotCheck.Grade.CORRECT and not reason:
        raise ValidationError("Indiquez ce qui ne va pas (défaut mineur ou erreur).")
    check.grade, check.grade_reason, check.graded_at = grade, reason, timezone.now()
    check.reviewer = reviewer
    check.save(update_fields=["grade", "grade_reason", "graded_at", "reviewer"])
    audit_log(
        action="spotcheck.graded",
        obj=check,
        actor=reviewer,
        message=check.reply.message_id,
        administration=check.administration,
        details={"grade": grade, "reason": check.reason},
    )
    return check


@transaction.atomic
def policy_update(*, administration: Administration, actor, sensitive_rate, random_rate) -> SpotCheckPolicy:
    if not is_reviewer(user=actor, administration=administration):
        raise PermissionDenied("Seuls les superviseurs règlent les contrôles.")
    policy = policy_for(administration)
    policy.sensitive_rate, policy.random_rate = sensitive_rate, random_rate
    policy.full_clean()
    policy.save()
    audit_log(
        action="spotcheck.policy_updated",
        obj=policy,
        actor=actor,
        administration=administration,
        details={"sensitive_rate": str(sensitive_rate), "random_rate": str(random_rate)},
    )
    return policy
