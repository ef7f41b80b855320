//! The English texts of the page "About Beredning".

use crate::ui::text::about::AboutTexts;

pub const ABOUT_EN: AboutTexts = AboutTexts {
    title: "About Beredning",
    body: &[
        "Beredning (Swedish for preparation) helps a digitalisation strategist take each digitalisation initiative from need, through analysis and benefit calculation, to a prioritisation decision, an action plan and benefits realisation: following up the benefit that became real.",
        "The way of working follows the preparation process Initiative/need → Analysis/preparation → Prioritisation decision, and calculates benefit according to Inera's benefit calculation (nyttokalkyl): freed time is kept apart from economic benefit.",
        "Plans can be shared between municipalities and regions as JSON files, without an account and without a server.",
    ],
    schema_intro: "The format of the plan files is published as a JSON Schema, so that other tools can read and write plans:",
    schema_link: "beredning-plan.schema.json",
    storage_title: "Your data stays in the browser",
    storage_body: &[
        "Everything you type is saved automatically in this browser's local storage on this computer. Nothing is sent to any server.",
        "Local storage is not a backup: it is emptied if you clear the browser's data, use a private window or change computer or browser. So export your plans regularly and keep the file where your organisation keeps documents.",
        "If the storage is full or blocked, the save status at the top says so. What you have already saved is left untouched.",
    ],
};
