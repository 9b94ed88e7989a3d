"""Forty-sixth pass, engineer-r79: a form named instead of the procedure (« le cerfa 12100 ») points to the fiches
that list that form; a number that is an amount, a postcode or a file number does not. Messages written fresh for
these tests; the hand-written fixture corpus (F90001 lists the passport form, Cerfa 12100*02)."""

import shutil
from pathlib import Path

import pytest

from guichet.knowledge import forms
from guichet.knowledge.forms import form_table, named_forms
from guichet.knowledge.index import get_index
from guichet.knowledge.ingest import ingest
from guichet.knowledge.query import understand
from guichet.knowledge.search import search

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture
def index(tmp_path, settings):
    settings.GUICHET_SEARCH_DENSE = False
    shutil.copytree(CORPUS, tmp_path / "corpus")
    ingest([tmp_path / "corpus"])
    return get_index()


def _pointed(index, text: str) -> set[str]:
    return {fiche for form in named_forms(index, understand(text)) for fiche in form.fiches}


def test_the_table_reads_a_form_s_number_from_the_built_index(index):
    table = form_table(index)
    assert table["12100"] == ("F90001",)
    assert "90001" not in table  # a fiche's own id is no form's number


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, où dois-je déposer le cerfa 12100 pour mon fils ?",
        "Le formulaire 12100*02 est-il encore valable ?",
        "J'ai rempli le 12100 mais la mairie le refuse, pourquoi ?",
        "Cerfa n°12100 : faut-il une photo ?",
        "Mon numéro de téléphone a changé ; et le formulaire 12100, je l'envoie où ?",
    ],
)
def test_a_form_named_by_its_number_points_to_its_procedure(index, text):
    assert _pointed(index, text) == {"F90001"}


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons payé 12100 € de travaux, peut-on avoir une aide ?",  # an amount
        "J'habite à Villeneuve (12100) depuis mars, comment voter ?",  # a postcode between brackets
        "Je vis au 3 rue des Lilas, 12100 Millau, et je déménage : que faire ?",  # an address
        "Mon numéro de dossier est le 12100, où en est ma demande ?",  # a file number
        "Facture n° 12100 de la cantine : puis-je payer en trois fois ?",  # an invoice
        "Dans l'affaire RG 19/12100 le juge a statué, puis-je faire appel ?",  # a court's file
        "Mon numéro allocataire c'est le 12100, la Caf me réclame un trop-perçu",  # a claimant's number
    ],
)
def test_a_number_that_is_no_form_points_nowhere(index, text):
    assert _pointed(index, text) == set()


def test_a_number_no_form_of_the_base_carries_points_nowhere(index):
    assert _pointed(index, "Je dois remplir le cerfa 13750, c'est lequel ?") == set()


def test_the_search_puts_the_form_s_procedure_first_and_the_switch_takes_it_back(index, monkeypatch):
    # The message names neither the passport nor anything of its fiche's words: only the form's number.
    text = "Le cerfa 12100 : je le remplis en noir ou en bleu, et je l'envoie où ?"
    hits = search(text, k=3, mode="lexical")
    assert hits and hits[0].fiche_id == "F90001"
    assert any("formulaire 12100" in reason for reason in hits[0].reasons)
    monkeypatch.setattr(forms, "READ_FORMS", False)
    assert named_forms(index, understand(text)) == []
    hits = search(text, k=3, mode="lexical")
    assert not any("formulaire 12100" in reason for hit in hits for reason in hit.reasons)


def test_a_form_listed_by_too_many_fiches_points_to_none(index, monkeypatch):
    monkeypatch.setattr(forms, "MAX_FICHES", 0)
    assert _pointed(index, "Où dois-je déposer le cerfa 12100 ?") == set()


@pytest.fixture
def snapshot_index(tmp_path, settings):
    """The fixture corpus written as the DILA snapshot writes it: the Cerfa number an attribute of the fiche's
    `ServiceEnLigne` (which the parser does not read) and at the head of the form's own R fiche's title."""
    settings.GUICHET_SEARCH_DENSE = False
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    fiche = target / "particuliers" / "fixture-F90001.xml"
    text = fiche.read_text(encoding="utf-8")
    text = text.replace("    <NumeroCerfa>12100*02</NumeroCerfa>\n", "").replace(
        'type="Formulaire">', 'numerocerfa="12100*02" type="Formulaire">', 1
    )
    fiche.write_text(text, encoding="utf-8")
    form = target / "particuliers" / "fixture-R90003.xml"
    text = form.read_text(encoding="utf-8").replace("<dc:title>Formulaire :", "<dc:title>Formulaire 12100*02 :")
    form.write_text(text, encoding="utf-8")
    ingest([target])
    return get_index()


def test_as_in_the_snapshot_the_number_is_read_from_the_form_s_own_title(snapshot_index):
    fiche = snapshot_index.fiches[snapshot_index.position["F90001"]]
    assert all(not resource["cerfa"] for resource in fiche["resources"])  # what today's index holds
    assert form_table(snapshot_index)["12100"] == ("F90001",)
    assert _pointed(snapshot_index, "Le cerfa 12100*02 : je l'envoie où ?") == {"F90001"}
    assert _pointed(snapshot_index, "J'ai payé 12100 euros de travaux") == set()
