from guichet.accounts.models import Administration
from guichet.accounts.services import administration_get_or_create
from guichet.inbox.intake import message_receive
from guichet.inbox.models import Message


def make_message(administration: Administration, *, title: str = "Ma question", body: str = "", **fields) -> Message:
    """A message stored through the real intake path."""
    return message_receive(
        administration=administration,
        title=title,
        body=body or "Bonjour, comment demander une aide au logement ? Merci.",
        **fields,
    )


# The header of a Services Publics+ export (CSV, ';'), as the import tests write it.
SP_CSV_HEADER = (
    "id_experience;titre;description;intitule_typologie_1;intitule_structure_1;reponse_structure_1;"
    "ressenti_usager;date_de_publication;etat_de_lexperience"
)


def caf_administration() -> Administration:
    """The CAF, as the import tests route their rows to it (its short name is the rows' typology)."""
    administration, _ = administration_get_or_create(
        name="Caisse d'allocations familiales", short_name="CAF", aliases=["CAF"]
    )
    return administration


def write_sp_csv(path, count: int, *, broken: frozenset[int] = frozenset(), prefix: str = "e") -> None:
    """A Services Publics+ CSV of `count` rows, each signed with a name and a phone; the rows in `broken` open a
    quote they never close (a corrupted row)."""
    lines = [SP_CSV_HEADER]
    for n in range(count):
        body = f"Question {n} sur mon allocation, signée Claire Moreau, 06 11 22 33 {n % 100:02d}"
        if n in broken:
            body = '"' + body
        lines.append(f"{prefix}{n};Titre {n};{body};CAF;Agence de Lyon;;Négatif;2024-03-01;Publiée")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
