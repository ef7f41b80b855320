//! Every user-facing string, in one place so that English can be added as a second table.
//! Views never hold Swedish literals; they read [`Texts`] through [`t`].

mod analysis;
mod brief;
mod budget;
mod compare;
mod figures;
mod followup;
mod handlingsplan;
mod import;
mod import_messages;
mod list;
mod matrix;
mod plan_views;
mod share;
mod walkthrough;

pub use analysis::{AnalysisTexts, ANALYSIS_SV};
pub use brief::{BriefTexts, BRIEF_SV};
pub use budget::{BudgetTexts, BUDGET_SV};
pub use compare::{CompareTexts, COMPARE_SV};
pub use figures::{FigureTexts, FIGURES_SV};
pub use followup::{FollowUpTexts, FOLLOWUP_SV};
pub use handlingsplan::{HandlingsplanTexts, HANDLINGSPLAN_SV};
pub use import::{ImportTexts, IMPORT_SV};
pub use import_messages::message as problem_message;
pub use import_messages::{ImportMessagesTexts, IMPORT_MESSAGES_SV};
pub use list::{ListTexts, LIST_SV};
pub use matrix::{MatrixTexts, MATRIX_SV};
pub use plan_views::{PlanViewTexts, PLAN_VIEWS_SV};
pub use share::{ShareTexts, SHARE_SV};
pub use walkthrough::{WalkTexts, WALK_SV};

use crate::core::{ActivityStatus, OrgKind, Stage};

pub struct Texts {
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_plans: &'static str,
    pub nav_about: &'static str,
    pub nav_accessibility: &'static str,
    pub footer_label: &'static str,
    pub footer_data_note: &'static str,

    pub save_saved: &'static str,
    pub save_saving: &'static str,
    pub save_failed: &'static str,
    pub save_failed_quota: &'static str,
    pub save_memory_only: &'static str,
    pub save_status_label: &'static str,
    pub load_problem: &'static str,
    pub other_tab_changed: &'static str,

    pub plans_title: &'static str,
    pub plans_intro: &'static str,
    pub plans_empty: &'static str,
    pub plans_table_caption: &'static str,
    pub col_name: &'static str,
    pub col_organisation: &'static str,
    pub col_period: &'static str,
    pub col_initiatives: &'static str,
    pub col_modified: &'static str,
    pub col_actions: &'static str,
    pub open: &'static str,
    pub rename: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub cancel: &'static str,
    pub save: &'static str,
    pub undo: &'static str,
    pub new_name_label: &'static str,
    pub copy_suffix: &'static str,
    pub confirm_delete_title: &'static str,
    pub confirm_delete_body: &'static str,
    pub confirm_delete_yes: &'static str,
    pub deleted_notice: &'static str,
    pub dismiss: &'static str,
    pub name_required: &'static str,
    pub restore_example: &'static str,
    pub restore_example_hint: &'static str,

    pub create_title: &'static str,
    pub create_name: &'static str,
    pub create_organisation: &'static str,
    pub create_org_kind: &'static str,
    pub create_start_year: &'static str,
    pub create_end_year: &'static str,
    pub create_template: &'static str,
    pub create_submit: &'static str,
    pub year_invalid: &'static str,
    pub year_order: &'static str,
    pub template_blank: &'static str,
    pub template_national: &'static str,
    pub template_vastmanland: &'static str,
    pub template_example: &'static str,
    pub created_notice: &'static str,

    pub plan_not_found: &'static str,
    pub back_to_plans: &'static str,
    pub section_goals: &'static str,
    pub section_criteria: &'static str,
    pub section_params: &'static str,
    pub section_initiatives: &'static str,
    pub section_handlingsplan: &'static str,
    pub no_goals: &'static str,
    pub no_initiatives: &'static str,
    pub no_activities: &'static str,
    pub outside_goals: &'static str,
    pub col_title: &'static str,
    pub col_stage: &'static str,
    pub col_weight: &'static str,
    pub col_description: &'static str,
    pub col_parameter: &'static str,
    pub col_value: &'static str,
    pub col_source: &'static str,
    pub col_year: &'static str,
    pub col_activity: &'static str,
    pub col_responsible: &'static str,
    pub col_status: &'static str,
    pub col_outcome: &'static str,
    pub param_salary: &'static str,
    pub param_uplift: &'static str,
    pub param_hours: &'static str,
    pub param_rate: &'static str,
    pub param_horizon: &'static str,
    pub param_price_year: &'static str,
    pub years_unit: &'static str,
    pub kr_per_month: &'static str,

    pub about_title: &'static str,
    pub about_body: &'static [&'static str],
    pub about_storage_title: &'static str,
    pub about_storage_body: &'static [&'static str],
    /// Followed by a link to the published JSON Schema of the plan file.
    pub about_schema_intro: &'static str,
    pub about_schema_link: &'static str,
    pub a11y_title: &'static str,
    pub a11y_body: &'static [&'static str],
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,

    pub walk: &'static WalkTexts,
    pub analysis: &'static AnalysisTexts,
    pub figures: &'static FigureTexts,
    pub plan_views: &'static PlanViewTexts,
    pub list: &'static ListTexts,
    pub matrix: &'static MatrixTexts,
    pub budget: &'static BudgetTexts,
    pub handlingsplan: &'static HandlingsplanTexts,
    pub followup: &'static FollowUpTexts,
    pub brief: &'static BriefTexts,
    pub import: &'static ImportTexts,
    pub import_messages: &'static ImportMessagesTexts,
    pub share: &'static ShareTexts,
    pub compare: &'static CompareTexts,
    pub no_title: &'static str,
    pub new_initiative_title: &'static str,
    pub new_initiative_label: &'static str,
    pub new_initiative_submit: &'static str,
    pub criteria_hint: &'static str,
    pub open_handlingsplan: &'static str,
    pub params_hint: &'static str,
    pub param_value: &'static str,
    pub param_source: &'static str,
    pub param_year: &'static str,
    pub hourly_cost_now: &'static str,
    pub add_criterion: &'static str,
    pub remove_criterion: &'static str,
    pub new_criterion_name: &'static str,
    pub new_criterion_rubric: [&'static str; 5],
    pub confirm_remove_criterion: &'static str,
    pub criterion_name_label: &'static str,
    pub criterion_weight_label: &'static str,
    pub weight_share: &'static str,
    pub col_score: &'static str,
    pub col_gates: &'static str,
    pub gates_all_met: &'static str,
    pub gates_missing: &'static str,

    pub org_kinds: [&'static str; 3],
    pub stages: [&'static str; 6],
    pub activity_statuses: [&'static str; 5],
}

pub const SV: Texts = Texts {
    app_name: "Beredning",
    app_tagline: "Från behov till beslut och realiserad nytta",
    skip_to_content: "Hoppa till innehållet",
    nav_label: "Huvudmeny",
    nav_plans: "Planer",
    nav_about: "Om Beredning",
    nav_accessibility: "Tillgänglighetsredogörelse",
    footer_label: "Sidfot",
    footer_data_note: "Dina planer sparas bara i den här webbläsaren. Exportera regelbundet.",

    save_saved: "Sparat",
    save_saving: "Sparar…",
    save_failed: "Kunde inte spara – exportera planen",
    save_failed_quota: "Kunde inte spara: lagringen i webbläsaren är full – exportera planen",
    save_memory_only: "Sparas inte: webbläsaren blockerar lagring – exportera planen",
    save_status_label: "Sparstatus",
    load_problem: "En sparad plan kunde inte läsas och har lämnats orörd:",
    other_tab_changed: "Planerna ändrades i en annan flik. Listan har uppdaterats.",

    plans_title: "Dina planer",
    plans_intro: "Planerna finns i den här webbläsaren. Öppna en plan för att arbeta med den, eller skapa en ny.",
    plans_empty: "Du har inga planer ännu. Skapa en plan nedan eller återskapa exempelplanen.",
    plans_table_caption: "Planer i den här webbläsaren",
    col_name: "Namn",
    col_organisation: "Organisation",
    col_period: "Period",
    col_initiatives: "Initiativ",
    col_modified: "Senast ändrad",
    col_actions: "Åtgärder",
    open: "Öppna",
    rename: "Byt namn",
    duplicate: "Duplicera",
    delete: "Ta bort",
    cancel: "Avbryt",
    save: "Spara",
    undo: "Ångra",
    new_name_label: "Nytt namn för",
    copy_suffix: "(kopia)",
    confirm_delete_title: "Ta bort planen?",
    confirm_delete_body: "Planen tas bort från den här webbläsaren. Du kan ångra direkt efteråt.",
    confirm_delete_yes: "Ja, ta bort",
    deleted_notice: "Planen togs bort:",
    dismiss: "Stäng",
    name_required: "Ange ett namn.",
    restore_example: "Återskapa exempelplanen",
    restore_example_hint: "Exempelplanen är Region Västmanlands handlingsplan 2019–2021 med några initiativ.",

    create_title: "Skapa en ny plan",
    create_name: "Planens namn",
    create_organisation: "Organisation",
    create_org_kind: "Typ av organisation",
    create_start_year: "Första år",
    create_end_year: "Sista år",
    create_template: "Utgå från",
    create_submit: "Skapa plan",
    year_invalid: "Ange ett årtal mellan 2000 och 2100.",
    year_order: "Sista år får inte vara före första år.",
    template_blank: "Tom plan (standardkriterier, inga mål)",
    template_national: "Nationella digitaliseringsstrategin: fem delmål",
    template_vastmanland: "Region Västmanland: fyra strategiska mål",
    template_example: "Kopia av exempelplanen",
    created_notice: "Planen skapades:",

    plan_not_found: "Planen finns inte i den här webbläsaren. Den kan ha tagits bort.",
    back_to_plans: "Tillbaka till planerna",
    section_goals: "Mål",
    section_criteria: "Prioriteringskriterier",
    section_params: "Beräkningsparametrar",
    section_initiatives: "Initiativ",
    section_handlingsplan: "Handlingsplan",
    no_goals: "Planen har inga mål ännu.",
    no_initiatives: "Planen har inga initiativ ännu.",
    no_activities: "Inga aktiviteter.",
    outside_goals: "Pågående utvecklingsinsatser utanför inriktningsmålen",
    col_title: "Titel",
    col_stage: "Steg",
    col_weight: "Vikt",
    col_description: "Beskrivning",
    col_parameter: "Parameter",
    col_value: "Värde",
    col_source: "Källa",
    col_year: "År",
    col_activity: "Aktivitet",
    col_responsible: "Ansvarig",
    col_status: "Status",
    col_outcome: "Utfall",
    param_salary: "Medelmånadslön",
    param_uplift: "Påslag (semester, avgifter, försäkringar)",
    param_hours: "Arbetstimmar per månad",
    param_rate: "Diskonteringsränta",
    param_horizon: "Kalkylperiod",
    param_price_year: "Prisår",
    years_unit: "år",
    kr_per_month: "kr/mån",

    about_title: "Om Beredning",
    about_body: &[
        "Beredning hjälper en digitaliseringsstrateg att ta varje digitaliseringsinitiativ från behov, via analys och nyttokalkyl, till ett prioriteringsbeslut, en handlingsplan och uppföljning av realiserad nytta.",
        "Arbetssättet följer beredningsprocessen Initiativ/behov → Analys/beredning → Beslut prioritering och räknar nytta enligt Ineras nyttokalkyl: frigjord tid hålls isär från ekonomisk nytta.",
        "Planer kan delas mellan kommuner och regioner som JSON-filer, utan konto och utan server.",
    ],
    about_schema_intro: "Planfilernas format är publicerat som JSON Schema, så att andra verktyg kan läsa och skriva planer:",
    about_schema_link: "beredning-plan.schema.json",
    about_storage_title: "Dina uppgifter stannar i webbläsaren",
    about_storage_body: &[
        "Allt du skriver sparas automatiskt i den här webbläsarens lokala lagring på den här datorn. Inget skickas till någon server.",
        "Lokal lagring är inte en säkerhetskopia: den töms om du rensar webbläsardata, använder ett privat fönster eller byter dator eller webbläsare. Exportera därför dina planer regelbundet och spara filen där din organisation sparar dokument.",
        "Om lagringen är full eller blockerad visar sparstatusen högst upp det. Det du redan sparat lämnas orört.",
    ],
    a11y_title: "Tillgänglighetsredogörelse",
    a11y_body: &[
        "Beredning ska kunna användas av alla. Tjänsten är utformad för att uppfylla WCAG 2.1 på nivå AA, som lagen om tillgänglighet till digital offentlig service (DOS-lagen) kräver av offentliga aktörer.",
        "Alla funktioner går att använda med enbart tangentbord. Alla formulärfält har etiketter, felmeddelanden är kopplade till sina fält och diagram har en tabell med samma uppgifter.",
        "Varje vy granskas automatiskt med axe-core mot WCAG 2.1 A och AA innan en ny version publiceras.",
        "Kända brister: inga kända brister i denna version. Den organisation som publicerar Beredning ansvarar för att ange kontaktvägar för att rapportera brister och för att hänvisa till Myndigheten för digital förvaltning (Digg), som är tillsynsmyndighet.",
    ],
    not_found_title: "Sidan finns inte",
    not_found_body: "Adressen leder inte till någon sida i Beredning.",

    walk: &WALK_SV,
    analysis: &ANALYSIS_SV,
    figures: &FIGURES_SV,
    plan_views: &PLAN_VIEWS_SV,
    list: &LIST_SV,
    matrix: &MATRIX_SV,
    budget: &BUDGET_SV,
    handlingsplan: &HANDLINGSPLAN_SV,
    followup: &FOLLOWUP_SV,
    brief: &BRIEF_SV,
    import: &IMPORT_SV,
    import_messages: &IMPORT_MESSAGES_SV,
    share: &SHARE_SV,
    compare: &COMPARE_SV,
    no_title: "(initiativ utan titel)",
    new_initiative_title: "Nytt initiativ",
    new_initiative_label: "Titel på det nya initiativet",
    new_initiative_submit: "Starta beredningen",
    params_hint: "Planens egna antaganden. Varje värde visas med källa och år, så att en plan som delas med en annan kommun bär sina antaganden med sig.",
    param_value: "värde",
    param_source: "källa",
    param_year: "år",
    hourly_cost_now: "Timkostnad med dessa parametrar:",
    add_criterion: "Lägg till kriterium",
    remove_criterion: "Ta bort kriteriet",
    new_criterion_name: "Nytt kriterium",
    new_criterion_rubric: ["Mycket låg", "Låg", "Medel", "Hög", "Mycket hög"],
    confirm_remove_criterion: "Ta bort kriteriet {name}? Initiativens bedömningar på kriteriet finns kvar men räknas inte längre.",
    open_handlingsplan: "Öppna handlingsplanen för att se och ändra aktiviteterna",
    criteria_hint: "Planens egna kriterier och vikter. Ändras de räknas alla initiativs poäng om direkt; poängen beror aldrig på andra initiativ.",
    criterion_name_label: "Namn på kriterium {n}",
    criterion_weight_label: "Vikt för {name}",
    weight_share: "Andel av total vikt",
    col_score: "Viktad poäng",
    col_gates: "Ska-krav",
    gates_all_met: "Uppfyllda",
    gates_missing: "Saknas:",

    org_kinds: ["Region", "Kommun", "Annan organisation"],
    stages: ["Behov", "Analys", "Beslut", "Handlingsplan", "Uppföljning", "Avslutad"],
    activity_statuses: ["Ny", "Beslutad", "Pågår", "Genomförd", "Avbruten"],
};

/// The texts of the current language. Only Swedish exists today.
pub fn t() -> &'static Texts {
    &SV
}

impl Texts {
    pub fn stage(&self, stage: Stage) -> &'static str {
        let i = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
        self.stages[i]
    }

    pub fn activity_status(&self, status: ActivityStatus) -> &'static str {
        let i = ActivityStatus::ALL
            .iter()
            .position(|s| *s == status)
            .unwrap_or(0);
        self.activity_statuses[i]
    }

    pub fn org_kind(&self, kind: OrgKind) -> &'static str {
        match kind {
            OrgKind::Region => self.org_kinds[0],
            OrgKind::Kommun => self.org_kinds[1],
            OrgKind::Annan => self.org_kinds[2],
        }
    }
}
