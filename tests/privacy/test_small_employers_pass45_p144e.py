"""Forty-fifth pass, privacy (issue 13, engineer-p144e): small employers and firms that name a person.

A firm's name that ran onto its owner's title ("le Kebab Istanbul de M. Yilmaz") stops before the title
(`firm_titles.CUT_AT_TITLE`); a firm named after a liberal, property or partnership firm's legal form ("SELARL …",
"SCI …", "SNC …") is masked (`recognizers.firm_forms`); a firm named after a family whose surname begins with a
particle that is also a stop word ("la boulangerie Ait Ouarab") is read as a firm (`firm_particles.PARTICLE_FIRST`,
shipped off, switched on here); the shop a writer runs, named in quotes, is masked (`recognizers.own_shops`). Fresh
sentences, none from the corpora; each rule with near misses it must leave alone, and its switch turned off.
"""

import pytest

from guichet.privacy import firm_particles, firm_titles
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message
from guichet.privacy.recognizers import firm_forms, own_shops


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


def _output(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _forms(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in firm_forms.FirmFormRecognizer().spans(text)]


def _shops(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in own_shops.OwnShopRecognizer().spans(text)]


_TITLED = [
    ("Je suis plongeur au Restaurant du Lac de M. Okonkwo à Annecy depuis mai.", "Okonkwo"),
    ("Elle est vendeuse à la Boutique du Marché de Mme. Lindqvist, rue Haute.", "Lindqvist"),
    ("Il a travaillé vingt ans à la Pharmacie du Centre de Dr. Haddadi.", "Haddadi"),
]


@pytest.mark.parametrize(("text", "surname"), _TITLED)
def test_a_firm_followed_by_its_owner_leaves_no_surname(text: str, surname: str) -> None:
    output = _output(text)
    assert surname not in output, output
    masked = _masked(text)
    assert "EMPLOYEUR" in masked.values(), masked


def test_the_owner_is_masked_as_a_person_once_the_firm_stops_before_the_title() -> None:
    masked = _masked("Je suis plongeur au Restaurant du Lac de M. Okonkwo à Annecy depuis mai.")
    assert masked.get("Restaurant du Lac") == "EMPLOYEUR", masked
    assert any(kind == "PERSONNE" and "Okonkwo" in value for value, kind in masked.items()), masked


def test_the_title_cut_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je suis plongeur au Restaurant du Lac de M. Okonkwo à Annecy depuis mai."
    monkeypatch.setattr(firm_titles, "CUT_AT_TITLE", False)
    assert _masked(text).get("Restaurant du Lac de M") == "EMPLOYEUR"


_FORMED = [
    ("La SELARL Cabinet Traoré-Mendy a envoyé la facture.", "SELARL Cabinet Traoré-Mendy"),
    ("Le loyer est versé à la SNC Bar des Sports Vasquez chaque mois.", "SNC Bar des Sports Vasquez"),
    ("La SCOP Menuiserie Kowalczyk recrute deux apprentis.", "SCOP Menuiserie Kowalczyk"),
    ("Notre propriétaire est la SCI Villa Nakamura depuis 2019.", "SCI Villa Nakamura"),
]


@pytest.mark.parametrize(("text", "firm"), _FORMED)
def test_a_firm_after_its_legal_form_is_found(text: str, firm: str) -> None:
    assert _forms(text) == [firm]
    assert firm.split(" ", 1)[1] not in _output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Une SCI peut être constituée par deux associés au moins.",
        "La SCI familiale est soumise à l'impôt sur le revenu.",
        "La SCP est une société civile professionnelle.",
        "Le notaire rédige les statuts de la SNC.",
        "La SCI CAF du Rhône n'existe pas.",
        "LES ASSOCIES DE LA SCI ONT SIGNE",
    ],
)
def test_a_form_alone_or_before_a_word_in_lower_case_is_not_a_firm(text: str) -> None:
    assert _forms(text) == []


def test_the_legal_form_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(firm_forms, "ENABLED", False)
    assert _forms("La SELARL Cabinet Traoré-Mendy a envoyé la facture.") == []


_SHOPS = [
    ("Avec mon mari nous tenons un bar-tabac à Privas, « Le Balto ».", "Le Balto"),
    ("Mon salon d'esthétique « Beauté Divine » a fermé pendant le confinement.", "Beauté Divine"),
    ("Ma sœur a repris une épicerie fine à Dole : « Les Délices de Nour ».", "Les Délices de Nour"),
    ('Notre petite entreprise de plomberie, "Aquaservices 71", a deux salariés.', "Aquaservices 71"),
]


@pytest.mark.parametrize(("text", "shop"), _SHOPS)
def test_the_writers_own_shop_in_quotes_is_masked(text: str, shop: str) -> None:
    assert _shops(text) == [shop]
    assert shop not in _output(text)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai demandé l'aide « MaPrimeRénov' » pour ma maison.",
        "Le dispositif « Mon Accompagnateur Rénov' » est-il gratuit ?",
        "Mon dossier « Prime d'activité » est bloqué.",
        "Dans mon magasin, le responsable m'a dit « Revenez demain ».",
        "Notre commerce a été cité dans l'article « Les commerces de centre-ville souffrent de la hausse des loyers "
        "cette année » du journal.",
        "Mon entreprise a reçu un courrier « CAF du Gard ».",
    ],
)
def test_a_quoted_scheme_a_quoted_sentence_or_a_public_body_is_not_a_shop(text: str) -> None:
    assert _shops(text) == []


def test_the_own_shop_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(own_shops, "ENABLED", False)
    assert _shops("Avec mon mari nous tenons un bar-tabac à Privas, « Le Balto ».") == []


_PARTICLED = [
    ("Mon frère est vendeur à la boucherie Aït Menguellet de Bobigny.", "Menguellet"),
    ("Je suis mécanicienne au garage Da Cunha depuis l'été.", "Cunha"),
    ("Elle a été embauchée chez Di Stefano Carrelages en avril.", "Stefano"),
]


@pytest.mark.parametrize(("text", "surname"), _PARTICLED)
def test_a_firm_named_after_a_particled_surname_is_masked(
    monkeypatch: pytest.MonkeyPatch, text: str, surname: str
) -> None:
    monkeypatch.setattr(firm_particles, "PARTICLE_FIRST", True)
    output = _output(text)
    assert surname not in output, output


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Je suis salariée de la boulangerie Ait Ouarab à Saint-Denis.", "Ouarab"),
        ("Je travaille chez De Oliveira Bâtiment à Tours.", "Oliveira"),
    ],
)
def test_the_particle_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch, text: str, surname: str) -> None:
    monkeypatch.setattr(firm_particles, "PARTICLE_FIRST", True)
    assert surname not in _output(text)
    monkeypatch.setattr(firm_particles, "PARTICLE_FIRST", False)
    assert surname in _output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je travaille chez Des amis de ma mère.",
        "Je suis employée à la ferme De la Vallée.",
        "Il est salarié chez De nombreux clients.",
    ],
)
def test_a_particle_before_a_word_in_lower_case_is_still_a_stop_word(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(firm_particles, "PARTICLE_FIRST", True)
    assert "EMPLOYEUR" not in _masked(text).values()
