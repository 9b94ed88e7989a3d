from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.services import administration_find
from guichet.inbox.import_queue import QueueProgress, batches_of, progress_of, requeue_failed, work_through
from guichet.inbox.importexport import QUEUE_ABOVE, ImportFormatError, import_wait, messages_import


class Command(BaseCommand):
    help = "Importe des messages : CSV ou JSON au format open data Services Publics+, ou JSONL simple."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="*", type=Path, help="fichiers .csv, .json ou .jsonl")
        parser.add_argument("--format", choices=["csv", "json", "jsonl"], help="forcer le format")
        parser.add_argument("--administration", help="rattacher tous les messages à cette administration")
        parser.add_argument(
            "--create-administrations", action="store_true", help="créer les administrations inconnues"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="tout vérifier et dire ce qui serait importé, sans rien écrire"
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="processus qui pseudonymisent et trient les messages en parallèle (2 sur une machine à 2 cœurs)",
        )
        queue = parser.add_mutually_exclusive_group()
        queue.add_argument(
            "--queue",
            action="store_true",
            default=None,
            help=f"mettre les lignes vérifiées en file (chiffrées) pour les travailleurs (défaut au-delà de "
            f"{QUEUE_ABOVE} lignes) : l'import rend la main en quelques secondes, les messages apparaissent "
            "au fur et à mesure de leur analyse",
        )
        queue.add_argument(
            "--no-queue", dest="queue", action="store_false", help="analyser et écrire ici, lot par lot"
        )
        parser.add_argument(
            "--resume",
            metavar="IMPORT",
            help="remettre en file les lots d'un import en file qui ont échoué (cause corrigée), puis --wait possible",
        )
        parser.add_argument(
            "--wait",
            action="store_true",
            help="avec la file : analyser les lots ici (--workers processus, à côté des travailleurs) et attendre",
        )

    def progress(self, done: int, total: int) -> None:
        """About twenty lines for a large file: written (or already present) out of what is to be written."""
        step = max(1, total // 20)
        if total and (done == total or done // step != getattr(self, "_last_step", -1)):
            self._last_step = done // step
            self.stderr.write(f"  {done} / {total} message(s) écrits")

    def queue_progress(self, state: QueueProgress) -> None:
        """About twenty lines: batches analysed and stored out of those queued."""
        step = max(1, state.total // 20)
        if state.stored == state.total or state.stored // step != getattr(self, "_last_batch_step", -1):
            self._last_batch_step = state.stored // step
            self.stderr.write(f"  {state.stored} / {state.total} lot(s) analysés et rangés")

    def resume(self, import_id: str, *, wait: bool, workers: int) -> None:
        """Queue again the failed batches of a queued import; with `wait`, analyse them here and wait."""
        total = batches_of(import_id)
        if not total:
            raise CommandError(f"Aucun import en file n'a l'identifiant {import_id}.")
        self.stdout.write(f"Import {import_id} : {requeue_failed(import_id)} lot(s) en échec remis en file.")
        state = work_through(import_id, total, workers=workers, progress=self.queue_progress) if wait else None
        state = state or progress_of(import_id, total)
        self.stdout.write(
            f"Import {import_id} : {state.stored} / {state.total} lot(s) rangés ({state.outcome.created} message(s) "
            f"importé(s), {state.outcome.duplicates} déjà présent(s)), {state.pending} en file, "
            f"{state.failed} en échec."
        )
        if state.failed:
            raise CommandError("Des lots sont encore en échec (voir le journal des tâches).", returncode=2)

    def handle(self, *args, **options) -> None:
        if options["resume"]:
            self.resume(options["resume"], wait=options["wait"], workers=max(1, options["workers"]))
            return
        if not options["files"]:
            raise CommandError("Nommez au moins un fichier à importer (ou --resume IMPORT).")
        forced = None
        if options["administration"]:
            forced = administration_find(options["administration"])
            if forced is None:
                raise CommandError(f"Administration inconnue : {options['administration']}")
        failed = queued = False
        for path in options["files"]:
            if not path.is_file():
                raise CommandError(f"Fichier introuvable : {path}")
            try:
                report = messages_import(
                    path=path,
                    fmt=options["format"],
                    administration=forced,
                    create_administrations=options["create_administrations"],
                    dry_run=options["dry_run"],
                    workers=max(1, options["workers"]),
                    progress=self.progress,
                    queue=options["queue"],
                )
            except ImportFormatError as exc:
                raise CommandError(f"{path.name} : fichier refusé : {exc}") from exc
            if report.queued and options["wait"]:
                report = import_wait(report, workers=max(1, options["workers"]), progress=self.queue_progress)
            for warning in report.warnings:
                self.stderr.write(f"{path.name}:{warning.line}: avertissement : {warning.reason}")
            for error in report.errors:
                self.stderr.write(
                    self.style.ERROR(f"{path.name}:{error.line}: rejeté : {error.reason} — « {error.excerpt} »")
                )
            self.stdout.write(report.summary(path.name))
            if report.queued:
                queued = True
                self.stdout.write(
                    f"{report.queued} message(s) en file d'analyse ({report.batches} lot(s), "
                    f"import {report.import_id}) : "
                    "les travailleurs (guichet worker) les pseudonymisent, les trient et les rangent dans la boîte "
                    "au fur et à mesure ; aucun n'est visible avant."
                )
            if report.failed_batches:
                failed = True
                self.stderr.write(
                    self.style.ERROR(
                        f"{report.failed_batches} lot(s) en échec après plusieurs essais : leurs lignes restent, "
                        "chiffrées, dans la file des tâches ; une fois la cause corrigée : "
                        f"guichet import --resume {report.import_id} --wait"
                    )
                )
            if not report.accounted:  # never expected: say it rather than hide it
                raise CommandError(f"{path.name} : décompte incohérent, signalez-le : {report}")
            failed = failed or not report.ok
        if options["dry_run"]:
            self.stdout.write("Essai à blanc (--dry-run) : rien n'a été écrit.")
        if failed:
            done = "rien n'a été écrit" if options["dry_run"] else "les autres sont importées"
            if queued:
                done = "les autres sont importées ou en file d'analyse"
            raise CommandError(
                f"Certaines lignes ont été rejetées ou n'ont pas pu être rangées (voir ci-dessus) ; {done}.",
                returncode=2,
            )
