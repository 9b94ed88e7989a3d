"""Experiment metrics: does the AI help? Pilot (AI drafts) vs control (no draft) agents, with 95 % intervals.

Each metric is computed from sent replies, grouped by the cohort the approving agent had (in the message's
administration) when the reply was sent. Intervals are normal-approximation intervals on the mean (Wilson for
proportions); the difference between cohorts is reported with its own interval so a reader sees whether zero is
excluded.
"""

import math
import statistics
from dataclasses import asdict, dataclass, field

from guichet.accounts.enums import Cohort
from guichet.accounts.models import Administration, Membership
from guichet.inbox.enums import FeedbackRating
from guichet.inbox.models import Feedback, Reply
from guichet.insights.models import SpotCheck

Z95 = 1.959964
MIN_PER_COHORT = 30


@dataclass
class Estimate:
    n: int
    mean: float | None
    low: float | None
    high: float | None


@dataclass
class CohortMetrics:
    cohort: str
    replies: int
    delay_hours: Estimate
    time_on_task_s: Estimate
    edit_distance: Estimate
    acceptance_rate: Estimate  # share of AI drafts rated usable as is or with minor edits
    quality: Estimate  # share of spot-checked replies graded correct (supervisors' review)


@dataclass
class ExperimentReport:
    administration: str | None
    cohorts: list[CohortMetrics] = field(default_factory=list)
    differences: dict[str, Estimate] = field(default_factory=dict)  # pilot − control

    def as_dict(self) -> dict:
        return asdict(self) | {"too_small": self.too_small}

    @property
    def too_small(self) -> bool:
        """Fewer than MIN_PER_COHORT sent replies in a cohort: intervals too wide to conclude."""
        return any(c.replies < MIN_PER_COHORT for c in self.cohorts)


def mean_interval(values: list[float]) -> Estimate:
    n = len(values)
    if n == 0:
        return Estimate(0, None, None, None)
    mean = statistics.fmean(values)
    if n == 1:
        return Estimate(1, mean, None, None)
    half = Z95 * statistics.stdev(values) / math.sqrt(n)
    return Estimate(n, mean, mean - half, mean + half)


def proportion_interval(successes: int, n: int) -> Estimate:
    """Wilson score interval: well-behaved for small samples and proportions near 0 or 1."""
    if n == 0:
        return Estimate(0, None, None, None)
    p = successes / n
    denominator = 1 + Z95**2 / n
    centre = (p + Z95**2 / (2 * n)) / denominator
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / denominator
    return Estimate(n, p, centre - half, centre + half)


def difference_interval(a: list[float], b: list[float]) -> Estimate:
    """Welch-style normal interval on mean(a) − mean(b)."""
    if len(a) < 2 or len(b) < 2:
        return Estimate(len(a) + len(b), None, None, None)
    diff = statistics.fmean(a) - statistics.fmean(b)
    half = Z95 * math.sqrt(statistics.variance(a) / len(a) + statistics.variance(b) / len(b))
    return Estimate(len(a) + len(b), diff, diff - half, diff + half)


def _cohort_of(reply: Reply, cohorts: dict[tuple[int, int], str]) -> str:
    """The cohort recorded when the reply was sent; else (older replies) the agent's current cohort."""
    recorded = getattr(reply, "cohort_record", None)
    if recorded is not None:
        return recorded.cohort
    return cohorts.get((reply.approved_by_id, reply.message.administration_id), Cohort.PILOT)


def experiment_report(*, administration: Administration | None = None) -> ExperimentReport:
    replies = Reply.objects.select_related("message", "cohort_record").filter(sent_at__isnull=False)
    if administration is not None:
        replies = replies.filter(message__administration=administration)
    cohorts = {
        (m.user_id, m.administration_id): m.cohort
        for m in Membership.objects.all().only("user_id", "administration_id", "cohort")
    }
    feedback = {f.reply_id: f for f in Feedback.objects.filter(reply__in=replies).order_by("pk")}
    grades = dict(SpotCheck.objects.filter(reply__in=replies).exclude(grade="").values_list("reply_id", "grade"))
    samples: dict[str, dict[str, list[float]]] = {
        c: {"delay": [], "time": [], "edit": [], "accepted": [], "quality": []} for c in Cohort.values
    }
    for reply in replies:
        bucket = samples[_cohort_of(reply, cohorts)]
        bucket["delay"].append((reply.sent_at - reply.message.received_at).total_seconds() / 3600)
        if reply.pk in grades:
            bucket["quality"].append(1.0 if grades[reply.pk] == SpotCheck.Grade.CORRECT else 0.0)
        fb = feedback.get(reply.pk)
        if fb is None:
            continue
        if fb.time_on_task_s is not None:
            bucket["time"].append(float(fb.time_on_task_s))
        if fb.edit_distance is not None:
            bucket["edit"].append(fb.edit_distance)
        if fb.rating and reply.ai_assisted:
            bucket["accepted"].append(1.0 if fb.rating in {FeedbackRating.AS_IS, FeedbackRating.MINOR} else 0.0)
    report = ExperimentReport(administration=administration.name if administration else None)
    for cohort in Cohort.values:
        s = samples[cohort]
        report.cohorts.append(
            CohortMetrics(
                cohort=cohort,
                replies=len(s["delay"]),
                delay_hours=mean_interval(s["delay"]),
                time_on_task_s=mean_interval(s["time"]),
                edit_distance=mean_interval(s["edit"]),
                acceptance_rate=proportion_interval(int(sum(s["accepted"])), len(s["accepted"])),
                quality=proportion_interval(int(sum(s["quality"])), len(s["quality"])),
            )
        )
    pilot, control = samples[Cohort.PILOT], samples[Cohort.CONTROL]
    report.differences = {
        "delay_hours": difference_interval(pilot["delay"], control["delay"]),
        "time_on_task_s": difference_interval(pilot["time"], control["time"]),
        "quality": difference_interval(pilot["quality"], control["quality"]),
    }
    return report
