"""`guichet ingest SOURCE…`: ingest service-public.fr fiches (URL, zip or folder) and build the search index."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from guichet.knowledge import index
from guichet.knowledge.ingest import ingest, rechunk
from guichet.knowledge.progress import progress_bar
from guichet.knowledge.sources import SourceError, count_files


class Command(BaseCommand):
    help = "Intègre les fiches service-public.fr (URL, zip ou dossier) et construit l'index de recherche."

    def add_arguments(self, parser):
        parser.add_argument(
            "sources", nargs="*", help="URL de zip, zip local ou dossier (défaut : GUICHET_CORPUS_URLS)."
        )
        parser.add_argument("--reindex", action="store_true", help="Reconstruit seulement l'index depuis la base.")
        parser.add_argument(
            "--rechunk", action="store_true", help="Redécoupe les fiches en base (après un changement du découpage)."
        )
        parser.add_argument("--no-dense", action="store_true", help="Index lexical seulement (pas de vecteurs).")
        parser.add_argument(
            "--keep-missing", action="store_true", help="Ne retire pas les fiches absentes des sources."
        )
        parser.add_argument("--no-progress", action="store_true", help="Sans barre de progression.")

    def handle(self, *args, **options):
        show = not options["no_progress"]
        dense = not options["no_dense"] and settings.GUICHET_SEARCH_DENSE
        if options["rechunk"]:
            count = rechunk()
            self.stdout.write(f"{count} fiches redécoupées.")
        elif not options["reindex"]:
            sources = options["sources"] or list(settings.GUICHET_CORPUS_URLS)
            self._ingest(sources, show=show, keep_missing=options["keep_missing"])
            if index.is_current(dense=dense):
                self.stdout.write("Index de recherche déjà à jour.")
                return
        self._index(dense=dense, show=show)

    def _ingest(self, sources: list[str], *, show: bool, keep_missing: bool) -> None:
        totals = [count_files(source) for source in sources]
        total = sum(totals) if all(t is not None for t in totals) else None
        with progress_bar(self.stdout, enabled=show) as bar:
            read = bar.add_task("Lecture des fiches", total=total)
            write = bar.add_task("Écriture", total=None, visible=False)
            try:
                report = ingest(
                    sources,
                    on_file=lambda _name: bar.advance(read),
                    on_write=lambda n: (bar.update(write, visible=True), bar.advance(write, n)),
                    remove_missing=not keep_missing,
                )
            except SourceError as error:
                raise CommandError(str(error)) from error
        for error in report.errors[:20]:
            self.stderr.write(f"Rejetée : {error}")
        if len(report.errors) > 20:
            self.stderr.write(f"… et {len(report.errors) - 20} autres fichiers rejetés.")
        self.stdout.write(
            f"Fiches : {report.added} ajoutées, {report.updated} modifiées, {report.unchanged} inchangées, "
            f"{report.removed} retirées, {report.rejected} rejetées ({report.seconds:.1f} s)."
        )

    def _index(self, *, dense: bool, show: bool) -> None:
        started = time.perf_counter()
        with progress_bar(self.stdout, enabled=show) as bar:
            tasks: dict[str, int] = {}

            def on_progress(stage: str, done: int, total: int) -> None:
                label = {"lexical": "Index lexical", "dense": "Vecteurs (nouveaux passages)"}[stage]
                if stage not in tasks:
                    tasks[stage] = bar.add_task(label, total=total)
                bar.update(tasks[stage], completed=done, total=total)

            path = index.build(dense=dense, progress=on_progress)
        index.clear_cache()
        kind = "lexical et dense" if dense else "lexical"
        self.stdout.write(f"Index {kind} construit en {time.perf_counter() - started:.1f} s : {path}")
