"""Fifty-second pass, engineer-r93: a family's separation and filiation, told in the parents' words.

The child support's amount to change points to F21023 « Révision du montant de la pension alimentaire »
(`family_law.READ_PENSION_REVISED`); a father who will not recognise the child and money asked of him to F1230
« Action à fins de subsides » (`READ_SUPPORT_UNRECOGNISED`); a divorce both want to F10567 « Divorce par consentement
mutuel » (`READ_AMICABLE_DIVORCE`); a separated parent deciding alone about the child's school or doctor to F3133
(`READ_DECIDES_ALONE`); a grandparent kept from a grandchild to F1223 (`READ_GRANDPARENTS`); the support owed, told
without « impayée », to F1249 and F1002 (`READ_SUPPORT_OWED`); the employer asked to pay from the wages to F998
(`READ_WAGES_DIRECT`). Look-alikes are left alone. Messages written fresh for these tests, none from a corpus; the
search runs the real pipeline over a subset of the shared fiches.
"""

import shutil

import pytest

from guichet.knowledge import family_law
from guichet.knowledge.ingest import ingest
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

LOWER = (
    "Depuis que j'ai perdu mon poste de chauffeur, je gagne deux fois moins. Je voudrais que la pension de mes "
    "jumeaux soit plus basse, je ne peux plus payer 400 euros. Comment faire ?"
)
RAISE = "Mon ex a doublé son salaire. Est-ce que je peux demander d'augmenter la pension alimentaire de notre fils ?"
# The yearly indexation (F2010) and a retirement pension: left alone.
INDEXED = "La pension alimentaire doit-elle augmenter tous les ans avec l'indice des prix ? Comment calculer ?"
RETIREMENT = "Ma pension de retraite va baisser l'an prochain à cause de la réforme, est-ce normal ?"

UNRECOGNISED = (
    "Le père de mon petit refuse de le reconnaître mais je voudrais au moins qu'il participe aux frais, "
    "est-ce que la loi l'y oblige ?"
)
# The CAF's allowance for a child not recognised (F33645) and a man with dementia: left alone.
UNRECOGNISED_CAF = "Mon bébé n'a pas été reconnu par son papa, est-ce que la CAF peut me verser une allocation ?"
DEMENTIA = "Mon grand-père ne reconnaît plus personne, qui peut payer ses factures à sa place ?"

AMICABLE = (
    "Avec mon épouse nous voulons divorcer, nous sommes tous les deux d'accord et voudrions éviter le tribunal. "
    "Quelles étapes ?"
)
# A divorce already pronounced, a step after it asked; a Pacs ending: left alone.
DIVORCED_AFTER = (
    "Nous avons divorcé à l'amiable l'an dernier, comment faire enlever le nom de mon ex-mari de la carte grise ?"
)
PACS = "Nous sommes pacsés et d'accord pour nous séparer à l'amiable, faut-il divorcer ?"

DECIDES = (
    "Je suis séparé de la mère de mon fils. Elle l'a inscrit dans un nouveau lycée sans me demander. "
    "Avait-elle le droit ?"
)
# Where the child lives: the residence's fiches.
RESIDENCE = (
    "Mon ex a décidé seule que notre fils vivrait chez elle et irait dans une école près de chez elle, je voudrais "
    "une résidence alternée."
)

GRANDMOTHER = (
    "Depuis la séparation de ma fille et de son compagnon, il m'empêche de voir mon petit-fils. Je suis sa "
    "grand-mère, ai-je des droits ?"
)
# A grandparent's trip, and a care home: left alone.
TRIP = "Je vais voir mes petits-enfants à Nantes en train chaque mois, y a-t-il une réduction pour les seniors ?"

OWED = "Mon ancien conjoint me doit six mois de pension, il ne répond plus, que dois-je faire ?"
# No judgment ever fixed the support: the CAF's allowance (F815).
NO_JUDGMENT = "Il ne verse rien pour nos enfants et il n'y a jamais eu de jugement. La CAF peut-elle m'aider ?"

WAGES = (
    "Le père de ma fille ne paie plus la pension, mais je connais son employeur. Peut-on lui faire prélever "
    "l'argent sur sa paie ?"
)
# The payer paying a grown child directly (F10508).
GROWN_CHILD = (
    "Je verse la pension pour mon fils de 20 ans à sa mère. Puis-je la lui verser directement sur son compte ?"
)


def pointed(text: str, switch: str) -> set[str]:
    term = family_law.SWITCHES[switch]
    return {fiche for found in find_every(text) if found.term == term for fiche in found.term.fiches}


def read(text: str, switch: str) -> bool:
    term = family_law.SWITCHES[switch]
    return any(found.term == term for found in find_every(text))


def test_the_shipped_switches():
    assert all(getattr(family_law, switch) is True for switch in family_law.SWITCHES)
    assert len(family_law.SWITCHES) == 7


CASES = [
    ("READ_PENSION_REVISED", LOWER, {"F21023"}),
    ("READ_PENSION_REVISED", RAISE, {"F21023"}),
    ("READ_SUPPORT_UNRECOGNISED", UNRECOGNISED, {"F1230"}),
    ("READ_AMICABLE_DIVORCE", AMICABLE, {"F10567"}),
    ("READ_DECIDES_ALONE", DECIDES, {"F3133"}),
    ("READ_GRANDPARENTS", GRANDMOTHER, {"F1223"}),
    ("READ_SUPPORT_OWED", OWED, {"F1249", "F1002"}),
    ("READ_WAGES_DIRECT", WAGES, {"F998"}),
]


@pytest.mark.parametrize(("switch", "text", "fiches"), CASES)
def test_each_reading_points_to_its_fiche_and_its_switch_silences_it(switch, text, fiches, monkeypatch):
    monkeypatch.setattr(family_law, switch, True)
    assert pointed(text, switch) == fiches
    monkeypatch.setattr(family_law, switch, False)
    assert not read(text, switch)


LOOK_ALIKES = [
    ("READ_PENSION_REVISED", INDEXED),
    ("READ_PENSION_REVISED", RETIREMENT),
    ("READ_SUPPORT_UNRECOGNISED", UNRECOGNISED_CAF),
    ("READ_SUPPORT_UNRECOGNISED", DEMENTIA),
    ("READ_AMICABLE_DIVORCE", DIVORCED_AFTER),
    ("READ_AMICABLE_DIVORCE", PACS),
    ("READ_DECIDES_ALONE", RESIDENCE),
    ("READ_GRANDPARENTS", TRIP),
    ("READ_SUPPORT_OWED", NO_JUDGMENT),
    ("READ_WAGES_DIRECT", GROWN_CHILD),
]


@pytest.mark.parametrize(("switch", "text"), LOOK_ALIKES)
def test_the_look_alikes_are_left_alone(switch, text, monkeypatch):
    monkeypatch.setattr(family_law, switch, True)
    assert not read(text, switch)


# --- the real search over a subset of the shared fiches

FICHES = (
    "F21023 F2010 F10416 F446 F2236 F1249 F1002 F998 F1230 F10428 F15882 F33645 F10567 F980 F10577 F12561 F3133 "
    "F3132 F942 F1223 F34355 F1191"
).split()


@pytest.fixture
def family_fiches(shared, tmp_path, lexical_only):
    """The fiches of `FICHES`, ingested alone, lexical search only."""
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
@pytest.mark.parametrize(("switch", "text", "fiche"), [(s, t, sorted(f)[0]) for s, t, f in CASES if len(f) == 1])
def test_the_search_with_each_reading(family_fiches, switch, text, fiche, monkeypatch):
    monkeypatch.setattr(family_law, switch, True)
    on = rank(text, fiche)
    monkeypatch.setattr(family_law, switch, False)
    off = rank(text, fiche)
    assert on is not None
    assert on <= (off or 99)
