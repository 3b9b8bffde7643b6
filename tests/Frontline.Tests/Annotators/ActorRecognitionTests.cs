namespace Frontline.Tests.Annotators;

/// <summary>
/// Actors, their types and their patrons in sentences written for the tests, from the conflicts the catalogue covers:
/// named groups and their aliases, demonym + force noun, officials by title, generic mentions, "X-backed" and
/// "backed by X" patrons. Each row: sentence, expected actor 1 (name), its type, and a patron (ISO alpha-3) or "-".
/// </summary>
public class ActorRecognitionTests
{
    [Theory]
    // Syria
    [InlineData("On 2 May 2024, Hayat Tahrir al-Sham fighters attacked army positions near Saraqib, Syria.", "Hayat Tahrir al-Sham", "rebel", "-")]
    [InlineData("On 2 May 2024, HTS shelled government positions near Idlib, Syria.", "Hayat Tahrir al-Sham", "rebel", "-")]
    [InlineData("On 3 May 2024, Turkish-backed rebels captured Tel Rifaat in northern Syria.", "Turkish-backed rebels", "rebel", "TUR")]
    [InlineData("On 3 May 2024, the U.S.-backed Syrian Democratic Forces clashed with Islamic State fighters near Raqqa, Syria.", "Syrian Democratic Forces", "rebel", "USA")]
    [InlineData("On 4 May 2024, Syrian jets struck a market in Ariha, Syria, killing 5 civilians.", "Military Forces of Syria", "state military", "-")]
    [InlineData("On 4 May 2024, Russian warplanes bombed villages near Maarat al-Numan, Syria.", "Military Forces of Russia", "state military", "-")]
    [InlineData("On 5 May 2024, the Syrian National Army shelled Manbij, Syria.", "Syrian National Army", "rebel", "TUR")]
    [InlineData("On 5 May 2024, opposition factions shelled regime positions near Saraqib in Idlib, Syria.", "Rebels", "rebel", "-")]
    [InlineData("On 5 May 2024, regime snipers shot and killed a fighter near Saraqib in Idlib, Syria.", "Military Forces of Syria", "state military", "-")]
    [InlineData("On 5 May 2024, Islamic State fighters regained control over two villages near Maadan in Raqqa, Syria.", "Islamic State", "rebel", "-")]
    // Iraq and Lebanon
    [InlineData("On 6 May 2024, Iranian-backed Iraqi militias crossed into Syria near Albu Kamal.", "Iranian-backed Iraqi militias", "political militia", "IRN")]
    [InlineData("On 6 May 2024, Kata'ib Hezbollah fired rockets at a base near Erbil, Iraq.", "Kata'ib Hezbollah", "political militia", "IRN")]
    [InlineData("On 7 May 2024, Hezbollah fired rockets at northern Israel from southern Lebanon.", "Hezbollah", "political militia", "IRN")]
    [InlineData("On 7 May 2024, Iraqi forces arrested 4 Islamic State suspects in Kirkuk, Iraq.", "Military Forces of Iraq", "state military", "-")]
    [InlineData("On 8 May 2024, Peshmerga fighters clashed with Islamic State militants near Makhmour, Iraq.", "Peshmerga", "state military", "-")]
    // Israel and Palestine, Yemen
    [InlineData("On 8 May 2024, Israeli airstrikes killed 12 people in Khan Younis, Gaza.", "Military Forces of Israel", "state military", "-")]
    [InlineData("On 9 May 2024, Hamas fighters fired rockets at Sderot, Israel.", "Hamas", "rebel", "IRN")]
    [InlineData("On 9 May 2024, the Houthis launched a drone attack on a ship off Hodeidah, Yemen.", "Houthis", "rebel", "IRN")]
    [InlineData("On 10 May 2024, Ansar Allah fighters shelled Taiz, Yemen.", "Houthis", "rebel", "IRN")]
    [InlineData("On 10 May 2024, Southern Transitional Council forces clashed with government troops in Aden, Yemen.", "Southern Transitional Council", "political militia", "ARE")]
    // A name of four words or more is a name in lower case too.
    [InlineData("On 6 May 2020, the children of fire initiative set fire to a shopping mall in Istanbul, Turkey.", "Children of Fire", "political militia", "-")]
    // Ukraine and Russia
    [InlineData("On 11 May 2024, Russian forces shelled Kharkiv, Ukraine, killing 3 civilians.", "Military Forces of Russia", "state military", "-")]
    [InlineData("On 11 May 2024, Ukrainian drones struck an oil depot in Belgorod, Russia.", "Military Forces of Ukraine", "state military", "-")]
    [InlineData("On 12 May 2024, Ukrainian forces repelled an attack near Avdiivka, Ukraine.", "Military Forces of Ukraine", "state military", "-")]
    // Sudan, South Sudan
    [InlineData("On 12 May 2024, the Rapid Support Forces attacked El Fasher, Sudan, killing 20 civilians.", "Rapid Support Forces", "rebel", "ARE")]
    [InlineData("On 13 May 2024, the RSF shelled Omdurman, Sudan.", "Rapid Support Forces", "rebel", "ARE")]
    [InlineData("On 13 May 2024, Sudanese army aircraft bombed Nyala, Sudan.", "Military Forces of Sudan", "state military", "-")]
    [InlineData("On 14 May 2024, SPLM-IO fighters clashed with government forces near Malakal, South Sudan.", "SPLM-IO", "rebel", "-")]
    // Sahel, Nigeria, Somalia
    [InlineData("On 14 May 2024, JNIM militants attacked a military camp near Djibo, Burkina Faso.", "Jama'at Nusrat al-Islam wal-Muslimin", "rebel", "-")]
    [InlineData("On 15 May 2024, Wagner mercenaries and Malian soldiers killed 20 civilians in Moura, Mali.", "Wagner Group", "external state", "RUS")]
    [InlineData("On 15 May 2024, Boko Haram fighters abducted 30 students near Maiduguri, Nigeria.", "Boko Haram", "rebel", "-")]
    [InlineData("On 16 May 2024, ISWAP militants ambushed a convoy near Damboa, Nigeria.", "Islamic State West Africa Province", "rebel", "-")]
    [InlineData("On 16 May 2024, al-Shabaab militants detonated a car bomb in Mogadishu, Somalia.", "Al-Shabaab", "rebel", "-")]
    [InlineData("On 17 May 2024, Nigerian troops killed 12 bandits in Zamfara, Nigeria.", "Military Forces of Nigeria", "state military", "-")]
    // DR Congo, Ethiopia
    [InlineData("On 17 May 2024, Rwandan-backed M23 rebels captured Sake, DR Congo.", "M23", "rebel", "RWA")]
    [InlineData("On 18 May 2024, ADF rebels killed 10 civilians near Beni, DR Congo.", "Allied Democratic Forces", "rebel", "-")]
    [InlineData("On 18 May 2024, Fano militiamen clashed with federal troops near Gondar, Ethiopia.", "Fano", "identity militia", "-")]
    // Myanmar, Afghanistan, Pakistan
    [InlineData("On 19 May 2024, the Arakan Army captured a border post near Maungdaw, Myanmar.", "Arakan Army", "rebel", "-")]
    [InlineData("On 19 May 2024, the Myanmar military bombed a village near Lashio, Myanmar.", "Military Forces of Myanmar", "state military", "-")]
    [InlineData("On 20 May 2024, the Taliban detained 3 journalists in Kabul, Afghanistan.", "Taliban", "rebel", "-")]
    [InlineData("On 21 May 2024, gunmen affiliated with the Taliban attacked a checkpoint in Kunduz, Afghanistan.", "Taliban", "rebel", "-")]
    [InlineData("On 21 May 2024, militants believed to belong to Al-Shabaab ambushed a convoy near Jowhar, Somalia.", "Al-Shabaab", "rebel", "-")]
    [InlineData("On 20 May 2024, TTP militants attacked a police station in Bannu, Pakistan.", "Tehrik-i-Taliban Pakistan", "rebel", "-")]
    // Clan and tribal militias, as ACLED names them; the NDS is counted among the police; ACLED spells the Mai-Mai "Mayi Mayi".
    [InlineData("On 22 May 2024, clashes erupted between Al Hayash tribesmen and Houthi forces near Al Bayda, Yemen.", "Unidentified Tribal Militia (Yemen)", "identity militia", "-")]
    [InlineData("On 22 May 2024, clan militiamen attacked a village near Beledweyne, Somalia, killing 4 people.", "Unidentified Clan Militia (Somalia)", "identity militia", "-")]
    [InlineData("On 22 May 2024, NDS forces raided an Islamic State hideout in Jalalabad, Afghanistan.", "Police Forces of Afghanistan", "police", "-")]
    // A governor acts for the government; gendarmeries are military forces; a coder's note names the actor a mention stands for.
    [InlineData("On 22 May 2024, the governor of Hadramawt instituted a night curfew across the province, Yemen.", "Government of Yemen", "government", "-")]
    [InlineData("On 22 May 2024, a gendarme shot dead a motorcyclist at a checkpoint in Garoua, Cameroon.", "Military Forces of Cameroon", "state military", "-")]
    [InlineData("On 22 May 2024, pro-STC forces, coded as Security Belt Forces, attacked a checkpoint in Zinjibar, Yemen.", "Security Belt Forces", "political militia", "-")]
    // Americas, Haiti, Libya
    [InlineData("On 21 May 2024, Viv Ansanm gangs attacked Croix-des-Bouquets, Haiti.", "Viv Ansanm", "political militia", "-")]
    [InlineData("On 21 May 2024, the Jalisco New Generation Cartel attacked police officers in Morelia, Mexico.", "Jalisco New Generation Cartel", "political militia", "-")]
    [InlineData("On 22 May 2024, ELN guerrillas attacked a military base in Cucuta, Colombia.", "National Liberation Army (Colombia)", "rebel", "-")]
    [InlineData("On 22 May 2024, the Libyan National Army shelled Tripoli, Libya.", "Libyan National Army", "rebel", "ARE")]
    // Catalogue additions across theatres
    [InlineData("On 23 May 2024, Levant Front fighters shelled Tal Rifaat, Syria.", "Levant Front", "rebel", "TUR")]
    [InlineData("On 23 May 2024, Southern Resistance forces clashed with Houthi fighters near Al Dhale, Yemen.", "Southern Resistance", "political militia", "ARE")]
    [InlineData("On 24 May 2024, Anti-balaka militiamen attacked a village near Bambari, Central African Republic.", "Anti-balaka", "political militia", "-")]
    [InlineData("On 24 May 2024, Imbonerakure members beat two opposition activists in Cibitoke, Burundi.", "Imbonerakure", "political militia", "-")]
    [InlineData("On 25 May 2024, New People's Army rebels ambushed soldiers in Samar, Philippines.", "New People's Army", "rebel", "-")]
    [InlineData("On 25 May 2024, Lashkar-e-Taiba militants attacked a checkpoint in Kupwara, India.", "Lashkar-e-Taiba", "rebel", "-")]
    [InlineData("On 26 May 2024, Comando Vermelho gunmen attacked police officers in Rio de Janeiro, Brazil.", "Comando Vermelho", "political militia", "-")]
    [InlineData("On 26 May 2024, Tren de Aragua members killed two men in Maracay, Venezuela.", "Tren de Aragua", "political militia", "-")]
    [InlineData("On 27 May 2024, the Islamic Revolutionary Guard Corps fired missiles at a base near Erbil, Iraq.", "Islamic Revolutionary Guard Corps", "state military", "-")]
    [InlineData("On 27 May 2024, Lord's Resistance Army fighters abducted 5 people near Obo, Central African Republic.", "Lord's Resistance Army", "rebel", "-")]
    [InlineData("On 28 May 2024, Los Choneros gunmen attacked a prison in Guayaquil, Ecuador.", "Los Choneros", "political militia", "-")]
    [InlineData("On 28 May 2024, the Ogaden National Liberation Front clashed with Liyu Police near Degehabur, Ethiopia.", "Ogaden National Liberation Front", "rebel", "-")]
    public void Actor_one_its_type_and_patron(string sentence, string actor1, string type, string patron)
    {
        var events = Analysis.Run(sentence, "2024-05-25").Events;
        var e = events.Where(x => x.Actor1 is not null).ShouldHaveSingleItem(sentence);
        e.Actor1!.Name.ShouldBe(actor1, sentence);
        Frontline.Core.Knowledge.ActorKinds.Label(e.Actor1.Kind).ShouldBe(type, sentence);
        if (patron != "-") e.Actor1.Backers.ShouldContain(patron, sentence);
    }

    [Fact]
    public void An_official_by_title_is_his_government_with_the_person_noted()
    {
        var e = Analysis.Run("On 1 December 2024, Iranian Foreign Minister Abbas Araghchi visited Damascus, Syria.", "2024-12-02").Events.ShouldHaveSingleItem();
        e.Actor1!.Name.ShouldBe("Government of Iran");
        e.Actor1.Person.ShouldBe("Abbas Araghchi");
    }

    [Fact]
    public void A_generic_mention_is_linked_to_the_group_the_article_names()
    {
        var events = Analysis.Run("On 5 May 2024, Al-Shabaab claimed an attack in Baidoa, Somalia. The militants later shelled Kismayo, Somalia.", "2024-05-08").Events;
        events.ShouldContain(e => e.Actor1!.Name == "Al-Shabaab" && e.Location!.Name.Contains("Kismayo"));
    }

    /// <summary>Who acted when others are named around them: a helper after "supported by" or "accompanied by", a second
    /// subject after "and", a group named as a modifier ("a GNA depot"); and the civilians every attack on civilians targets.</summary>
    [Theory]
    [InlineData("On 4 May 2024, the Syrian army supported by its loyal gunmen clashed with the Islamic State near Palmyra, Syria.", "Military Forces of Syria", "Islamic State")]
    [InlineData("On 4 May 2024, regime forces and pro-regime militias captured Kafr Nabl in Idlib, Syria.", "Military Forces of Syria", null)]
    [InlineData("On 5 May 2024, LNA forces destroyed a GNA ammunition depot with artillery fire in Tripoli, Libya.", "Libyan National Army", null)]
    [InlineData("On 6 May 2024, a woman was found dead in Guadalajara, Jalisco, Mexico, after gunmen abducted her.", null, "Civilians (Mexico)")]
    [InlineData("On 1 May 2020, military forces of India and Pakistan exchanged fire across the LoC in Poonch district, India.", "Military Forces of India", "Military Forces of Pakistan")]
    [InlineData("On 4 May 2020, the armed forces of Ukraine shelled Horlivka, Ukraine.", "Military Forces of Ukraine", null)]
    [InlineData("On 3 May 2020, police arrested 28 managers of a telecom company in Aleppo, Syria.", null, "Civilians (Syria)")]
    [InlineData("On 29 April 2020, the United States air force conducted an air strike against Al-Shabaab near Jilib, Somalia.", "Military Forces of United States", "Al-Shabaab")]
    [InlineData("On 29 April 2020, pro-Hadi and affiliated forces thwarted a Houthi attack in Taizz, Yemen.", "Military Forces of Yemen", "Houthis")]
    [InlineData("On 9 May 2020, the NAF rebel forces fired mortars at the governmental positions near Slavne, Donetsk.", "United Armed Forces of Novorossiya", "Military Forces of Ukraine")]
    [InlineData("On 4 May 2020, Israeli forces demolished a Palestinian-owned agricultural structure in Tubas, West Bank.", "Military Forces of Israel", "Civilians (Palestine)")]
    [InlineData("On 1 May 2020, hundreds of workers protested outside the parliament in Beirut, Lebanon. Police dispersed them with tear gas.", "Protesters (Lebanon)", "Police Forces of Lebanon")]
    [InlineData("On 4 May 2020, indiscriminate shells fired by presumed LNA forces fell in Ayn Zarah, Tripoli, Libya.", "Libyan National Army", null)]
    [InlineData("On 3 May 2020, Turkish forces and pro-Turkey rebel factions, operating under OPS, shelled the village of Qarfel near Tell Abiad, Syria.", "Operation Peace Spring", null)]
    [InlineData("On 6 May 2021, anti-Houthi National Resistance forces claimed to have shelled Houthi positions near Hays, Yemen.", "National Resistance Forces", "Houthis")]
    [InlineData("On 12 March 2023, teachers who were dismissed by a ministry decree staged a sit-in protest in Ankara, Turkey.", "Protesters (Türkiye)", null)]
    [InlineData("On 3 June 2021, military forces of Artsakh fired on the positions of the military forces of Azerbaijan near Tartar, Azerbaijan.", "Artsakh Defence Army", "Military Forces of Azerbaijan")]
    [InlineData("On 9 October 2020, residents angry at power cuts hurled stones at Police forces in Beirut, Lebanon.", null, "Police Forces of Lebanon")]
    [InlineData("On 2 June 2021, Islamic State fighters seized two villages near Maadan in Raqqa, Syria, following clashes with rebels.", "Islamic State", "Rebels")]
    [InlineData("On 2 June 2021, following clashes with rebels, Islamic State fighters seized two villages near Maadan in Raqqa, Syria.", "Islamic State", "Rebels")]
    [InlineData("On 2 June 2021, the Syrian Democratic Forces captured Hamidi and Qarih villages near Raqqa, Syria, from Islamic State fighters.", "Syrian Democratic Forces", "Islamic State")]
    [InlineData("On 2 June 2021, 3 Turkish soldiers were killed in clashes with PKK militants near Hakkari, Turkey.", "Kurdistan Workers' Party", "Military Forces of Türkiye")]
    [InlineData("On 1 March 2020, rebel and Islamist factions, supported by Turkish artillery shelling, captured Hazarin in Idlib, Syria.", "Rebels", null)]
    [InlineData("On 8 May 2020, Turkish forces and opposition rebels under OPS shelled Tell Tamer in al-Hasakeh, Syria.", "Operation Peace Spring", null)]
    [InlineData("On 3 November 2019, the SDF recaptured a village in al-Hasakeh, Syria, from opposition factions under OPS.", "Syrian Democratic Forces", null)]
    [InlineData("On 1 May 2020, IS snipers wounded two policemen in Jalawla, Diyala province, Iraq.", "Islamic State", "Police Forces of Iraq")]
    [InlineData("On 1 May 2020, Taliban fighters killed three soldiers at a checkpoint in Kunduz, Afghanistan.", "Taliban", "Military Forces of Afghanistan")]
    [InlineData("On 4 May 2024, LNA forces targeted GNA positions with heavy artillery fire near Gharyan, Libya.", "Libyan National Army", "Government of National Accord forces")]
    [InlineData("On 4 May 2024, two Turkish military convoys entered Idlib via the Kafr Lusin crossing, Syria.", "Military Forces of Türkiye", null)]
    [InlineData("On 29 April 2021, rioters demonstrating against rising prices hurled rocks and firecrackers at Military forces in Sidon, Lebanon.", "Rioters (Lebanon)", "Military Forces of Lebanon")]
    [InlineData("On 8 May 2021, regime forces regained control of Kafr Zita in Hama, Syria, following clashes between regime forces, supported by pro-regime militias and Russian forces, and the Islamic State.", "Military Forces of Syria", "Islamic State")]
    [InlineData("On 16 May 2021, regime forces captured Kafr Halab in Aleppo, Syria, following the withdrawal of the Islamic State from the area.", "Military Forces of Syria", "Islamic State")]
    [InlineData("On 4 May 2021, clashes erupted between Palestinians and Israeli forces in Hebron, West Bank.", "Rioters (Palestine)", "Military Forces of Israel")]
    [InlineData("On 7 May 2021, IS attacked army vehicles near Al Sukhnah in Homs, Syria, killing 11 soldiers.", "Islamic State", "Military Forces of Syria")]
    [InlineData("On 9 May 2021, people in Mudiyah (Mudiyah, Abyan) joined a STC-organized demonstration in support of self-rule, Yemen.", "Protesters (Yemen)", null)]
    [InlineData("On 3 May 2021, protesters in Diwaniya, Iraq, rejected the plan put forward by the governor, demanding the reopening of the office.", "Protesters (Iraq)", null)]
    public void The_acting_side_is_told_from_its_helpers_and_modifiers(string sentence, string? actor1, string? actor2)
    {
        var e = Analysis.Run(sentence, "2024-05-08").Events.First();
        if (actor1 is not null) e.Actor1!.Name.ShouldBe(actor1, sentence);
        if (actor2 is not null) e.Actor2!.Name.ShouldBe(actor2, sentence);
    }

    [Fact]
    public void A_states_forces_in_a_theatre_act_as_its_operation_there_only()
    {
        Analysis.Run("On 3 May 2020, Saudi artillery shelled villages in Haydan, Sadah, Yemen.", "2020-05-05").Events.First().Actor1!.Name.ShouldBe("Saudi-led coalition");
        Analysis.Run("On 3 May 2020, Saudi forces arrested a smuggler in Jizan, Saudi Arabia.", "2020-05-05").Events.First().Actor1!.Name.ShouldBe("Military Forces of Saudi Arabia");
        Analysis.Run("On 3 May 2012, Saudi artillery shelled villages in Haydan, Sadah, Yemen.", "2012-05-05").Events.First().Actor1!.Name.ShouldBe("Military Forces of Saudi Arabia");
    }

    [Fact]
    public void Acled_style_names_use_the_country_name_acled_uses()
    {
        var events = Analysis.Run("On 12 March 2023, hundreds of workers protested in Ankara, Turkey, and police detained 20 of them.", "2023-03-13").Events;

        var protest = events.Single(e => e.Codes.AcledEventType == "Protests");
        protest.Actor1!.Name.ShouldBe("Protesters (Türkiye)");
        protest.Actor1.AcledName.ShouldBe("Protesters (Turkey)");
        // The police who detained them intervened in the protest (one event, ACLED's coding), its second actor.
        protest.Codes.AcledSubEventType.ShouldBe("Protest with intervention");
        protest.Actor2!.AcledName.ShouldBe("Police Forces of Turkey");
    }

    [Fact]
    public void Unnamed_rebels_take_acleds_opposition_label()
    {
        var e = Analysis.Run("On 4 May 2020, opposition fighters destroyed a regime tank near Kafr Nabl in Idlib, Syria.", "2020-05-05").Events.First();
        e.Actor1!.Kind.ShouldBe(Frontline.Core.Model.ActorKind.Rebel);
        e.Actor1.AcledName.ShouldBe("Opposition Rebels (Syria)");
    }
}
