"""Item 6 of issue 15: CSP and Permissions-Policy everywhere, HSTS behind HTTPS, exports that cannot run
formulas in a spreadsheet and never export every tenant by default."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from guichet.inbox.importexport import neutralise_cell
from guichet.inbox.workflow import reply_approve_and_send
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR)


@pytest.mark.parametrize("path", ["/comptes/connexion/", "/api/v1/nulle-part", "/admin/login/"])
def test_every_page_has_a_self_only_csp_and_a_permissions_policy(path):
    response = Client().get(path)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_templates_have_no_inline_script_style_or_handler():
    """CSP blocks these silently: a page would lose its behaviour or layout without an error."""
    offenders = []
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(r"<style[\s>]", text):
            offenders.append(f"{template}: inline <script>/<style>")
        if re.search(r"\sstyle=\"", text) or re.search(r"\son[a-z]+=\"", text):
            offenders.append(f"{template}: style= or on…= attribute")
    assert not offenders, offenders


def test_login_page_over_https_gets_hsts_when_secure_cookies_are_on(settings):
    settings.SECURE_HSTS_SECONDS = 365 * 24 * 3600  # what GUICHET_SECURE_COOKIES=true sets
    response = Client().get("/comptes/connexion/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 6 12", "'+33 6 12"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Bonjour = merci", "Bonjour = merci"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(value, expected):
    assert neutralise_cell(value) == expected


def test_export_needs_an_administration_and_neutralises_formulas(tmp_path):
    caf, other = AdministrationFactory(short_name="CAF1"), AdministrationFactory(short_name="AUTRE")
    for administration in (caf, other):
        message = make_message(administration, title="=1+1", body='=HYPERLINK("http://pirate.example")')
        reply_approve_and_send(message=message, actor=member(administration), text="@Bonjour, voici la réponse.")
    with pytest.raises(CommandError, match="administration"):
        call_command("export", str(tmp_path / "tout.csv"), stderr=io.StringIO())
    out = tmp_path / "caf.csv"
    call_command("export", str(out), "--administration", "CAF1", stderr=io.StringIO())
    rows = list(csv.DictReader(out.open(encoding="utf-8"), delimiter=";"))
    assert len(rows) == 1 and rows[0]["intitule_typologie_1"] == caf.name
    assert rows[0]["titre"] == "'=1+1" and rows[0]["description"].startswith("'=HYPERLINK")
    assert rows[0]["reponse_structure_1"].startswith("'@Bonjour")
