//! Texts of the plan view "Ändringar": what changed between a fastställd version and the plan
//! now, or between two versions, and the editable "Uppdaterat från föregående version" text
//! (docs/domain.md §6).

use crate::core::workflow::changes::InitiativeField;

pub struct ChangesTexts {
    pub intro: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    /// The plan as it is now, as a choice of what to compare or report on.
    pub now: &'static str,
    /// A fastställd version as a choice: date, forum, and whether it is the one in force.
    pub version_option: fn(&str, &str, bool) -> String,
    pub print: &'static str,
    pub print_hint: &'static str,
    /// What is compared (from, to) and today's date, the printed page's first line.
    pub compared: fn(&str, &str, &str) -> String,
    pub no_version: &'static str,
    pub no_version_how: &'static str,
    pub no_version_link: &'static str,
    pub nothing: &'static str,
    pub same_side: &'static str,

    pub initiatives_heading: &'static str,
    /// Headings of the lists, each with its count.
    pub initiatives_added: fn(usize) -> String,
    pub initiatives_removed: fn(usize) -> String,
    pub initiatives_changed: fn(usize) -> String,
    pub decisions_heading: &'static str,
    /// The outcome and date of a decision, as "Prioriterad 2020-02-01".
    pub decision: fn(&str, &str) -> String,
    pub activities_heading: &'static str,
    pub activities_added: fn(usize) -> String,
    pub activities_removed: fn(usize) -> String,
    pub activity_status: fn(usize) -> String,
    pub activities_renamed: fn(usize) -> String,
    pub framework_heading: &'static str,
    pub goals_added: fn(usize) -> String,
    pub goals_removed: fn(usize) -> String,
    pub goals_renamed: fn(usize) -> String,
    pub criteria_added: fn(usize) -> String,
    pub criteria_removed: fn(usize) -> String,
    pub criteria_renamed: fn(usize) -> String,
    pub criteria_weights: fn(usize) -> String,
    pub figures_heading: &'static str,
    pub figures_hint: &'static str,
    pub figures_caption: &'static str,
    pub col_initiative: &'static str,
    pub col_rank: &'static str,
    pub col_score: &'static str,
    pub col_npv: &'static str,
    /// A value that changed, old and new, already formatted.
    pub old_new: fn(&str, &str) -> String,
    /// A part that changed without a value to show.
    pub changed: &'static str,
    /// No value: an empty field, an unset rating, an unranked initiative.
    pub missing: &'static str,

    pub field_title: &'static str,
    pub field_start_year: &'static str,
    pub field_stage: &'static str,
    pub field_problem: &'static str,
    pub field_owner: &'static str,
    /// A rating on the criterion with this name.
    pub field_score: fn(&str) -> String,
    pub field_goals: &'static str,
    pub field_benefits: &'static str,
    pub field_costs: &'static str,
    pub field_risks: &'static str,
    pub field_readiness: &'static str,
    pub field_need_details: &'static str,

    pub summary_heading: &'static str,
    pub summary_label: &'static str,
    pub summary_hint: &'static str,
    pub summary_prefill: &'static str,
    pub summary_confirm_title: &'static str,
    pub summary_confirm_body: &'static str,
    pub summary_confirm_yes: &'static str,
    /// Said after the text was filled in (the argument is unused: the undo notice's shape).
    pub summary_prefilled: fn(&str) -> String,
}

impl ChangesTexts {
    /// The name of a changed part of an initiative; a rating is named by its criterion.
    pub fn field(&self, field: &InitiativeField, criterion: &str) -> String {
        match field {
            InitiativeField::Title => self.field_title.to_string(),
            InitiativeField::StartYear => self.field_start_year.to_string(),
            InitiativeField::Stage => self.field_stage.to_string(),
            InitiativeField::Problem => self.field_problem.to_string(),
            InitiativeField::Owner => self.field_owner.to_string(),
            InitiativeField::Score(_) => (self.field_score)(criterion),
            InitiativeField::Goals => self.field_goals.to_string(),
            InitiativeField::Benefits => self.field_benefits.to_string(),
            InitiativeField::Costs => self.field_costs.to_string(),
            InitiativeField::Risks => self.field_risks.to_string(),
            InitiativeField::Readiness => self.field_readiness.to_string(),
            InitiativeField::NeedDetails => self.field_need_details.to_string(),
        }
    }
}

pub static CHANGES_SV: ChangesTexts = ChangesTexts {
    intro: "Här ser du vad som har ändrats i planen sedan en fastställd version, eller mellan två fastställda versioner: initiativ, beslut, aktiviteter, mål och prioriteringskriterier, och de nyckeltal som flyttat sig. Listan kan skrivas ut för forumet.",
    from_label: "Jämför från",
    to_label: "Till",
    now: "Planen som den är nu",
    version_option: |date, forum, in_force| {
        if in_force {
            format!("Fastställd {date}, {forum} (gällande)")
        } else {
            format!("Fastställd {date}, {forum}")
        }
    },
    print: "Skriv ut / spara som PDF",
    print_hint: "Öppnar webbläsarens utskrift; välj ”Spara som PDF” för en fil. Appens meny och knappar skrivs inte ut.",
    compared: |from, to, date| format!("Från: {from} · Till: {to} · upprättad {date}"),
    no_version: "Planen har ännu ingen fastställd version att jämföra med.",
    no_version_how: "När forumet har fastställt planen registrerar du beslutet under Fastställda versioner på planens översikt: datum, forum och beslutsreferens. Planen sparas då som den var, och här ser du sedan vad som ändrats sedan beslutet.",
    no_version_link: "Gå till Fastställda versioner på översikten",
    nothing: "Inget har ändrats mellan de valda versionerna.",
    same_side: "Du jämför en version med sig själv. Välj en annan version att jämföra med.",

    initiatives_heading: "Initiativ",
    initiatives_added: |n| format!("Tillkomna initiativ ({n})"),
    initiatives_removed: |n| format!("Borttagna initiativ ({n})"),
    initiatives_changed: |n| format!("Ändrade initiativ ({n})"),
    decisions_heading: "Beslut",
    decision: |outcome, date| {
        if date.is_empty() {
            outcome.to_string()
        } else {
            format!("{outcome} {date}")
        }
    },
    activities_heading: "Aktiviteter",
    activities_added: |n| format!("Tillkomna aktiviteter ({n})"),
    activities_removed: |n| format!("Borttagna aktiviteter ({n})"),
    activity_status: |n| format!("Aktiviteter med ny status ({n})"),
    activities_renamed: |n| format!("Aktiviteter med nytt namn ({n})"),
    framework_heading: "Mål och prioriteringskriterier",
    goals_added: |n| format!("Tillkomna mål ({n})"),
    goals_removed: |n| format!("Borttagna mål ({n})"),
    goals_renamed: |n| format!("Mål med nytt namn ({n})"),
    criteria_added: |n| format!("Tillkomna prioriteringskriterier ({n})"),
    criteria_removed: |n| format!("Borttagna prioriteringskriterier ({n})"),
    criteria_renamed: |n| format!("Prioriteringskriterier med nytt namn ({n})"),
    criteria_weights: |n| format!("Ändrade vikter ({n})"),
    figures_heading: "Nyckeltal som ändrats",
    figures_hint: "Varje version räknas med sina egna prioriteringskriterier och parametrar. Nettonuvärdet är diskonterat till planens första år.",
    figures_caption: "Rang, viktad poäng och nettonuvärde, före → efter",
    col_initiative: "Initiativ",
    col_rank: "Rang",
    col_score: "Viktad poäng",
    col_npv: "Nettonuvärde",
    old_new: |old, new| format!("{old} → {new}"),
    changed: "ändrades",
    missing: "–",

    field_title: "Titel",
    field_start_year: "Startår",
    field_stage: "Steg",
    field_problem: "Problem och behov",
    field_owner: "Verksamhetsägare",
    field_score: |criterion| format!("Bedömning: {criterion}"),
    field_goals: "Mål och strategiområden (antal mål)",
    field_benefits: "Nyttor (antal)",
    field_costs: "Kostnader",
    field_risks: "Risker (antal)",
    field_readiness: "Förmåga",
    field_need_details: "Övriga uppgifter om behovet",

    summary_heading: "Sammanfattning till beslutsunderlaget",
    summary_label: "Uppdaterat från föregående version",
    summary_hint: "Texten sparas i planen och tas med i beslutsunderlaget. Skriv själv, eller fyll i en kort sammanfattning av jämförelsen ovan och redigera den.",
    summary_prefill: "Fyll i från jämförelsen",
    summary_confirm_title: "Ersätta texten du har skrivit?",
    summary_confirm_body: "Texten ersätts av en sammanfattning av jämförelsen ovan. Du kan ångra direkt efteråt.",
    summary_confirm_yes: "Ersätt texten",
    summary_prefilled: |_| "Texten fylldes i från jämförelsen.".to_string(),
};
