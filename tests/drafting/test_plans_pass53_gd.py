"""Fifty-third pass (engineer-gd): a death planned and told as affairs put in order — « j'ai pris mes dispositions »,
« mon notaire a l'enveloppe », letters left for each, « je n'en aurai plus besoin », « c'est fini, et moi avec » —
read as warning signs of suicide (`triage_last_arrangements`, hooked into `triage_signs`), beside the calm look-alikes
that must not move: a funeral contract, a will, a letter that explains a choice, a move, a care home.

Fresh messages, in none of the corpora, through `triage()` with the rules alone (`use_model=False`: what the rules add
whatever the model's scores) and through `warning_signs` / `signs_make_a_rule`; each switch is flipped at run time."""

import pytest

from guichet.drafting import triage_last_arrangements
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_last_arrangements import arrangement_signs, calm_reason
from guichet.drafting.triage_signs import signs_make_a_rule, warning_signs

DISTRESS = TriageLabel.DISTRESS
SWITCHES = (
    "READ_ARRANGEMENTS",
    "READ_LETTERS_LEFT",
    "READ_NO_LONGER_NEEDED",
    "READ_OWN_END",
    "CALM_REASON_GATE",
    "CALM_GIVING_GATE",
)

# Arrangements made, nothing named, and a note left for each grandchild: two families, a rule.
ARRANGED_AND_LETTERS = (
    "Centre des finances publiques",
    "Taxe foncière",
    "Bonjour, mes dispositions sont prises. J'ai laissé un mot pour chacun de mes petits-enfants sur le buffet. "
    "Pouvez-vous me dire si la taxe foncière sera encore prélevée en janvier ?",
)
# An envelope with the notary and a service needed no more, no reason given (« je n'en aurai plus besoin » is an older
# rule of `triage_distress_rules`, so another phrasing here).
ENVELOPE_AND_NOT_NEEDED = (
    "Office HLM",
    "Logement",
    "Le notaire a les enveloppes pour mes deux garçons. Vous pouvez reprendre l'appartement au 1er, ce ne sera plus "
    "nécessaire de m'envoyer les avis d'échéance. Merci de m'indiquer à qui remettre les clés.",
)
# One's own end said as the end of the business.
OWN_END = (
    "Urssaf",
    "Radiation",
    "Le salon de coiffure est fermé depuis vendredi, c'est terminé, et moi avec. Vous pouvez clore mon compte, ce ne "
    "sera plus nécessaire de m'écrire.",
)

# Look-alikes: the same words about a funeral contract, a will, a letter that explains, a move, a retirement.
FUNERAL_CONTRACT = (
    "Mairie",
    "Mes obsèques",
    "Bonjour, j'ai pris mes dispositions pour mes obsèques auprès des pompes funèbres du bourg, tout est payé. "
    "Faut-il aussi prévenir la mairie pour le caveau familial ?",
)
WILL_WITH_NOTARY = (
    "Centre des finances publiques",
    "Succession",
    "Mon notaire a l'enveloppe avec mon testament depuis 2019. Les donations faites à mes nièces entreront-elles "
    "dans le calcul des droits de succession ?",
)
LETTER_THAT_EXPLAINS = (
    "Mairie",
    "Vente de la maison",
    "J'ai écrit une lettre à mes enfants pour leur annoncer que je vends la maison de famille. Le notaire me "
    "demande un certificat d'urbanisme : où le demander ?",
)
MOVE_NOT_NEEDED = (
    "CAF",
    "Fin de l'APL",
    "Je déménage chez mon compagnon à Nantes en mars, ce ne sera plus nécessaire de me verser l'aide au logement. "
    "Comment l'arrêter ?",
)
RETIREMENT_NOT_NEEDED = (
    "France Travail",
    "Retraite",
    "Je pars à la retraite le 1er avril : ce ne sera plus nécessaire de me convoquer. Dois-je me désinscrire ?",
)
# A pet entrusted because of a care home: a strong sign alone, with its calm reason.
PET_FOR_CARE_HOME = (
    "Département",
    "APA",
    "J'ai confié mon chien à ma sœur parce que j'entre en maison de retraite le 3 mai. Comment passer de l'APA à "
    "domicile à l'APA en établissement ?",
)
# The same pet entrusted with no reason given stays a rule.
PET_NO_REASON = (
    "Département",
    "APA",
    "J'ai confié mon chien à ma sœur. Vous pouvez arrêter l'APA à domicile à partir de lundi.",
)


def _labels(message: tuple[str, str, str]) -> list[str]:
    administration, title, body = message
    return triage(title=title, body=body, administration=administration, use_model=False).labels


def _text(message: tuple[str, str, str]) -> str:
    return f"{message[1]}\n{message[2]}"


def test_the_switches_ship_on() -> None:
    assert all(getattr(triage_last_arrangements, name) is True for name in SWITCHES)


def test_arrangements_and_letters_make_a_distress_rule() -> None:
    assert {"arrangements_made", "letters_left"} <= set(warning_signs(_text(ARRANGED_AND_LETTERS)))
    assert DISTRESS in _labels(ARRANGED_AND_LETTERS)


@pytest.mark.parametrize("switch", ["READ_ARRANGEMENTS", "READ_LETTERS_LEFT"])
def test_one_family_off_leaves_no_rule(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setattr(triage_last_arrangements, switch, False)
    assert DISTRESS not in _labels(ARRANGED_AND_LETTERS)


def test_an_envelope_and_a_home_needed_no_more() -> None:
    assert arrangement_signs(_text(ENVELOPE_AND_NOT_NEEDED)) == ["arrangements_made", "no_longer_needed"]
    assert DISTRESS in _labels(ENVELOPE_AND_NOT_NEEDED)


def test_no_longer_needed_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage_last_arrangements, "READ_NO_LONGER_NEEDED", False)
    assert "no_longer_needed" not in warning_signs(_text(ENVELOPE_AND_NOT_NEEDED))
    assert DISTRESS not in _labels(ENVELOPE_AND_NOT_NEEDED)


def test_own_end_said_with_the_business() -> None:
    assert arrangement_signs(_text(OWN_END)) == ["no_longer_needed", "own_end_told"]
    assert DISTRESS in _labels(OWN_END)


def test_own_end_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage_last_arrangements, "READ_OWN_END", False)
    assert arrangement_signs(_text(OWN_END)) == ["no_longer_needed"]
    assert DISTRESS not in _labels(OWN_END)


@pytest.mark.parametrize(
    "message", [FUNERAL_CONTRACT, WILL_WITH_NOTARY, LETTER_THAT_EXPLAINS, MOVE_NOT_NEEDED, RETIREMENT_NOT_NEEDED]
)
def test_calm_look_alikes_show_no_sign(message: tuple[str, str, str]) -> None:
    assert arrangement_signs(_text(message)) == []
    assert DISTRESS not in _labels(message)


def test_a_calm_reason_is_read() -> None:
    assert calm_reason("je demenage a lille") and calm_reason("j'entre en ehpad le 2")
    assert not calm_reason("j'ai range mes papiers")


def test_a_pet_entrusted_for_a_care_home_makes_no_rule() -> None:
    text = _text(PET_FOR_CARE_HOME)
    assert "giving_away" not in warning_signs(text)
    assert not signs_make_a_rule(text, ["giving_away"])
    assert _labels(PET_FOR_CARE_HOME) == [TriageLabel.ROUTINE]


def test_the_care_home_gate_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage_last_arrangements, "CALM_GIVING_GATE", False)
    assert "giving_away" in warning_signs(_text(PET_FOR_CARE_HOME))
    assert DISTRESS not in _labels(PET_FOR_CARE_HOME)


def test_both_calm_gates_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage_last_arrangements, "CALM_GIVING_GATE", False)
    monkeypatch.setattr(triage_last_arrangements, "CALM_REASON_GATE", False)
    assert DISTRESS in _labels(PET_FOR_CARE_HOME)


def test_a_pet_entrusted_with_no_reason_stays_a_rule() -> None:
    assert DISTRESS in _labels(PET_NO_REASON)


def test_all_off_leaves_the_older_signs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(triage_last_arrangements, name, False)
    assert arrangement_signs(_text(ARRANGED_AND_LETTERS)) == []
    assert "giving_away" in warning_signs(_text(PET_NO_REASON))


# A move abroad that empties the home: belongings and a pet given, the reason said.
MOVE_ABROAD = (
    "CAF",
    "Départ",
    "Je pars vivre au Québec en septembre. J'ai confié mon chien à mon frère et donné mes livres à la médiathèque. "
    "Que devient ma prime d'activité ?",
)


def test_a_move_explains_the_things_given() -> None:
    signs = warning_signs(_text(MOVE_ABROAD))
    assert "giving_away" not in signs and "possessions_given" not in signs
    assert DISTRESS not in _labels(MOVE_ABROAD)


def test_the_giving_gate_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage_last_arrangements, "CALM_GIVING_GATE", False)
    assert {"giving_away", "possessions_given"} <= set(warning_signs(_text(MOVE_ABROAD)))


def test_the_giving_gate_keeps_a_pet_given_with_no_reason() -> None:
    assert "giving_away" in warning_signs(_text(PET_NO_REASON))
