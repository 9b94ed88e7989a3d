import pytest

from guichet.knowledge.chunking import chunk_fiche
from guichet.knowledge.fiches import Block, FicheError, ParsedFiche, parse_bytes


def test_header_breadcrumb_and_audience(fixture_file):
    fiche = parse_bytes(fixture_file("corpus/particuliers/fixture-F90001.xml"))
    assert fiche.id == "F90001"
    assert fiche.kind == "F"
    assert fiche.title == "Passeport : première demande"
    assert fiche.date == "2020-06-01"
    assert fiche.audiences == ["particuliers"]
    assert fiche.breadcrumb[1] == "Passeport"
    assert fiche.parents == ["N90004"]


def test_situations_and_cases_keep_their_titles(fixture_file):
    fiche = parse_bytes(fixture_file("corpus/particuliers/fixture-F90001.xml"))
    paths: dict[str, str] = {}
    for block in fiche.blocks:
        key = " > ".join(block.path)
        paths[key] = f"{paths.get(key, '')}\n{block.text}"
    assert "86 €" in paths["Majeur > Coût"]
    assert "42 €" in paths["Mineur > Coût"]
    assert "consulat" in paths["Majeur > Démarche > Demande à l'étranger"]
    assert "Photo d'identité" in paths["Majeur > Démarche > Demande en France"]


def test_tables_callouts_and_glossary(fixture_file):
    fiche = parse_bytes(fixture_file("corpus/particuliers/fixture-F90001.xml"))
    table = next(block for block in fiche.blocks if block.kind == "table")
    assert table.path == ["Majeur", "Coût", "Tarifs du timbre"]
    assert "Majeur | 86 €" in table.text
    callout = next(block for block in fiche.blocks if block.kind == "callout")
    assert callout.text.startswith("Attention : le timbre n'est pas remboursé")
    assert fiche.glossary["R90100"]["term"] == "Titre sécurisé"
    assert fiche.glossary["R90101"]["definition"] == "Agence nationale des titres sécurisés"
    assert fiche.glossary["R90101"]["tag"] == "Abreviation"


def test_resources_services_forms_contacts_references_questions(fixture_file):
    fiche = parse_bytes(fixture_file("corpus/particuliers/fixture-F90001.xml"))
    by_id = {resource.id: resource for resource in fiche.resources}
    assert by_id["R90200"].kind == "service"
    assert by_id["R90200"].url == "https://ants.example/pre-demande"
    assert by_id["R90003"].kind == "form"
    assert by_id["R90003"].cerfa == "12100*02"
    assert by_id["R90300"].kind == "contact"
    assert by_id["R90300"].url == "https://ants.example/mairies"
    assert by_id["R90400"].kind == "reference"
    assert by_id["F90010"].kind == "question"


def test_r_and_n_files(fixture_file):
    form = parse_bytes(fixture_file("corpus/particuliers/fixture-R90003.xml"))
    assert form.root == "ServiceComplementaire"
    assert form.cerfa == "12100*02"
    assert form.web_url == "https://formulaires.example/cerfa_12100.do"
    dossier = parse_bytes(fixture_file("corpus/particuliers/fixture-N90004.xml"))
    assert dossier.kind == "N"
    assert any("Première demande" in block.text for block in dossier.blocks)


@pytest.mark.parametrize("name", ["bad/fixture-F90005.xml", "bad/fixture-F90006.xml", "bad/fixture-F90007.xml"])
def test_malformed_or_unsafe_files_are_refused(fixture_file, name):
    with pytest.raises(FicheError):
        parse_bytes(fixture_file(name), source=name)


def test_content_hash_ignores_formatting_and_round_trips(fixture_file):
    raw = fixture_file("corpus/particuliers/fixture-F90001.xml")
    fiche = parse_bytes(raw)
    reindented = parse_bytes(raw.replace(b"\n  ", b"\n    "))
    assert fiche.content_hash == reindented.content_hash
    assert ParsedFiche.from_json(fiche.to_json()).content_hash == fiche.content_hash
    changed = parse_bytes(fixture_file("changed/fixture-F90001.xml"))
    assert changed.content_hash != fiche.content_hash


def test_chunks_carry_heading_paths(fixture_file):
    chunks = chunk_fiche(parse_bytes(fixture_file("corpus/particuliers/fixture-F90001.xml")))
    headings = [chunk.heading for chunk in chunks]
    assert chunks[0].kind == "summary"
    assert "Majeur > Coût" in headings
    assert "Mineur > Coût" in headings
    assert "Définitions > Titre sécurisé" in headings
    resource = next(chunk for chunk in chunks if chunk.kind == "resource")
    assert "Cerfa 12100*02" in resource.text
    assert [chunk.position for chunk in chunks] == list(range(len(chunks)))


def test_every_piece_of_a_long_table_keeps_its_header_row(fixture_file):
    fiche = parse_bytes(fixture_file("corpus/particuliers/fixture-F90001.xml"))
    rows = [
        f"{year} | {160 + i} trimestres (durée d'assurance exigée pour le taux plein)"
        for i, year in enumerate(range(1940, 2000))
    ]
    fiche.blocks = [
        Block(path=["Durée d'assurance"], kind="table", text="\n".join(["Année de naissance | Trimestres", *rows]))
    ]
    pieces = [chunk for chunk in chunk_fiche(fiche) if chunk.kind == "table"]
    assert len(pieces) > 1
    assert all(piece.text.startswith("Année de naissance | Trimestres\n") for piece in pieces)
    assert sum(piece.text.count(" trimestres (") for piece in pieces) == len(rows)  # no row lost or repeated
