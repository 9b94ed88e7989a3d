import json

from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.services import administration_find
from guichet.insights.metrics import Estimate, experiment_report
from guichet.insights.services import cohorts_randomise


def _fmt(estimate: Estimate, digits: int = 1) -> str:
    if estimate.mean is None:
        return "—"
    if estimate.low is None:
        return f"{estimate.mean:.{digits}f} (n={estimate.n})"
    return f"{estimate.mean:.{digits}f} [{estimate.low:.{digits}f} ; {estimate.high:.{digits}f}] (n={estimate.n})"


class Command(BaseCommand):
    help = "Expérimentation pilote/témoin : tirage au sort des cohortes et résultats avec intervalles à 95 %."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        randomise = sub.add_parser("randomise", help="répartir au hasard les agents d'une administration")
        randomise.add_argument("--administration", required=True)
        randomise.add_argument("--seed", type=int, required=True, help="graine (rend le tirage reproductible)")
        randomise.add_argument("--control-share", type=float, default=0.5)
        report = sub.add_parser("report", help="résultats par cohorte")
        report.add_argument("--administration")
        report.add_argument("--json", action="store_true")

    def handle(self, *args, **options) -> None:
        administration = None
        if options.get("administration"):
            administration = administration_find(options["administration"])
            if administration is None:
                raise CommandError(f"Administration inconnue : {options['administration']}")
        if options["action"] == "randomise":
            counts = cohorts_randomise(
                administration=administration, seed=options["seed"], control_share=options["control_share"]
            )
            self.stdout.write(f"{counts['pilot']} agent(s) en cohorte pilote, {counts['control']} en cohorte témoin.")
            return
        result = experiment_report(administration=administration)
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
            return
        for cohort in result.cohorts:
            self.stdout.write(f"Cohorte {cohort.cohort} : {cohort.replies} réponse(s)")
            self.stdout.write(f"  délai (h)               {_fmt(cohort.delay_hours)}")
            self.stdout.write(f"  temps de traitement (s) {_fmt(cohort.time_on_task_s, 0)}")
            self.stdout.write(f"  distance d'édition      {_fmt(cohort.edit_distance, 2)}")
            self.stdout.write(f"  brouillons acceptés     {_fmt(cohort.acceptance_rate, 2)}")
        for name, diff in result.differences.items():
            self.stdout.write(f"Écart pilote − témoin, {name} : {_fmt(diff)}")
