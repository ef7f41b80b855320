//! The accessibility statement (tillgänglighetsredogörelse), in the structure of DIGG's model
//! statement. It says only what the tests show (tests/e2e) and names what has not been tested.

/// One section of the statement: a heading, paragraphs and an optional list.
pub struct StatementSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
    pub items: &'static [&'static str],
}

pub struct AccessibilityTexts {
    pub title: &'static str,
    pub intro: &'static [&'static str],
    pub how_accessible: StatementSection,
    pub cannot_use: StatementSection,
    pub report: StatementSection,
    /// Marks the contact details as the publisher's to fill in.
    pub placeholder_label: &'static str,
    pub placeholder: &'static str,
    pub supervision: StatementSection,
    /// The text before the link to DIGG, and the link's own text.
    pub supervision_link_intro: &'static str,
    pub supervision_link: &'static str,
    pub technical: StatementSection,
    pub not_accessible: StatementSection,
    pub testing: StatementSection,
    pub dated: &'static str,
}

pub const ACCESSIBILITY_SV: AccessibilityTexts = AccessibilityTexts {
    title: "Tillgänglighetsredogörelse",
    intro: &[
        "Den organisation som publicerar Beredning står bakom tjänsten. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Beredning uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera problem så att vi kan åtgärda dem.",
    ],
    how_accessible: StatementSection {
        heading: "Hur tillgänglig är tjänsten?",
        paragraphs: &[
            "Vi vet att delar av tjänsten inte är helt tillgängliga, eller inte har prövats på alla sätt som behövs. Se avsnittet om innehåll som inte är tillgängligt nedan.",
        ],
        items: &[],
    },
    cannot_use: StatementSection {
        heading: "Vad kan du göra om du inte kan använda delar av tjänsten?",
        paragraphs: &[
            "Om du behöver innehåll från Beredning i ett annat format, till exempel en plan som textdokument eller uppläst, kontakta oss så hjälper vi dig. En plan kan också exporteras som JSON-fil, CSV-fil eller Excel-fil och läsas i andra program.",
        ],
        items: &[],
    },
    report: StatementSection {
        heading: "Rapportera brister i tjänstens tillgänglighet",
        paragraphs: &[
            "Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns.",
        ],
        items: &[],
    },
    placeholder_label: "Platshållare",
    placeholder: "Här fyller den organisation som publicerar Beredning i sin e-postadress, sitt telefonnummer och sin svarstid. Texten är en platshållare och ska ersättas innan tjänsten publiceras.",
    supervision: StatementSection {
        heading: "Tillsyn",
        paragraphs: &[
            "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Myndigheten för digital förvaltning och påtala det.",
        ],
        items: &[],
    },
    supervision_link_intro: "Myndigheten för digital förvaltnings webbplats:",
    supervision_link: "digg.se",
    technical: StatementSection {
        heading: "Teknisk information om tjänstens tillgänglighet",
        paragraphs: &[
            "Tjänsten är delvis förenlig med lagen (2018:1937) om tillgänglighet till digital offentlig service, på grund av de brister och de otestade delar som beskrivs nedan. Målet är nivå AA i WCAG 2.1 (Web Content Accessibility Guidelines).",
        ],
        items: &[],
    },
    not_accessible: StatementSection {
        heading: "Innehåll som inte är tillgängligt",
        paragraphs: &["Det här vet vi om, eller har inte prövat:"],
        items: &[
            "Tjänsten har inte testats med skärmläsare (till exempel NVDA, JAWS, VoiceOver eller TalkBack), med röststyrning eller med skärmförstoring utöver webbläsarens egen zoom. Brister som bara märks med sådana hjälpmedel kan därför finnas.",
            "Tjänsten har inte testats av personer med funktionsnedsättning.",
            "De automatiska testerna körs bara i webbläsaren Chromium. Firefox, Safari och mobila webbläsare har inte prövats på samma sätt.",
            "Högkontrastläge (Windows kontrastteman) har prövats genom att efterlikna det i Chromium, inte i Windows.",
            "Filer som tjänsten skapar (Excel, CSV, JSON och utskrift av beslutsunderlaget) har inte granskats för tillgänglighet.",
            "På engelska granskar de automatiska testerna varje vy med axe-core, men inte varje tillstånd som på svenska, och de engelska texterna har inte granskats av engelskspråkiga användare.",
            "Automatiska granskningar hittar bara en del av alla tillgänglighetsbrister. Att de inte hittar några fel betyder inte att tjänsten är helt tillgänglig.",
        ],
    },
    testing: StatementSection {
        heading: "Hur vi testat tjänsten",
        paragraphs: &[
            "Vi har gjort en egen granskning av tjänsten med automatiska tester som körs inför varje ny version:",
        ],
        items: &[
            "Varje vy och varje tillstånd som testerna når (formulär, dialogrutor, felmeddelanden, tomma och fyllda listor) granskas med verktyget axe-core mot reglerna för WCAG 2.0 och 2.1 på nivå A och AA.",
            "Arbetsgången för ett initiativ – behov, analys, prioritering och beslut – genomförs med enbart tangentbord.",
            "Varje vy visas med 320 CSS-pixlars bredd (motsvarar 400 % zoom) och får då inte rulla i sidled.",
            "Med efterliknat högkontrastläge (forced-colors) kontrolleras att punkterna i prioriteringsmatrisen och fokusmarkeringen syns.",
        ],
    },
    dated: "Redogörelsen uppdaterades senast den 4 december 2026. Tjänsten bedömdes senast den 4 december 2026.",
};
