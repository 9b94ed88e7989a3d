"""Import a generated SP+ CSV with planted corruptions into a fresh database, and time it.

nice -n 10 .venv/bin/python benchmarks/import_csv.py --rows 50000 --bad 10 --workers 2
nice -n 10 .venv/bin/python benchmarks/import_csv.py --rows 50000 --bad 10 --dry-run   # parse, checks, accounting
nice -n 10 .venv/bin/python benchmarks/import_csv.py --rows 2000 --bad 10 --database-url postgres://postgres@127.0.0.1/bench
nice -n 10 .venv/bin/python benchmarks/import_csv.py --rows 50000 --bad 10 --queue --workers 2   # queued import
nice -n 10 .venv/bin/python benchmarks/import_csv.py --rows 2000 --bad 10 --queue --resent 0.1   # 10 % sent again

With `--queue` the import checks the rows and queues them, encrypted, for the workers (`inbox/import_queue.py`);
the benchmark times that (the import), then the analysis and storage of the queued batches by `--workers`
processes (`import_wait`, as `guichet import --wait`), and reports both.

The file is synthetic (seeded): varied citizen messages with names, e-mails, phone numbers and multi-line
paragraphs, plus `--bad` rows corrupted in different ways (unclosed quote, extra or missing columns, a stray
character after a closing quote, an empty description), and with `--resent` a share of messages sent again (the
title and body of a recent row under a new id: stored again, analysed once in a batch). The benchmark checks the
accounting: exactly rows - bad imported, the bad rows reported with their real line numbers. Runs in a temporary
data directory (its own SQLite database, or the PostgreSQL database of `--database-url`, emptied first), with drafting
enqueued as in production (GUICHET_AUTO_DRAFT on, no worker running). It then checks that every imported message is
pseudonymised, triaged and has its drafting task queued, and prints the load average before and after.
"""

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

HEADER = [
    "id_experience",
    "titre",
    "description",
    "intitule_typologie_1",
    "intitule_structure_1",
    "reponse_structure_1",
    "ressenti_usager",
    "date_de_publication",
    "etat_de_lexperience",
]
FIRST = ["Marie", "Jean", "Fatima", "Pierre", "Nadia", "Luc", "Sophie", "Karim", "Claire", "Hugo"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon"]
TOPICS = [
    "Je n'ai pas reçu mon aide au logement ce mois-ci",
    "Mon dossier de RSA est bloqué depuis trois semaines",
    "Comment déclarer la naissance de mon enfant ?",
    "Je voudrais savoir où en est ma demande de prime d'activité",
    "On me demande un justificatif que j'ai déjà envoyé",
    "Mon allocation a baissé sans explication",
]


def _message(rng: random.Random, n: int) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    parts = [
        rng.choice(TOPICS) + ".",
        f"Je m'appelle {first} {last}, mon numéro allocataire est {rng.randint(1000000, 9999999)}.",
        f"Vous pouvez me joindre au 06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} ou à {first.lower()}.{last.lower()}{n}@exemple.fr.",
        "Merci de votre aide ; bonne journée.",
    ]
    return ("\n" if rng.random() < 0.2 else " ").join(parts)


def _quote(value: str) -> str:
    if any(ch in value for ch in ';"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def generate(path: Path, rows: int, bad: int, seed: int = 7, resent: float = 0.0) -> list[int]:
    """Write the CSV; returns the physical line numbers of the corrupted rows. With `resent`, that share of the rows
    repeats the title and body of one of the twenty rows before it (a message sent again, under its own id)."""
    rng = random.Random(seed)
    sent: list[tuple[str, str]] = []
    corrupt = set(rng.sample(range(rows), bad))
    kinds = ["unclosed", "extra", "missing", "after_quote", "empty"]
    bad_lines: list[int] = []
    line = 2
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(";".join(HEADER) + "\n")
        for n in range(rows):
            title, body = f"Demande {n}", _message(rng, n)
            if resent and sent and rng.random() < resent:
                title, body = rng.choice(sent[-20:])
            sent.append((title, body))
            values = [f"exp-{n}", title, body, "CAF", "CAF du Rhône", "", "Négatif", "2024-03-01", "Publiée"]
            text = ";".join(_quote(value) for value in values)
            if n in corrupt:
                kind = kinds[len(bad_lines) % len(kinds)]
                bad_lines.append(line)
                if kind == "unclosed":
                    text = ";".join(
                        [values[0], values[1], '"' + body.replace("\n", " ").replace('"', "")] + values[3:]
                    )
                elif kind == "extra":
                    text += ";en trop"
                elif kind == "missing":
                    text = ";".join(_quote(value) for value in values[:6])
                elif kind == "after_quote":
                    text = ";".join([values[0], '"Demande"x', _quote(body.replace("\n", " "))] + values[3:])
                else:
                    text = ";".join(_quote(value) for value in values[:2] + [""] + values[3:])
            out.write(text + "\n")
            line += text.count("\n") + 1
    return bad_lines


def main() -> int:
    parser = argparse.ArgumentParser(description="Mesure l'import CSV (lignes/s) et vérifie le décompte.")
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--bad", type=int, default=10)
    parser.add_argument("--keep", type=Path, default=None, help="dossier de données à garder (sinon temporaire)")
    parser.add_argument("--dry-run", action="store_true", help="lecture, contrôles et décompte seulement (rien écrit)")
    parser.add_argument("--workers", type=int, default=1, help="processus d'analyse (pseudonymisation et tri)")
    parser.add_argument("--database-url", default="", help="base PostgreSQL à utiliser (vidée d'abord)")
    parser.add_argument("--queue", action="store_true", help="import en file : analyse par les travailleurs ensuite")
    parser.add_argument("--resent", type=float, default=0.0, help="part des lignes qui répètent un message récent")
    options = parser.parse_args()
    data_dir = options.keep or Path(tempfile.mkdtemp(prefix="guichet-import-bench-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["GUICHET_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    os.environ.pop("DATABASE_URL", None)
    if options.database_url:
        os.environ["DATABASE_URL"] = options.database_url
    import django

    django.setup()
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    from guichet.accounts.services import administration_get_or_create
    from guichet.inbox.importexport import import_wait, messages_import
    from guichet.inbox.models import Message

    if options.database_url:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    administration_get_or_create(name="Caisse d'allocations familiales", short_name="CAF", aliases=["CAF"])
    path = data_dir / "bench.csv"
    expected_bad = generate(path, options.rows, options.bad, resent=options.resent)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"  {done}/{total} rows written, {time.perf_counter() - started:.0f} s", flush=True)

    def cpu_seconds() -> float:
        return sum(
            usage.ru_utime + usage.ru_stime
            for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
        )

    cpu_before = cpu_seconds()
    report = messages_import(
        path=path, dry_run=options.dry_run, workers=options.workers, progress=progress, queue=options.queue
    )
    elapsed = time.perf_counter() - started
    if options.queue:
        cpu_import = cpu_seconds() - cpu_before
        print(
            f"import (checked and queued): {elapsed:.1f} s wall, {cpu_import:.1f} CPU-s; "
            f"queued={report.queued} in {report.batches} batches, rejected={report.rejected}",
            flush=True,
        )

        def queue_progress(state) -> None:
            print(f"  {state.stored}/{state.total} batches stored, {time.perf_counter() - started:.0f} s", flush=True)

        report = import_wait(report, workers=options.workers, progress=queue_progress)
        print(
            f"analysis and storage by {options.workers} worker process(es): "
            f"{time.perf_counter() - started - elapsed:.1f} s wall, "
            f"{cpu_seconds() - cpu_before - cpu_import:.1f} CPU-s "
            f"(set-up of each process included); failed batches={report.failed_batches}"
        )
        elapsed = time.perf_counter() - started
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rejected = sorted(error[0] for error in report.errors)
    cpu = cpu_seconds()
    print(f"rows={options.rows} bad={options.bad} seconds={elapsed:.1f} rows_per_s={options.rows / elapsed:.0f}")
    print(f"cpu_seconds={cpu:.1f} (this process and its workers, set-up included)")
    print(f"created={report.created} duplicates={report.duplicates} rejected={len(report.errors)}")
    pseudonymised = Message.objects.exclude(pseudonymised_at=None).count()
    triaged = Message.objects.filter(status="triaged").count()
    queued = DBTaskResult.objects.filter(status="READY", queue_name="drafting").count()
    print(f"messages_in_db={Message.objects.count()} pseudonymised={pseudonymised} triaged={triaged} queued={queued}")
    ok = report.created == options.rows - options.bad and rejected == expected_bad
    if not options.dry_run:
        ok = ok and pseudonymised == triaged == queued == report.created
    print("accounting", "OK" if ok else f"WRONG: expected lines {expected_bad}, got {rejected}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
