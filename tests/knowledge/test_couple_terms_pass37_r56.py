"""Thirty-seventh pass (engineer-r56, issue 14): couples, separations and names told under emotion, insults or story
(`guichet.knowledge.vocabulary.couple_life`). Sentences written fresh for these tests, none from a corpus."""

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.query import understand
from guichet.knowledge.vocabulary.couple_life import COUPLE_TERMS


def _couple_fiches(text: str) -> set[str]:
    return {fiche for one in vocabulary.find_every(text) if one.term in COUPLE_TERMS for fiche in one.term.fiches}


def _fiches(text: str) -> set[str]:
    return {fiche for one in vocabulary.find_every(text) for fiche in one.term.fiches}


@pytest.mark.parametrize(
    ("text", "fiche"),
    [
        (
            "J'ai quitté mon poste d'infirmière pour élever nos trois filles. Il demande le divorce et je me retrouve "
            "sans rien, est-ce juste ?",
            "F1760",
        ),
        (
            "Ma femme est dans le coma depuis l'accident et la banque exige sa signature pour débloquer le prêt. "
            "Je peux agir en son nom ?",
            "F34327",
        ),
        (
            "Depuis notre séparation, mon ex a déménagé avec nos deux enfants à 400 km sans me demander mon avis.",
            "F11389",
        ),
        ("Je suis veuve depuis l'hiver dernier. Puis-je garder le nom de mon mari ?", "F12521"),
        ("Séparés depuis mai, il conserve notre livret de famille. Je peux en avoir un second ?", "F11996"),
        ("Notre troisième est né en juillet, il faut mettre à jour le livret ?", "F18910"),
        ("On est pacsés mais il ne veut plus rien savoir. Comment rompre le Pacs ?", "F1620"),
        ("Depuis la séparation, c'est lui qui a gardé notre chienne. J'ai un recours ?", "F35366"),
        (
            "Mon ex-mari ne paie plus sa part du crédit de la maison depuis qu'on est séparés, la banque me réclame "
            "tout.",
            "F548",
        ),
        (
            "Mon mari est parti vivre ailleurs il y a trois ans et refuse toujours de divorcer. Je fais quoi ?",
            "F10568",
        ),
        ("Ma femme joue au casino et a vidé notre compte commun. Comment l'arrêter ?", "F790"),
        ("Mon ex-compagnon refuse qu'on retire son nom de la carte grise de ma voiture.", "F34750"),
        ("Il n'est plus là depuis juin. Ai-je le droit de porter son nom encore ?", "F12521"),
    ],
)
def test_a_couple_story_points_to_its_fiche(text: str, fiche: str) -> None:
    assert fiche in _couple_fiches(text)


@pytest.mark.parametrize(
    "text",
    [
        # the late husband's name on the car or the lease is that thing's question, not the widow's name
        "Mon mari est décédé, la carte grise est encore à son nom. Comment l'enlever ?",
        "Mon époux est mort en avril et le bail était à son nom. Vais-je devoir partir ?",
        # a Pacs ended by a wedding, or on the tax return
        "Nous sommes pacsés et voulons nous marier en juin : faut-il dissoudre le Pacs avant ?",
        "Rupture de notre Pacs en mars : combien de parts sur ma déclaration d'impôts ?",
        # a first child's livret, not an update
        "Notre fille est née le mois dernier, nous ne sommes pas mariés : quand recevrons-nous le livret de famille ?",
        # a school booklet kept by a headteacher is no livret de famille
        "Mon ex est partie avec ma fille et la directrice refuse de me donner le livret scolaire.",
        # a loan after a death, a divorced couple's car (F34749's)
        "Mon mari est décédé et la banque me réclame le reste du crédit qu'on avait ensemble.",
        "Depuis le divorce, mon ex-mari est toujours sur la carte grise.",
        # a family moving together is no separated parent leaving
        "Nous partons vivre à Lyon avec nos enfants, faut-il changer d'école ?",
    ],
)
def test_a_neighbouring_story_is_not_read_as_a_couple_crisis(text: str) -> None:
    assert not _couple_fiches(text)


def test_a_wife_who_leaves_is_no_tax_share() -> None:
    # "il part avec une collègue": the verb, not a tax share (`names_everyday._SHARES`)
    assert "F476" not in _fiches("Après vingt ans de mariage il part avec une autre. Le divorce est lancé.")
    assert "F476" in _fiches("Divorcés depuis juin : combien de parts pour chacun avec les enfants ?")


def test_a_livret_to_update_or_kept_is_not_a_lost_one() -> None:
    assert "F11994" not in _fiches("Mon deuxième est né et le livret de famille n'a pas été complété par la mairie.")
    assert "F11994" in _fiches("Notre livret de famille a brûlé dans l'incendie, comment en refaire un ?")


def test_the_situation_is_the_need_and_reaches_the_query() -> None:
    query = understand(
        "25 ans au foyer\nJ'ai arrêté de travailler à la naissance de notre aîné. Aujourd'hui il veut divorcer. "
        "Ai-je droit à quelque chose ?"
    )
    found = [one for one in query.vocabulary if "F1760" in one.term.fiches]
    assert found and found[0].term.told
    assert "prestation compensatoire" in query.lexical()


def test_the_switch_turns_the_entries_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je suis veuve depuis l'hiver dernier. Puis-je garder le nom de mon mari ?"
    assert _couple_fiches(text)
    monkeypatch.setattr(vocabulary, "READ_COUPLE_TERMS", False)
    assert not _couple_fiches(text)


def test_a_pacs_partner_who_will_not_sign_is_no_refused_divorce() -> None:
    fiches = _couple_fiches("Mon compagnon pacsé refuse de signer la dissolution, il ne veut pas.")
    assert "F1620" in fiches and "F10568" not in fiches
