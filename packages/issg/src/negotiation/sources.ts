import type { Source } from '@parley/core';

/**
 * The sources of `reference/issg-positions.md` by key (P1–P126): the delegations' stated positions in the
 * ISSG negotiations of 2016. Titles are the reference's descriptions; where it gives two addresses, the
 * first is `url` and the title names the other. Generated from the reference; keep in step with it.
 */
export const POSITION_SOURCES: Readonly<Record<string, Source>> = {
  P1: {
    title: 'Kerry, Lavrov, de Mistura press availability, Munich, 12 Feb 2016 (US Embassy Berlin)',
    url: 'https://de.usembassy.gov/syria-support-group_021216/',
  },
  P2: {
    title: 'copy of Indian Express: Kerry on two task forces, "no change in the American position"',
    url: 'http://breakingnewsspecial.blogspot.com/2016/02/germany-issg-task-forces-to-be-launched.html',
  },
  P3: {
    title: 'Reuters, 12 Feb: Kerry, talks to resume in Geneva as soon as possible',
    url: 'http://www.reuters.com/article/us-mideast-crisis-syria-kerry-idUSKCN0VL00Y',
  },
  P4: {
    title: 'Steinmeier statement, 12 Feb 2016',
    url: 'https://www.auswaertiges-amt.de/en/newsroom/news/-/278486',
  },
  P5: {
    title: 'European Commission item: Mogherini on Munich',
    url: 'https://denederlandsegrondwet.nl/id/vk1lcuhfssh1/nieuws/international_syria_support_group_calls',
  },
  P6: {
    title: "wire report with Hammond's statement, 12 Feb",
    url: 'https://www.dailyexaminer.com.au/news/world-powers-call-ceasefire-syria/2929725/',
  },
  P7: {
    title: "Sputnik Arabic: Lavrov's proposal; AP: RU offered 1 Mar, US insists on immediate halt",
    url: 'https://sarabic.ae/20160211/1017443773.html',
  },
  P8: {
    title: 'copy of RT, 11 Feb: Peskov and Toner on the reported 1 Mar date',
    url: 'https://strogosekretno.com/index.php?p=newsroom&nid=2925',
  },
  P9: {
    title: 'deal a compromise between US immediate halt and RU 1 Mar',
    url: 'http://www.maltatoday.com.mt/news/world/62179/bashar_alassad_vows_to_retake_syria_by_force',
  },
  P10: { title: 'Lavrov: Russian strikes on Daesh/Nusra continue', url: 'https://ok-inform.ru/54576.html' },
  P11: {
    title: 'Lavrov 49 %; Kerry on Russian targeting, 13 Feb',
    url: 'https://www.newarab.com/news/chances-syria-truce-stand-below-50-percent',
  },
  P12: {
    title: 'Sputnik: Lavrov 49 %, Steinmeier 51 %',
    url: 'http://sputniknews.com/middleeast/20160213/1034711665/syria-ceasefire-munich-lavrov.html',
  },
  P13: {
    title: 'Lavrov at the MSC: sieges, no preconditions',
    url: 'https://sarabic.ae/20160213/1017466559.html',
  },
  P14: {
    title: 'Lavrov: military contacts, talks without ultimatums (AFP)',
    url: 'http://www.manartv.com.lb/english/adetails.php?eid=254802&frid=56&seccatid=249&cid=56&fromval=1',
  },
  P15: {
    title: 'copy of The Guardian, 12 Feb: no RU commitment to end strikes',
    url: 'https://todaydiplomacy.blogspot.com/2016/02/partial-syria-ceasefire-agreed-at.html',
  },
  P16: {
    title: 'Tasnim/Reuters: three core disputes; talks asap',
    url: 'https://tasnimnews.com/en/news/2016/02/12/998693/syria-ceasefire-plan-agreed-in-munich',
  },
  P17: {
    title: 'Amir-Abdollahian, 12 Feb',
    url: 'https://tasnimnews.com/en/news/2016/02/12/998866/iran-hopeful-about-ceasefire-in-syria-deputy-fm/amp',
  },
  P18: {
    title: 'Amir-Abdollahian to de Mistura, 10 Feb',
    url: 'https://presstv.ir/Detail/2016/02/11/449716/Iran-Zarif-Germany-Munich-Syria',
  },
  P19: {
    title: 'Zarif, 13 Feb; Kerry\'s "Plan B" remark to the Washington Post',
    url: 'http://kayhan.ir/en/news/23825',
  },
  P20: {
    title: 'Jubeir at the MSC, 12 Feb',
    url: 'https://english.alarabiya.net/en/News/middle-east/2016/02/12/Saudi-FM-Objective-is-removal-of-Assad-in-Syria.html',
  },
  P21: {
    title: 'CNN, 13 Feb: Jubeir interview',
    url: 'https://globalnews.favradio.fm/saudi-arabia-official-if-all-else-fails-remove-syrias-assad-by-force/',
  },
  P22: {
    title: 'Qatari FM, Munich, 14 Feb',
    url: 'https://www.dailysabah.com/syrian-crisis/2016/02/14/qatar-willing-to-send-ground-troops-to-syria',
  },
  P23: {
    title: 'AFP: Cavusoglu, 13 Feb',
    url: 'https://www.tsf.pt/amp/5028247/ministro-turco-diz-que-turquia-e-arabia-saudita-podem-lancar-operacao-na-siria',
  },
  P24: {
    title: 'Cavusoglu: Russian strikes the biggest obstacle',
    url: 'https://ftp.bianet.org/haber/turkish-fm-land-operation-with-saudi-arabia-not-on-agenda-172342',
  },
  P25: {
    title: 'Davutoglu: ceasefire not binding on Turkey, 25 Feb',
    url: 'https://sputnikglobe.com/20160225/syria-ceasefire-turkey-1035316933.html',
  },
  P26: {
    title: 'Davutoglu/Erdogan: YPG terrorist like Daesh and Nusra',
    url: 'https://wydarzenia.interia.pl/zagranica/news-turcja-nie-uznaje-zawieszenia-broni-w-syrii,nId,2152018',
  },
  P27: { title: 'Ayrault, 12 Feb (AFP)', url: 'http://elaph.com/Web/News/2016/2/1072169.html' },
  P28: { title: 'Ayrault, National Assembly, 16 Feb', url: 'https://franceintheus.org/spip.php?article7371' },
  P29: {
    title: 'Le Drian at the MSC',
    url: 'https://arabi21.co.uk/story/887280/%D9%81%D8%B1%D9%86%D8%B3%D8%A7-%D9%84%D9%86-%D8%AA%D9%86%D8%AC%D8%AD-%D8%AE%D8%B7%D8%A9-%D8%A7%D9%84%D8%B3%D9%84%D8%A7%D9%85-%D8%A8%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A5%D9%84%D8%A7-%D8%A5%D8%B0%D8%A7-%D8%A3%D9%88%D9%82%D9%81%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%A7%D9%84%D9%82%D8%B5%D9%81',
  },
  P30: {
    title: 'HNC/Hijab site, 11 Feb',
    url: 'http://english.riadhijab.com/news/103/4/meeting-convenes-in-munich',
  },
  P31: {
    title: 'repost of a Syrian Coalition statement: Meslet, 13 Feb',
    url: 'https://khamakarpress.com/2016/02/13/syrian-coalition-munich-agreement-a-chance-to-stop-bloodshed-and-relive-those-besieged/',
  },
  P32: { title: 'Meslet welcomes the Munich plan', url: 'https://nawaret.com/?p=799955' },
  P33: { title: 'AFP: Hijab, 20 Feb', url: 'https://en.ammonnews.net/article/30445' },
  P34: {
    title: 'Assad AFP interview, 12 Feb',
    url: 'https://www.dw.com/en/assad-vows-to-keep-fighting-terrorism-and-retake-syria/a-19045890',
  },
  P35: {
    title: 'Assad speech, 15 Feb',
    url: 'https://amp.dw.com/en/syria-president-bashar-al-assad-casts-doubt-on-ceasefire/a-19050578',
  },
  P36: { title: 'Syrian MFA accepts the CoH, 23 Feb', url: 'http://sana.sy/en/?p=70364' },
  P37: { title: 'SANA: Lavrov on Foua/Kefraya, aid by land', url: 'https://sana.sy/en/?p=69185' },
  P38: {
    title: 'Hammond, 22 Feb',
    url: 'https://gov.uk/government/news/foreign-secretary-statement-on-syria-ceasefire',
  },
  P39: {
    title:
      'YPG statement (AFP; Reuters) (also https://presstv.ir/Detail/2016/02/24/452170/ypg-kurds-ceasefire-plan-syria)',
    url: 'https://en.news-front.su/2016/02/25/syria-kurdish-militia-says-it-will-respect-ceasefire',
  },
  P40: {
    title: 'Egyptian MFA, Feb 2016',
    url: 'http://thecairopost.youm7.com/news/195621/news/egypt-welcomes-truce-in-syrian',
  },
  P41: { title: 'Judeh and Kerry, Amman, Feb 2016', url: 'https://en.ammonnews.net/article/30433' },
  P42: {
    title: 'Xinhua, 17 Feb: de Mistura in Damascus, access the priority',
    url: 'http://en.chinagate.cn/2016-02/17/content_37803005.htm',
  },
  P43: {
    title: 'Reuters (Arabic): de Mistura, 25 Feb not realistic',
    url: 'https://sauress.com/twasul/367992',
  },
  P44: {
    title: 'Jubeir, Vienna, 17 May',
    url: 'https://en.etilaf.org/all-news/political-news/jubair-says-time-may-be-coming-for-plan-b-on-syria',
  },
  P45: { title: 'Jubeir, 17 May (Reuters; Al Arabiya)', url: 'https://nabaatv.net/archives/70864' },
  P46: {
    title: 'AFP, 17 May: Lavrov, Kerry, de Mistura',
    url: 'https://thearabweekly.com/vienna-meeting-ends-without-new-date-restart-syria-peace-talks',
  },
  P47: {
    title: 'Kerry: 1 Aug a target',
    url: 'https://english.alarabiya.net/News/middle-east/2016/05/18/Kerry-softens-deadline-for-Syria-transition-deal-',
  },
  P48: {
    title: 'Ayrault, Vienna, 17 May',
    url: 'https://www.vie-publique.fr/discours/199062-declaration-de-m-jean-marc-ayrault-ministre-des-affaires-etrangeres-et',
  },
  P49: {
    title: 'French mission, Geneva, 20 May',
    url: 'https://onu-geneve.delegfrance.org/Reunion-du-groupe-international-de-soutien-a-la-Syrie-17-05-2016',
  },
  P50: {
    title: 'AFP: Steinmeier; US official on 1 Aug',
    url: 'https://reportersatlarge.com/2016/05/17/world-powers-meet-to-save-syria-peace-hopes',
  },
  P51: { title: 'Steinmeier via DW, 17 May', url: 'https://www.masress.com/akhbarelyomgate/63508853' },
  P52: {
    title: 'HNC spokesman Agha',
    url: 'https://en.etilaf.org/all-news/news/agha-questions-international-community-s-ability-to-find-a-political-solution-in-syria',
  },
  P53: {
    title: 'Reuters, 17 May: no date; opposition conditions',
    url: 'https://www.reuters.com/article/us-mideast-crisis-syria-idUSKCN0Y81G2',
  },
  P54: {
    title: 'Enab Baladi, 17 May: Kerry on drops (Douma, Arbin, Darayya) and weekly UN reports',
    url: 'https://enabbaladi.net/80031/%D9%83%D9%8A%D8%B1%D9%8A-1-%D8%A2%D8%A8-%D9%85%D9%88%D8%B9%D8%AF-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D9%82%D8%A7%D9%84-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B3%D9%8A-%D8%A5%D8%B0%D8%A7-%D9%86%D8%AC%D8%AD/?amp=1',
  },
  P55: { title: 'Zarif, 16 May', url: 'https://archive.almanar.com.lb/english/article.php?id=270158' },
  P56: {
    title: 'PressTV (French): Zarif, 17 May',
    url: 'https://350431105.r.worldcdn.net/Detail/2016/05/17/466110/Zarif-rejette-le-militarisme-en-Syrie',
  },
  P57: {
    title: 'Lavrov, Vienna, eve of the 17 May meeting',
    url: 'http://www.russianembassy.org/article/foreign-minister-sergey-lavrov%E2%80%99s-remarks-and-answers-to-media-questions-following-a-series-o',
  },
  P58: {
    title: 'quotes the 1 Jun clause of the 17 May statement',
    url: 'https://thesyriacampaign.org/the-syria-campaign-welcomes-issg-call-for-air-drops/',
  },
  P59: {
    title: 'Arabic text of the 17 May statement (1 Aug, TGB)',
    url: 'https://syrianncb.com/2016/05/19/%D8%A8%D9%8A%D8%A7%D9%86-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D8%AC%D9%85%D9%88%D8%B9%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D9%84%D8%AF%D8%B9%D9%85-%D8%B3%D9%88%D8%B1%D9%8A%D8%A9/',
  },
  P60: { title: 'copy of UN News, 17 May: detainees, 80→50 %', url: 'https://syqiankun.com/beszxq8518' },
  P61: {
    title: 'PTI: Kerry, 3 May',
    url: 'https://business-standard.com/article/pti-stories/us-asks-assad-regime-to-stick-to-transition-timeline-116050400198_1.html',
  },
  P62: {
    title: 'RFE/RL: US mission on the listing request',
    url: 'https://www.rferl.org/a/russia-proposes-blacklisting-two-syrian-rebel-groups-at-un-jaish-al-islam-ahrar-al-sham/27702672.html',
  },
  P63: {
    title: 'Sputnik Brasil: Toner, 27 Apr',
    url: 'https://noticiabrasil.net.br/20160427/eua-nao-querer-ahrar-al-sham-yeish-al-islam-lista-terroristas-4335172.html',
  },
  P64: {
    title: 'copy of TASS: blocked 10 May',
    url: 'https://www.ethnologia.gr/2016/05/no-progress-at-un-sc-on-extending-list.html',
  },
  P65: { title: 'TASS: Lavrov at the UNSC, 21 Sep', url: 'https://tass.com/politics/901341' },
  P66: {
    title: 'Reuters: Shoigu, 20 May',
    url: 'https://www.hurriyetdailynews.com/russia-proposes-joint-syria-airstrikes-with-us-led-coalition-from-may-25-99475',
  },
  P67: {
    title: 'Reuters: de Mistura 19 May; ICRC paper',
    url: 'https://www.reuters.com/article/us-mideast-crisis-syria-un-idUSKCN0YA1HS',
  },
  P68: {
    title: 'EA Worldview: de Mistura on consent; Toner',
    url: 'http://eaworldview.com/2016/06/syria-daily-us-criticizes-russia-no-steps-provide-aid/?replytocom=67830',
  },
  P69: {
    title: 'AFP: Toner, 8 Jun',
    url: 'https://www.expatica.com/ru/general/us-suggests-russia-drop-food-to-syrian-cities-59229/',
  },
  P70: {
    title: "AFP: O'Brien, Churkin, Jaafari, 3 Jun",
    url: 'https://archive.pakistantoday.com.pk/2016/06/05/un-to-ask-syria-to-allow-airdrops-of-aid/',
  },
  P71: {
    title: 'KUNA: Hammond, 1 Jun',
    url: 'https://menafocus.qa/britain-proposes-air-drop-of-humanitarian-aid-to-besieged-syrian-cities-2/',
  },
  P72: {
    title: "Reuters: O'Brien, consent needed",
    url: 'https://www.reuters.com/article/us-mideast-crisis-syria-un-idUSKCN0YP1UA',
  },
  P73: {
    title: 'copy of Sky News: Delattre, Churkin, Kirby on drops',
    url: 'https://ibombai.blogspot.com/2016/06/major-powers-urge-un-to-start-syria-air.html',
  },
  P74: {
    title: 'DPA: June approvals; Rycroft',
    url: 'https://eblnews.com/news/world/un-request-syrian-governments-approval-aid-airdrops-23764',
  },
  P75: {
    title: 'summary of the 9 Sep mechanics',
    url: 'http://freenews-en.tk/2016/09/11/syrian-deal-what-was-agreed-by-russia-and-the-united-states/',
  },
  P76: {
    title: 'AP, 10 Sep: Kerry\'s "bedrock"',
    url: 'http://www.nwaonline.com/news/2016/sep/10/u-s-russia-reach-agreement-on-syria-201/',
  },
  P77: {
    title:
      'Lavrov, 9 Sep (Sputnik; SANA) (also https://syrianfreepress.wordpress.com/2016/09/10/lavrov-kerry-deal/)',
    url: 'https://sputniknews.jp/20160910/2756407.html',
  },
  P78: {
    title: 'AP leak of one document; Zakharova',
    url: 'https://freenews-en.tk/2016/09/22/associated-press-published-the-text-of-the-agreement-the-u-s-and-russia-on-syria/',
  },
  P79: {
    title: 'TASS: RU publishes the texts; exit clause; Castello',
    url: 'http://tass.com/politics/902557',
  },
  P80: {
    title: 'AP: Castello details',
    url: 'http://www.dailystar.com.lb/News/Middle-East/2016/Sep-15/371981-officials-outline-new-details-of-syria-cease-fire-deal.ashx',
  },
  P81: {
    title: 'Lavrov, 2 Sep',
    url: 'http://www.russianembassy.org/article/excerpts-from-foreign-minister-sergey-lavrov%E2%80%99s-remarks-and-answers-to-media-questions-on-the',
  },
  P82: {
    title: 'AFP: SANA approval; HNC, Kodmani',
    url: 'https://www.9news.com.au/world/2016/09/11/04/09/syria-government-reportedly-approves-us-russia-truce-deal',
  },
  P83: {
    title: 'Reuters, 13 Sep: aid to Aleppo',
    url: 'http://www.reuters.com/article/us-mideast-crisis-syria-aleppo-idUSKCN11J1FJ',
  },
  P84: {
    title: 'Turkish MFA, 10 Sep',
    url: 'https://www.mfa.gov.tr/no_-225_-10-september-2016_-press-release-regarding-the-arrangements-between-the-us-and-rf-on-cessation-of-hostilities-and-humanitarian-access-to-besieged-areas.en.mfa',
  },
  P85: {
    title: 'AFP: SPA statement, 13 Sep',
    url: 'https://tribune.com.pk/story/1181794/key-syria-rebel-supporter-saudi-arabia-welcomes-ceasefire?amp=1',
  },
  P86: {
    title: 'AP: Iran welcomes, 11 Sep',
    url: 'https://cloudflarepoc.newsmax.com/world/globaltalk/ml-syria/2016/09/11/id/747660',
  },
  P87: {
    title:
      'Qassemi: guarantees, border control (also http://islamicvoiceofturkey.com/spokesman-iran-welcomes-ceasefire-in-syria/)',
    url: 'https://manartv.com.lb/688719',
  },
  P88: { title: 'Egyptian MFA, 10 Sep', url: 'http://en.aswatmasriya.com/news/details/17697' },
  P89: {
    title: 'FCO: Johnson, 10 Sep',
    url: 'http://www.wired-gov.net/wg/news.nsf/articles/Foreign+Secretary+Boris+Johnson+statement+on+Syria+deal+12092016093000?open',
  },
  P90: {
    title: 'Ayrault, 10 Sep',
    url: 'https://uk.ambafrance.org/Minister-welcomes-Russia-US-agreement-on-Syria-truce',
  },
  P91: {
    title: 'Xinhua: France backs publication (per RU MFA)',
    url: 'http://news.xinhuanet.com/english/2016-09/17/c_135692946.htm',
  },
  P92: {
    title: 'Mogherini, 10 Sep',
    url: 'https://arhiva.europa.rs/mogherini-on-an-agreement-by-the-international-syria-support-group-co-chairs/?lang=en',
  },
  P93: {
    title: 'HNC plan, 7 Sep',
    url: 'https://www.aljazeera.com/news/2016/9/8/syrias-war-hnc-unveils-road-map-for-transition',
  },
  P94: {
    title: 'AFP: Ahrar al-Sham, JFS reject',
    url: 'https://english.alarabiya.net/News/middle-east/2016/09/12/Syrian-rebels-Ahrar-al-Sham-reject-truce',
  },
  P95: {
    title: 'YPG General Command, 12 Sep (also https://www.rudaw.net/english/middleeast/syria/120920161)',
    url: 'http://aranews.net/files/2016/09/kurds-support-us-russia-ceasefire-agreement-syria/',
  },
  P96: {
    title: 'NYT: Kerry–Pentagon rift',
    url: 'https://www.tampabay.com/news/world/details-of-syria-pact-widen-rift-between-kerry-pentagon/2293456/',
  },
  P97: {
    title: 'Kirby walk-back, 13 Sep',
    url: 'https://americanmilitarynews.com/2016/09/secretary-of-state-john-kerry-green-lights-assad-to-launch-air-strikes-and-is-immediately-undermined-by-state-department-spox/',
  },
  P98: {
    title: 'Al-Monitor: Kerry, "not a concession"',
    url: 'http://al-monitor.com/pulse/originals/2016/09/syria-kerry-nusra-al-qaeda-russia-iran-pyd-syria-turkey.html',
  },
  P99: { title: 'FSA letter to the US; Kirby', url: 'https://lidtime.com/?p=681837' },
  P100: {
    title: 'Steinmeier, 21 Sep',
    url: 'https://www.auswaertiges-amt.de/en/newsroom/news/160922-bm-syr/283624',
  },
  P101: {
    title: 'AFP: Kerry, Lavrov at the UNSC, 21 Sep',
    url: 'http://www.thehindu.com/news/international/kerry-lavrov-face-off-at-un-on-syria/article9133492.ece',
  },
  P102: {
    title: 'copy of the MID transcript: Lavrov, 22 Sep',
    url: 'https://thesaker.si/saker-archive/russian-fm-lavrov-press-conference-following-unga-speech-streamed-live/index.html',
  },
  P103: {
    title: 'AP, 14 Jul: US offer',
    url: 'https://www.foxnews.com/world/unable-to-stop-syrias-war-us-offers-russia-new-partnership',
  },
  P104: {
    title: 'Free Beacon on the WaPo leak: JIG near Amman',
    url: 'https://freebeacon.com/national-security/obama-proposal-join-russian-u-s-military-forces-syria-air-campaign/',
  },
  P105: {
    title: 'War on the Rocks: analysis of the JIG',
    url: 'https://warontherocks.com/2016/07/what-if-a-u-s-russian-deal-in-syria-goes-exactly-as-planned/',
  },
  P106: { title: 'SANA: de Mistura, 15 Sep', url: 'https://sana.sy/en/?p=88187' },
  P107: {
    title:
      'PYD leaves Geneva (Antiwar; WaPo/AP) (also https://www.newssniffer.co.uk/articles/1088293/diff/0/1)',
    url: 'https://news.antiwar.com/2016/01/30/uninvited-to-talks-syrian-kurds-leave-geneva/',
  },
  P108: {
    title: 'Hurriyet column: Cavusoglu, 26 Jan',
    url: 'https://www.infobalkans.com/2016/01/27/ankara-s-pyd-nightmare-not-over-yet',
  },
  P109: {
    title: 'Sputnik: Churkin, Salih Muslim, Apr',
    url: 'https://sputniknews.com/world/201604061037584867-pyd-kurds-geneva-talks/',
  },
  P110: {
    title: "Salih Muslim's NYT op-ed, Apr",
    url: 'http://aranews.net/files/2016/04/pyd-leader-invited-geneva-talks-representatives-syrian-kurds/',
  },
  P111: { title: 'Muallem, 12 Mar', url: 'https://alwatannews.net/ampArticle/113194' },
  P112: {
    title: 'Muallem, 12 Mar (English)',
    url: 'http://eaworldview.com/2016/03/syria-daily-political-talks-resume-geneva/',
  },
  P113: {
    title: 'MEMRI summary: Assad, 15 Feb',
    url: 'http://memri.fr/2016/02/26/dans-un-recent-discours-assad-se-dit-confiant-en-la-victoire-du-regime-la-crise-sera-reglee-par-la-guerre-contre-le-terrorisme/',
  },
  P114: {
    title: 'Amir-Abdollahian on the 30 Oct 2015 communiqué',
    url: 'https://financialtribune.com/articles/national/29227/no-decision-on-syria-power-transition',
  },
  P115: { title: "Jordan's list; Qatar, Lavrov, Zarif objections", url: 'https://portside.org/node/10519' },
  P116: {
    title: 'AFP: Judeh, 18 Dec 2015',
    url: 'https://archive.siasat.com/news/syria-group-discussing-terror-blacklist-jordan-888320',
  },
  P117: {
    title:
      'Attiyah on Ahrar al-Sham (also https://www.aljazeera.com/news/2015/10/29/qatar-rules-out-military-intervention-in-syria/)',
    url: 'https://www.middleeastmonitor.com/20151022-qatar-has-not-ruled-out-military-intervention-in-syria/',
  },
  P118: {
    title: "Ahram, Oct 2015: Egypt's stance",
    url: 'https://en.amwalalghad.com/egypts-fm-in-vienna-this-week-to-participate-in-syria-talks',
  },
  P119: {
    title: "Egypt's Oct 2016 UNSC vote",
    url: 'http://www.dailynewsegypt.com/2016/12/31/egypts-stance-syrian-turmoil-balanced-al-ghad-al-soury-movement/',
  },
  P120: { title: 'Shoukry, Dec 2015', url: 'https://sarabic.ae/20151219/1016789077.html' },
  P121: {
    title: 'MEMO/MINA: Jubeir, 7 Sep',
    url: 'https://en.minanews.net/saudi-says-syiria-ceasefire-deal-could-be-agreed/',
  },
  P122: {
    title: 'QNA: Qatari FM in Paris, date U',
    url: 'https://menafocus.qa/qatars-foreign-minister-calls-for-immediate-cease-fire-in-syria/',
  },
  P123: {
    title: 'EEAS: Mogherini doorstep, date U',
    url: 'https://eeas.europa.eu/headquarters/headquarters-homepage/5258_fr',
  },
  P124: {
    title:
      'Riyadh conference final statement, 10 Dec 2015 (also https://www.diplomatie.gouv.fr/en/country-files/syria/news/article/final-statement-of-the-conference-of-syrian-revolution-and-opposition-forces)',
    url: 'https://www.spa.gov.sa/viewstory.php?newsid=1428043',
  },
  P125: {
    title: 'FNA/al-Mayadeen: Assad not in the 17 May text',
    url: 'https://syrianfreepress.wordpress.com/2016/05/17/vienna-meeting/',
  },
  P126: {
    title: 'archived Washington Post story: "It was unanimous"',
    url: 'https://www.newssniffer.co.uk/articles/1095032/diff/8/9',
  },
};
