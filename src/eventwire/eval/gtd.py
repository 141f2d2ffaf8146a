"""GTD incidents as a second, independent gold for event types: ``evaluate_gtd(path)``.

The Global Terrorism Database codes each incident's attack type, target type and weapon, not an ACLED
event type, so the gold here is a *proxy*: the ACLED type that both codebooks' definitions give an
incident of that attack, target and weapon (``acled_type``). Incidents whose ACLED type those fields do
not settle (an unknown attack type, a kidnapping of soldiers, an unarmed assault, a hijacking) are not
scored, and counted as such. GTD incidents are all violent, so a summary that yields no event is a miss.

Why a second gold: the ACLED exports are notes of one coding style each; GTD summaries are written by other
analysts, about other incidents (Afghanistan, Cameroon, Burundi ... 2016-2018), so agreement here says how
well the event coder carries to text it was not developed on. ``split``: ``dev`` is the first half of the
incidents by eventid, ``test`` the second half (the same halves as ``eventwire eval time --dataset gtd``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .events import NO_EVENT, _results, confusion, main_event, score_types

__all__ = ["acled_type", "evaluate_gtd"]

# ACLED Codebook (2019), "Battles": "a violent interaction between two politically organized armed groups";
# state forces, police and armed groups are organised armed actors, so an armed attack on them is a battle.
_ARMED_TARGETS = {"military", "police", "terrorists/non-state militia", "violent political party"}
# GTD attack types whose target alone decides battle or violence against civilians.
_ASSAULTS = {"armed assault", "assassination"}
_NOT_SETTLED = {"unknown", "unarmed assault", "hijacking", "hostage taking (barricade incident)"}


def acled_type(attack: str, target: str, weapon: str, killed: float | None, wounded: float | None,
               success: bool = True) -> str | None:
    """The ACLED event type of a GTD incident by both codebooks' definitions, or None when its fields do not settle it.

    - a bombing, or an assassination with explosives: ACLED "Explosions/Remote violence" ("one-sided violent events in
      which the tool for engaging in conflict creates asymmetry by taking away the ability of the target to respond":
      bombs, IEDs, grenades, suicide bombs, shelling, air strikes);
    - a bombing that failed (GTD ``success`` 0: the device found and defused, the bomber stopped before): "Strategic
      developments", sub-event "Disrupted weapons use" ("an explosion or other weapons use is prevented");
    - an armed assault or assassination of soldiers, police or armed group members: "Battles" (grenades thrown in an
      armed assault do not make it remote violence: the target can respond);
    - of anyone else (private citizens, officials, teachers, journalists, businesses): "Violence against civilians"
      ("violent events where an organised armed group deliberately inflicts violence upon unarmed non-combatants");
    - a kidnapping of civilians: "Violence against civilians" (sub-event "Abduction/forced disappearance"); of soldiers
      or police: not settled;
    - a facility attacked with fire or by hand and nobody killed or hurt: "Strategic developments" (sub-event
      "Looting/property destruction", "destroying property ... in the absence of violence against people").
    """
    attack, target, weapon = attack.strip().lower(), target.strip().lower(), weapon.strip().lower()
    if attack in _NOT_SETTLED:
        return None
    armed_target = target in _ARMED_TARGETS
    explosives = weapon.startswith("explosives")
    if attack == "bombing/explosion":
        return "Explosions/Remote violence" if success else "Strategic developments"
    if attack == "assassination" and explosives:
        return "Explosions/Remote violence"
    if attack in _ASSAULTS:
        return "Battles" if armed_target else "Violence against civilians"
    if attack == "hostage taking (kidnapping)":
        return None if armed_target else "Violence against civilians"
    if attack == "facility/infrastructure attack":
        unhurt = not killed and not wounded
        return "Strategic developments" if unhurt and weapon.startswith(("incendiary", "melee")) else None
    return None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def evaluate_gtd(path: str | Path, limit: int = 0, errors: int = 0, pipeline: Any = None,
                 split: str = "all") -> dict[str, Any]:
    """The event type of each GTD summary's main event against the ACLED type of its attack (``acled_type``)."""
    from ..errors import MalformedInput
    from .time import _half, _read_csv, _strip_prefix, summary_date

    rows = _read_csv(path, 0)
    if rows and "attacktype1_txt" not in rows[0]:
        raise MalformedInput("no 'attacktype1_txt' column; is this a GTD export?", source=str(path))
    rows = _half([r for r in rows if (r.get("summary") or "").strip()], split)
    scored: list[tuple[dict[str, str], str]] = []
    unsettled = 0
    for r in rows:
        gold = acled_type(r.get("attacktype1_txt") or "", r.get("targtype1_txt") or "", r.get("weaptype1_txt") or "",
                          _number(r.get("nkill")), _number(r.get("nwound")), (r.get("success") or "1").strip() != "0")
        if gold is None:
            unsettled += 1
            continue
        scored.append((r, gold))
        if limit and len(scored) >= limit:
            break
    texts = [(_strip_prefix(r["summary"]), summary_date(r["summary"])) for r, _ in scored]
    pairs: list[tuple[str, str]] = []
    none = several = 0
    for (row, gold), result in zip(scored, _results(texts, pipeline), strict=True):
        current = [e for e in result.events if e.modality != "background"]
        none += not current
        several += len(current) > 1
        ev = main_event(result)
        pred = ev.event_type if ev else NO_EVENT
        pairs.append((gold, pred))
        if pred != gold and errors > 0:
            errors -= 1
            print(f"gold={gold} pred={pred} | {row.get('attacktype1_txt')} / {row.get('targtype1_txt')} / "
                  f"{row.get('weaptype1_txt')} | {row['summary'][:400]}", file=sys.stderr)
    types = score_types(pairs)
    return {
        "dataset": "gtd",
        "file": Path(path).name,
        "split": split,
        "gold": "ACLED event type implied by GTD attack, target and weapon (a proxy)",
        "incidents": len(rows),
        "incidents_scored": len(pairs),
        "incidents_not_settled": unsettled,
        "event_type_macro_f1": types["macro_f1"],
        "event_type_accuracy": types["accuracy"],
        "incidents_no_event": none,
        "incidents_several_events": several,
        "event_type_f1": types["per_class"],
        "confusion": confusion(pairs),
    }
