// Names in the example plan (src/core/content/example.rs and example/) that the end-to-end tests refer to.
export const EXAMPLE = 'Handlingsplan regional digital agenda 2019–2021';
export const SIGNING = 'Digital signering och ankomstregistrering för socialjouren';
export const LIBRARY = 'Gemensamt biblioteksdatasystem med självbetjäning';
export const COVERAGE = 'Kartläggning av mobiltäckning (vita fläckar)';
export const MEETINGS = 'Digitala möten som förstahandsval';
export const ARCHIVE = 'Gemensamt e-arkiv för länets kommuner';

// Bilaga 1 of seed 002, all eight rows of ongoing work (Aktivitet as the example writes it).
export const BILAGA_1 = [
  'Genomföra en pilot för Sammanhållen journalföring med Västerås stad',
  'Tillgängliggöra information om Västmanland för invånare och besökare genom bland andra:\n• Kulturarvsportalen\n• Digitalt museum\n• Smaka på Västmanland\n• Evenemangskalender (klar?)',
  'Etablera ett kontaktcenter i Västerås sjukhus som bland annat kan ge support för digitala tjänster',
  'Förslag pilotprojekt för att utreda digital signering och ankomstregistrering av dokument för att ersätta fysisk underskrift. Behovet är stort för den gemensamma socialjouren. Ytterligare exempel är digital signering av protokoll, avtal och liknande handlingar.',
  'Bibliotek i Västmanland.\nSamarbete mellan folkbiblioteken i länets tio kommuner. Målet är att upphandla gemensamt biblioteksdatasystem, gemensam webb (inkluderar e-tjänster) samt implementera RFID-teknik med självbetjäningsautomater. Syftet är att länets invånare ska kunna ta del av alla kommuners biblioteksmedier, oavsett var man bor eller arbetar, på lika villkor. Sjukhusbiblioteket ingår i delar av samarbetet.',
  'Genomföra ett pilotprojekt i Surahammar för att utveckla samarbetsformer mellan myndigheter, kommun och civilsamhälle kring kunskap och tillgång till utrustning för att invånare ska tillgodogöra sig tjänster',
  'Minska det digitala utanförskapet genom olika satsningar på digital delaktighet, till exempel genom tillgång till utrustning och support för digitala tjänster.',
  'Digitalt först - med användaren i fokus.\nRegeringen avsätter 25 miljoner kr årligen under en treårsperiod, varav 700 000 kr går till Västmanland, för att genomföra en bred satsning på digital kompetenshöjning för hela befolkningen. Arbetet sker i två steg:\n1. Bibliotekspersonal. Självskattningstest och fortbildning\n2. Höja kunskapen hos invånarna; öka förtrogenhet med digital teknik, skapa samhällelig och individuell tillit till myndigheter, e-förvaltning med flera i en snabb teknisk utveckling.\nPengarna distribueras från Kungliga biblioteket via de regionala biblioteksverksamheterna.',
];

// Bilaga 2 of seed 002, the follow-up of the 2018–2019 plan: every row's Aktivitet.
export const BILAGA_2 = [
  'Utvärdera hur kommunerna kan använda e-blomman, LIKA eller annat verktyg i syfte att kartlägga nuläget av digital service och verksamhetsutveckling. Nuläget kan därefter utgöra underlag för prioritering av insatser för att främja införande av lösningar från användarnas perspektiv.',
  'Identifiera en gemensam process inom socialtjänst och omsorg som kan effektiviseras och digitaliseras för att underlätta kvalitet och kostnadseffektivitet för invånarna. Ett antal möjliga exempel finns bland annat inom ekonomiskt bistånd, trygghetslarm, avgiftshantering, etc.',
  'Dela erfarenheter mellan länets aktörer via deladigitalt.se',
  'Öka kompetensen inom länets offentliga organisationer genom att anordna seminarier gällande\n• systematiskt informationssäkerhetsarbete (GDPR)\n• tjänstedesign\n• Inloggningstjänst (nationell plattform)\n• Upphandling\n• e-arkiv\nI samband med seminarierna kan även pågående utvecklingsinitiativ presenteras.',
  'Undersöka möjligheter och förutsättningar för regionen och kommunerna att göra en gemensam regional kartläggning av mobiltäckning i områden där människor normalt befinner sig och rör sig utanför bostäder och arbetsplatser. Genom att göra faktiska mätningar av mobiltäckningen är att utifrån det nationella bredbandsmålet för god mobiltäckning identifiera geografiska områden i länet där mobila trådlösa uppkopplingar idag inte fungerar tillfredsställande, s.k. vita fläckar.',
  'Kartläggning Jämlik tillgång till bredband för olika grupper i Västmanland',
  'Bevaka pågående utvecklingsinitiativ',
];
