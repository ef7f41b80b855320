//! Texts of a joint initiative (*samverkansinitiativ*): its organisations, the split key, the
//! split table, and taking one organisation's share into another plan; and of links that carry a
//! proposal or a plan, with why one could not be opened.

use crate::core::calc::numfmt::{decimal, percent};
use crate::core::format::link::LinkError;
use crate::core::model::SplitKey;
use crate::core::portfolio::split::SplitError;

pub struct JointTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub is_joint: &'static str,
    pub key_legend: &'static str,
    pub key_equal: &'static str,
    pub key_inhabitant: &'static str,
    pub key_user: &'static str,
    pub key_percent: &'static str,
    pub members_heading: &'static str,
    /// The labels of one organisation's fields, with its position and name.
    pub member_name: fn(usize) -> String,
    pub population: fn(&str) -> String,
    pub population_source: fn(&str) -> String,
    pub population_year: fn(&str) -> String,
    pub users: fn(&str) -> String,
    pub percent: fn(&str) -> String,
    pub remove_member: fn(&str) -> String,
    pub member_removed: fn(&str) -> String,
    pub new_member_label: &'static str,
    pub add_member: &'static str,
    pub unnamed: &'static str,

    pub split_caption: &'static str,
    pub col_organisation: &'static str,
    pub col_share: &'static str,
    pub col_investment: &'static str,
    pub col_running: &'static str,
    pub col_hours: &'static str,
    pub col_npv: &'static str,
    pub total_row: &'static str,
    pub share_percent: fn(f64) -> String,
    pub rounding_note: &'static str,
    pub npv_note: fn(i32) -> String,
    pub no_members: &'static str,
    /// The organisation and the figure the key needs from it.
    pub missing_figure: fn(&str, &str) -> String,
    /// The figures [`Self::missing_figure`] names, per split key.
    pub figure_users: &'static str,
    pub figure_percent: &'static str,
    pub figure_inhabitants: &'static str,
    pub zero_basis: &'static str,
    pub percent_sum: fn(f64) -> String,

    pub take_heading: &'static str,
    pub take_intro: &'static str,
    pub take_member: &'static str,
    pub take_plan: &'static str,
    pub take_button: &'static str,
    pub take_no_plans: &'static str,
    /// The new initiative's title: the joint initiative's and the organisation.
    pub share_title: fn(&str, &str) -> String,
    /// The new initiative's title, for the undo notice.
    pub taken: fn(&str) -> String,
    pub open_taken: &'static str,
    pub target_gone: &'static str,
    /// On an initiative that is one organisation's share: whose, and how large.
    pub linked_note: fn(&str, f64) -> String,
    pub linked_open: &'static str,

    pub link_empty: &'static str,
    pub link_too_long: fn(usize, usize) -> String,
    pub link_not_base64: &'static str,
    pub link_bad_compression: &'static str,
    pub link_too_large: fn(usize) -> String,
}

pub const JOINT_SV: JointTexts = JointTexts {
    heading: "Samverkan",
    intro: "Förbereds initiativet tillsammans med andra organisationer delas kostnader och nyttor med en fördelningsnyckel. Tabellen visar varje organisations andel.",
    is_joint: "Samverkansinitiativ: flera organisationer deltar",
    key_legend: "Fördelningsnyckel",
    key_equal: "Lika delar",
    key_inhabitant: "Per invånare",
    key_user: "Per användare eller licens",
    key_percent: "Egna procentandelar",
    members_heading: "Organisationer i samverkan",
    member_name: |n| format!("Namn på organisation {n}"),
    population: |name| format!("Invånare i {name}"),
    population_source: |name| format!("Källa för invånarantalet i {name}"),
    population_year: |name| format!("År för invånarantalet i {name}"),
    users: |name| format!("Användare eller licenser i {name}"),
    percent: |name| format!("Andel för {name} (%)"),
    remove_member: |name| format!("Ta bort {name}"),
    member_removed: |name| format!("{name} togs bort ur samverkan."),
    new_member_label: "Ny organisation",
    add_member: "Lägg till organisation",
    unnamed: "(organisation utan namn)",

    split_caption: "Fördelning per organisation",
    col_organisation: "Organisation",
    col_share: "Andel",
    col_investment: "Investering (kr)",
    col_running: "Driftkostnad (kr/år)",
    col_hours: "Frigjord tid (h/år)",
    col_npv: "Nettonuvärde (kr)",
    total_row: "Summa",
    share_percent: |p| percent(p, 2),
    rounding_note: "Andelarna är avrundade till hela kronor och timmar så att de summeras exakt till summan: varje organisation får heltalsdelen av sin andel, och de kronor som blir över går en i taget till dem med störst decimaldel (vid lika till den som står först).",
    npv_note: |year| format!("Nettonuvärdet är diskonterat till {year}, planens första år."),
    no_members: "Lägg till minst en organisation för att se fördelningen.",
    missing_figure: |name, figure| format!("{name} saknar {figure}; fyll i det för att se fördelningen."),
    figure_users: "antal användare eller licenser",
    figure_percent: "egen andel i procent",
    figure_inhabitants: "antal invånare",
    zero_basis: "Alla organisationers värden är noll, så det finns inget att fördela efter.",
    percent_sum: |sum| format!("De egna procentandelarna blir tillsammans {} %, men de måste bli 100 %.", decimal(sum, 2)),

    take_heading: "Ta in vår andel som eget initiativ",
    take_intro: "Lägger till en organisations andel som ett nytt initiativ i en annan av dina planer, med kostnader och nyttor gånger organisationens andel och en koppling tillbaka till det här initiativet.",
    take_member: "Organisation",
    take_plan: "Till planen",
    take_button: "Ta in andelen",
    take_no_plans: "Det finns ingen annan plan i den här webbläsaren att ta in andelen i.",
    share_title: |title, member| format!("{title} – andel för {member}"),
    taken: |title| format!("Lade till {title}."),
    open_taken: "Öppna det nya initiativet",
    target_gone: "Planen finns inte längre. Välj en annan.",
    linked_note: |member, share| format!("Det här initiativet är andelen för {member} ({}) av ett samverkansinitiativ.", percent(share, 2)),
    linked_open: "Öppna samverkansinitiativet",

    link_empty: "Länken innehåller inga uppgifter efter adressen. Be avsändaren kopiera hela länken igen.",
    link_too_long: |chars, limit| format!("Länken är {} tecken lång, längre än de {} tecken en länk från Beredning kan vara. Be om en fil i stället.", decimal(chars as f64, 0), decimal(limit as f64, 0)),
    link_not_base64: "Länken innehåller tecken som inte kan finnas i en länk från Beredning. Den kan ha ändrats eller brutits på vägen; be avsändaren kopiera den igen eller skicka en fil.",
    link_bad_compression: "Länkens innehåll går inte att packa upp. Den kan ha klippts av på vägen; be avsändaren kopiera hela länken igen eller skicka en fil.",
    link_too_large: |limit| format!("Länkens innehåll blir större än {} byte uppackat, mer än något Beredning lägger i en länk. Inget har öppnats.", decimal(limit as f64, 0)),
};

impl JointTexts {
    pub fn key(&self, key: SplitKey) -> &'static str {
        match key {
            SplitKey::Equal => self.key_equal,
            SplitKey::PerInhabitant => self.key_inhabitant,
            SplitKey::PerUser => self.key_user,
            SplitKey::OwnPercent => self.key_percent,
        }
    }

    /// Why the split cannot be shown; `name` gives an organisation's name by position.
    pub fn split_error(
        &self,
        error: &SplitError,
        key: SplitKey,
        name: impl Fn(usize) -> String,
    ) -> String {
        match error {
            SplitError::NoMembers => self.no_members.to_string(),
            SplitError::MissingFigure { member } => {
                let figure = match key {
                    SplitKey::PerUser => self.figure_users,
                    SplitKey::OwnPercent => self.figure_percent,
                    _ => self.figure_inhabitants,
                };
                (self.missing_figure)(&name(*member), figure)
            }
            SplitError::ZeroBasis => self.zero_basis.to_string(),
            SplitError::PercentSum { sum } => (self.percent_sum)(*sum),
        }
    }

    pub fn link_error(&self, error: &LinkError) -> String {
        match error {
            LinkError::Empty => self.link_empty.to_string(),
            LinkError::TooLong { chars, limit } => (self.link_too_long)(*chars, *limit),
            LinkError::NotBase64 => self.link_not_base64.to_string(),
            LinkError::BadCompression => self.link_bad_compression.to_string(),
            LinkError::TooLarge { limit } => (self.link_too_large)(*limit),
        }
    }
}
