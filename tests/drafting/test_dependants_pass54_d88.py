"""The persona check, fifty-fourth pass (engineer-d88): the writer's children and dependants said in other words
(`guichet.drafting.persona.dependants`). Each switch shown to matter: a case it reads, a look-alike it leaves. Fresh
examples, not from the corpora; messages written as the pseudonymisation leaves them."""

import pytest

from guichet.drafting.persona import dependants, find_claims


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


_ALTERNATING = "Bonjour, mes deux garçons sont chez moi une semaine sur deux et chez leur père l'autre semaine."
_VISITS = "Ma fille habite chez son père à Lorient, je la prends seulement un week-end sur deux."
_NIGHT_SHIFTS = "Je suis aide-soignante, je travaille de nuit une semaine sur deux, j'ai deux enfants de 4 et 8 ans."
_GONE = "Notre fils de 23 ans a pris son propre appartement à Dijon en septembre."
_AT_HOME = "Mon aînée a 20 ans et elle habite encore avec nous pendant sa licence."
_MOTHER_IN = "Depuis l'hiver ma maman vit chez nous, elle ne peut plus monter ses escaliers."
_MOTHER_HOME = "Ma mère est en maison de retraite à Vannes depuis mars."
_MOTHER_ILL = "Ma mère est très fatiguée, je passe la voir tous les soirs après le travail."
_PREGNANT = "Ma compagne est enceinte de sept mois, nous cherchons un logement plus grand."
_BORN = "Notre fille est née il y a 2 semaines, je voudrais faire la demande de prime."
_SISTER = "Ma sœur est enceinte et elle va habiter quelque temps chez moi."
_BARE_NEVER = "on s'est jamais maries avec le papa de mon fils, maintenant on est separes"
_BARE_LOOKALIKE = "on a jamais ete d'accord avec mon ex sur l'ecole du petit"
_THREE = "J'ai trois enfants, ils sont au collège et au lycée à Poitiers."


def test_the_shipped_switches() -> None:
    assert dependants.READ_CUSTODY
    assert dependants.READ_HOSTED_PARENT
    assert dependants.READ_BIRTH
    assert dependants.READ_BARE_NEVER_MARRIED
    assert dependants.CHILD_FACTS_NEED_SAYING


def test_custody_said_in_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vos enfants sont en résidence alternée.", _ALTERNATING) == "consistent"
    assert _verdict("Vous avez la garde exclusive de vos fils.", _ALTERNATING) == "contradicted"
    assert _verdict("Votre fille est en garde alternée.", _VISITS) == "contradicted"
    assert _verdict("Votre fille vit chez vous.", _VISITS) == "contradicted"
    monkeypatch.setattr(dependants, "READ_CUSTODY", False)
    assert _verdict("Vous avez la garde exclusive de vos fils.", _ALTERNATING) != "contradicted"
    assert _verdict("Votre fille est en garde alternée.", _VISITS) != "contradicted"


def test_a_week_of_work_is_no_custody() -> None:
    assert _verdict("Vos enfants sont en garde alternée.", _NIGHT_SHIFTS) == "unsupported"


def test_an_adult_child_at_home_or_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Votre fils majeur vit toujours chez vous.", _GONE) == "contradicted"
    assert _verdict("Votre fille majeure vit encore chez vous.", _AT_HOME) == "consistent"
    monkeypatch.setattr(dependants, "READ_CUSTODY", False)
    assert _verdict("Votre fils majeur vit toujours chez vous.", _GONE) != "contradicted"


def test_a_parent_taken_in(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous hébergez votre mère.", _MOTHER_IN) == "consistent"
    assert _verdict("Vous accueillez un parent âgé chez vous.", _MOTHER_IN) == "consistent"
    assert _verdict("Vous hébergez votre mère.", _MOTHER_HOME) == "contradicted"
    assert _verdict("Vous hébergez votre mère.", _MOTHER_ILL) == "unsupported"
    monkeypatch.setattr(dependants, "READ_HOSTED_PARENT", False)
    assert _verdict("Vous hébergez votre mère.", _MOTHER_HOME) == "none"


def test_a_child_expected_or_born(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous attendez un bébé.", _PREGNANT) == "consistent"
    assert _verdict("Vous venez d'avoir un enfant.", _BORN) == "consistent"
    assert _verdict("Vous attendez un enfant.", _BORN) == "contradicted"
    assert _verdict("Vous attendez un enfant.", _SISTER) == "unsupported"
    monkeypatch.setattr(dependants, "READ_BIRTH", False)
    assert _verdict("Vous attendez un bébé.", _PREGNANT) != "consistent"
    assert _verdict("Vous attendez un enfant.", _BORN) != "contradicted"


def test_a_marriage_denied_without_ne(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes mariée au père de votre fils.", _BARE_NEVER) == "contradicted"
    assert _verdict("Vous n'avez jamais été mariée.", _BARE_NEVER) == "consistent"
    assert _verdict("Vous n'avez jamais été mariée.", _BARE_LOOKALIKE) == "none"
    monkeypatch.setattr(dependants, "READ_BARE_NEVER_MARRIED", False)
    assert _verdict("Vous êtes mariée au père de votre fils.", _BARE_NEVER) != "contradicted"


def test_children_named_prove_no_fact_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vos enfants sont en garde alternée.", _THREE) == "unsupported"
    assert _verdict("Vous avez trois enfants.", _THREE) == "consistent"
    monkeypatch.setattr(dependants, "CHILD_FACTS_NEED_SAYING", False)
    assert _verdict("Vos enfants sont en garde alternée.", _THREE) == "consistent"
