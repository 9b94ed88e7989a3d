"""The persona check, fifty-third pass (engineer-d83): the writer's partner named in other words
(`guichet.drafting.persona.partner_words`). Shipped on: `READ_NEVER_MARRIED`, `READ_NAMED_DEATH`, `READ_OTHERS_DEATH`,
`READ_FIRST_SPOUSE`, `READ_PARTNER_PREMISE`; shipped off: `READ_COMPANION_AS_SPOUSE`. Fresh examples, not from the
corpora; messages written as the pseudonymisation leaves them."""

import pytest

from guichet.drafting.persona import find_claims, housing_figures, partner_words


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


_FREE_UNION = "Bonjour, mon compagnon et moi vivons à Rennes, on n'est pas mariés. Il a un CDD jusqu'en juin."
_PACS = "Bonjour, ma compagne et moi sommes pacsés depuis l'an dernier, elle attend des jumeaux pour l'automne."
_UNION = "Nous vivons en union libre avec mon compagnon depuis 2012, nous avons acheté une maison à Angers."
_NEVER = "Mon ex refuse que notre fils parte en colonie. On n'a jamais été mariés, je fais comment ?"
_MARRIED = "Bonjour, mon mari et moi sommes mariés depuis dix ans, il est chauffeur routier."
_NAMED_WIDOW = "Madame, mon mari [PERSONNE_1] est décédé en juillet, je voudrais savoir quelles démarches faire."
_IN_LAW = "MON BEAU-PERE HABITE AVEC NOUS DEPUIS QUE SA FEMME EST DECEDEE, IL A JUSTE SA PETITE RETRAITE"
_OWN_WIDOW = "Je suis veuve depuis deux ans et je vis seule à Tours."
_REMARRIED = "Je me suis remariée l'an passé ; je touchais une pension de réversion de mon premier mari."
_PARTNER_ONLY = "Bonjour, mon conjoint et moi avons un enfant de trois ans, nous louons un T3 à Metz."
_PARTNER_JOB = "Bonjour, mon conjoint est infirmier salarié à l'hôpital, nous avons un enfant de trois ans."
_COMPANION = "Bonjour, je vis avec mon compagnon à Brest depuis cinq ans, nous cherchons un logement plus grand."


def test_the_shipped_switches() -> None:
    assert partner_words.READ_NEVER_MARRIED
    assert not partner_words.READ_COMPANION_AS_SPOUSE
    assert partner_words.READ_NAMED_DEATH
    assert partner_words.READ_OTHERS_DEATH
    assert partner_words.READ_FIRST_SPOUSE
    assert partner_words.READ_PARTNER_PREMISE


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Votre mari pourra signer le bail avec vous.", _FREE_UNION),
        ("Votre épouse doit déclarer sa grossesse à la CPAM.", _PACS),
        ("Vous êtes mariée depuis plusieurs années.", _UNION),
    ],
)
def test_a_spouse_given_to_a_writer_not_married(monkeypatch: pytest.MonkeyPatch, sentence: str, message: str) -> None:
    assert _verdict(sentence, message) == "contradicted"
    monkeypatch.setattr(partner_words, "READ_NEVER_MARRIED", False)
    assert _verdict(sentence, message) != "contradicted"


def test_a_former_spouse_and_a_divorce_given_to_a_writer_never_married(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Votre ex-mari doit donner son accord écrit.", _NEVER) == "contradicted"
    assert _verdict("Vous êtes divorcée du père de votre fils.", _NEVER) == "contradicted"
    assert _verdict("Vous voulez divorcer de votre épouse.", _PACS) == "contradicted"
    monkeypatch.setattr(partner_words, "READ_NEVER_MARRIED", False)
    assert _verdict("Votre ex-mari doit donner son accord écrit.", _NEVER) == "none"
    assert _verdict("Vous voulez divorcer de votre épouse.", _PACS) == "none"


def test_the_look_alikes_of_a_marriage_are_left_alone() -> None:
    # a married writer keeps their spouse; a companion is a partner, a Pacs partner is in a couple
    assert _verdict("Votre mari doit signer la demande avec vous.", _MARRIED) == "consistent"
    assert _verdict("Votre compagnon peut être ajouté à la demande.", _FREE_UNION) == "consistent"
    assert _verdict("Vous êtes pacsé avec votre compagne.", _PACS) == "consistent"
    # a former spouse of a remarried writer is no contradiction, and alone says nothing
    assert _verdict("Votre ex-mari verse une pension.", _REMARRIED) != "contradicted"


def test_companion_as_spouse(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre mari peut être ajouté à la demande de logement."
    assert _verdict(sentence, _COMPANION) == "consistent"  # shipped off
    monkeypatch.setattr(partner_words, "READ_COMPANION_AS_SPOUSE", True)
    assert _verdict(sentence, _COMPANION) == "unsupported"
    assert _verdict("Votre compagnon peut être ajouté à la demande de logement.", _COMPANION) == "consistent"
    assert _verdict(sentence, _MARRIED) == "consistent"


def test_a_named_partners_death(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes veuve depuis juillet.", _NAMED_WIDOW) == "consistent"
    assert _verdict("Vous êtes mariée.", _NAMED_WIDOW) == "contradicted"
    monkeypatch.setattr(partner_words, "READ_NAMED_DEATH", False)
    assert _verdict("Vous êtes veuve depuis juillet.", _NAMED_WIDOW) == "contradicted"


def test_another_persons_partners_death(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous vivez seul.", _IN_LAW) != "consistent"
    # the writer's own widowhood is kept
    assert _verdict("Vous vivez seule.", _OWN_WIDOW) == "consistent"
    assert _verdict("Vous êtes veuve.", _OWN_WIDOW) == "consistent"
    monkeypatch.setattr(partner_words, "READ_OTHERS_DEATH", False)
    # (fifty-fourth pass) d87's flatshare reading now also keeps « vivez seul » open here: off too, to show this one
    monkeypatch.setattr(housing_figures, "READ_FLATSHARE", False)
    assert _verdict("Vous vivez seul.", _IN_LAW) == "consistent"


def test_a_first_spouse_is_a_former_one(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre premier mari travaillait dans la fonction publique."
    assert _verdict(sentence, _REMARRIED) != "consistent"
    monkeypatch.setattr(partner_words, "READ_FIRST_SPOUSE", False)
    monkeypatch.setattr(partner_words, "READ_PARTNER_PREMISE", False)
    assert _verdict(sentence, _REMARRIED) == "consistent"


def test_a_partner_named_proves_no_fact_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre conjoint travaille en CDI."
    assert _verdict(sentence, _PARTNER_ONLY) == "unsupported"
    # the partner alone, and a fact the message gives the partner, are still made good
    assert _verdict("Votre conjoint doit signer la demande.", _PARTNER_ONLY) == "consistent"
    assert _verdict("Votre conjoint est salarié.", _PARTNER_JOB) == "consistent"
    monkeypatch.setattr(partner_words, "READ_PARTNER_PREMISE", False)
    assert _verdict(sentence, _PARTNER_ONLY) == "consistent"
