"""Fifty-third pass, engineer-r94: a person's name and first name, told in the writer's words.

The other parent's name added to one's own, or a parent's name added to a child's, points to F1343 « Nom d'usage :
utilisation du nom des 2 parents » (`names_identity.READ_PARENT_NAME_ADDED`); a first name to change, add or reorder
to F885 « Changement de prénom » (`READ_FIRST_NAME_CHANGED`); the writer's own family name to change to F1656
(`READ_FAMILY_NAME_CHANGED`); an error in a civil status act to F1177 (`READ_CIVIL_ERROR`); the driving licence after
a marriage or a divorce to F2695 (`READ_LICENCE_NAME`); a husband taking his wife's name to F868 (`READ_WIFE_NAME`).
Look-alikes are left alone. Messages written fresh for these tests, none from a corpus; the search runs the real
pipeline over a subset of the shared fiches.
"""

import shutil

import pytest

from guichet.knowledge import names_identity
from guichet.knowledge.ingest import ingest
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

PARENT_ADDED = "J'ai 31 ans et je voudrais accoler le nom de mon père au mien sur mon passeport, est-ce permis ?"
CHILD_ADDED = (
    "Mes deux garçons ne portent que le nom de leur père. Je voudrais qu'ils puissent utiliser aussi mon nom "
    "au collège et sur leurs papiers. Que faut-il signer ?"
)
# A baby to be born (F10505) and the spouse's name (F868, F33250): left alone.
BABY_NAMES = "Nous attendons notre bébé pour avril et voudrions lui donner le nom de sa mère en plus de celui du père."
SPOUSE = "Je voudrais ajouter le nom de mon mari à côté du nom de ma mère sur ma carte, est-ce possible ?"

FIRST_CHANGED = "Mon prénom, Ginette, me vaut des moqueries au bureau ; comment le remplacer par Jeanne ?"
FIRST_ORDER = "Peut-on intervertir l'ordre de ses prénoms pour que le troisième devienne le premier ?"
# A baby's first name at the birth (F882), an error in the act (F1177), a first name already changed: left alone.
FIRST_BABY = "Ma compagne accouche en mai ; pouvons-nous changer d'avis sur le prénom après la déclaration ?"
FIRST_ERROR = "Mon prénom est mal écrit sur mon acte de naissance, il manque une lettre ; comment le changer ?"
FIRST_DONE = "Mon prénom a déjà été changé en mairie ; il me reste la mention du sexe, où m'adresser ?"

FAMILY_CHANGED = "Mon nom de famille est devenu synonyme d'escroc dans ma ville. Comment changer de nom ?"
FAMILY_EXTINCT = "Je voudrais relever le nom de mon arrière-grand-père, que plus personne ne porte. Est-ce possible ?"
# A business's name, a name after a marriage, a child's name alone: left alone.
BUSINESS = "Notre association veut changer de nom, quelle déclaration faire en préfecture ?"
MARRIED = "Je me suis mariée en août : dois-je changer de nom sur ma carte vitale ?"
CHILD_ONLY = "Le père a reconnu notre fille à deux ans ; peut-on changer son nom pour le sien ?"

ERROR = "Sur l'acte de mariage de mes parents, la ville de naissance de ma mère est fausse. Qui la corrige ?"
ACCENT = "Ils ont oublié le tréma sur Noël dans l'acte de naissance de mon fils, que faire ?"
# A forged act, the town hall's refusal (F1431): left alone.
FORGED = "Quelqu'un a fabriqué un faux acte de naissance à mon nom pour ouvrir un compte, que faire ?"
REFUSED = "La mairie refuse de rectifier l'erreur sur mon acte de naissance malgré mes preuves, qui saisir ?"

LICENCE = "Depuis le divorce j'ai repris mon nom de jeune fille ; mon permis de conduire est-il encore valable ?"
# The licence's points, a building permit: left alone.
POINTS = "Mon nouveau nom d'usage figure-t-il sur le relevé de points du permis ?"
BUILDING = "Changement de nom du demandeur sur un permis de construire déposé en mairie : quelle démarche ?"

WIFE = "Marié depuis juin, j'aimerais prendre le nom de mon épouse dans la vie de tous les jours."
# A widower, the carte grise: left alone.
WIDOWER = "Veuf depuis un an, puis-je porter le nom de ma femme décédée ?"
WIFE_CAR = "J'ai pris le nom de ma femme : faut-il refaire la carte grise de la moto ?"


def pointed(text: str, switch: str) -> set[str]:
    term = names_identity.SWITCHES[switch]
    return {fiche for found in find_every(text) if found.term == term for fiche in found.term.fiches}


def read(text: str, switch: str) -> bool:
    term = names_identity.SWITCHES[switch]
    return any(found.term == term for found in find_every(text))


def test_the_shipped_switches():
    assert {switch: getattr(names_identity, switch) for switch in names_identity.SWITCHES} == {
        "READ_PARENT_NAME_ADDED": True,
        "READ_FIRST_NAME_CHANGED": True,
        "READ_FAMILY_NAME_CHANGED": True,
        "READ_CIVIL_ERROR": True,
        "READ_LICENCE_NAME": True,
        "READ_WIFE_NAME": True,
    }


CASES = [
    ("READ_PARENT_NAME_ADDED", PARENT_ADDED, {"F1343"}),
    ("READ_PARENT_NAME_ADDED", CHILD_ADDED, {"F1343"}),
    ("READ_FIRST_NAME_CHANGED", FIRST_CHANGED, {"F885"}),
    ("READ_FIRST_NAME_CHANGED", FIRST_ORDER, {"F885"}),
    ("READ_FAMILY_NAME_CHANGED", FAMILY_CHANGED, {"F1656"}),
    ("READ_FAMILY_NAME_CHANGED", FAMILY_EXTINCT, {"F1656"}),
    ("READ_CIVIL_ERROR", ERROR, {"F1177"}),
    ("READ_CIVIL_ERROR", ACCENT, {"F1177"}),
    ("READ_LICENCE_NAME", LICENCE, {"F2695"}),
    ("READ_WIFE_NAME", WIFE, {"F868"}),
]


@pytest.mark.parametrize(("switch", "text", "fiches"), CASES)
def test_each_reading_points_to_its_fiche_and_its_switch_silences_it(switch, text, fiches, monkeypatch):
    monkeypatch.setattr(names_identity, switch, True)
    assert pointed(text, switch) == fiches
    monkeypatch.setattr(names_identity, switch, False)
    assert not read(text, switch)


LOOK_ALIKES = [
    ("READ_PARENT_NAME_ADDED", BABY_NAMES),
    ("READ_PARENT_NAME_ADDED", SPOUSE),
    ("READ_FIRST_NAME_CHANGED", FIRST_BABY),
    ("READ_FIRST_NAME_CHANGED", FIRST_ERROR),
    ("READ_FIRST_NAME_CHANGED", FIRST_DONE),
    ("READ_FAMILY_NAME_CHANGED", BUSINESS),
    ("READ_FAMILY_NAME_CHANGED", MARRIED),
    ("READ_FAMILY_NAME_CHANGED", CHILD_ONLY),
    ("READ_CIVIL_ERROR", FORGED),
    ("READ_CIVIL_ERROR", REFUSED),
    ("READ_LICENCE_NAME", POINTS),
    ("READ_LICENCE_NAME", BUILDING),
    ("READ_WIFE_NAME", WIDOWER),
    ("READ_WIFE_NAME", WIFE_CAR),
]


@pytest.mark.parametrize(("switch", "text"), LOOK_ALIKES)
def test_the_look_alikes_are_left_alone(switch, text, monkeypatch):
    monkeypatch.setattr(names_identity, switch, True)
    assert not read(text, switch)


def test_the_first_name_marie_is_no_marriage(monkeypatch):
    monkeypatch.setattr(names_identity, "READ_PARENT_NAME_ADDED", True)
    text = "Je m'appelle Marie Dubois et je voudrais rajouter le nom de ma mère au mien sur ma carte d'identité."
    assert pointed(text, "READ_PARENT_NAME_ADDED") == {"F1343"}


# --- the real search over a subset of the shared fiches

FICHES = (
    "F1343 F10505 F10506 F10555 F868 F33250 F77 F1091 F12521 F885 F882 F31189 F34826 F1656 F1811 F10528 F1177 "
    "F1431 F1429 F2695 F34748 F34747 F16876 F35060"
).split()


@pytest.fixture
def name_fiches(shared, tmp_path, lexical_only):
    data = shared / "data" / "service-public" / "particuliers"
    subset = tmp_path / "subset" / "particuliers"
    subset.mkdir(parents=True)
    for fiche_id in FICHES:
        shutil.copy(data / f"{fiche_id}.xml", subset / f"{fiche_id}.xml")
    report = ingest([tmp_path / "subset"])
    assert report.added == len(FICHES)


def rank(text: str, fiche_id: str) -> int | None:
    ranked = [hit.fiche_id for hit in search(text, k=10)]
    return ranked.index(fiche_id) + 1 if fiche_id in ranked else None


@pytest.mark.shared
@pytest.mark.django_db
@pytest.mark.parametrize(("switch", "text", "fiche"), [(s, t, sorted(f)[0]) for s, t, f in CASES])
def test_the_search_with_each_reading(name_fiches, switch, text, fiche, monkeypatch):
    monkeypatch.setattr(names_identity, switch, True)
    on = rank(text, fiche)
    monkeypatch.setattr(names_identity, switch, False)
    off = rank(text, fiche)
    assert on is not None
    assert on <= (off or 99)
