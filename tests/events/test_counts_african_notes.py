"""Tolls of short notes in the style of 2016-era African ACLED notes and wire reports, written for these
tests (never rows of a gold file): the note's fatalities as the evaluation reads them (``note_toll``), under
ACLED's conventions (``events.counts.vague``: several/many/an unknown number 10, dozens 12, hundreds 100, the
lowest figure when sources differ), never counting the wounded, the abducted or the arrested, nor a toll that is
background to the note (``events.counts.background``: a running total, a group's record, an earlier event)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.eval.time import note_toll

from tests.conftest import doc_builder

NOTES = [
    ('Boko Haram militants attacked Kuda village, killing 3 and wounding 5.', 3),
    ('3 soldiers and 2 attackers were killed in the clash near Dikwa.', 5),
    ('The bodies of 4 people were found in a river near Beni.', 4),
    ('The attack on the market left 12 dead.', 12),
    ('The ambush claimed the lives of 6 soldiers.', 6),
    ('Four civilians lost their lives when gunmen stormed the village.', 4),
    ('A policeman who was shot on Monday succumbed to his injuries.', 1),
    ('Al Shabaab militants attacked the AMISOM base in Halgan. 7 soldiers died.', 7),
    ('Unknown gunmen killed an unknown number of villagers in Eringeti.', 10),
    ('Several people were killed when FARDC clashed with ADF rebels near Oicha.', 10),
    ('Many civilians were killed in the attack on Nzanza.', 10),
    ('A number of people were killed during clashes between Dinka and Nuer youths.', 10),
    ('Dozens of people were killed in clashes in Wau.', 12),
    ('Scores were killed when militants raided the village.', 20),
    ('Between 10 and 15 people were killed in the fighting.', 10),
    ('At least 8 people were killed in the attack.', 8),
    ('Over 20 people were killed in the raid.', 20),
    ('Up to 30 people were killed in the fighting in Juba.', 30),
    ('Nearly 40 people were killed in the clashes.', 40),
    ('Police shot dead 2 protesters and wounded 11 in Kinshasa.', 2),
    ('Gunmen abducted 12 villagers in Zamfara.', 0),
    ('Police arrested 25 people in Bujumbura after the protest.', 0),
    ('Fatalities: 3. Militants attacked a checkpoint in Mandera.', 3),
    ('Suspected herdsmen attacked Agatu, killing 7 people. Fatalities split between 2 events.', 4),
    ('Pastoralists attacked farmers in Benue state, killing 20 people in two villages: 12 in Ugondo and 8 in Mbaya.', 20),
    ('Soldiers killed 5 militants in Gwoza. Last month, militants had killed 30 villagers in the same area.', 5),
    ('SPLA and SPLA-IO forces clashed in Wau. 4 soldiers were killed on each side.', 8),
    ('Cattle raiders killed 3 herders and stole 200 head of cattle in Lakes state.', 3),
    ('A mob lynched a suspected thief in Mombasa.', 1),
    ('Unidentified gunmen shot and killed a chief in Kasai.', 1),
    ('An IED exploded in Mogadishu, killing 2 civilians and injuring 6 others.', 2),
    ('Protesters clashed with police in Addis Ababa; no casualties were reported.', 0),
    ('Militants beheaded 3 farmers near Ngala.', 3),
    ('Clashes between Fulani and farmers left 6 people dead and 10 injured.', 6),
    ('The attack left 9 people dead, including 2 children.', 9),
    ('A suicide bomber blew himself up at a mosque in Maiduguri, killing 4 worshippers.', 5),
    ('2 police officers were wounded in the attack.', 0),
    ('FARDC troops killed several Mai-Mai militiamen in Lubero.', 10),
    ('Rebels attacked Mbau; 2 FARDC soldiers and 3 rebels were killed.', 5),
    ('Militants killed 6 people in Damboa on Tuesday, bringing the number killed this month to 45.', 6),
    ('Boko Haram fighters killed 4 hunters in Konduga. Hunters killed 2 of the attackers.', 6),
    ('Ethnic clashes in Dadaab left 3 people dead.', 3),
    ('Two people died in fighting between the Murle and the Lou Nuer.', 2),
    ('Unknown assailants killed a woman and her two children in Kasese.', 3),
    ('A man was hacked to death by unknown assailants in Kasai.', 1),
    ('Soldiers shot and killed a protester in Gondar.', 1),
    ('Police fired tear gas at protesters in Harare; several were injured.', 0),
    ('Al Shabaab militants kidnapped 3 aid workers in Gedo.', 0),
    ('The clashes resulted in 5 fatalities.', 5),
    ('The fighting resulted in the deaths of 7 people.', 7),
    ('7 people died and 12 were injured when militants attacked the market.', 7),
    ('Militants attacked the village and killed dozens.', 12),
    ('The attack killed at least 20 people, according to local sources, while the army put the toll at 12.', 12),
    ('Security forces killed 3 suspected Boko Haram members and arrested 10 others.', 3),
    ('Twenty-one people were killed in the attack on the camp.', 21),
    ('A soldier was killed and 4 others were wounded when their vehicle hit a landmine.', 1),
    ('Clashes between the military and rebels resulted in an unknown number of fatalities.', 10),
    ('Hundreds of people fled after militants burned the village.', 0),
    ('Militants killed 5 soldiers in an attack on a base in Mali. 2 militants were also killed.', 7),
    ('Unidentified gunmen killed 4 people in two separate attacks in Bangui.', 4),
    ('Herdsmen attacked Nimbo, killing 40 people, and burned houses.', 40),
    ('Two soldiers were killed and three others injured in an ambush by AQIM near Gao.', 2),
    ('The army claims to have killed 30 Al Shabaab militants. Al Shabaab denied the report.', 30),
    ('Fighting between two clans in Galgaduud killed 8 people, 5 from one clan and 3 from the other.', 8),
    ('Security forces opened fire on protesters, killing 2.', 2),
    ('Mob beat to death a man accused of witchcraft.', 1),
    ('Suspected ADF rebels killed 14 civilians with machetes in Beni territory.', 14),
    ('Two people were killed and several others injured when gunmen attacked a bar in Bujumbura.', 2),
    ('LRA rebels abducted 6 people and killed 1 in Haut-Uele.', 1),
    ('The death toll from the attack rose to 15.', 15),
    ('One soldier died in the clash with Al Shabaab near Afgoye.', 1),
    ('SPLA soldiers killed 2 civilians near Yei, accusing them of being rebels.', 2),
    ('Unidentified gunmen shot dead a trader in Juba.', 1),
    ('3 Al Shabaab militants were killed by AMISOM troops in an ambush near Baidoa.', 3),
    ('Kenyan Defence Forces killed 21 Al Shabaab militants in an airstrike in Gedo.', 21),
    ('11 people were killed in the attack, among them 4 soldiers.', 11),
    ('Militants attacked the village of Kubi, killing a total of 9 people.', 9),
    ('A female suicide bomber killed herself and 2 others at a mosque in Maiduguri.', 3),
    ('Militants attacked Dalori on 20 June. 14 bodies were later recovered.', 14),
    ('Clashes erupted in Leer, leaving 5 militants and 2 soldiers dead.', 7),
    ('Unknown number of fatalities.', 10),
    ('FAMa troops killed an unspecified number of militants near Boni.', 10),
    ('Some 30 people were killed in clashes between Dinka and Nuer.', 30),
    ('The fighting killed 27 people, including 3 civilians.', 27),
    ('Gunmen killed 3 people and abducted 2 others in Kajuru.', 3),
    ('30 people were abducted and 2 killed by Boko Haram in Damasak.', 2),
    ('Troops arrested 10 suspects in connection with an attack that killed 5 soldiers last week.', 0),
    ('Students protested in Nairobi against the killing of 3 students by police.', 0),
    ('Police killed 2 protesters during a demonstration in Kisumu.', 2),
    ('Clashes between herders and farmers in Kwande left several people dead.', 10),
    ('The army reported killing 8 militants in Sambisa forest.', 8),
    ('Two villagers were hacked to death and another was shot dead by Mai-Mai militiamen.', 3),
    ('A soldier and 2 civilians were killed in a mortar attack on Mogadishu.', 3),
    ('1 rebel was killed and 3 were captured in Kalehe.', 1),
    ('An IED killed two soldiers and wounded three others near Mogadishu.', 2),
    ('The attackers killed nine people, five of whom were members of the same family.', 9),
    ('Twelve people died when herdsmen attacked Ukpabi Nimbo.', 12),
    ('Herdsmen killed no fewer than 15 villagers in Agatu.', 15),
    ('Approximately 50 people died in the clashes in Wau.', 50),
    ('A teacher was killed and his wife abducted by gunmen in Kaduna.', 1),
    ('Three people, including a police officer, were shot dead in Mombasa.', 3),
    ('The clashes left one dead and 3 injured.', 1),
    ('3 people were confirmed dead after the attack on the village.', 3),
    ('Gunmen killed a 45-year-old man in Bangui.', 1),
    ('A grenade attack on a bar in Bujumbura killed 1 person and injured 5.', 1),
    ('Police killed 3 suspected criminals in Kibera.', 3),
    ('Two soldiers were killed when Al Shabaab fighters attacked a base in Lower Shabelle. Al Shabaab claims to have killed 10 soldiers.', 2),
    ('Fighting between SPLA and SPLA-IO forces in Juba left 300 dead. Fatalities split across 4 events.', 75),
    ('Rebels killed 4 soldiers and 3 civilians in the attack on Kamango.', 7),
    ('The attack left 3 dead: 2 soldiers and 1 civilian.', 3),
    ('AMISOM troops killed 6 militants, and lost 2 soldiers in the clash.', 8),
    ('The clashes killed 3 and wounded 5 others, including a child.', 3),
    ('Gunmen killed a chief and his bodyguard in Kasai.', 2),
    ('Villagers lynched 2 suspected thieves in Kumasi.', 2),
    ('A man died after being shot by police in Harare.', 1),
    ('The attack killed a total of 7 people, including 4 soldiers and 3 civilians.', 7),
    ('Scores of people were killed in the clashes.', 20),
    ('Hundreds of people were killed in the fighting.', 100),
    ('Militants attacked the village of Gajiram. 7 people died.', 7),
    ('Boko Haram militants raided Kalla and set houses ablaze. Residents said 4 people were killed.', 4),
    ('Unknown gunmen killed a farmer in Guma LGA. The attack comes a week after herdsmen killed 12 people in the same area.', 1),
    ('Protesters blocked the road in Kasese to protest the killing of 2 residents by soldiers last week.', 0),
    ('Police dispersed protesters in Kinshasa with tear gas; 3 protesters were injured and 20 arrested.', 0),
    ('Soldiers clashed with Ambazonian separatists near Bamenda, wounding 4 soldiers.', 0),
    ('Al Shabaab abducted 5 teachers and released them the next day.', 0),
    ('Fighting between the SPLA and SPLA-IO killed 3 soldiers and 2 civilians, and displaced 500 people.', 5),
    ('Suspected Seleka fighters killed 6 civilians in Kaga-Bandoro, and burned 20 houses.', 6),
    ('The attack left 2 police officers dead and 3 others wounded.', 2),
    ('Between 8 and 11 villagers were killed by militiamen near Djugu.', 8),
    ('More than 40 people were killed in the clashes in Malakal, according to the UN.', 40),
    ('Nearly 30 people lost their lives in clashes between Hema and Lendu.', 30),
    ('The bodies of 3 men were found near Beni with machete wounds.', 3),
    ('Military forces neutralised 8 Boko Haram terrorists in Sambisa.', 8),
    ('The militants killed 2 soldiers and lost 5 fighters in the attack.', 7),
    ('A policeman and a civilian were killed in the attack on the police station.', 2),
    ('Police killed a suspected kidnapper and arrested 3 others in Kaduna.', 1),
    ('The military said 14 militants were killed, and 3 soldiers were wounded.', 14),
    ('Herdsmen attacked farmers in Logo LGA. 5 farmers were killed and 3 houses burned.', 5),
    ('The clashes claimed 16 lives.', 16),
    ('Clashes between Pokot and Turkana herders killed several people.', 10),
    ('Armed men killed dozens of civilians in the village.', 12),
    ('Up to 15 people are believed to have been killed in the attack.', 15),
    ('The attack killed 3 people; 2 others later died of their injuries.', 5),
    ('A man was shot dead by police in Nairobi on Tuesday. He was a suspected robber.', 1),
    ('Militants attacked a military post near Boulkessi, killing 17 soldiers. The army said 6 attackers were killed.', 23),
    ('Gunmen ambushed a convoy near Kidal, killing 2 MINUSMA peacekeepers and wounding 4.', 2),
    ('The body of a man was found in Kanyosha with gunshot wounds.', 1),
    ('Body of an unidentified man found in the Ntahangwa river.', 1),
    ('The bodies of two young men were found in Mutakura.', 2),
    ('A decapitated body was found in Cibitoke.', 1),
    ('Two bodies found in Rusizi river.', 2),
    ('Al Shabaab attacked a SNA base in Bulomarer. 3 SNA and 5 AS killed.', 8),
    ('Unknown gunmen assassinated a government official in Mogadishu.', 1),
    ('An unknown number killed in clashes between Marehan and Ogaden clan militias.', 10),
    ('A grenade was thrown into a bar in Bujumbura, killing 1 and injuring 7.', 1),
    ('Unidentified armed men killed a Tutsi man in Musaga.', 1),
    ('1 killed.', 1),
    ('2 killed, 4 injured.', 2),
    ('AMISOM soldiers shot and killed 2 civilians at a checkpoint in Marka.', 2),
    ('SPLA-IO claimed to have killed 30 SPLA soldiers in an attack on Lainya.', 30),
    ('3 people were killed in the attack, including the attacker.', 3),
    ('The assailants killed a soldier before fleeing.', 1),
    ('Police shot a protester dead in Kasese.', 1),
    ('FDLR fighters killed 4 civilians with machetes in Miriki.', 4),
    ('Clashes between Fulani herdsmen and farmers: 6 dead.', 6),
    ('Clash between SPLA and cattle raiders in Lakes state; 5 raiders killed.', 5),
    ('Interethnic violence between Hema and Lendu resulted in 2 deaths.', 2),
    ('Ten civilians killed by ADF in Beni.', 10),
    ('Unidentified gunmen killed Jean Bosco Ndayizeye, a member of the CNDD-FDD, in Ngozi.', 1),
    ('Al Shabaab militants beheaded a man accused of spying for the government in Bardere.', 1),
    ('Suspected ADF rebels killed the chief of Mayi-Moya village.', 1),
    ('Boko Haram killed a herder and his son near Maiduguri.', 2),
    ('A police officer was killed and his gun taken by unknown assailants in Bujumbura.', 1),
    ('FARDC soldiers killed 3 Mai-Mai Cheka militiamen, including their commander, in Walikale.', 3),
    ('An elderly woman was burnt to death by villagers accused of witchcraft.', 1),
    ('Unknown gunmen killed an NGO worker in Maban county.', 1),
    ('Two suicide bombers detonated their explosives at a mosque in Maiduguri, killing 10 worshippers.', 12),
    ('A suicide bomber detonated his vest at a checkpoint, killing himself and 2 soldiers.', 3),
    ('Fighting between SPLA and SPLA-IO in Leer left 20 SPLA and 10 SPLA-IO soldiers dead.', 30),
    ('The clashes resulted in 14 deaths, 8 of them civilians.', 14),
    ('Al Shabaab fighters attacked a KDF base in El Adde, killing 3 KDF soldiers. The attack resulted in the death of 2 militants.', 5),
    ('A suspected thief was killed by a mob in Kampala.', 1),
    ('A mob killed a man suspected of stealing a goat in Mbarara.', 1),
    ('Residents in Arusha lynched 2 suspected robbers.', 2),
    ('Mob violence: residents beat to death a suspected thief in Kisumu.', 1),
    ('A mob of residents attacked and killed a man accused of witchcraft.', 1),
    ('A man accused of theft was beaten to death by a mob in Mwanza.', 1),
    ('Rioters killed 2 police officers during riots in Kasese.', 2),
    ('Protesters clashed with police in Bahir Dar; police shot dead 5 protesters.', 5),
    ('Demonstrators protested the death of a student killed by police the previous day.', 0),
    ('Police killed a protester during a demonstration against the election results in Lubumbashi.', 1),
    ('Between 17 and 19 June, clashes between Dinka and Nuer youths killed 5 people in Wau.', 5),
    ('From 8 to 11 July, fighting between SPLA and SPLA-IO in Juba killed 272 people.', 272),
    ('On the night of 20-21 June, gunmen killed 3 villagers in Beni.', 3),
    ('Over the weekend (25-26 June), 4 people were killed in Bujumbura.', 4),
    ('At around 10 pm, unknown gunmen killed 2 people in Musaga.', 2),
    ('On 28 June 2016, Boko Haram killed 4 people in Damboa.', 4),
    ('On 28/06/2016, Boko Haram killed 4 people in Damboa.', 4),
    ('On 28.06.2016, police killed 1 protester in Harare.', 1),
    ('Around 20 June, militants killed 6 soldiers in an ambush near Kidal.', 6),
    ('On 17th June, LRA fighters abducted 12 people and killed 2 in Bas-Uele.', 2),
    ('On June 17-18, clashes in Gao left 2 dead.', 2),
    ('During the week of 20 June, 9 bodies were found in Beni territory.', 9),
    ('Gunmen attacked Route 5 near Bangui, killing 2 drivers.', 2),
    ('Al Shabaab attacked the 3rd battalion base in Lower Shabelle, killing 4 soldiers.', 4),
    ('An attack on a bus on the Juba-Nimule road killed 6 passengers, 24 km from Juba.', 6),
    ('3 killed, 2 injured in clashes between police and protesters in Kasese.', 3),
    ('SNA forces killed 4 Al-Shabaab in Afgoye.', 4),
    ('The clashes left 1 SPLA and 2 SPLA-IO dead.', 3),
    ('Clashes between FDLR and FARDC in Rutshuru, killing 2 FDLR and 1 FARDC.', 3),
    ('A grenade explosion killed 2 and wounded 14 in Bujumbura.', 2),
    ('Boko Haram insurgents killed 3 persons in Gwoza.', 3),
    ('The death toll stands at 9.', 9),
    ('Total fatalities: 12.', 12),
    ('Gunmen attacked the camp, killing 3 (2 soldiers and 1 civilian).', 3),
    ('Clashes erupted between police and rioters, with 5 killed and 10 injured.', 5),
    ('The attack on the convoy claimed 4 lives.', 4),
    ('5 people perished in the fire set by militants in the village.', 5),
    ('3 people died of gunshot wounds after police opened fire on protesters.', 3),
    ('2 people succumbed to their injuries after the attack.', 2),
    ('Two villagers were shot to death by soldiers in Kasai.', 2),
    ('Villagers repulsed the attackers, killing 2 of them.', 2),
    ('Two of the attackers were killed by the vigilantes.', 2),
    ('9 were killed, among them 3 women.', 9),
    ('A man was injured in the attack. The injured man later died in hospital.', 1),
    ('Militants attacked a police post in Ngala, killing 2 policemen. A third policeman died later in hospital.', 3),
    ('Rebels attacked the town and killed 3 civilians; a fourth victim died of his wounds the next day.', 4),
    ('Unidentified gunmen attacked a bar in Bujumbura, killing 1 person. Another person died later.', 2),
    ('LRA fighters killed 2 people and abducted 5 children near Obo. One of the abductees was later found dead.', 3),
    ('Gunmen killed 2 farmers in Guma. The attack comes two weeks after a similar attack killed 12 people in Dikwa.', 2),
    ('Militants killed 3 soldiers in Ngala. In March, a similar attack killed 20 soldiers in the area.', 3),
    ('Gunmen killed 4 people in Zamfara; more than 100 people have been killed in the state since January.', 4),
    ('Boko Haram, which has killed 20,000 people since 2009, attacked Dalori, killing 5.', 5),
    ('Suspected herdsmen killed 6 villagers in Agatu. The attack was the deadliest since March, when 20 people were killed.', 6),
    ('Police fired on protesters in Kasese, killing 3. The protest followed the killing of 2 residents by soldiers on Saturday.', 3),
    ('Militants attacked Mbau and killed 8 civilians, bringing the death toll from ADF attacks this month to 40.', 8),
    ('The army said it had killed 10 militants in an operation last week. On Tuesday, militants ambushed a patrol, killing 2 soldiers.', 2),
    ('Residents protested in Beni after ADF militants killed 14 civilians the previous night.', 0),
    ('Al Shabaab attacked a hotel in Mogadishu, killing 15 people. The same hotel was attacked in 2015, when 20 people died.', 15),
    ('Militia members carried out the massacre of 30 villagers in Djugu.', 30),
    ('ADF rebels massacred 36 civilians in Rwangoma.', 36),
    ('Gunmen committed a massacre in which 17 people died.', 17),
    ('Herdsmen attacked two villages, killing 5 in Kuda and 3 in Madagali.', 8),
    ('Boko Haram attacked Kuda, killing 5 people, and Madagali, killing 3.', 8),
    ('10 to 15 people were killed in the clashes near Bossangoa.', 10),
    ('Between 20-25 people were killed by Boko Haram in Dikwa.', 20),
    ('Reports on the death toll vary between 4 and 9.', 4),
    ('At least 3 soldiers and an unknown number of militants were killed.', 13),
    ('The massacre left 21 dead.', 21),
    ('Clashes between Bor Dinka and Murle left scores dead.', 20),
    ('The attack claimed the lives of dozens of villagers.', 12),
    ('Dozens of people were injured when police dispersed protesters.', 0),
    ('Four people died when a bomb exploded in a market in Konduga; the bomber also died.', 5),
    ('A suicide bomber blew himself up at a checkpoint in Maiduguri, killing only himself.', 1),
    ('Al Shabaab executed 2 men accused of spying in Jilib.', 2),
    ('Three people were abducted by gunmen in Kaduna; one was later killed.', 1),
    ('The LRA attacked Obo, abducting 10 people. Two of the abductees were killed.', 2),
    ('Gunmen attacked the market, killing 2 and 5 injured.', 2),
    ('Gunmen attacked the market, killing 2 and injuring 5.', 2),
    ('Suspected herdsmen attacked the village and killed 4 farmers. Residents said 10 people died.', 4),
    ('Gunmen attacked a bus, killing 11 passengers. Reports indicate 15 were killed.', 11),
    ('Gunmen killed 2 soldiers in Tillaberi. Residents said 3 people were also killed.', 5),
    ('Militants killed 3 soldiers near Diffa. Police said 2 militants died in the exchange of fire.', 5),
    ('Gunmen killed 4 people in Kuda. Residents said 6 people were abducted.', 4),
    ('Militants attacked Baga at night. Residents said 9 people were killed.', 9),
    ('The blast caused 20 casualties, including 5 dead.', 5),
    ('The clashes left 3 people critically injured.', 0),
    ('Two soldiers were fatally wounded in the ambush.', 2),
    ('A policeman was mortally wounded by gunmen in Bujumbura.', 1),
    ('Seven people were hospitalised after police fired live rounds.', 0),
    ('Militants killed or wounded 20 soldiers in the attack.', 0),
    ('The attack killed and wounded 12 people.', 6),
    ('An estimated 200 people were displaced by the fighting; 3 were killed.', 3),
    ('Twenty-five people were killed in the attack on Nzuguru.', 25),
    ('Half a dozen villagers were killed by gunmen in Ituri.', 6),
    ('A dozen soldiers died in the attack.', 12),
    ('Militants attacked a checkpoint in Dar es Salaam village (3 killed).', 3),
    ('Clashes between FARDC and Mai-Mai in Walikale - 4 killed.', 4),
    ('Clash between police and rioters in Kasese: 3 dead, 5 injured.', 3),
    ('Fighting in Leer, with 6 SPLA and 4 SPLA-IO killed.', 10),
    ('Al Shabaab attacked Halgan; AMISOM reported 43 AS killed and 2 AMISOM dead.', 45),
    ('Battle between Ethiopian troops and Al Shabaab in Halgan. Fatalities include 2 ENDF soldiers and 14 Al Shabaab fighters.', 16),
    ('Battle between Ethiopian troops and Al Shabaab in Halgan. Fatalities include 2 ENDF soldiers and 14 Al Shabaab fighters.', 16),
    ('The dead included 3 soldiers and a civilian.', 4),
    ('At least 10 people were killed in the raid on Kuda. Those killed include 4 policemen.', 10),
    ('5 people were killed. The dead included 3 soldiers and 2 civilians.', 5),
    ('At least 10 people were killed. The victims included a child.', 10)
]  # fmt: skip


@pytest.fixture(scope="module")
def toll():  # type: ignore[no-untyped-def]
    build = doc_builder()
    return lambda text: note_toll(build(text, dt.date(2016, 7, 1))).total


def test_the_set_is_large_enough() -> None:
    assert len(NOTES) >= 60


@pytest.mark.parametrize(("text", "expected"), NOTES)
def test_the_note_gets_its_toll(toll, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    assert toll(text) == expected


@pytest.fixture(scope="module")
def killed():  # type: ignore[no-untyped-def]
    from eventwire.events.counts import find_counts

    build = doc_builder()

    def counts(text: str) -> list[tuple[str, int, int, int]]:
        doc = build(text, dt.date(2016, 7, 1))
        return [(m.span.text, m.count.best, m.count.low, m.count.high) for m in find_counts(doc)
                if m.casualty and m.count.kind == "killed"]

    return counts


@pytest.mark.parametrize("text", [
    "Gunmen killed an unknown number of herders near Bria.",
    "An unspecified number of soldiers were killed in the ambush.",
    "The shelling caused an undisclosed number of deaths.",
])  # fmt: skip
def test_an_unknown_number_is_coded_ten_with_a_wide_range(killed, text) -> None:  # type: ignore[no-untyped-def]
    # ACLED's notes: "Unknown number of fatalities coded as 10"; the range keeps that the text gives no figure
    [(_, best, low, high)] = killed(text)
    assert (best, low, high) == (10, 1, 19)


def test_an_unknown_number_of_wounded_or_arrested_is_no_toll(killed) -> None:  # type: ignore[no-untyped-def]
    assert killed("Police arrested an unknown number of protesters and wounded an unspecified number.") == []


def test_a_toll_given_for_each_side_counts_both_sides(killed) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in killed("The two clans fought near Dhusamareb; 3 were killed on each side.")] == [6]
    # the breakdown of a toll already given adds no one
    assert killed("Two soldiers were killed, one from each side.")[0][1] == 2


def test_a_labelled_figure_is_a_toll(killed) -> None:  # type: ignore[no-untyped-def]
    assert [c[1] for c in killed("Clashes in Wau between SPLA and SPLA-IO. Fatalities: 4.")] == [4]


@pytest.mark.parametrize(("text", "kept"), [
    ("Boko Haram, which has killed 20,000 people since 2009, attacked Dalori, killing 5.", [5]),
    ("ISWAP, a group that has killed thousands of soldiers, ambushed a convoy near Baga and killed 4 soldiers.", [4]),
    ("Gunmen killed 2 traders in Gao. 60 people have been killed in the region since January.", [2]),
    ("Clashes in Juba killed 3 soldiers; 40 people have been killed there since Friday.", [3, 40]),
    ("In March, a similar attack killed 20 villagers in Kuda.", []),
    ("Herdsmen killed 6 farmers, the deadliest attack since April, when 12 people were killed.", [6]),
])  # fmt: skip
def test_background_tolls_are_no_casualty_counts(killed, text, kept) -> None:  # type: ignore[no-untyped-def]
    # a running total since a day this week can still be the report's own multi-day toll
    assert [c[1] for c in killed(text)] == kept
