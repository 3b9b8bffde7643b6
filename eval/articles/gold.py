"""Builds gold.json (frontline-gold/1, the seed gold's format) for the development articles in this folder.

The articles were written for Frontline in the style of wire reports; each event below is what a careful coder would
code from the text alone ('required': an analyst expects it found; optional ones are defensible but not expected).
Coordinates of named places are GeoNames', rounded; radius_km widens where the text names only a region. An optional
side event (property burned in an attack, the fight after a bombing) lists no code it shares with the main event, so
that the scorer's one-to-one matching cannot pair the main prediction with it instead.
Run: python3 eval/articles/gold.py > eval/articles/gold.json
"""
import json

BATTLE = ["190", "192", "193"]
STRIKE = ["195", "190"]
SHELL = ["194", "190"]
VIOLENCE = ["180", "190", "202"]
PROTEST = ["140", "141", "145"]
MEET = ["040", "042", "043", "036"]


def place(name, lat, lon, country, radius=25, or_country=False):
    return {"name": name, "lat": lat, "lon": lon, "country": country, "radius_km": radius, "or_country": or_country}


def actor(*aliases, optional=False):
    return {"aliases": list(aliases), **({"optional": True} if optional else {})}


def event(id, what, acled=None, cameo=None, plover=None, actor1=None, actor2=None, location=None, date=None,
          fatalities=None, required=True):
    e = {"id": id, "what": what, "required": required}
    if acled:
        e["acled"] = {"event_type": acled[0], "sub_event_type": acled[1:]}
    e["cameo"] = cameo or []
    e["plover"] = plover or []
    if actor1:
        e["actor1"] = actor1
    if actor2:
        e["actor2"] = actor2
    if location:
        e["location"] = location
    e["date"] = {"start": date[0], "end": date[-1]}
    if fatalities is not None:
        e["fatalities"] = fatalities
    return e


BF_ARMY = ("Military Forces of Burkina Faso", "army", "soldiers", "Burkina Faso")
MM_ARMY = ("Military Forces of Myanmar", "military", "junta", "Myanmar military", "fighter jet")
IL_ARMY = ("Military Forces of Israel", "Israeli military", "Israel", "Israeli forces", "IDF")
RU_ARMY = ("Military Forces of Russia", "Russia", "Russian forces", "Russian troops")
ML_ARMY = ("Military Forces of Mali", "Malian army", "army", "Mali")
CD_ARMY = ("Military Forces of the Democratic Republic of Congo", "Congolese troops", "army", "FARDC")
CM_ARMY = ("Military Forces of Cameroon", "soldiers", "army", "Cameroon")
PH_ARMY = ("Military Forces of the Philippines", "troops", "army", "military", "Philippines")
UA_ARMY = ("Military Forces of Ukraine", "Ukraine", "Ukrainian forces", "Ukraine's military")

ARTICLES = [
    ("burkina-djibo-base", "2025-03-16", [
        event("djibo-attack", "JNIM fighters storm the army base in Djibo; at least 50 soldiers and militiamen killed",
              ["Battles", "Armed clash"], BATTLE + ["180", "183"], ["ASSAULT", "FIGHT"],
              actor("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "jihadist fighters", "gunmen", "militants", "al Qaeda"),
              actor(*BF_ARMY, optional=True), place("Djibo", 14.0994, -1.6255, "BF"), ["2025-03-15"], 50),
        event("arbinda-air-strikes", "Army air strikes on the retreating columns near Arbinda",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"], actor(*BF_ARMY),
              None, place("Arbinda", 14.2296, -0.8654, "BF"), ["2025-03-15", "2025-03-16"]),
        event("djibo-market-burned", "The fighters burn the market and shops of Djibo",
              ["Strategic developments", "Looting/property destruction"], None, None,
              actor("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "fighters", "gunmen"), None,
              place("Djibo", 14.0994, -1.6255, "BF"), ["2025-03-15"], required=False),
        event("kounla-massacre", "Militants kill at least 30 civilians in Kounla in February",
              ["Violence against civilians", "Attack"], VIOLENCE, ["ASSAULT"], actor("militants", "JNIM"), None,
              place("Burkina Faso", 12.5, -1.67, "BF", 25, True), ["2025-02-01", "2025-02-28"], 30, required=False),
        event("ouagadougou-march", "Hundreds march in Ouagadougou in support of the army",
              ["Protests", "Peaceful protest"], PROTEST, ["PROTEST"], None, None,
              place("Ouagadougou", 12.3657, -1.5339, "BF"), ["2025-03-16"]),
    ]),
    ("myanmar-lashio", "2024-08-05", [
        event("lashio-air-strike", "A military jet bombs a market area in Lashio; 11 civilians killed",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE + ["180"], ["ASSAULT"], actor(*MM_ARMY),
              None, place("Lashio", 22.9359, 97.7498, "MM"), ["2024-08-04"], 11),
        event("lashio-command-captured", "The MNDAA says it captured the regional military command in Lashio",
              ["Battles", "Non-state actor overtakes territory"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("Myanmar National Democratic Alliance Army", "MNDAA", "Brotherhood Alliance", "ethnic armed groups"),
              actor(*MM_ARMY, optional=True), place("Lashio", 22.9359, 97.7498, "MM"), ["2024-07-20", "2024-08-03"]),
        event("lashio-fighting", "The junta says its troops are still fighting inside Lashio",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"], actor(*MM_ARMY, "troops", "MNDAA"), None,
              place("Lashio", 22.9359, 97.7498, "MM"), ["2024-07-29", "2024-08-05"], required=False),
        event("mogok-captured", "The TNLA seized Mogok last month",
              ["Battles", "Non-state actor overtakes territory"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("Ta'ang National Liberation Army", "TNLA"), None, place("Mogok", 22.9177, 96.5098, "MM"),
              ["2024-07-01", "2024-07-31"], required=False),
        event("kyaukme-clash", "TNLA forces clash with government troops near Kyaukme",
              ["Battles", "Armed clash"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("Ta'ang National Liberation Army", "TNLA", *MM_ARMY, "government troops"), None,
              place("Kyaukme", 22.54, 97.03, "MM", 30), ["2024-08-02"]),
        event("china-appeal", "China calls on all sides to cease fire and resume talks", None,
              ["020", "024", "025", "027"], ["REQUEST"], actor("China", "Government of China"), None, None,
              ["2024-07-29", "2024-08-05"], required=False),
        event("yangon-arrests", "Police arrest eight young people over a flash protest in Yangon",
              ["Protests", "Protest with intervention"], PROTEST + ["173"], ["PROTEST"], None, None,
              place("Yangon", 16.8053, 96.1561, "MM"), ["2024-08-04"]),
    ]),
    ("gaza-school-strike", "2024-10-11", [
        event("deir-al-balah-school-strike", "An Israeli air strike on a school in Deir al-Balah kills at least 28",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE + ["180"], ["ASSAULT"], actor(*IL_ARMY),
              None, place("Deir al-Balah", 31.4183, 34.3503, "PS"), ["2024-10-10"], 28),
        event("jabalia-fighting", "Israeli tanks push into Jabalia; Hamas and Islamic Jihad fire anti-tank rockets",
              ["Battles", "Armed clash"], BATTLE, ["ASSAULT", "FIGHT"],
              actor(*IL_ARMY, "Hamas", "Islamic Jihad", "gunmen", "Qassam Brigades"), None,
              place("Jabalia", 31.5272, 34.4835, "PS"), ["2024-10-05", "2024-10-11"]),
        event("october-7-attack", "Hamas-led fighters attack Israel on October 7, 2023",
              ["Battles", "Armed clash"], BATTLE + ["180"], ["ASSAULT"], actor("Hamas", "Hamas-led fighters"), None,
              place("Israel", 31.5, 34.75, "IL", 25, True), ["2023-10-07"], 1200, required=False),
        event("israel-accuses-hamas", "Israel's military accuses Hamas of using civilian sites as cover", None,
              ["111", "112"], ["ACCUSE"], actor(*IL_ARMY), None, None, ["2024-10-10", "2024-10-11"], required=False),
        event("ceasefire-talks", "Egypt and Qatar will host ceasefire talks next week", None,
              ["036", "043", "046"], ["CONSULT"], actor("Egypt", "Qatar", "Government of Egypt", "Government of Qatar"),
              None, None, ["2024-10-10", "2024-10-25"], required=False),
        event("amman-march", "Thousands march in Amman to demand an end to the war",
              ["Protests", "Peaceful protest"], PROTEST, ["PROTEST"], None, None,
              place("Amman", 31.9552, 35.945, "JO"), ["2024-10-11"]),
    ]),
    ("somalia-mogadishu-bombing", "2024-06-09", [
        event("lido-car-bomb", "An al Shabaab suicide car bomb at a Lido beach restaurant kills at least nine",
              ["Explosions/Remote violence", "Suicide bomb"], ["180", "183", "1831", "190"], ["ASSAULT"],
              actor("Al Shabaab", "al-Shabaab", "al Shabaab"), None, place("Mogadishu", 2.0371, 45.3438, "SO"),
              ["2024-06-08"], 9),
        event("lido-siege", "The gunmen exchange fire with security forces for four hours; five attackers killed",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"],
              actor("Al Shabaab", "gunmen", "security forces", "Military Forces of Somalia", "Police Forces of Somalia"),
              None, place("Mogadishu", 2.0371, 45.3438, "SO"), ["2024-06-08", "2024-06-09"], 5, required=False),
        event("adan-yabaal-recaptured", "Somali special forces recapture Adan Yabaal from al Shabaab",
              ["Battles", "Government regains territory"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("Military Forces of Somalia", "Somali special forces", "special forces", "Somalia"),
              actor("Al Shabaab", optional=True), place("Adan Yabaal", 3.7782, 46.2463, "SO"), ["2024-06-07"]),
        event("adan-yabaal-us-air-strike", "A U.S. air strike near Adan Yabaal kills two al Shabaab fighters",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"],
              actor("Military Forces of the United States", "United States", "U.S. Africa Command", "AFRICOM"),
              None, place("Adan Yabaal", 3.7782, 46.2463, "SO"), ["2024-06-01", "2024-06-09"], 2),
    ]),
    ("yemen-red-sea", "2024-02-04", [
        event("us-uk-strikes", "U.S. and British strikes on 36 Houthi targets in Yemen",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"],
              actor("Military Forces of the United States", "United States", "U.S.", "Britain",
                    "Military Forces of the United Kingdom"), actor("Houthis", "Ansar Allah", optional=True),
              place("Sanaa", 15.3547, 44.2067, "YE", 25, True), ["2024-02-03"]),
        event("houthi-missile-ship", "The Houthis fire an anti-ship missile at a bulk carrier in the Gulf of Aden",
              ["Explosions/Remote violence", "Shelling/artillery/missile attack"], SHELL + ["195"], ["ASSAULT"],
              actor("Houthis", "Ansar Allah", "Houthi"), None, place("Gulf of Aden", 12.5, 47.0, "YE", 400, True),
              ["2024-02-04"]),
        event("jordan-drone-attack", "A drone attack kills three American soldiers in Jordan last week",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"], None, None,
              place("Jordan", 31.0, 36.0, "JO", 25, True), ["2024-01-22", "2024-02-03"], 3, required=False),
        event("houthi-threat", "The Houthis vow to respond and keep targeting ships", None, ["130", "138"],
              ["THREATEN"], actor("Houthis", "Yahya Saree", "Ansar Allah"), None, None, ["2024-02-03", "2024-02-04"],
              required=False),
        event("iran-condemns", "Iran condemns the strikes", None, ["111", "112"], ["ACCUSE"],
              actor("Iran", "Government of Iran"), None, None, ["2024-02-03", "2024-02-04"], required=False),
        event("saudi-restraint", "Saudi Arabia calls for restraint", None, ["020", "024", "025", "027"], ["REQUEST"],
              actor("Saudi Arabia", "Government of Saudi Arabia"), None, None, ["2024-02-03", "2024-02-04"],
              required=False),
        event("sanaa-rally", "Tens of thousands of Houthi supporters rally in Sanaa",
              ["Protests", "Peaceful protest"], PROTEST, ["PROTEST"], None, None,
              place("Sanaa", 15.3547, 44.2067, "YE"), ["2024-02-02"]),
    ]),
    ("haiti-gangs", "2024-10-05", [
        event("pont-sonde-massacre", "Gran Grif gang members kill at least 70 people in Pont-Sonde",
              ["Violence against civilians", "Attack"], VIOLENCE, ["ASSAULT"],
              actor("Gran Grif", "gang", "gang members"), None, place("Pont-Sonde", 19.15, -72.61, "HT"),
              ["2024-10-03"], 70),
        event("pont-sonde-arson", "The gang burns 45 houses and 34 vehicles",
              ["Strategic developments", "Looting/property destruction"], None, None,
              actor("Gran Grif", "gang"), None, place("Pont-Sonde", 19.15, -72.61, "HT"), ["2024-10-03"],
              required=False),
        event("saint-marc-police-operation", "Police kill three suspected gang members near Saint-Marc",
              ["Battles", "Armed clash"], BATTLE, ["ASSAULT", "FIGHT"], actor("Police Forces of Haiti", "police"),
              None, place("Saint-Marc", 19.108, -72.694, "HT"), ["2024-10-03", "2024-10-05"], 3),
        event("saint-marc-road-block", "Displaced residents block the national road in Saint-Marc, burning tyres",
              ["Protests", "Peaceful protest", "Violent demonstration"], PROTEST + ["143", "144"], ["PROTEST"], None,
              None, place("Saint-Marc", 19.108, -72.694, "HT"), ["2024-10-04"]),
        event("reinforcements", "The prime minister sends reinforcements", ["Strategic developments", "Other"],
              ["150", "152", "154"], ["MOBILIZE"], actor("Government of Haiti", "Garry Conille", "Police Forces of Haiti"),
              None, None, ["2024-10-03", "2024-10-05"], required=False),
        event("conille-condemns", "The prime minister condemns the attack", None, ["111", "112"], ["ACCUSE"],
              actor("Garry Conille", "Government of Haiti"), None, None, ["2024-10-03", "2024-10-05"], required=False),
    ]),
    ("nigeria-kuriga-abduction", "2024-03-09", [
        event("kuriga-abduction", "Gunmen abduct at least 287 pupils and teachers from a school in Kuriga",
              ["Violence against civilians", "Abduction/forced disappearance"], ["180", "181", "190"], ["ASSAULT"],
              actor("gunmen", "bandits", "armed gangs", "Unidentified Armed Group (Nigeria)"), None,
              place("Kaduna State", 10.5264, 7.4388, "NG", 150), ["2024-03-07"], 1),
        event("kuriga-deployment", "Troops backed by air support are deployed to the forests around Kuriga",
              ["Strategic developments", "Other"], ["150", "152", "154"], ["MOBILIZE"],
              actor("Military Forces of Nigeria", "army", "troops"), None, place("Kaduna State", 10.5264, 7.4388, "NG", 150),
              ["2024-03-07", "2024-03-09"], required=False),
        event("zamfara-rescue", "Soldiers rescue 15 hostages in Zamfara, killing four kidnappers",
              ["Battles", "Armed clash"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("Military Forces of Nigeria", "soldiers", "army", "troops"), None,
              place("Zamfara", 12.17, 6.66, "NG", 150), ["2024-03-01", "2024-03-09"], 4),
        event("zamfara-abduction", "The separate abduction of 15 people in Zamfara",
              ["Violence against civilians", "Abduction/forced disappearance"], ["181"], None, None,
              None, place("Zamfara", 12.17, 6.66, "NG", 150), ["2024-01-01", "2024-03-09"], required=False),
        event("kaduna-parents-protest", "About a hundred parents protest outside the Kaduna state government house",
              ["Protests", "Peaceful protest"], PROTEST, ["PROTEST"], None, None,
              place("Kaduna", 10.5264, 7.4388, "NG"), ["2024-03-08"]),
        event("borno-camp-abductions", "Suspected Boko Haram fighters abduct more than 100 people from displacement camps in Borno",
              ["Violence against civilians", "Abduction/forced disappearance"], ["180", "181"], ["ASSAULT"],
              actor("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "ISWAP", "fighters"), None,
              place("Borno", 11.8469, 13.1571, "NG", 200), ["2024-02-26", "2024-03-03"]),
    ]),
    ("ukraine-pokrovsk", "2024-12-21", [
        event("novotroitske-captured", "Russia says its forces captured Novotroitske near Pokrovsk",
              ["Battles", "Non-state actor overtakes territory", "Government regains territory", "Armed clash"], BATTLE,
              ["ASSAULT", "FIGHT"], actor(*RU_ARMY), actor(*UA_ARMY, optional=True),
              place("Novotroitske", 48.1953, 37.0889, "UA"), ["2024-12-14", "2024-12-21"]),
        event("pokrovsk-assaults", "Ukraine repels 41 Russian assaults near Pokrovsk", ["Battles", "Armed clash"],
              BATTLE, ["ASSAULT", "FIGHT"], actor(*RU_ARMY, *UA_ARMY), None, place("Pokrovsk", 48.282, 37.1759, "UA"),
              ["2024-12-20", "2024-12-21"]),
        event("overnight-barrage", "Russia launches 57 drones and two ballistic missiles at Ukraine",
              ["Explosions/Remote violence", "Air/drone strike", "Shelling/artillery/missile attack"], STRIKE + ["194"],
              ["ASSAULT"], actor(*RU_ARMY), None, place("Ukraine", 49.0, 32.0, "UA", 25, True),
              ["2024-12-20", "2024-12-21"], required=False),
        event("zaporizhzhia-missile", "A missile hits an apartment building in Zaporizhzhia; two killed",
              ["Explosions/Remote violence", "Shelling/artillery/missile attack", "Air/drone strike"], SHELL + ["195"],
              ["ASSAULT"], actor(*RU_ARMY), None, place("Zaporizhzhia", 47.8517, 35.1171, "UA"),
              ["2024-12-20", "2024-12-21"], 2),
        event("ukraine-intercepts", "Air defences shoot down 40 drones",
              ["Explosions/Remote violence", "Disrupted weapons use"], ["190"], ["ASSAULT"], actor(*UA_ARMY), None,
              place("Ukraine", 49.0, 32.0, "UA", 25, True), ["2024-12-20", "2024-12-21"], required=False),
        event("rostov-oil-depot", "Ukrainian drones hit an oil depot in Russia's Rostov region",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"], actor(*UA_ARMY), None,
              place("Rostov", 47.2314, 39.7233, "RU", 250), ["2024-12-20", "2024-12-21"]),
        event("russia-intercepts", "Russia destroys 15 Ukrainian drones over Rostov and Belgorod",
              ["Explosions/Remote violence", "Disrupted weapons use"], ["190"], ["ASSAULT"], actor(*RU_ARMY), None,
              place("Russia", 50.6, 36.6, "RU", 25, True), ["2024-12-20", "2024-12-21"], required=False),
        event("zelenskiy-brussels", "Zelenskiy meets EU leaders in Brussels", None, MEET, ["CONSULT"],
              actor("Volodymyr Zelenskiy", "Zelenskiy", "Volodymyr Zelensky", "Government of Ukraine", "Ukraine"), None,
              place("Brussels", 50.8505, 4.3488, "BE"), ["2024-12-19"]),
    ]),
    ("kenya-finance-protests", "2024-06-26", [
        event("parliament-stormed", "Protesters storm parliament in Nairobi; police shoot dead at least five",
              ["Riots", "Violent demonstration"], PROTEST + ["1451", "175", "180"], ["PROTEST"],
              None, None, place("Nairobi", -1.2833, 36.8167, "KE"), ["2024-06-25"], 5),
        event("nakuru-riot", "Protesters burn a police post and loot shops in Nakuru", ["Riots", "Violent demonstration"],
              PROTEST, ["PROTEST"], None, None, place("Nakuru", -0.3072, 36.0723, "KE"), ["2024-06-25"]),
        event("mombasa-clashes", "Demonstrators clash with police in Mombasa", ["Riots", "Violent demonstration"],
              PROTEST, ["PROTEST"], None, None, place("Mombasa", -4.0547, 39.6636, "KE"), ["2024-06-25"],
              required=False),
        event("kisumu-clashes", "Demonstrators clash with police in Kisumu", ["Riots", "Violent demonstration"],
              PROTEST, ["PROTEST"], None, None, place("Kisumu", -0.1022, 34.7617, "KE"), ["2024-06-25"],
              required=False),
        event("army-deployed", "The army is ordered out and patrols Nairobi", ["Strategic developments", "Other"],
              ["150", "152", "154"], ["MOBILIZE"], actor("Military Forces of Kenya", "army", "soldiers", "William Ruto"),
              None, place("Nairobi", -1.2833, 36.8167, "KE"), ["2024-06-25", "2024-06-26"], required=False),
        event("activist-abductions", "Police accused of abducting activists at night",
              ["Violence against civilians", "Abduction/forced disappearance"], ["181"],
              None, None, None, place("Kenya", 0.0, 38.0, "KE", 25, True),
              ["2024-06-18", "2024-06-26"], required=False),
        event("bill-withdrawn", "Ruto withdraws the finance bill", None, ["080", "081", "083"], ["CONCEDE"],
              actor("William Ruto", "Government of Kenya"), None, None, ["2024-06-26"], required=False),
        event("odinga-dialogue", "Raila Odinga calls for national dialogue", None, ["020", "024", "025", "027"],
              ["REQUEST"], actor("Raila Odinga"), None, None, ["2024-06-26"], required=False),
    ]),
]


CD_ARMY = ("Military Forces of DR Congo", "Military Forces of the Democratic Republic of Congo", "army", "troops", "FARDC")
PK_ARMY = ("Military Forces of Pakistan", "troops", "military", "army")
SY_GOV = ("Military Forces of Syria", "Syrian government forces", "government forces", "security forces", "Government of Syria")

# A second batch, written after the rules of session 21 and scored once before any change was made for it.
ARTICLES += [
    ("drc-ituri-massacre", "2025-07-29", [
        event("komanda-church-attack", "ADF fighters kill at least 38 worshippers in a church in Komanda",
              ["Violence against civilians", "Attack"], VIOLENCE, ["ASSAULT"],
              actor("Allied Democratic Forces", "ADF", "Islamist militants", "assailants", "Islamic State"), None,
              place("Komanda", 1.3651, 29.764, "CD"), ["2025-07-27"], 38),
        event("komanda-arson", "Houses and shops nearby are set ablaze", ["Strategic developments", "Looting/property destruction"],
              None, None, actor("Allied Democratic Forces", "ADF"), None, place("Komanda", 1.3651, 29.764, "CD"),
              ["2025-07-27"], required=False),
        event("troops-deployed", "Troops are deployed to track the attackers", ["Strategic developments", "Other"],
              ["150", "152", "154"], ["MOBILIZE"], actor(*CD_ARMY), None, place("Komanda", 1.3651, 29.764, "CD", 60),
              ["2025-07-27", "2025-07-29"], required=False),
        event("mambasa-clashes", "The army and Ugandan troops kill 12 ADF fighters near Mambasa",
              ["Battles", "Armed clash"], BATTLE, ["ASSAULT", "FIGHT"], actor(*CD_ARMY, "Military Forces of Uganda"),
              actor("Allied Democratic Forces", "ADF", optional=True), place("Mambasa", 1.3622, 29.036, "CD"),
              ["2025-07-25"], 12),
        event("pope-condemns", "The pope condemns the attack", None, ["111", "112"], ["ACCUSE"],
              actor("Pope Leo", "Vatican"), None, None, ["2025-07-27"], required=False),
        event("bunia-march", "Residents march in Bunia to demand protection", ["Protests", "Peaceful protest"], PROTEST,
              ["PROTEST"], None, None, place("Bunia", 1.5594, 30.2522, "CD"), ["2025-07-28"]),
    ]),
    ("pakistan-bannu-attack", "2025-03-05", [
        event("bannu-suicide-bombing", "Suicide car bombs at the Bannu cantonment kill 18",
              ["Explosions/Remote violence", "Suicide bomb"], ["180", "183", "1831", "190"], ["ASSAULT"],
              actor("Jaish al-Fursan", "Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "TTP", "suicide bombers"),
              actor(*PK_ARMY, optional=True), place("Bannu", 32.9853, 70.604, "PK"), ["2025-03-04"], 18),
        event("bannu-gunfight", "Gunmen trying to storm the compound are killed in a gunfight with troops",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"], actor(*PK_ARMY, "gunmen", "Jaish al-Fursan"), None,
              place("Bannu", 32.9853, 70.604, "PK"), ["2025-03-04", "2025-03-05"], 16, required=False),
        event("pakistan-accuses-afghanistan", "Pakistan accuses the Taliban government of sheltering militants", None,
              ["111", "112"], ["ACCUSE"], actor("Pakistan", "Government of Pakistan", "Islamabad"), None, None,
              ["2025-02-26", "2025-03-05"], required=False),
        event("diplomat-summoned", "Islamabad summons Afghanistan's top diplomat", None, ["111", "112", "130", "160"],
              ["ACCUSE", "REDUCE"], actor("Pakistan", "Government of Pakistan", "Islamabad"), None, None, ["2025-03-05"],
              required=False),
        event("dera-ismail-khan-checkpoint", "Gunmen shoot dead two police officers at a checkpoint in Dera Ismail Khan",
              ["Battles", "Armed clash", "Attack"], BATTLE + ["180"], ["ASSAULT"], actor("gunmen", "Unidentified Armed Group (Pakistan)"),
              None, place("Dera Ismail Khan", 31.8313, 70.9017, "PK"), ["2025-03-03"], 2),
    ]),
    ("colombia-cauca", "2025-06-11", [
        event("cali-motorcycle-bombs", "Motorcycle bombs outside a police station in Cali kill five",
              ["Explosions/Remote violence", "Remote explosive/landmine/IED"], ["180", "183", "190"], ["ASSAULT"],
              actor("Central General Staff", "EMC", "FARC dissidents", "dissident faction"), None,
              place("Cali", 3.4372, -76.5225, "CO"), ["2025-06-10"], 5),
        event("jamundi-drone-attack", "Drones with explosives hit a military base in Jamundi, killing two soldiers",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"],
              actor("Central General Staff", "EMC", "FARC dissidents"), None, place("Jamundi", 3.2607, -76.535, "CO"),
              ["2025-06-10"], 2),
        event("ceasefire-suspended", "Petro suspends a ceasefire with part of the group", None, ["160", "161", "0874"],
              ["REDUCE", "RETREAT"], actor("Gustavo Petro", "Government of Colombia"), None, None, ["2025-06-10", "2025-06-11"],
              required=False),
        event("troops-to-cauca", "Petro orders 500 more troops to Cauca", ["Strategic developments", "Other", "Change to group/activity"],
              ["150", "152", "154"], ["MOBILIZE"], actor("Gustavo Petro", "Government of Colombia", "Military Forces of Colombia"),
              None, place("Cauca", 2.4448, -76.6147, "CO", 150, True), ["2025-06-10", "2025-06-11"], required=False),
        event("eln-releases-soldiers", "The ELN releases four soldiers it had kidnapped", ["Strategic developments", "Other"],
              ["081", "0841", "084"], ["CONCEDE"], actor("National Liberation Army", "ELN"), None,
              place("Arauca", 7.0847, -70.7591, "CO", 150, True), ["2025-06-04", "2025-06-11"], required=False),
        event("bogota-march", "Hundreds march in Bogota against the violence", ["Protests", "Peaceful protest"], PROTEST,
              ["PROTEST"], None, None, place("Bogota", 4.6097, -74.0818, "CO"), ["2025-06-11"]),
    ]),
    ("syria-coast-clashes", "2025-03-08", [
        event("jableh-ambush", "Assad loyalists ambush a security patrol near Jableh, killing 13",
              ["Battles", "Armed clash"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("Assad loyalists", "gunmen loyal to Assad", "gunmen"), actor(*SY_GOV, optional=True),
              place("Jableh", 35.3621, 35.9276, "SY"), ["2025-03-06"], 13),
        event("baniyas-killings", "Security forces and allied fighters kill dozens of Alawite civilians in Baniyas",
              ["Violence against civilians", "Attack"], VIOLENCE, ["ASSAULT"], actor(*SY_GOV, "allied fighters"), None,
              place("Baniyas", 35.1819, 35.9487, "SY"), ["2025-03-06", "2025-03-08"]),
        event("coast-fighting", "Fighting in Latakia and Tartus kills more than 200",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"], actor(*SY_GOV, "gunmen", "Assad loyalists"), None,
              place("Latakia", 35.5317, 35.7901, "SY", 100, True), ["2025-03-06", "2025-03-07"], required=False),
        event("reinforcements-curfew", "The government sends reinforcements and imposes a curfew in Latakia",
              ["Strategic developments", "Other"], ["150", "152", "154", "170"], ["MOBILIZE"], actor(*SY_GOV), None,
              place("Latakia", 35.5317, 35.7901, "SY"), ["2025-03-06", "2025-03-08"], required=False),
        event("jableh-regained", "Government forces regain control of Jableh", ["Battles", "Government regains territory"],
              BATTLE, ["ASSAULT", "FIGHT"], actor(*SY_GOV), None, place("Jableh", 35.3621, 35.9276, "SY"), ["2025-03-07"]),
        event("turkey-condemns", "Turkey condemns the attacks on security forces", None, ["111", "112"], ["ACCUSE"],
              actor("Turkey", "Government of Turkey", "Türkiye"), None, None, ["2025-03-06", "2025-03-08"], required=False),
        event("russia-restraint", "Russia calls for restraint", None, ["020", "024", "025", "027"], ["REQUEST"],
              actor("Russia", "Government of Russia"), None, None, ["2025-03-06", "2025-03-08"], required=False),
    ]),
    ("sudan-kordofan-drones", "2025-11-03", [
        event("el-obeid-funeral-strike", "A drone strike on a funeral in El Obeid kills at least 40",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE + ["180"], ["ASSAULT"],
              actor("Rapid Support Forces", "RSF"), None, place("El Obeid", 13.1842, 30.2167, "SD"), ["2025-11-01"], 40),
        event("el-obeid-drones-downed", "Air defences shoot down two drones over El Obeid",
              ["Explosions/Remote violence", "Disrupted weapons use"], ["190"], ["ASSAULT"],
              actor("Military Forces of Sudan", "army"), None, place("El Obeid", 13.1842, 30.2167, "SD"), ["2025-11-02"]),
        event("el-fasher-seized", "The RSF seized El Fasher a week ago", ["Battles", "Non-state actor overtakes territory"],
              BATTLE, ["ASSAULT", "FIGHT"], actor("Rapid Support Forces", "RSF"), None,
              place("El Fasher", 13.6279, 25.3494, "SD"), ["2025-10-20", "2025-10-31"], required=False),
        event("el-fasher-killings", "RSF fighters reportedly kill hundreds of civilians as they take the city",
              ["Violence against civilians", "Attack"], VIOLENCE, ["ASSAULT"], actor("Rapid Support Forces", "RSF"), None,
              place("El Fasher", 13.6279, 25.3494, "SD"), ["2025-10-20", "2025-11-03"], required=False),
        event("rsf-arrests-own", "The RSF arrests several of its fighters accused of abuses", ["Strategic developments", "Arrests"],
              ["173"], None, actor("Rapid Support Forces", "RSF"), None, None, ["2025-10-27", "2025-11-03"], required=False),
        event("burhan-cairo", "Burhan meets Egyptian officials in Cairo", None, MEET, ["CONSULT"],
              actor("Abdel Fattah al-Burhan", "Military Forces of Sudan", "Government of Sudan", "army chief"), None,
              place("Cairo", 30.0626, 31.2497, "EG"), ["2025-11-02"]),
    ]),
]


MM_JUNTA = MM_ARMY + ("junta troops", "junta aircraft")
ET_ARMY = ("Military Forces of Ethiopia", "Ethiopian military", "army", "federal army", "security forces")
IL_STRIKE = IL_ARMY + ("Israeli warplanes",)

# A third batch, written while the session's last build was under CI and scored once, with no change made for it.
ARTICLES += [
    ("mozambique-cabo-delgado", "2025-09-23", [
        event("naquitengue-beheadings", "Islamist insurgents behead at least 11 Christians in a village of Mocimboa da Praia district",
              ["Violence against civilians", "Attack"], VIOLENCE, ["ASSAULT"],
              actor("Islamic State Central Africa Province", "Islamic State", "Islamist insurgents", "insurgents", "fighters", "ISCAP",
                    "Ahlu Sunnah Wa-Jamo"), None, place("Mocimboa da Praia", -11.3517, 40.3516, "MZ", 50), ["2025-09-19"], 11),
        event("naquitengue-homes-burned", "The fighters burn dozens of homes", ["Strategic developments", "Looting/property destruction"],
              None, None, actor("Islamic State", "fighters"), None, place("Mocimboa da Praia", -11.3517, 40.3516, "MZ", 50),
              ["2025-09-19"], required=False),
        event("rwandan-ambush", "Rwandan troops kill eight insurgents in an ambush near Mocimboa da Praia",
              ["Battles", "Armed clash"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("Military Forces of Rwanda", "Rwandan troops", "Rwanda"), None,
              place("Mocimboa da Praia", -11.3517, 40.3516, "MZ", 50), ["2025-09-21"], 8),
        event("palma-attack", "The 2021 attack on Palma", ["Battles", "Non-state actor overtakes territory", "Armed clash"], BATTLE,
              ["ASSAULT"], None, None, place("Palma", -10.78, 40.47, "MZ", 50, True), ["2021-01-01", "2021-12-31"], required=False),
        event("chapo-request", "Chapo will ask Rwanda for more troops", None, ["020", "021", "0211"], ["REQUEST"],
              actor("Daniel Chapo", "Government of Mozambique"), None, None, ["2025-09-22"], required=False),
    ]),
    ("ethiopia-amhara-drone", "2025-01-15", [
        event("bure-market-strike", "A military drone strike on a market in Bure kills at least 22 civilians",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE + ["180"], ["ASSAULT"], actor(*ET_ARMY), None,
              place("Bure", 10.7, 37.0667, "ET"), ["2025-01-13"], 22),
        event("debre-tabor-seized", "Fano fighters briefly seize Debre Tabor", ["Battles", "Non-state actor overtakes territory", "Armed clash"],
              BATTLE, ["ASSAULT", "FIGHT"], actor("Fano", "Fano fighters", "Fano militiamen"), None,
              place("Debre Tabor", 11.85, 38.0167, "ET"), ["2025-01-12"]),
        event("bahir-dar-clashes", "Clashes near Bahir Dar", ["Battles", "Armed clash"], BATTLE, ["FIGHT"],
              actor("Fano", *ET_ARMY), None, place("Bahir Dar", 11.5936, 37.3908, "ET"), ["2025-01-08", "2025-01-15"],
              required=False),
        event("bahir-dar-detentions", "Security forces detain hundreds of young men in Bahir Dar",
              ["Strategic developments", "Arrests"], ["173"], None, actor(*ET_ARMY), None,
              place("Bahir Dar", 11.5936, 37.3908, "ET"), ["2025-01-07", "2025-01-14"]),
    ]),
    ("lebanon-israel-strikes", "2025-04-02", [
        event("nabatieh-car-strike", "An Israeli drone strike on a car near Nabatieh kills two Hezbollah members",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"], actor(*IL_STRIKE),
              actor("Hezbollah", optional=True), place("Nabatieh", 33.3789, 35.4839, "LB"), ["2025-04-01"], 2),
        event("baalbek-depot-strike", "Israeli warplanes strike a depot near Baalbek",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE, ["ASSAULT"], actor(*IL_STRIKE), None,
              place("Baalbek", 34.0058, 36.2181, "LB"), ["2025-04-01", "2025-04-02"]),
        event("aoun-condemns", "Aoun condemns the strikes and urges the US and France to press Israel", None,
              ["111", "112", "020", "025"], ["ACCUSE", "REQUEST"], actor("Joseph Aoun", "Government of Lebanon"), None, None,
              ["2025-04-01", "2025-04-02"], required=False),
        event("beirut-port-protest", "Relatives of port blast victims protest outside the Justice Palace in Beirut",
              ["Protests", "Peaceful protest"], PROTEST, ["PROTEST"], None, None, place("Beirut", 33.8933, 35.5016, "LB"),
              ["2025-04-02"]),
    ]),
    ("myanmar-rakhine", "2025-02-10", [
        event("kyaukphyu-captured", "The Arakan Army says it captured Kyaukphyu", ["Battles", "Non-state actor overtakes territory"],
              BATTLE, ["ASSAULT", "FIGHT"], actor("Arakan Army", "AA"), actor(*MM_JUNTA, optional=True),
              place("Kyaukphyu", 19.429, 93.5494, "MM"), ["2025-01-27", "2025-02-10"]),
        event("junta-retreat", "Junta troops retreat to a naval base", ["Strategic developments", "Change to group/activity"],
              ["0874"], ["RETREAT"], actor(*MM_JUNTA), None, place("Kyaukphyu", 19.429, 93.5494, "MM"), ["2025-02-09"],
              required=False),
        event("village-bombed", "Junta aircraft bomb a village near Kyaukphyu, killing nine civilians",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE + ["180"], ["ASSAULT"], actor(*MM_JUNTA), None,
              place("Kyaukphyu", 19.429, 93.5494, "MM", 40), ["2025-02-08"], 9),
        event("china-urges", "Beijing urges all parties to protect Chinese projects", None, ["020", "024", "025", "027"],
              ["REQUEST"], actor("China", "Beijing", "Government of China"), None, None, ["2025-02-03", "2025-02-10"],
              required=False),
    ]),
    # Batch 4: written and coded in session 22, scored once before any rule was changed for it.
    ("mali-tinzaouaten", "2024-07-29", [
        event("tinzaouaten-ambush", "CSP-DPA rebels ambush a Malian army and Wagner convoy near Tinzaouaten; days of fighting",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT", "ASSAULT"],
              actor("Strategic Framework for the Defence of the People of Azawad", "CSP-DPA", "Tuareg-led rebels", "rebels",
                    "Tuareg separatist groups", *ML_ARMY),
              actor(*ML_ARMY, "Wagner", "Wagner Group", optional=True), place("Tinzaouaten", 19.9543, 2.9673, "ML", 40),
              ["2024-07-25", "2024-07-27"]),
        event("jnim-ambush-claim", "JNIM says it killed 50 Russian and Malian troops in an ambush in the same area",
              ["Battles", "Armed clash"], ["190", "193"], ["FIGHT"],
              actor("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "al Qaeda"), None,
              place("Tinzaouaten", 19.9543, 2.9673, "ML", 60), ["2024-07-22", "2024-07-29"], 50, required=False),
        event("tinzaouaten-drone-strike", "Malian army drones strike Tinzaouaten, killing at least seven civilians",
              ["Explosions/Remote violence", "Air/drone strike"], STRIKE + ["180"], ["ASSAULT"], actor(*ML_ARMY), None,
              place("Tinzaouaten", 19.9543, 2.9673, "ML"), ["2024-07-28"], 7),
        event("kidal-taken", "The army and Wagner took Kidal last November", ["Battles", "Government regains territory"],
              BATTLE, ["ASSAULT", "FIGHT"], actor(*ML_ARMY), None, place("Kidal", 18.4411, 1.4078, "ML"),
              ["2023-11-01", "2023-11-30"], required=False),
    ]),
    ("drc-sake-goma", "2025-01-26", [
        event("sake-fighting", "Heavy fighting between M23 and Congolese troops and peacekeepers on the outskirts of Sake",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"], actor("M23", "March 23 Movement", "M23 rebels", *CD_ARMY),
              actor("M23", *CD_ARMY, "MONUSCO", optional=True), place("Sake", -1.5739, 29.0434, "CD"),
              ["2025-01-24"]),
        event("mugunga-shelling", "Shells fall on the Mugunga displacement camp in Goma, killing at least five",
              ["Explosions/Remote violence", "Shelling/artillery/missile attack"], SHELL + ["180"], ["ASSAULT"], None, None,
              place("Goma", -1.6585, 29.1845, "CD"), ["2025-01-23", "2025-01-24"], 5),
        event("governor-killed", "The governor of North Kivu dies of wounds sustained at the front near Kasengezi",
              None, ["180", "186"], ["KILL"], None, None, place("Sake", -1.5739, 29.0434, "CD", 40),
              ["2025-01-23"], required=False),
        event("kinshasa-protest", "Protesters burn tyres outside embassies in Kinshasa; police fire tear gas",
              ["Protests", "Protest with intervention", "Peaceful protest"], PROTEST, ["PROTEST"], None, None,
              place("Kinshasa", -4.4419, 15.2663, "CD"), ["2025-01-25"]),
        event("minova-seized", "M23 seizes Minova on the shore of Lake Kivu",
              ["Battles", "Non-state actor overtakes territory"], BATTLE, ["ASSAULT", "FIGHT"],
              actor("M23", "March 23 Movement", "M23 rebels"), actor(*CD_ARMY, optional=True),
              place("Minova", -1.707, 29.0192, "CD"), ["2025-01-21"]),
        event("ties-severed", "Congo severs diplomatic ties with Rwanda", None, ["161", "160", "1623"], ["REDUCE"],
              actor("Democratic Republic of Congo", "Congo", "Government of the Democratic Republic of Congo"), None, None,
              ["2025-01-26"], required=False),
    ]),
    ("libya-tripoli-clashes", "2025-05-17", [
        event("tripoli-clashes", "Clashes in Tripoli after the killing of the SSA leader; at least six dead",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"],
              actor("444th Brigade", "Stability Support Apparatus", "SSA", "government forces", "forces",
                    "Military Forces of Libya"), None,
              place("Tripoli", 32.8872, 13.1913, "LY"), ["2025-05-12", "2025-05-13"], 6),
        event("ghnewa-killed", "The SSA leader al-Kikli is killed at a 444th Brigade camp", None,
              ["180", "181", "186"], ["KILL"], None, None, place("Tripoli", 32.8872, 13.1913, "LY"), ["2025-05-12"],
              1, required=False),
        event("abu-salim-taken", "Government forces take control of Abu Salim, the SSA's stronghold",
              ["Battles", "Government regains territory", "Non-state actor overtakes territory"], ["192", "193"],
              ["ASSAULT"], actor("government forces", "forces", "444th Brigade", "Military Forces of Libya"), None,
              place("Tripoli", 32.8872, 13.1913, "LY"), ["2025-05-13"], required=False),
        event("radaa-clashes", "Fresh clashes between government forces and the Radaa force",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"],
              actor("Radaa", "Radaa force", "forces loyal to the government", "Military Forces of Libya"), None,
              place("Tripoli", 32.8872, 13.1913, "LY"), ["2025-05-14"]),
        event("martyrs-square-protest", "Hundreds protest in Martyrs' Square demanding the government resign",
              ["Protests", "Peaceful protest"], PROTEST, ["PROTEST"], None, None, place("Tripoli", 32.8872, 13.1913, "LY"),
              ["2025-05-16"]),
    ]),
    ("cameroon-anglophone", "2023-11-07", [
        event("egbekaw-attack", "Separatist gunmen attack Egbekaw, killing at least 20 villagers",
              ["Violence against civilians", "Attack"], VIOLENCE, ["ASSAULT"],
              actor("Ambazonian Separatists", "separatist fighters", "separatists", "gunmen", "Ambazonian separatists"),
              None, place("Egbekaw", 5.7636, 9.3078, "CM"), ["2023-11-06"], 20),
        event("egbekaw-houses-burned", "The gunmen set fire to houses", ["Strategic developments", "Looting/property destruction"],
              None, None, actor("gunmen", "separatists"), None, place("Egbekaw", 5.7636, 9.3078, "CM"), ["2023-11-06"],
              required=False),
        event("bui-raid", "Soldiers raid a separatist camp in Bui and kill seven fighters", ["Battles", "Armed clash"],
              BATTLE, ["FIGHT", "ASSAULT"], actor(*CM_ARMY), actor("Ambazonian Separatists", "separatists", optional=True),
              place("Kumbo", 6.2, 10.6667, "CM", 40), ["2023-11-04"], 7),
        event("kumbo-kidnapping", "Separatists kidnap a teacher and 11 pupils from a school in Kumbo",
              ["Violence against civilians", "Abduction/forced disappearance"], ["181", "180"], ["ASSAULT"],
              actor("Ambazonian Separatists", "separatists", "Separatists"), None, place("Kumbo", 6.2, 10.6667, "CM"),
              ["2023-11-03"]),
        event("bamenda-march", "Lawyers and teachers march in Bamenda to demand an end to the violence",
              ["Protests", "Peaceful protest"], PROTEST, ["PROTEST"], None, None, place("Bamenda", 5.9527, 10.1582, "CM"),
              ["2023-11-04"]),
    ]),
    ("philippines-mindanao", "2023-12-04", [
        event("marawi-mass-bombing", "A bomb at a Catholic Mass in a Marawi university gym kills four; claimed by Islamic State",
              ["Explosions/Remote violence", "Remote explosive/landmine/IED"], ["180", "183", "190"], ["ASSAULT"],
              actor("Islamic State", "IS", "Islamic State group", "foreign terrorists"), None,
              place("Marawi", 7.9986, 124.2928, "PH"), ["2023-12-03"], 4),
        event("maguindanao-operation", "A military operation in Maguindanao del Sur kills 11 Dawlah Islamiyah members",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT", "ASSAULT"], actor(*PH_ARMY, "Dawlah Islamiyah"),
              None, place("Maguindanao del Sur", 6.95, 124.45, "PH", 80), ["2023-12-01"], 11),
        event("piagapo-clash", "Troops clash with Dawlah Islamiyah-Maute gunmen in Piagapo, killing three",
              ["Battles", "Armed clash"], BATTLE, ["FIGHT"], actor(*PH_ARMY, "Dawlah Islamiyah-Maute", "gunmen"),
              None, place("Piagapo", 8.0833, 124.1167, "PH"), ["2023-12-04"], 3),
    ]),
]


def main():
    articles = [{"id": id, "text_file": f"{id}.txt", "published": published, "events": events}
                for id, published, events in ARTICLES]
    print(json.dumps({"format": "frontline-gold/1",
                      "about": "Hand-coded events of the wire-style development articles written for Frontline.",
                      "articles": articles}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
