//! Texts of revising a plan into next year's plan: the overview's section, the link back to the
//! plan it came from, the notice with undo, and the parameters to review (docs/domain.md §6).

pub struct RevisionTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The new period's first and last year.
    pub button: fn(i32, i32) -> String,
    pub past_last_year: &'static str,
    /// The old name and the new period's first year, when the name does not carry its period.
    pub new_name: fn(&str, i32) -> String,
    pub revised_from: &'static str,
    /// The previous plan's first and last year.
    pub from_period: fn(i32, i32) -> String,
    pub from_not_here: &'static str,
    /// The previous plan's name.
    pub created_notice: fn(&str) -> String,
    pub undo: &'static str,
    pub undo_gone: &'static str,
    /// The year the parameters were set for.
    pub params_review: fn(i32) -> String,
    pub params_review_hint: &'static str,
    pub params_reviewed: &'static str,
    pub closed_in_previous_plan: &'static str,
    /// How many activities a revision left out of the handlingsplan.
    pub closed_in_follow_up: fn(usize) -> String,
    pub open_follow_up: &'static str,
}

pub const REVISION_SV: RevisionTexts = RevisionTexts {
    heading: "Revidera inför nästa år",
    intro: "I samband med uppföljningen revideras handlingsplanen till nästa års plan. Revideringen blir en ny plan med perioden ett år framåt och samma mål, kriterier, strategier och parametrar. Aktiviteter som är nya, beslutade eller pågår följer med, med sitt utfall; genomförda och avbrutna aktiviteter finns kvar i uppföljningen men inte i den nya handlingsplanen. Initiativen följer med i sitt steg med allt utfall. Den här planen ändras inte.",
    button: |first, last| format!("Revidera till {first}–{last}"),
    past_last_year: "Planen kan inte revideras: perioden skulle sluta efter 2100.",
    new_name: |name, year| format!("{name} (revidering {year})"),
    revised_from: "Reviderad från",
    from_period: |first, last| format!("({first}–{last})"),
    from_not_here: "(finns inte i den här webbläsaren)",
    created_notice: |from| format!("Planen skapades som revidering av {from}. Den tidigare planen finns kvar oförändrad."),
    undo: "Ångra revideringen (ta bort den nya planen)",
    undo_gone: "Den nya planen har ändrats sedan revideringen; ta bort den från planlistan om du inte vill ha den.",
    params_review: |year| format!("Parametrarna gäller {year} – se över dem."),
    params_review_hint: "Planen är reviderad från föregående års plan. Kontrollera medelmånadslön, påslag, ränta och prisår med källa och år innan nya kalkyler används.",
    params_reviewed: "Parametrarna är genomgångna",
    closed_in_previous_plan: "Från en tidigare plan, inte i handlingsplanen",
    closed_in_follow_up: |n| {
        if n == 1 {
            "1 genomförd eller avbruten aktivitet från en tidigare plan finns kvar i uppföljningen.".to_string()
        } else {
            format!("{n} genomförda eller avbrutna aktiviteter från en tidigare plan finns kvar i uppföljningen.")
        }
    },
    open_follow_up: "Öppna uppföljningen",
};
