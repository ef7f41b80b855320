//! The texts about keeping the plans safe in this browser: storage use, the browser's promise
//! to keep them, and reminders to export.

use crate::core::calc::numfmt::{decimal, percent};
use crate::core::workflow::backup::{Reminder, StorageUse};
use crate::ui::state::backup::Persist;

pub struct BackupTexts {
    pub heading: &'static str,
    pub usage: fn(StorageUse) -> String,
    pub nearly_full: &'static str,
    pub persist: fn(Persist) -> &'static str,
    pub reminder: fn(Reminder) -> String,
    pub export_now: fn(&str) -> String,
}

pub static BACKUP_SV: BackupTexts = BackupTexts {
    heading: "Planerna i den här webbläsaren",
    usage: |u| {
        format!(
            "Planerna använder {} MB av ungefär {} MB som webbläsaren ger sidan ({}).",
            decimal(u.used_mb(), 1),
            decimal(u.limit_mb(), 1),
            percent(u.percent(), 0)
        )
    },
    nearly_full: "Lagringen är nästan full. Exportera planer du inte arbetar med och ta bort dem här; annars kan nästa ändring inte sparas.",
    persist: |p| match p {
        Persist::NotAsked => "Webbläsaren tillfrågas om att behålla planerna första gången du ändrar en egen plan.",
        Persist::Granted => "Webbläsaren har lovat att inte radera planerna av sig själv. Exportera ändå planerna som säkerhetskopia.",
        Persist::Refused => "Webbläsaren har inte lovat att behålla planerna: den kan radera dem om utrymmet blir knappt, och Safari raderar dem efter 7 dagar utan besök. Exportera planerna regelbundet.",
        Persist::Unavailable => "Webbläsaren kan inte lova att behålla planerna. Exportera planerna regelbundet.",
    },
    reminder: |r| match r {
        Reminder::Days(1) => "Ändringar som är 1 dag gamla har inte exporterats.".to_string(),
        Reminder::Days(n) => format!("Ändringar som är {n} dagar gamla har inte exporterats."),
        Reminder::Changes(n) => format!("{n} ändringar har inte exporterats."),
    },
    export_now: |plan| format!("Exportera {plan}"),
};
