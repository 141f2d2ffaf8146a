"""Convert the PETRARCH2/Phoenix CAMEO dictionaries (MIT) into eventwire's compact shipped file.

Run once; the output is committed as ``src/eventwire/data/events/petrarch.json``:

    .venv/bin/python tools/convert_petrarch.py /work/shared/data/petrarch2-cameo-dictionaries \
        src/eventwire/data/events/petrarch.json

What is kept (and why):

- ``countries``: ISO3 code -> country name and the synonyms that are the name or its demonym
  (same first three letters: "SYRIAN_" for SYRIA_). City synonyms (DAMASCUS_ for the Syrian
  government) are dropped: as actor names they would code every place name as a state.
- ``agents``: one-word generic agents (SOLDIER [~MIL], FARMER [~AGR] ...) -> their sector code,
  with PETRARCH's !PERSON! macro expanded; eventwire reads a noun's lemma against them.
- ``groups``: the non-state armed groups of Phoenix.MilNonState.actors.txt with their synonyms,
  parenthesised acronyms, country (the ISO3 prefix of their code) and sector.

Copyright (c) 2014 Open Event Data Alliance, MIT licence (the notice is repeated in the output).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_CODE = re.compile(r"\[([A-Z~]{3,}[A-Z]*)[^\]]*\]")
_NOTICE = ("Converted by tools/convert_petrarch.py from the PETRARCH2/Phoenix CAMEO dictionaries "
           "(github.com/openeventdata/petrarch2 @ 676801c, petrarch2/data/dictionaries: Phoenix.Countries.actors.txt, "
           "Phoenix.agents.txt, Phoenix.MilNonState.actors.txt). The MIT License (MIT), Copyright (c) 2014 Open "
           "Event Data Alliance. Permission is hereby granted, free of charge, to any person obtaining a copy of "
           "this software and associated documentation files, to deal in the Software without restriction, subject "
           "to the condition that the copyright notice and this permission notice are included in all copies or "
           "substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.")


def _phrase(raw: str) -> str:
    return " ".join(raw.strip().strip("+").replace("_", " ").split())


def _title(phrase: str) -> str:
    small = {"of", "and", "the", "for", "in", "al", "de", "du", "la"}
    words = phrase.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _entries(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """(name, synonyms, codes) per dictionary entry."""
    out: list[tuple[str, list[str], list[str]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = _CODE.findall(body)
        text = _CODE.sub("", body).strip()
        if body[:1] not in ("+", " ", "\t"):
            out.append((_phrase(text), [], codes))
        elif out:
            if text.startswith("+"):
                out[-1][1].append(_phrase(text))
            out[-1][2].extend(codes)
    return out


def countries(path: Path) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name, synonyms, codes in _entries(path):
        if len(codes) != 1 or len(codes[0]) != 3 or codes[0] in out or not name:
            continue
        stem = name[:3].lower()
        keep = sorted({s.lower() for s in synonyms if s and s.lower()[:3] == stem and len(s.split()) <= 3})
        out[codes[0]] = {"name": _title(name), "aliases": keep}
    return out


def agents(path: Path) -> dict[str, str]:
    macros: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"!(\w+)!\s*=\s*(.+)", body)
        if m:
            macros[m[1]] = [w.strip() for w in m[2].split(",")]
            continue
        m = re.match(r"([A-Z!'-]+?)_?\s*\[~([A-Z]+)\]", body)
        if not m:
            continue
        word, sector = m[1], m[2]
        forms = [word]
        for macro, values in macros.items():
            if f"!{macro}!" in word:
                forms = [word.replace(f"!{macro}!", v) for v in values]
        for form in forms:
            if "_" not in form and "!" not in form and form.isalpha():
                out.setdefault(form.lower(), sector)
    return dict(sorted(out.items()))


def groups(path: Path) -> list[dict[str, object]]:
    out = []
    for name, synonyms, codes in _entries(path):
        if not codes or not name:
            continue
        code = codes[0]
        country = code[:3] if len(code) >= 6 else None
        sector = code[3:6] if len(code) >= 6 else code[:3]
        acronyms, aliases = set(), set()
        for phrase in [name, *synonyms]:
            for acr in re.findall(r"\(([A-Z0-9-]{2,})\)", phrase):
                acronyms.add(acr)
            plain = " ".join(re.sub(r"\([^)]*\)", " ", phrase).split())
            if len(plain) > 3:
                aliases.add(_title(plain))
        base = " ".join(re.sub(r"\([^)]*\)", " ", name).split())
        out.append({"name": _title(base), "country": country, "sector": sector,
                    "aliases": sorted(aliases), "acronyms": sorted(acronyms)})
    return out


def main(src: str, dest: str) -> None:
    d = Path(src) / "dictionaries"
    data = {
        "about": _NOTICE,
        "countries": countries(d / "Phoenix.Countries.actors.txt"),
        "agents": agents(d / "Phoenix.agents.txt"),
        "groups": groups(d / "Phoenix.MilNonState.actors.txt"),
    }
    Path(dest).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), indent=0) + "\n", encoding="utf-8")
    print(f"{len(data['countries'])} countries, {len(data['agents'])} agents, {len(data['groups'])} groups -> {dest}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
