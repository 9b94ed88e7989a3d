"""Twenty-sixth pass, second shift: "CFE" beside an expatriate's health cover is the Caisse des Français de
l'étranger, not the business tax; a reservist's service names the operational reserve's fiche. Fresh sentences."""

from guichet.knowledge.vocabulary import find_every, longest


def _fiches(text: str) -> set[str]:
    return {fiche for found in longest(find_every(text)) for fiche in found.term.fiches}


def test_cfe_beside_an_expatriates_health_cover_is_the_caisse():
    text = "Je pars vivre au Canada l'an prochain. Est-ce que je dois adhérer à la CFE pour ma sécurité sociale ?"
    fiches = _fiches(text)
    assert "F407" in fiches and "F23547" not in fiches
    assert "F407" in _fiches("Faut-il prendre la caisse des Français de l'étranger ?")


def test_cfe_of_a_business_stays_the_business_tax():
    for text in (
        "Je suis artisan, je viens de recevoir un avis de CFE de 500 euros, c'est normal ?",
        "Comment est calculée la cotisation foncière des entreprises de mon local ?",
    ):
        fiches = _fiches(text)
        assert "F23547" in fiches and "F407" not in fiches, text


def test_a_reservists_service_names_the_operational_reserve():
    for text in (
        "Je suis réserviste, mon patron refuse de me laisser partir.",
        "Combien de jours de période de réserve mon employeur doit-il accepter ?",
        "Je voudrais m'engager dans la réserve opérationnelle de la Marine.",
    ):
        assert "F1188" in _fiches(text), text
    for text in ("Nous habitons au bord d'une réserve naturelle.", "La réserve héréditaire de mes enfants ?"):
        assert "F1188" not in _fiches(text), text
