"""A fiche's dense summary is the same in every process: its section names keep the fiche's order.

They used to be gathered in a set, whose order follows the process's hash seed, so two builds of the same base wrote
different summaries and vectors (about 2,200 of 7,180 fiches) and ranked differently.
"""

import os
import subprocess
import sys

from guichet.knowledge.index import summary_text

HEADINGS = [
    "Vous êtes locataire > Préavis",
    "Vous êtes locataire > Dépôt de garantie",
    "Vous êtes propriétaire > Congé pour vente",
    "Vous êtes propriétaire > Travaux",
    "Colocation > Solidarité",
]


def test_section_names_keep_the_fiche_order():
    text = summary_text("Bail d'habitation", "Les règles du bail.", HEADINGS)
    assert text.endswith(
        "Vous êtes locataire, Préavis, Dépôt de garantie, Vous êtes propriétaire, Congé pour vente, Travaux, "
        "Colocation, Solidarité"
    )


def test_two_processes_with_different_hash_seeds_write_the_same_summary():
    code = (
        "import django; django.setup(); from guichet.knowledge.index import summary_text;"
        f"print(summary_text('Bail', 'Règles.', {HEADINGS!r}))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "guichet.settings"}
    runs = [
        subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONHASHSEED": s}, capture_output=True, text=True)
        for s in ("1", "2", "3", "4")
    ]
    assert all(run.returncode == 0 for run in runs), runs[0].stderr[-500:]
    assert len({run.stdout for run in runs}) == 1 and "Préavis, Dépôt de garantie" in runs[0].stdout
