"""The `guichet` command: a thin front over Django management commands, with Guichet's own help page."""

import os
import sys
from pathlib import Path

from django.core.management import execute_from_command_line

from guichet import __version__
from guichet.env import env_path
from guichet.text import regex_cache

# Commands whose start-up compiles the same regular expressions every run: they read them from a cache in the data
# folder (`guichet.text.regex_cache`, forty-fourth pass; its `ENABLED` switch turns it off).
CACHED_COMMANDS = frozenset({"pseudonymize"})

COMMANDS: dict[str, str] = {
    "quickstart": "Prépare tout (base, comptes de démonstration, fiches, messages) et démarre Guichet.",
    "serve": "Démarre le serveur web (gunicorn : --workers N processus × --threads fils).",
    "worker": "Démarre le travailleur de tâches de fond (brouillons, réponses poussées) ; --concurrency N.",
    "modelserver": "Sert le modèle embarqué par HTTP (compatible OpenAI) pour tous les travailleurs.",
    "migrate": "Crée ou met à jour le schéma de la base de données.",
    "createagent": "Crée un compte et son rôle dans une administration.",
    "apikey": "Crée une clé d'API pour une administration (plateforme SP+ ou autre guichet).",
    "webhook": "Configure le webhook d'une administration (réponses envoyées poussées, signées).",
    "import": "Importe des messages (CSV/JSON Services Publics+, JSONL).",
    "export": "Exporte les réponses envoyées au format Services Publics+ (pseudonymisées).",
    "ingest": "Intègre les fiches service-public.fr (URL, zip ou dossier) et construit l'index.",
    "search": "Cherche les fiches qui répondent à un texte.",
    "pseudonymize": "Pseudonymise un texte (entrée standard) ou un fichier JSONL.",
    "purge": "Supprime les données personnelles des messages clos au-delà de la durée de conservation.",
    "draft": "Prépare un brouillon de réponse pour un message, de bout en bout.",
    "experiment": "Expérimentation pilote/témoin : tirage au sort des cohortes, résultats avec intervalles.",
    "spotchecks": "Tire l'échantillon hebdomadaire de réponses à contrôler par les superviseurs.",
    "eval": "Évalue la recherche (retrieval) ou les brouillons (drafts) sur un jeu d'évaluation.",
    "triage": "Modèle de tri : entraînement (train), mesure (eval), corrections des agents (export).",
}


def _help() -> str:
    width = max(len(name) for name in COMMANDS)
    lines = [
        "Utilisation : guichet COMMANDE [options]   (guichet COMMANDE --help pour le détail)",
        "",
        "Commandes :",
        *(f"  {name.ljust(width)}  {text}" for name, text in COMMANDS.items()),
        "",
        "Toutes les commandes d'administration de Django restent disponibles (guichet manage --help).",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(_help())
        return 0
    if argv[0] in {"--version", "version"}:
        print(f"guichet {__version__}")
        return 0
    if argv[0] == "manage":
        argv = argv[1:] or ["help"]
    if argv[0] in CACHED_COMMANDS:
        regex_cache.install(regex_cache.path_for(env_path("GUICHET_DATA_DIR", Path.cwd() / "var") / "cache"))
    try:
        execute_from_command_line(["guichet", *argv])
    except KeyboardInterrupt:
        print("\nInterrompu.", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
