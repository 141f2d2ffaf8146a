"""The time/counts evaluation on small CSVs written by the test (the gold files are never copied)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.eval.time import error_kind, evaluate_acled, evaluate_gtd, strip_size_tag


@pytest.mark.parametrize(
    ("pred", "gold", "kind"),
    [(0, 3, "missed_toll"), (2, 0, "toll_where_gold_0"), (5, 3, "too_high"), (1, 3, "too_low")],
)
def test_error_kinds(pred: int, gold: int, kind: str) -> None:
    assert error_kind(pred, gold) == kind


def test_the_acled_size_tag_is_not_text() -> None:
    assert strip_size_tag("On 9 May 2020, 2500 interns protested. [size=2500]") == "On 9 May 2020, 2500 interns protested."


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_acled_rows_repeated_under_one_event_id_count_once(tmp_path: Path) -> None:
    note = "On 4 May 2020, gunmen shot and killed 3 farmers in Kaura. 3 fatalities."
    rows = [
        {"event_id_cnty": "XYZ1", "event_date": "4-May-20", "notes": note, "fatalities": "3", "timestamp": "1589220519"},
        {"event_id_cnty": "XYZ1", "event_date": "4-May-20", "notes": note, "fatalities": "3", "timestamp": "1589220519"},
        {"event_id_cnty": "XYZ2", "event_date": "5-May-20",
         "notes": "On 5 May 2020, about 40 traders protested over taxes. [size=about 40]", "fatalities": "0",
         "timestamp": "1589220519"},
        {"event_id_cnty": "XYZ3", "event_date": "6-May-20",
         "notes": "On 6 May 2020, residents protested after police shot and killed a driver.", "fatalities": "0",
         "timestamp": "1589220519"},
    ]  # fmt: skip
    result = evaluate_acled(_write(tmp_path / "acled.csv", rows))
    assert result["notes"] == 3
    assert result["fatalities_exact"] == 1.0
    assert result["event_date_exact"] == 1.0
    assert {k: v for k, v in result.items() if k.startswith("error_")} == {
        "error_missed_toll": 0, "error_toll_where_gold_0": 0, "error_too_high": 0, "error_too_low": 0,
        "error_missed_no_toll_found": 0, "error_missed_no_kill_word": 0, "error_too_high_summed": 0}  # fmt: skip


def test_gtd_halves_split_by_eventid_and_related_attacks_share_the_toll(tmp_path: Path) -> None:
    summary = ("03/26/2016: Assailants attacked police in Shahidi Hassas district, Uruzgan, Afghanistan. This was one "
               "of two related attacks in the district on the same day. Eight police officers were killed across "
               "both attacks.")  # fmt: skip
    rows = [
        {"eventid": "201603260001", "summary": summary, "nkill": "4"},
        {"eventid": "201603260002", "summary": summary, "nkill": "4"},
        {"eventid": "201604050001", "summary": "04/05/2016: A suicide bomber detonated at a checkpoint in Parwan, "
         "Afghanistan. In addition to the bomber, six civilians were killed in the blast.", "nkill": "7"},
        {"eventid": "201604060001", "summary": "04/06/2016: Assailants set fire to a school in Kunar, Afghanistan. "
         "There were no reported casualties.", "nkill": "0"},
    ]  # fmt: skip
    path = _write(tmp_path / "gtd.csv", rows)
    dev, test = evaluate_gtd(path, split="dev"), evaluate_gtd(path, split="test")
    assert dev["notes"] == test["notes"] == 2
    assert dev["nkill_exact"] == 1.0  # 8 across both attacks -> 4 each
    assert test["nkill_exact"] == 1.0  # the bomber is among the dead


def test_notes_with_two_sources_take_the_lower_toll(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "A1", "event_date": "7-May-20", "fatalities": "1", "timestamp": "1589220519",
         "notes": "On 7 May 2020, an IED detonated at a checkpoint in Mudiyah, killing 1 soldier and injuring 1 other. "
                  "Other sources report that 2 soldiers were killed and 3 injured."},
        {"event_id_cnty": "A2", "event_date": "1-May-20", "fatalities": "13", "timestamp": "1589220519",
         "notes": "On 1 May 2020, soldiers allegedly killed 22 separatists in Bafut. The villagers contest that "
                  "figure, saying 13 civilians were killed by the military."},
        {"event_id_cnty": "A3", "event_date": "30-Apr-20", "fatalities": "7", "timestamp": "1589220519",
         "notes": "On 30 April 2020, 3 policemen were killed in an attack on a check point in Kunduz. Local "
                  "authorities reported that 4 militants were also killed."},
        {"event_id_cnty": "A4", "event_date": "29-Apr-20", "fatalities": "12", "timestamp": "1589220519",
         "notes": "On 29 April 2020, prisoners clashed with the guards, killing one. 11 prisoners were also killed "
                  "(total of 12 fatalities)."},
    ]  # fmt: skip
    result = evaluate_acled(_write(tmp_path / "acled.csv", rows))
    assert result["fatalities_exact"] == 1.0, result


def test_yearless_notes_dated_from_a_late_timestamp_are_told_apart(tmp_path: Path) -> None:
    rows = [  # timestamp 1589220519 is 11 May 2020: two years after the first event
        {"event_id_cnty": "B1", "event_date": "12 May 2018", "fatalities": "0", "timestamp": "1589220519",
         "notes": "On May 12, militants burned a school in the village of Loroni."},
        {"event_id_cnty": "B2", "event_date": "03 May 2020", "fatalities": "0", "timestamp": "1589220519",
         "notes": "On 3 May 2020, militants burned a school in the village of Kaya."},
    ]  # fmt: skip
    result = evaluate_acled(_write(tmp_path / "acled.csv", rows))
    assert result["event_date_exact"] == 0.5 and result["notes_without_year"] == 1
    assert result["event_date_exact_timestamp_ref"] == 0.5  # the upload year is not the event's
    assert result["event_date_day_month_exact"] == 1.0
    assert result["event_date_exact_year_in_note"] == 1.0 and result["notes_with_year"] == 1


def test_the_upload_timestamp_is_not_a_publication_date(tmp_path: Path) -> None:
    rows = [  # uploaded (11 May 2020) the day after the event: the timestamp's year happens to be right
        {"event_id_cnty": "B3", "event_date": "10 May 2020", "fatalities": "0", "timestamp": "1589220519",
         "notes": "On May 10, militants burned a school in the village of Loroni."},
        {"event_id_cnty": "B4", "event_date": "03 May 2020", "fatalities": "0", "timestamp": "",
         "notes": "On 3 May 2020, militants burned a school in the village of Kaya."},
    ]  # fmt: skip
    result = evaluate_acled(_write(tmp_path / "acled.csv", rows))
    assert result["dated_notes"] == 2  # a row with no timestamp is scored on the date its text gives
    assert result["event_date_exact"] == 0.5 and result["notes_without_year"] == 1
    assert result["event_date_exact_timestamp_ref"] == 1.0


def test_assailants_among_the_wounded_do_not_hide_the_dead_ones(tmp_path: Path) -> None:
    rows = [
        {"eventid": "201609050001", "nkill": "33", "summary": "09/05/2016: Assailants attacked a checkpost in Garm "
         "Ab, Uruzgan, Afghanistan. In addition to 30 assailants, three police officers were killed and 55 people, "
         "including 40 assailants and 15 police officers, were wounded in the clashes."},
        {"eventid": "201707030001", "nkill": "5", "summary": "07/03/2017: A suicide bomber detonated their explosive "
         "device in a crowd in Homeka, Cameroon. At least five people were killed, including the assailant, and an "
         "additional 10 people were injured."},
    ]  # fmt: skip
    assert evaluate_gtd(_write(tmp_path / "gtd.csv", rows))["nkill_exact"] == 1.0


def test_acled_split_wording_and_shares(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "C1", "event_date": "5-May-20", "fatalities": "1", "timestamp": "1589220519",
         "notes": "Around 5 May 2020, 7 Taliban militants were killed and 3 were arrested during police operations "
                  "in Kabul, Ghor, Laghman, and Balkh provinces. Fatalities are split across 4 events (1)."},
        {"event_id_cnty": "C2", "event_date": "9-May-20", "fatalities": "1", "timestamp": "1589220519",
         "notes": "On 9 May 2020, two party members were killed across two days of clashes in Kasumbalesa. "
                  "Fatalities coded across 2 events."},
        {"event_id_cnty": "C3", "event_date": "9-May-20", "fatalities": "2", "timestamp": "1589220519",
         "notes": "On 9 May 2020, militants attacked a security post in Bossaso. Two were killed, one from each "
                  "side, and two others injured."},
    ]  # fmt: skip
    result = evaluate_acled(_write(tmp_path / "acled.csv", rows))
    assert result["fatalities_exact"] == 1.0
    assert (result["split_toll_notes"], result["split_toll_exact"]) == (2, 1.0)  # C1 (a share) and C2 (across 2)


def test_the_error_breakdown_tells_unread_wording_from_vague_and_coded_tolls(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "D1", "event_date": "5-May-20", "fatalities": "3", "timestamp": "1589220519",
         "notes": "On 5 May 2020, a clash between two clans took place in Galkayo."},
        {"event_id_cnty": "D2", "event_date": "6-May-20", "fatalities": "10", "timestamp": "1589220519",
         "notes": "On 6 May 2020, several soldiers were killed in an ambush near Kidal."},
        {"event_id_cnty": "D3", "event_date": "7-May-20", "fatalities": "4", "timestamp": "1589220519",
         "notes": "On 7 May 2020, gunmen killed 3 traders in Gao. Other reports say 4 died; fatalities coded as 3."},
        {"event_id_cnty": "D4", "event_date": "8-May-20", "fatalities": "3", "timestamp": "1589220519",
         "notes": "On 8 May 2020, gunmen killed 3 traders in Gao. In a separate attack, 2 soldiers were killed."},
    ]  # fmt: skip
    result = evaluate_acled(_write(tmp_path / "acled.csv", rows))
    assert result["error_missed_toll"] == result["error_missed_no_toll_found"] == 1  # D1: no toll in the text
    assert result["error_missed_no_kill_word"] == 1  # D1 has no word of death either
    assert (result["vague_toll_notes"], result["vague_toll_exact"]) == (1, 1.0)  # D2: "several" is 10
    assert (result["coded_as_notes"], result["coded_as_exact"]) == (1, 0.0)  # D3: gold disagrees with the note
    assert result["error_too_low"] == 1
    assert result["error_too_high"] == result["error_too_high_summed"] == 1  # D4: two tolls added up


def test_a_number_repeated_for_other_people_is_another_toll(tmp_path: Path) -> None:
    rows = [
        {"eventid": "201705070001", "nkill": "4", "summary": "05/07/2017: Two guards opened fire on soldiers at a "
         "base in Kandahar, Afghanistan. Two soldiers were killed in the attack. Both assailants were killed when "
         "troops returned fire."},
        {"eventid": "201705070002", "nkill": "2", "summary": "05/07/2017: Gunmen attacked a checkpoint in Kunduz, "
         "Afghanistan. Two policemen were killed. Officials said the two policemen were killed by snipers."},
        {"eventid": "201705070003", "nkill": "1", "summary": "05/07/2017: Militants killed a civilian praying in a "
         "mosque in Ghazni, Afghanistan. The man was accused of spying."},
    ]  # fmt: skip
    result = evaluate_gtd(_write(tmp_path / "gtd.csv", rows))
    assert result["nkill_exact"] == 1.0, result


def test_a_claimed_toll_the_note_calls_unconfirmed_is_not_coded(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "3", "timestamp": "1589220519",
         "notes": "On 5 May 2020, 3 rebels were killed by the army near Tal. The rebels confirmed 3 fatalities, but "
                  "also claimed 12 soldiers died in the clash, which has not been confirmed by any other source."},
        {"event_id_cnty": "E2", "event_date": "5-May-20", "fatalities": "15", "timestamp": "1589220519",
         "notes": "On 5 May 2020, 3 rebels were killed by the army near Tal. The rebels also claimed that 12 "
                  "soldiers died in the clash, and the army confirmed it."},
    ]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_a_short_line_naming_other_people_is_a_toll_not_a_summary(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "13", "timestamp": "1589220519",
         "notes": "On 5 May 2020, militants attacked a camp near Gao, killing 10 soldiers. 3 militants were also killed."},
        {"event_id_cnty": "E2", "event_date": "5-May-20", "fatalities": "3", "timestamp": "1589220519",
         "notes": "On 5 May 2020, militants attacked a camp near Gao, killing 2 soldiers and a civilian. 3 fatalities."},
    ]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_an_earlier_events_toll_told_as_background_is_not_added(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "E1", "event_date": "20-May-20", "fatalities": "3", "timestamp": "1590000000",
         "notes": "On 20 May 2020, an air strike hit Sirte, killing 3 civilians. A previous strike on 10 May had "
                  "killed 12."},
        {"event_id_cnty": "E2", "event_date": "20-May-20", "fatalities": "2", "timestamp": "1590000000",
         "notes": "On 20 May 2020, gunmen killed 2 people in Gao. Last week, 5 people were killed in a similar attack."},
        {"event_id_cnty": "E3", "event_date": "20-May-20", "fatalities": "2", "timestamp": "1590000000",
         "notes": "On 20 May 2020, gunmen killed 2 people in Gao. On 12 May 2020, 5 people were killed nearby."},
        {"event_id_cnty": "E5", "event_date": "20-May-20", "fatalities": "3", "timestamp": "1590000000",
         "notes": "On 20 May 2020, militants killed 3 people in Gao. At least 40 people have been killed in the "
                  "region since January."},
        {"event_id_cnty": "E6", "event_date": "20-May-20", "fatalities": "2", "timestamp": "1590000000",
         "notes": "On 20 May 2020, police shot dead 2 protesters in Kasese. Some 20 people were killed in protests "
                  "last month."},
        {"event_id_cnty": "E4", "event_date": "20-May-20", "fatalities": "5", "timestamp": "1590000000",
         "notes": "On 20 May 2020, gunmen killed 2 people in Gao. Later that day, 3 soldiers were killed nearby."},
    ]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_a_claim_the_note_says_was_not_confirmed_is_not_coded(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "0", "timestamp": "1589220519",
         "notes": "On 5 May 2020, Al Shabaab attacked a KDF base in Lamu. Al Shabaab claimed to have killed 20 "
                  "soldiers, but this was not confirmed."},
    ]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


@pytest.mark.parametrize(
    "note",
    ["Police arrested 3 suspects in connection with the murder of 2 people in Kano.",
     "Police arrested 3 men accused of killing 2 farmers in Kano.",
     "Soldiers arrested 12 BH suspects linked to the killing of 20 villagers.",
     "Residents protested in Kasese in response to the killing of 2 youths by police.",
     "A court sentenced 5 men to death for the murder of a politician.",
     "The army denied that 10 civilians were killed in the raid."],
)  # fmt: skip
def test_a_killing_the_event_answers_investigates_or_denies_is_not_its_toll(tmp_path: Path, note: str) -> None:
    rows = [{"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "0", "timestamp": "1589220519",
             "notes": f"On 5 May 2020, {note[0].lower()}{note[1:]}"}]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_the_event_that_kills_still_has_its_toll_beside_an_arrest(tmp_path: Path) -> None:
    rows = [{"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "2", "timestamp": "1589220519",
             "notes": "On 5 May 2020, police arrested 3 robbers and killed 2 in Kano. Police arrested 3 suspects in "
                      "connection with the killing."},
            {"event_id_cnty": "E2", "event_date": "5-May-20", "fatalities": "6", "timestamp": "1589220519",
             "notes": "On 5 May 2020, suspected ISGS militants killed six civilians in the village of Gadabo."},
            {"event_id_cnty": "E3", "event_date": "5-May-20", "fatalities": "0", "timestamp": "1589220519",
             "notes": "On 5 May 2020, the bodies of 3 soldiers killed last week were handed over to their families."},
            {"event_id_cnty": "E4", "event_date": "5-May-20", "fatalities": "0", "timestamp": "1589220519",
             "notes": "On 5 May 2020, a mob beat a suspected thief nearly to death in Kano."}]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_the_same_number_of_other_people_is_another_toll(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "4", "timestamp": "1589220519",
         "notes": "On 5 May 2020, 2 policemen were killed in an attack in Kunduz. 2 other policemen were killed when "
                  "they arrived as reinforcement."},
        {"event_id_cnty": "E2", "event_date": "5-May-20", "fatalities": "2", "timestamp": "1589220519",
         "notes": "On 5 May 2020, 2 policemen were killed in an attack in Kunduz. The 2 policemen were killed by a "
                  "sniper."},
    ]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_a_running_total_and_another_reports_figure_are_not_added(tmp_path: Path) -> None:
    rows = [{"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "3", "timestamp": "1589220519",
             "notes": "On 5 May 2020, gunmen attacked Kuda village, killing 3. The death toll from attacks in the "
                      "area this month rose to 40."},
            {"event_id_cnty": "E2", "event_date": "5-May-20", "fatalities": "10", "timestamp": "1589220519",
             "notes": "On 5 May 2020, at least 10 people were killed in fighting in Wau, with reports of up to 25 "
                      "dead."},
            {"event_id_cnty": "E3", "event_date": "5-May-20", "fatalities": "40", "timestamp": "1589220519",
             "notes": "On 5 May 2020, gunmen attacked Kuda village. The death toll rose to 40."}]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_a_note_coded_on_several_records_shares_its_toll_out(tmp_path: Path) -> None:
    note = "Between 17 and 19 June 2016, clashes between the army and rebels in Wau killed 9 people."
    rows = [{"event_id_cnty": f"E{i}", "event_date": "2016-06-17", "fatalities": "3", "notes": note} for i in range(3)]
    rows.append({"event_id_cnty": "E9", "event_date": "2016-06-17", "fatalities": "9",
                 "notes": "On 17 June 2016, clashes between the army and rebels in Yei killed 9 people."})
    result = evaluate_acled(_write(tmp_path / "acled.csv", rows))
    assert result["fatalities_exact"] == 1.0
    assert (result["shared_note_notes"], result["shared_note_exact"]) == (3, 1.0)


def test_people_also_killed_are_more_and_a_riot_in_which_one_died_has_its_toll(tmp_path: Path) -> None:
    rows = [{"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "12", "timestamp": "1589220519",
             "notes": "On 5 May 2020, assailants attacked a checkpost. One assailant and five police officers were "
                      "killed. Six police officers were also abducted and later killed following the attack."},
            {"event_id_cnty": "E2", "event_date": "5-May-20", "fatalities": "1", "timestamp": "1589220519",
             "notes": "On 5 May 2020, a prison riot happened in the jail of the city, in which a prisoner was killed "
                      "and another injured."},
            {"event_id_cnty": "E3", "event_date": "5-May-20", "fatalities": "0", "timestamp": "1589220519",
             "notes": "On 5 May 2020, a demonstration was staged to commemorate the massacres of 1937, during which "
                      "the army killed thousands."}]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_a_person_named_as_one_more_is_another_death(tmp_path: Path) -> None:
    rows = [{"event_id_cnty": "E1", "event_date": "5-May-20", "fatalities": "2", "timestamp": "1589220519",
             "notes": "On 5 May 2020, soldiers opened fire on a family, killing one civilian. A third member of "
                      "the family was kidnapped and later found dead."},
            {"event_id_cnty": "E2", "event_date": "5-May-20", "fatalities": "1", "timestamp": "1589220519",
             "notes": "On 5 May 2020, gunmen shot and killed a civilian in Kano. The man was a trader."}]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


@pytest.mark.parametrize(
    "note",
    ["residents demonstrated in Bafoussam town after a gendarme shot and killed a taxi bike driver.",
     "about 500 community members set alight a tavern in Tongaat after the body of a teen was found near it."],
)  # fmt: skip
def test_a_death_the_crowd_reacts_to_is_not_its_toll(tmp_path: Path, note: str) -> None:
    rows = [{"event_id_cnty": "E1", "event_date": "9-May-20", "fatalities": "0", "timestamp": "1589220519",
             "notes": f"On 9 May 2020, {note}"}]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_a_suicide_bomber_dies_in_the_blast_he_kills_with(tmp_path: Path) -> None:
    rows = [
        {"eventid": "201701010001", "nkill": "2", "summary": "01/01/2017: A suicide bomber killed a man at a mosque "
         "in Maiduguri, Borno, Nigeria."},
        {"eventid": "201701020001", "nkill": "5", "summary": "01/02/2017: A suicide bomber killed 5 people, including "
         "himself, at a market in Mubi, Adamawa, Nigeria."},
        {"eventid": "201701030001", "nkill": "1", "summary": "01/03/2017: Soldiers shot a suicide bomber targeting a "
         "checkpoint in Konduga, Borno, Nigeria. The bomber was killed before he could detonate."},
        {"eventid": "201701040001", "nkill": "0", "summary": "01/04/2017: Soldiers arrested a suicide bomber at a "
         "checkpoint in Konduga, Borno, Nigeria."},
    ]  # fmt: skip
    assert evaluate_gtd(_write(tmp_path / "gtd.csv", rows))["nkill_exact"] == 1.0


def test_a_toll_spread_over_places_and_days_and_the_other_bomber(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "D1", "event_date": "3-May-20", "fatalities": "2", "timestamp": "1589220519",
         "notes": "On 3 May 2020, rebels and the army clashed around Kalehe over two days. Unknown reported "
                  "fatalities coded as 10 and spread across three locations in two days."},
        {"event_id_cnty": "D2", "event_date": "4-May-20", "fatalities": "2", "timestamp": "1589220519",
         "notes": "On 4 May 2020, militants with explosive belts attacked a police station in Tikrit; police killed "
                  "one of the suicide bombers and the other detonated his belt, injuring 3 policemen."},
    ]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_a_killing_told_in_a_following_phrase_is_background(tmp_path: Path) -> None:
    rows = [
        {"event_id_cnty": "E1", "event_date": "2-May-20", "fatalities": "0", "timestamp": "1589220519",
         "notes": "On 2 May 2020, police carried out raids and arrests in Kaura following the targeting of a bus "
                  "with an IED, which killed 3 of its passengers."},
        {"event_id_cnty": "E2", "event_date": "2-May-20", "fatalities": "3", "timestamp": "1589220519",
         "notes": "On 2 May 2020, militants targeted a bus with an IED in Kaura, which killed 3 of its passengers."},
    ]  # fmt: skip
    assert evaluate_acled(_write(tmp_path / "acled.csv", rows))["fatalities_exact"] == 1.0


def test_suicide_bombers_who_were_the_only_casualties(tmp_path: Path) -> None:
    rows = [
        {"eventid": "201702010001", "nkill": "1", "summary": "02/01/2017: A suicide bomber on a motorcycle detonated "
         "in Kolofata, Far North, Cameroon. The assailant was the only reported casualty."},
        {"eventid": "201702020001", "nkill": "2", "summary": "02/02/2017: Soldiers spotted two suicide bombers near "
         "Mora, Far North, Cameroon. One bomber was shot while the second assailant detonated prematurely. The two "
         "assailants were the only reported casualties."},
        {"eventid": "201702030001", "nkill": "3", "summary": "02/03/2017: Soldiers intercepted three suicide bombers "
         "near a market in Kerawa, Far North, Cameroon. Two assailants detonated, while the third assailant was shot "
         "and killed."},
    ]  # fmt: skip
    assert evaluate_gtd(_write(tmp_path / "gtd.csv", rows))["nkill_exact"] == 1.0
