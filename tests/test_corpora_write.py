"""`guichet.corpora.write_items`: items written back as a corpus file, without the split and file keys."""

from pathlib import Path

from guichet.corpora import read_corpus, write_items


def test_written_items_read_back_with_the_same_split(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "a.jsonl").write_text(
        '{"id": "x-001", "message": "Bonjour, où en est mon dossier ?"}\n'
        '{"id": "x-002", "message": "Merci « beaucoup »"}\n',
        encoding="utf-8",
    )
    items = list(read_corpus(source))
    assert {item["split"] for item in items} <= {"train", "validation", "test"}

    copy = tmp_path / "copy"
    copy.mkdir()
    assert write_items(copy / "b.jsonl", items) == 2

    text = (copy / "b.jsonl").read_text(encoding="utf-8")
    assert "split" not in text and '"file"' not in text
    assert "« beaucoup »" in text  # written as UTF-8, not escaped
    again = list(read_corpus(copy))
    assert [(item["id"], item["message"], item["split"]) for item in again] == [
        (item["id"], item["message"], item["split"]) for item in items
    ]
