"""Thirty-fourth pass (engineer-r49): what the bereaved write for the procedures of a death in the family
(`bereavement_terms.BEREAVEMENT_TERMS`). Sentences written fresh for these tests, none from a corpus."""

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.bereavement_terms import BEREAVEMENT_TERMS
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


def test_the_entries_are_in_the_vocabulary() -> None:
    assert set(BEREAVEMENT_TERMS) <= set(vocabulary.VOCABULARY)
    assert all(term.fiches and term.source.startswith(term.fiches[0]) for term in BEREAVEMENT_TERMS)


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        ("Est-ce qu'on a le droit de revendre la concession de tonton ? Plus personne ne l'entretient.", "F12691"),
        ("Ma mère est morte en 2019, avant papi. Est-ce que mon frère et moi on hérite à sa place ?", "F2128"),
        (
            "Papa est parti il y a quatre ans, on n'a toujours pas fait le partage de la maison de famille. "
            "Faut-il que tout le monde soit d'accord pour vendre ?",
            "F1296",
        ),
        ("Ma tante m'a laissé 60 000 euros en héritage, combien je dois payer d'impôts dessus ?", "F14198"),
        ("Mon mari est décédé en mars. Vais-je payer des droits de succession sur l'appartement ?", "F17456"),
        (
            "De son vivant papa avait donné 25 000 € à mon frère pour sa voiture. Est-ce que ça compte dans "
            "l'héritage ?",
            "F34128",
        ),
        ("Comment porter plainte contre le notaire ? Un an qu'il ne fait rien pour la succession.", "F14725"),
        ("Mon grand-père est décédé lundi et la banque a bloqué son compte, comment payer ses factures ?", "F1451"),
        ("La poste me demande un acte de notoriété pour fermer le livret de ma mère. C'est obligatoire ?", "F12697"),
        (
            "Mon père était locataire d'un HLM, il est décédé en juin. Je vis avec lui depuis 8 ans, "
            "est-ce que le bail peut passer à mon nom ?",
            "F1170",
        ),
        (
            "Mon époux est mort le mois dernier, ses filles veulent que je quitte la maison. Je peux rester ?",
            "F1725",
        ),
        ("J'étais pacsé avec Julien depuis 9 ans, il est décédé. Qu'est-ce qui me revient ?", "F1621"),
        ("Ma femme touchait le chômage quand elle est décédée. France Travail verse-t-il quelque chose ?", "F15293"),
        ("Je suis veuve à 48 ans, la réversion c'est seulement à partir de 55 ans, et d'ici là ?", "F744"),
        ("Mon conjoint est mort en novembre, y a-t-il une allocation pour mes enfants ?", "F33646"),
        ("Ses frères veulent l'incinérer mais nous ne sommes pas d'accord. Qui décide pour les obsèques ?", "F12695"),
        ("Mon oncle a été condamné pour avoir frappé ma grand-mère, peut-il réclamer sa part ?", "F2527"),
        ("Mon père n'a laissé aucun testament. Comment ça se partage entre ma mère et mes deux soeurs ?", "F1270"),
    ],
)
def test_a_bereaved_telling_points_to_the_fiche(message: str, fiche: str) -> None:
    assert fiche in _pointed(message)


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        # a new grave bought, not sold
        ("Combien coûte une concession de trente ans au cimetière de la commune ?", "F12691"),
        # a tenant who leaves, no death
        ("Je suis locataire d'un HLM et je vis avec ma compagne, peut-on mettre le bail à nos deux noms ?", "F1170"),
        # a Pacs signed, no death
        ("Nous voulons nous pacser en mairie le mois prochain, quels papiers faut-il ?", "F1621"),
        # a will made, the writer alive
        ("Je voudrais rédiger mon testament pour protéger mes enfants, faut-il un notaire ?", "F1270"),
        # a bank account blocked for a debt, nobody dead
        ("La banque a bloqué mon compte à cause d'une saisie, je n'ai plus rien pour vivre.", "F1451"),
        # a widow's home under a Pacs: the Pacs fiche, not the spouse's
        ("Mon pacsé est mort, sa famille veut que je quitte l'appartement.", "F1725"),
        # proving fatherhood, no estate
        ("Comment prouver que je suis son père alors que je ne l'ai pas reconnu à la naissance ?", "F12697"),
    ],
)
def test_a_near_miss_does_not_point_to_the_fiche(message: str, fiche: str) -> None:
    assert fiche not in _pointed(message)
