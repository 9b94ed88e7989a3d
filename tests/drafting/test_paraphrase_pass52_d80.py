"""The asked check, fifty-second pass (engineer-d80): a sourced sentence that says the passage's place, counter,
channel or office in other words is the source's (`guichet.drafting.asked_places`): families of ways and phrases
that name one place (`PLACE_FAMILIES`, on), the trip spared beside a way from afar (`NO_TRAVEL`, on); a source's
« ne … plus » that denies what it names (`NO_LONGER`), the verb that carries a way (`CHANNEL_FRAMES`) and an office
by its acronym (`OFFICE_NAMES`) ship off. Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_places
from guichet.drafting.asked import find_asked

_SWITCHES = ("PLACE_FAMILIES", "NO_TRAVEL", "NO_LONGER", "CHANNEL_FRAMES", "OFFICE_NAMES")

_AIDE = "Bonjour, y a-t-il un endroit près de chez moi où on peut m'aider pour ma demande de bourse ?"
_AIDE_SOURCE = (
    "Les espaces France services accompagnent les usagers dans leurs démarches administratives, dont les demandes "
    "de bourse."
)
_AIDE_SENTENCE = "Une maison France services peut vous aider pour votre demande de bourse."
_MDPH = "Est-ce que je dois envoyer le formulaire à la MDPH de l'Aveyron ?"
_MDPH_SOURCE = "Le formulaire est adressé à la MDPH du département de résidence."
_MDPH_SENTENCE = "Le formulaire est à envoyer à la MDPH de votre département de résidence."
_CONSULAT = "Est-ce que je dois me déplacer au consulat pour mon acte de naissance ? J'habite loin."
_CONSULAT_SOURCE = (
    "La copie d'acte de naissance d'un Français né à l'étranger se demande en ligne ou par courrier au service "
    "central d'état civil, à Nantes."
)
_CONSULAT_SENTENCE = (
    "Aucun déplacement n'est nécessaire : le service central d'état civil, à Nantes, reçoit les demandes par "
    "internet ou par voie postale."
)
_PREFECTURE = "Je peux déposer mon dossier de carte grise à la préfecture de Rodez ?"
_PREFECTURE_SOURCE = "Les demandes de carte grise ne sont plus reçues aux guichets des préfectures."
_PREFECTURE_SENTENCE = "Aucune préfecture ne reçoit plus votre demande de carte grise au guichet."
_PASSE = "Pour refaire ma carte grise, ça se passe à la préfecture ?"
_PASSE_SOURCE = "La demande de carte grise se fait sur le site de l'ANTS."
_PASSE_SENTENCE = "Votre demande de carte grise passe par le site de l'ANTS."
_AAH = "Où est-ce que j'envoie ma demande d'AAH ?"
_AAH_SOURCE = "La demande d'AAH est envoyée à la MDPH avec le formulaire cerfa."
_AAH_SENTENCE = (
    "Votre demande d'AAH part à la maison départementale des personnes handicapées avec le formulaire cerfa."
)


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def _only(monkeypatch: pytest.MonkeyPatch, switch: str | None) -> None:
    for name in _SWITCHES:
        monkeypatch.setattr(asked_places, name, name == switch)


def test_the_shipped_switches() -> None:
    assert asked_places.PLACE_FAMILIES
    assert asked_places.NO_TRAVEL
    assert not asked_places.NO_LONGER
    assert not asked_places.CHANNEL_FRAMES
    assert not asked_places.OFFICE_NAMES


@pytest.mark.parametrize(
    ("switch", "sentence", "message", "passage"),
    [
        ("PLACE_FAMILIES", _AIDE_SENTENCE, _AIDE, _AIDE_SOURCE),  # « aider » / « accompagnent »
        ("PLACE_FAMILIES", _MDPH_SENTENCE, _MDPH, _MDPH_SOURCE),  # « envoyer » / « adressé »
        ("NO_TRAVEL", _CONSULAT_SENTENCE, _CONSULAT, _CONSULAT_SOURCE),  # the trip spared, online or by post
        ("NO_LONGER", _PREFECTURE_SENTENCE, _PREFECTURE, _PREFECTURE_SOURCE),  # « ne sont plus reçues »
        ("CHANNEL_FRAMES", _PASSE_SENTENCE, _PASSE, _PASSE_SOURCE),  # « se passe » only carries the way
        ("OFFICE_NAMES", _AAH_SENTENCE, _AAH, _AAH_SOURCE),  # the MDPH by its full name
    ],
)
def test_a_way_said_otherwise_is_the_sources_with_its_switch(
    monkeypatch: pytest.MonkeyPatch, switch: str, sentence: str, message: str, passage: str
) -> None:
    _only(monkeypatch, None)
    assert _flagged(sentence, message, passage)  # the start code's reading: an answer nobody gave
    _only(monkeypatch, switch)
    assert not _flagged(sentence, message, passage)


@pytest.mark.parametrize(
    ("sentence", "message", "passage"),
    [
        # a channel the source does not give, said in other words than the question's
        (
            "Oui, vous pouvez envoyer votre dossier par voie postale.",
            "Est-ce que je peux envoyer mon dossier de demande de logement par courrier ?",
            "La demande de logement social se fait en ligne.",
        ),
        # the trip spared where no source gives a way from afar
        (
            "Aucun déplacement n'est nécessaire pour votre duplicata de livret de famille.",
            "Est-ce que je dois me déplacer en mairie pour un duplicata de livret de famille ?",
            "Le duplicata du livret de famille est demandé à la mairie du domicile.",
        ),
        # a counter the source closes, said open
        (
            "Vous pouvez déposer votre dossier sur place, à l'accueil de la sous-préfecture.",
            "Je peux déposer mon dossier de titre de séjour à la sous-préfecture de Lens ?",
            "Les demandes de titre de séjour se font uniquement sur le site de l'ANEF.",
        ),
    ],
)
def test_an_answer_nobody_gave_stays_flagged_with_every_switch_on(
    monkeypatch: pytest.MonkeyPatch, sentence: str, message: str, passage: str
) -> None:
    for name in _SWITCHES:
        monkeypatch.setattr(asked_places, name, True)
    assert _flagged(sentence, message, passage)


def test_the_phrases_and_families_read_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_places, "PLACE_FAMILIES", True)
    assert asked_places.rephrased("a l'hotel de ville ou par voie postale") == "a l'mairie ou par courrier"
    assert asked_places.terms({"envoy", "inter"}) == {"adres", "ligne"}
    monkeypatch.setattr(asked_places, "PLACE_FAMILIES", False)
    assert asked_places.rephrased("a l'hotel de ville") == "a l'hotel de ville"
    assert asked_places.term("envoy") == "envoy"
