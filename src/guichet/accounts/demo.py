"""Demo tenants and accounts created by `guichet quickstart` (idempotent)."""

import re
import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Administration
from guichet.accounts.services import administration_get_or_create, agent_create

# The administrations citizens write to most, with how they are named and what they handle.
ADMINISTRATIONS: list[dict] = [
    {
        "name": "Caisse d'allocations familiales",
        "short_name": "CAF",
        "aliases": ["CAF", "Caisse d'Allocations Familiales (CAF)", "Allocations familiales"],
        "competences": [
            "allocations familiales",
            "APL",
            "aide au logement",
            "RSA",
            "prime d'activité",
            "AAH",
            "naissance",
            "garde d'enfant",
        ],
        "contact_url": "https://www.caf.fr",
    },
    {
        "name": "Assurance retraite",
        "short_name": "CNAV",
        "aliases": ["Assurance retraite", "CNAV", "Caisse nationale d'assurance vieillesse", "Carsat"],
        "competences": ["retraite", "pension", "ASPA", "relevé de carrière", "pension de réversion"],
        "contact_url": "https://www.lassuranceretraite.fr",
    },
    {
        "name": "Assurance maladie",
        "short_name": "CPAM",
        "aliases": ["Assurance maladie", "CPAM", "Ameli", "CNAM"],
        "competences": [
            "remboursement",
            "carte Vitale",
            "arrêt maladie",
            "indemnités journalières",
            "complémentaire santé solidaire",
            "médecin traitant",
        ],
        "contact_url": "https://www.ameli.fr",
    },
    {
        "name": "Préfecture du Rhône",
        "short_name": "Préfecture",
        "aliases": ["Préfecture", "Prefecture", "Préfecture du Rhône", "Sous-préfecture"],
        "competences": ["titre de séjour", "naturalisation", "récépissé", "étrangers"],
        "contact_url": "https://www.rhone.gouv.fr",
    },
    {
        "name": "Agence nationale des titres sécurisés",
        "short_name": "ANTS",
        "aliases": ["ANTS", "France Titres"],
        "competences": [
            "carte grise",
            "permis de conduire",
            "passeport",
            "carte d'identité",
            "certificat d'immatriculation",
        ],
        "contact_url": "https://ants.gouv.fr",
    },
    {
        "name": "France Travail",
        "short_name": "France Travail",
        "aliases": ["France Travail", "Pôle emploi", "Pole emploi"],
        "competences": ["chômage", "allocation chômage", "ARE", "inscription demandeur d'emploi", "formation"],
        "contact_url": "https://www.francetravail.fr",
    },
    {
        "name": "Direction générale des finances publiques",
        "short_name": "DGFiP",
        "aliases": [
            "DGFiP",
            "Impôts",
            "impots.gouv",
            "Centre des finances publiques",
            "Service des impôts des particuliers",
        ],
        "competences": [
            "impôt sur le revenu",
            "taxe d'habitation",
            "taxe foncière",
            "prélèvement à la source",
            "déclaration de revenus",
        ],
        "contact_url": "https://www.impots.gouv.fr",
    },
    {
        "name": "Mairie",
        "short_name": "Mairie",
        "aliases": ["Mairie", "Commune", "Hôtel de ville"],
        "competences": [
            "état civil",
            "acte de naissance",
            "mariage",
            "inscription sur les listes électorales",
            "urbanisme",
            "permis de construire",
        ],
        "contact_url": "",
    },
    {
        "name": "Urssaf",
        "short_name": "URSSAF",
        "aliases": ["URSSAF", "Urssaf"],
        "competences": ["cotisations", "micro-entrepreneur", "auto-entrepreneur", "CESU", "travailleur indépendant"],
        "contact_url": "https://www.urssaf.fr",
    },
    {
        "name": "Maison départementale des personnes handicapées",
        "short_name": "MDPH",
        "aliases": ["MDPH", "Maison départementale des personnes handicapées"],
        "competences": ["handicap", "AAH", "RQTH", "carte mobilité inclusion", "PCH", "AEEH"],
        "contact_url": "",
    },
    {
        "name": "Mutualité sociale agricole",
        "short_name": "MSA",
        "aliases": ["MSA", "Mutualité sociale agricole"],
        "competences": [
            "exploitant agricole",
            "salarié agricole",
            "retraite agricole",
            "assurance maladie",
            "prestations familiales",
            "cotisations agricoles",
        ],
        "contact_url": "https://www.msa.fr",
    },
    {
        "name": "Caisse générale de sécurité sociale",
        "short_name": "CGSS",
        "aliases": ["CGSS", "Caisse générale de sécurité sociale", "CSSM", "Caisse de sécurité sociale de Mayotte"],
        "competences": ["remboursement", "carte Vitale", "arrêt maladie", "retraite", "pension", "cotisations"],
        "contact_url": "",
    },
    {
        "name": "Conseil départemental",
        "short_name": "Département",
        "aliases": ["Conseil départemental", "Département", "Conseil général"],
        "competences": ["APA", "RSA", "aide sociale à l'enfance", "PMI", "PCH", "aide sociale", "personnes âgées"],
        "contact_url": "",
    },
    {
        "name": "Centre régional des œuvres universitaires et scolaires",
        "short_name": "CROUS",
        "aliases": ["CROUS", "Crous"],
        "competences": ["bourse", "logement étudiant", "résidence universitaire", "restauration universitaire"],
        "contact_url": "https://www.messervices.etudiant.gouv.fr",
    },
    {
        "name": "Centre communal d'action sociale",
        "short_name": "CCAS",
        "aliases": ["CCAS", "Centre communal d'action sociale"],
        "competences": ["aide sociale", "domiciliation", "aide alimentaire", "personnes âgées", "secours"],
        "contact_url": "",
    },
]

# Where an office's name says more than the tenant: "CAF du Nord", "MSA Auvergne", "Impôts - DGFiP", "Préfecture /
# ANTS", "Assurance maladie (CPAM)". Its parts are read one by one, each as a known name or a known name followed by
# its area.
_NAME_PARTS = re.compile(r"\s+[-–/]\s+|\s*[()]\s*")
# Every name a shipped tenant is known by, in lower case, the longest first ("assurance maladie" before "cpam").
_KNOWN_NAMES = sorted(
    (
        (known.lower(), admin)
        for admin in ADMINISTRATIONS
        for known in [admin["name"], admin.get("short_name", ""), *admin.get("aliases", [])]
        if known
    ),
    key=lambda pair: -len(pair[0]),
)


def shipped_administration(name: str) -> dict | None:
    """The shipped tenant (`ADMINISTRATIONS`) that `name` stands for (its name, short name or an alias, any case):
    what an office is known by when no stored administration answers to the name."""
    wanted = name.strip().lower()
    for admin in ADMINISTRATIONS:
        names = [admin["name"], admin.get("short_name", ""), *admin.get("aliases", [])]
        if wanted in [n.lower() for n in names if n]:
            return admin
    return None


def shipped_administration_in(name: str) -> dict | None:
    """The shipped tenant a longer name of an office stands for: one of its parts is a known name ("Impôts - DGFiP",
    "Assurance maladie (CPAM)") or starts with one followed by the office's area ("CAF du Nord", "MSA Auvergne",
    "Mairie de Lille"); None when no part does."""
    for part in (p.strip().lower() for p in _NAME_PARTS.split(name)):
        for known_name, admin in _KNOWN_NAMES:
            if part == known_name or part.startswith(known_name + " "):
                return admin
    return None


def shipped_identity(name: str) -> tuple[str, list[str], list[str]]:
    """The full name, aliases (short name first) and competences of the shipped tenant `name` stands for; for a
    longer name of such an office ("CAF du Nord", `shipped_administration_in`), that name with the tenant's aliases
    and competences; the bare name with none when no shipped tenant answers to it. What triage reads of an office,
    in training and in the pipeline alike."""
    admin = shipped_administration(name)
    if admin is None:
        admin = shipped_administration_in(name)
        if admin is None:
            return name, [], []
        name = name.strip()
    else:
        name = admin["name"]
    aliases = [a for a in [admin.get("short_name", ""), *admin.get("aliases", [])] if a]
    return name, aliases, list(admin.get("competences", []))


@dataclass
class DemoAccount:
    username: str
    role: str
    administrations: list[str]
    full_name: str
    password: str | None = None  # set only when the account was created by this run


DEMO_ADMIN_VIEW_PERMISSIONS = [
    "view_administration",
    "view_office",
    "view_membership",
    "view_apikey",
    "view_cannedresponse",
    "view_auditevent",
]

DEMO_ACCOUNTS = [
    DemoAccount("agent", Role.AGENT, ["CAF", "CNAV", "ANTS", "Préfecture"], "Camille Agent"),
    DemoAccount("superviseur", Role.SUPERVISOR, ["CAF", "CNAV", "ANTS", "Préfecture"], "Dominique Superviseur"),
    DemoAccount("admin", Role.ADMIN, [a["short_name"] for a in ADMINISTRATIONS], "Alex Administrateur"),
]


@transaction.atomic
def demo_administrations() -> list[Administration]:
    result = []
    for spec in ADMINISTRATIONS:
        administration, _ = administration_get_or_create(**spec)
        result.append(administration)
    return result


@transaction.atomic
def demo_accounts() -> list[DemoAccount]:
    """Create the demo accounts that do not exist yet; only new ones get (and print) a password."""
    by_short = {a.short_name: a for a in Administration.objects.all()}
    user_model = get_user_model()
    created = []
    for spec in DEMO_ACCOUNTS:
        account = DemoAccount(spec.username, spec.role, spec.administrations, spec.full_name)
        is_new = not user_model.objects.filter(username=spec.username).exists()
        new_password = secrets.token_urlsafe(12)
        password = new_password if is_new else ""
        first, last = spec.full_name.split(" ", 1)
        for short in spec.administrations:
            if short not in by_short:
                continue
            agent_create(
                username=spec.username,
                password=password,
                administration=by_short[short],
                role=spec.role,
                cohort=Cohort.PILOT,
                first_name=first,
                last_name=last,
                is_staff=spec.role == Role.ADMIN,
            )
            password = ""  # set once, on the first membership
        if is_new:
            account.password = new_password
        if spec.role == Role.ADMIN:
            # Not a superuser (the Django admin is not scoped by administration): read-only access to accounts,
            # canned responses and the audit journal there; replies go through the agents' screens.
            user = user_model.objects.get(username=spec.username)
            if user.is_superuser:
                user_model.objects.filter(pk=user.pk).update(is_superuser=False)
            user.user_permissions.add(*Permission.objects.filter(codename__in=DEMO_ADMIN_VIEW_PERMISSIONS))
        created.append(account)
    return created
