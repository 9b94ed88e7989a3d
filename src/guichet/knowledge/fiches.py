"""Parse one DILA "Vos droits et démarches" XML file (schema 3.3/3.4) into plain data.

The parser keeps what an agent needs to answer a citizen: the header, the breadcrumb, the body as a list of
blocks that each carry their full heading path (chapters, situations and cases keep their titles, so a chunk
never mixes "Salarié du privé" with "Fonctionnaire"), the glossary, and the resources agents paste into replies
(online services, forms with their Cerfa number, where to go, legal references, related questions).

Files are untrusted input: a DTD or entity declaration is refused outright (no entity expansion, no external
fetch), and anything that is not a `Publication` / `ServiceComplementaire` with an ID raises `FicheError`.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field

DC = "{http://purl.org/dc/elements/1.1/}"
ROOTS = {"Publication", "ServiceComplementaire"}
FICHE_ID = re.compile(r"^[FNR]\d+$")
AUDIENCES = {"particuliers": "particuliers", "professionnels": "professionnels", "associations": "associations"}

CALLOUTS = {"ASavoir": "À savoir", "ANoter": "À noter", "Attention": "Attention", "Rappel": "Rappel"}
RESOURCE_TAGS = {
    "ServiceEnLigne": "service",
    "OuSAdresser": "contact",
    "OuSAdresserSupport": "contact",
    "PourEnSavoirPlus": "information",
    "Reference": "reference",
    "ServiceEnLigneAnnexe": "service",
    "ServiceEnLigneAlternatif": "service",
    "LienExterneCommente": "information",
}
# Elements that only drive the interactive questionnaire or the site layout: nothing to answer with.
SKIPPED = {"Condition", "Questionnaire", "Variable", "Branche", "RechercheGuidee", "Image", "Illustration", "Credits"}
_SPACES = re.compile(r"\s+")
_WHITESPACE_BEFORE_PUNCT = re.compile(r"\s+([,.)])")


class FicheError(ValueError):
    """The file is not a fiche this parser can trust (malformed XML, DTD, unexpected root, no ID)."""


@dataclass
class Block:
    """A piece of body content with the headings above it (chapter > sub-chapter > situation > case...)."""

    path: list[str]
    kind: str  # intro, text, table, callout, glossary, resource, questions
    text: str


@dataclass
class Resource:
    """Something an agent pastes into a reply: a téléservice, a form (Cerfa), a contact, a legal text."""

    kind: str  # service, form, contact, reference, information, question
    id: str
    title: str
    url: str = ""
    type: str = ""
    cerfa: str = ""
    source: str = ""


@dataclass
class ParsedFiche:
    id: str
    root: str
    type: str
    url: str
    title: str
    description: str = ""
    subject: str = ""
    date: str = ""
    dc_type: str = ""
    surtitre: str = ""
    audiences: list[str] = field(default_factory=list)
    breadcrumb: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    glossary: dict[str, dict[str, str]] = field(default_factory=dict)
    resources: list[Resource] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    cerfa: str = ""
    web_url: str = ""

    @property
    def kind(self) -> str:
        """F (fiche), N (theme / dossier) or R (online service, form, reference...)."""
        return self.id[0]

    def to_json(self) -> dict:
        return asdict(self)

    @property
    def content_hash(self) -> str:
        """A hash of the parsed content, stable across whitespace-only or attribute-order changes in the XML."""
        payload = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    @classmethod
    def from_json(cls, data: dict) -> ParsedFiche:
        data = dict(data)
        data["blocks"] = [Block(**b) for b in data.get("blocks", [])]
        data["resources"] = [Resource(**r) for r in data.get("resources", [])]
        return cls(**data)


def clean(text: str) -> str:
    """Collapse whitespace (including non-breaking spaces) and tidy spaces before punctuation."""
    text = _SPACES.sub(" ", text.replace("\xa0", " ")).strip()
    return _WHITESPACE_BEFORE_PUNCT.sub(r"\1", text)


def inline_text(element: ET.Element | None) -> str:
    """The text of a mixed-content element (Paragraphe with MiseEnEvidence, Valeur, LienInterne...)."""
    if element is None:
        return ""
    return clean("".join(element.itertext()))


def _child_text(element: ET.Element, tag: str) -> str:
    return inline_text(element.find(tag))


def _title(element: ET.Element) -> str:
    return inline_text(element.find("Titre"))


def parse_bytes(data: bytes, *, source: str = "") -> ParsedFiche:
    """Parse one fiche. Raises `FicheError` on anything malformed or unexpected."""
    head = data[:4096].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data.upper():
        raise FicheError(f"{source}: DTD ou entité interdite")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise FicheError(f"{source}: XML mal formé ({error})") from error
    if root.tag not in ROOTS:
        raise FicheError(f"{source}: élément racine inattendu <{root.tag}>")
    fiche_id = (root.get("ID") or "").strip()
    if not FICHE_ID.match(fiche_id):
        raise FicheError(f"{source}: identifiant de fiche absent ou invalide ({fiche_id!r})")
    title = _child_text(root, f"{DC}title")
    if not title:
        raise FicheError(f"{source}: fiche {fiche_id} sans titre")
    return _Parser(root, fiche_id, title).parse()


class _Parser:
    """Walks the element tree once, emitting blocks with their heading path."""

    def __init__(self, root: ET.Element, fiche_id: str, title: str) -> None:
        self.root = root
        self.fiche = ParsedFiche(
            id=fiche_id,
            root=root.tag,
            type=root.get("type", ""),
            url=root.get("spUrl", ""),
            title=title,
        )
        self._resource_ids: set[tuple[str, str]] = set()

    def parse(self) -> ParsedFiche:
        fiche, root = self.fiche, self.root
        fiche.description = _child_text(root, f"{DC}description")
        fiche.subject = _child_text(root, f"{DC}subject")
        fiche.date = _child_text(root, f"{DC}date").removeprefix("modified").strip()
        fiche.dc_type = _child_text(root, f"{DC}type")
        fiche.surtitre = _child_text(root, "SurTitre")
        fiche.audiences = self._audiences()
        fiche.breadcrumb = [inline_text(level) for level in root.iterfind("FilDAriane/Niveau")]
        fiche.themes = [_title(theme) for theme in root.iterfind("Theme") if _title(theme)]
        fiche.parents = [el.get("ID", "") for el in root.iterfind("DossierPere")] + [
            el.get("ID", "") for el in root.iterfind("SousThemePere")
        ]
        fiche.cerfa = _child_text(root, "NumeroCerfa")
        web = root.find("LienWeb")
        if web is not None:
            fiche.web_url = web.get("URL", "")
        for child in root:
            self._top_level(child)
        fiche.links = sorted({link.get("LienPublication", "") for link in root.iter("LienInterne")} - {""})
        return fiche

    def _audiences(self) -> list[str]:
        found = [inline_text(el).lower() for el in self.root.findall("Audience")]
        url = self.fiche.url.lower()
        found += [name for name in AUDIENCES if f"/{name}/" in url]
        return sorted({AUDIENCES[name] for name in found if name in AUDIENCES})

    def _top_level(self, child: ET.Element) -> None:
        tag = child.tag
        if tag == "Introduction":
            self._emit_all(child, [], kind="intro")
        elif tag in {"Texte", "ListeSituations", "Avertissement"}:
            self._walk(child, [])
        elif tag in RESOURCE_TAGS:
            self._resource(child, RESOURCE_TAGS[tag])
        elif tag == "QuestionReponse":
            self._question(child)
        elif tag in {"Definition", "Abreviation"}:
            self._glossary(child)
        elif tag in {"SousDossier", "SousTheme", "Dossier", "Fiche"} and self.fiche.kind == "N":
            self._listing(child)

    # Body ---------------------------------------------------------------------------------------------------

    def _emit(self, path: list[str], kind: str, text: str) -> None:
        if text:
            self.fiche.blocks.append(Block(path=list(path), kind=kind, text=text))

    def _emit_all(self, element: ET.Element, path: list[str], *, kind: str) -> None:
        start = len(self.fiche.blocks)
        self._walk(element, path)
        for block in self.fiche.blocks[start:]:
            if block.kind == "text":
                block.kind = kind

    def _walk(self, element: ET.Element, path: list[str]) -> None:
        for child in element:
            self._node(child, path)

    def _node(self, el: ET.Element, path: list[str]) -> None:
        tag = el.tag
        if tag in SKIPPED or tag == "Titre":
            return
        if tag == "Paragraphe":
            self._emit(path, "text", inline_text(el))
        elif tag == "Liste":
            self._emit(path, "text", self._list_text(el))
        elif tag == "Tableau":
            self._table(el, path)
        elif tag in CALLOUTS or tag == "Citation":
            label = _title(el) or CALLOUTS.get(tag, "")
            body = " ".join(self._flat(el))
            self._emit(path, "callout", f"{label} : {body}" if label else body)
        elif tag in {"Chapitre", "SousChapitre", "Situation", "Cas"}:
            heading = _title(el)
            self._walk(el, [*path, heading] if heading else path)
        elif tag in RESOURCE_TAGS:
            resource = self._resource(el, RESOURCE_TAGS[tag])
            if resource is not None:
                label = {"service": "Service en ligne", "form": "Formulaire", "contact": "Où s'adresser"}.get(
                    resource.kind, "Pour en savoir plus"
                )
                self._emit(path, "text", f"{label} : {resource.title}")
        else:  # Texte, ListeSituations, BlocCas, FragmentConditionne, SiSelectionne and unknown containers.
            self._walk(el, path)

    def _flat(self, el: ET.Element) -> list[str]:
        """The readable lines of a small container (callout, list item, table cell)."""
        lines: list[str] = []
        for child in el:
            if child.tag in SKIPPED or child.tag == "Titre":
                continue
            if child.tag == "Paragraphe":
                lines.append(inline_text(child))
            elif child.tag == "Liste":
                lines.append(self._list_text(child))
            else:
                lines.extend(self._flat(child))
        return [line for line in lines if line]

    def _list_text(self, el: ET.Element) -> str:
        numbered = el.get("type") == "numero"
        items = [" ".join(self._flat(item)) for item in el.iterfind("Item")]
        return "\n".join(f"{i}. {text}" if numbered else f"- {text}" for i, text in enumerate(items, 1) if text)

    def _table(self, el: ET.Element, path: list[str]) -> None:
        rows = []
        for row in el.iterfind("Rangée"):
            cells = [" ".join(self._flat(cell)) for cell in row.iterfind("Cellule")]
            rows.append(" | ".join(cells))
        title = _title(el)
        self._emit([*path, title] if title else path, "table", "\n".join(row for row in rows if row.strip(" |")))

    # Resources, glossary, listings ---------------------------------------------------------------------------

    def _resource(self, el: ET.Element, kind: str) -> Resource | None:
        title = _title(el) or inline_text(el)
        if not title:
            return None
        rtype = el.get("type", "")
        cerfa = _child_text(el, "NumeroCerfa")
        if kind == "service" and (rtype == "Formulaire" or cerfa):
            kind = "form"
        url = el.get("URL", "")
        if not url:
            web = el.find("RessourceWeb")
            url = web.get("URL", "") if web is not None else ""
        resource = Resource(
            kind=kind,
            id=el.get("ID", ""),
            title=title,
            url=url,
            type=rtype,
            cerfa=cerfa,
            source=_child_text(el, "Source"),
        )
        key = (resource.kind, resource.id or resource.title)
        if key not in self._resource_ids:
            self._resource_ids.add(key)
            self.fiche.resources.append(resource)
        return resource

    def _question(self, el: ET.Element) -> None:
        question = inline_text(el)
        if question:
            self.fiche.resources.append(Resource(kind="question", id=el.get("ID", ""), title=question))

    def _glossary(self, el: ET.Element) -> None:
        term = _title(el)
        definition = " ".join(self._flat(el.find("Texte") if el.find("Texte") is not None else el))
        if term and definition:
            self.fiche.glossary[el.get("ID", term)] = {"term": term, "definition": definition, "tag": el.tag}
            self._emit(["Définitions", term], "glossary", f"{term} : {definition}")

    def _listing(self, el: ET.Element) -> None:
        """N files list their sub-dossiers and fiches: keep the titles, they describe what the dossier covers."""
        heading = _title(el)
        entries = [inline_text(fiche) for fiche in el.iter("Fiche")]
        if el.tag == "Fiche":
            entries = [inline_text(el)]
        text = " ; ".join(entry for entry in entries if entry)
        self._emit([heading] if heading else [], "text", text)
