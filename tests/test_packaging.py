"""A normal install (`pip install .`, not editable) carries what the web UI needs: the
page templates, which live in the repository's top-level templates/, travel in the
wheel as data files for <environment>/share/quotesearch/templates."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_the_wheel_carries_every_template_and_the_static_files(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(tmp_path), REPO], check=True, capture_output=True, timeout=300)
    wheel = next(p for p in tmp_path.iterdir() if p.suffix == ".whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n.rsplit("/", 1)[-1] for n in names if "/data/share/quotesearch/templates/" in n}
    assert shipped == set(os.listdir(os.path.join(REPO, "templates")))
    assert any(n.endswith("quotesearch/web/static/style.css") for n in names)
