//! The English texts about keeping the plans safe in this browser.

use super::{decimal, percent};
use crate::core::workflow::backup::Reminder;
use crate::ui::state::backup::Persist;
use crate::ui::text::backup::BackupTexts;

pub static BACKUP_EN: BackupTexts = BackupTexts {
    heading: "The plans in this browser",
    usage: |u| {
        format!(
            "The plans use {} MB of the roughly {} MB the browser gives the page ({}).",
            decimal(u.used_mb(), 1),
            decimal(u.limit_mb(), 1),
            percent(u.percent(), 0)
        )
    },
    nearly_full: "The storage is nearly full. Export plans you are not working on and remove them here; otherwise the next change cannot be saved.",
    persist: |p| match p {
        Persist::NotAsked => "The browser is asked to keep the plans the first time you change a plan of your own.",
        Persist::Granted => "The browser has promised not to delete the plans by itself. Export the plans as a backup all the same.",
        Persist::Refused => "The browser has not promised to keep the plans: it may delete them if space runs short, and Safari deletes them after 7 days without a visit. Export the plans regularly.",
        Persist::Unavailable => "The browser cannot promise to keep the plans. Export the plans regularly.",
    },
    reminder: |r| match r {
        Reminder::Days(1) => "Changes that are 1 day old have not been exported.".to_string(),
        Reminder::Days(n) => format!("Changes that are {n} days old have not been exported."),
        Reminder::Changes(1) => "1 change has not been exported.".to_string(),
        Reminder::Changes(n) => format!("{n} changes have not been exported."),
    },
    export_now: |plan| format!("Export {plan}"),
};
