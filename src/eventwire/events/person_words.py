"""Words for people that the trigger rules, the filters and the victim finder share: persons named by a
common noun, crowds, bodies, and the verbs of harm done to a person."""

from __future__ import annotations


# people named by a common noun: the target of an act done to them is unarmed unless the text says otherwise
PERSON_NOUNS = frozenset({
    "man", "woman", "person", "people", "boy", "girl", "child", "baby", "infant", "civilian", "villager", "farmer",
    "herder", "herdsman", "shepherd", "fisherman", "resident", "inhabitant", "trader", "merchant", "vendor", "shopkeeper",
    "driver", "teacher", "student", "pupil", "worshipper", "pilgrim", "journalist", "reporter", "activist", "leader",
    "member", "official", "chief", "businessman", "businesswoman", "operator", "owner", "manager", "worker", "employee",
    "family", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "relative", "youth",
    "teenager", "adolescent", "minor", "body", "corpse", "remains", "victim", "passenger", "doctor", "nurse", "priest",
    "imam", "pastor", "cleric", "monk", "politician", "candidate", "councillor", "councilor", "mayor", "couple",
    "individual", "informant", "elder", "miner", "motorist", "motorcyclist", "pedestrian", "refugee", "migrant",
    "idp", "suspect", "customer", "prisoner", "detainee", "inmate", "seller", "fishermen", "developer", "agent", "male", "female", "civilian", "lawyer", "judge", "traveller", "traveler", "villager", "peasant", "laborer", "labourer", "thief", "witch", "sorcerer",
})
# people who protest as a group ("workers demanded", "employees ... demanding")
_CROWD_NOUNS = frozenset({"worker", "employee", "resident", "trader", "farmer", "student", "teacher", "driver", "nurse",
                          "doctor", "villager", "merchant", "vendor", "labourer", "laborer", "retiree", "pensioner",
                          "miner", "protester", "demonstrator", "activist", "supporter", "staff", "parent", "family"})
_BODY_NOUNS = frozenset({"body", "corpse", "remains", "bodies"})


_HARM_VERBS = frozenset({"shoot", "kill", "beat", "stab", "wound", "injure", "torture", "assault", "attack", "hit",
                         "murder", "execute", "hang", "strangle", "behead", "slay", "gun"})
