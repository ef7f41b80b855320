//! Texts of the plan view "Räkna om med våra siffror": an imported plan's key figures under its
//! own calculation parameters and under ours, taken from another of the user's plans.

pub struct CompareTexts {
    /// The plan's price year and ours, and whether they differ.
    pub price_years: fn(i32, i32, bool) -> String,
    pub title: &'static str,
    pub intro: &'static str,
    pub choose_label: &'static str,
    pub choose_hint: &'static str,
    pub no_other_plan: &'static str,

    pub params_heading: &'static str,
    /// The name of the plan whose parameters are ours.
    pub params_caption: fn(&str) -> String,
    pub col_theirs_value: &'static str,
    pub col_theirs_source: &'static str,
    pub col_ours_value: &'static str,
    pub col_ours_source: &'static str,
    pub col_difference: &'static str,
    pub differs: &'static str,
    pub same: &'static str,
    pub hourly: &'static str,
    pub hourly_source: &'static str,
    /// How many parameters differ.
    pub n_differ: fn(usize) -> String,
    pub one_differs: &'static str,
    /// The name of the plan whose parameters are ours.
    pub all_equal: fn(&str) -> String,
    pub sources_differ: &'static str,

    pub figures_heading: &'static str,
    pub figures_caption: &'static str,
    pub figures_explained: &'static [&'static str],
    pub col_initiative: &'static str,
    pub col_npv_theirs: &'static str,
    pub col_npv_ours: &'static str,
    pub col_freed_theirs: &'static str,
    pub col_freed_ours: &'static str,
    pub col_rank_theirs: &'static str,
    pub col_rank_ours: &'static str,
    /// The rank, and how many are ranked.
    pub rank_of: fn(usize, usize) -> String,
    pub no_rank: &'static str,
    pub total: &'static str,
    pub no_initiatives: &'static str,
    pub pager_label: &'static str,

    pub decide_heading: &'static str,
    pub adopt: &'static str,
    pub keep: &'static str,
    /// The name of the plan whose parameters are ours.
    pub adopted: fn(&str) -> String,
    pub kept: &'static str,
    pub undo: &'static str,
    pub undone: &'static str,
    pub per_month: &'static str,
    pub hours_unit: &'static str,
    pub kr_per_hour: &'static str,
    pub years: &'static str,
    pub not_given: &'static str,
}

pub const COMPARE_SV: CompareTexts = CompareTexts {
    price_years: |theirs, ours, differ| {
        if differ {
            format!("Prisår: planens belopp är i {theirs} års priser, era parametrar anger prisår {ours}. Beloppen är inte omräknade till samma prisår (planen har inget prisindex), så kolumnerna blandar två års priser. Jämför därför skillnaden i nettonuvärde med försiktighet.")
        } else {
            format!("Prisår: {theirs} i båda. Beloppen är i samma års priser.")
        }
    },
    title: "Räkna om med våra siffror",
    intro: "En plan från en annan organisation bär med sig dess antaganden: lön, påslag, arbetstimmar, diskonteringsränta, kalkylperiod och prisår. Här räknas planens initiativ om med parametrarna i en av dina egna planer, så att nyckeltalen går att jämföra med era.",
    choose_label: "Jämför med parametrarna i",
    choose_hint: "Våra parametrar hämtas från planen du väljer. Inget ändras förrän du väljer att använda dem.",
    no_other_plan: "Det finns ingen annan plan i den här webbläsaren att hämta era parametrar från. Skapa eller importera en plan med era egna parametrar först.",

    params_heading: "Parametrarna sida vid sida",
    params_caption: |ours| format!("Beräkningsparametrar: den här planens och våra (från {ours})"),
    col_theirs_value: "Planens värde",
    col_theirs_source: "Planens källa och år",
    col_ours_value: "Vårt värde",
    col_ours_source: "Vår källa och år",
    col_difference: "Jämförelse",
    differs: "Skiljer sig",
    same: "Samma",
    hourly: "Timkostnad (beräknad)",
    hourly_source: "Medelmånadslön ÷ arbetstimmar × påslag",
    n_differ: |n| format!("{n} av sex parametrar skiljer sig."),
    one_differs: "En av sex parametrar skiljer sig.",
    all_equal: |ours| {
        format!("Parametrarnas värden är desamma i den här planen och i {ours}, så nyckeltalen blir desamma med båda.")
    },
    sources_differ: "Källor eller år skiljer sig, men inga värden.",

    figures_heading: "Nyckeltal per initiativ",
    figures_caption: "Nyckeltal per initiativ med planens och med våra parametrar",
    figures_explained: &[
        "Nettonuvärdet är det förväntade, med värdet av frigjord tid, som i prioriteringslistan.",
        "Värdet av frigjord tid är värdet av den tid som förväntas realiseras under det år då den är som störst.",
        "Rangen är initiativets ordning efter nettonuvärde bland initiativ som har belopp att räkna på. Den viktade poängen beror inte på parametrarna, så det är ordningen efter nettonuvärde som kan ändras.",
    ],
    col_initiative: "Initiativ",
    col_npv_theirs: "Nettonuvärde, planens parametrar",
    col_npv_ours: "Nettonuvärde, våra parametrar",
    col_freed_theirs: "Värde av frigjord tid (kr/år), planens parametrar",
    col_freed_ours: "Värde av frigjord tid (kr/år), våra parametrar",
    col_rank_theirs: "Rang efter nettonuvärde, planens parametrar",
    col_rank_ours: "Rang efter nettonuvärde, våra parametrar",
    rank_of: |rank, of| format!("{rank} av {of}"),
    no_rank: "– (inga belopp)",
    total: "Summa",
    no_initiatives: "Planen har inga initiativ att räkna om.",
    pager_label: "Nyckeltal per initiativ",

    decide_heading: "Vilka parametrar ska planen ha?",
    adopt: "Använd våra parametrar",
    keep: "Behåll planens egna parametrar",
    adopted: |ours| {
        format!("Planens parametrar har ersatts med parametrarna i {ours}, med källor och år. Alla nyckeltal i planen räknas nu med dem.")
    },
    kept: "Planens egna parametrar behålls. Inget har ändrats.",
    undo: "Ångra",
    undone: "Planens egna parametrar är återställda.",
    per_month: "kr/mån",
    hours_unit: "h",
    kr_per_hour: "kr/h",
    years: "år",
    not_given: "–",
};
