//! English messages for what is wrong with an imported file, in the same shape as the Swedish
//! ones (`ui/text/import_messages.rs`): the place in the user's words ("initiative 3, benefit
//! 2"), what the value should be and what the file has.

use super::import_fields;
use super::words::plural;
use crate::core::calc::numfmt::Language::English;
use crate::ui::text::import_messages::numbers::{figure, megabytes};
use crate::ui::text::import_messages::ImportMessagesTexts;

pub const IMPORT_MESSAGES_EN: ImportMessagesTexts = ImportMessagesTexts {
    title: "Problems in the file",
    in_file: "the file",
    in_plan: "the plan",
    value_subject: "the value",
    unknown_field: |name| format!("the field \"{name}\""),
    score_subject: |name| format!("the rating on the criterion \"{name}\""),
    unknown_list_item: |n, name| format!("item {n} in \"{name}\""),
    list_item: |n| format!("item {n}"),
    item_noun: import_fields::item_noun,
    field_label: import_fields::field_label,

    too_large: |size, limit| {
        format!(
            "The file is too large ({}). A plan file may be at most {}.",
            megabytes(English, size),
            megabytes(English, limit)
        )
    },
    empty: "The file is empty.",
    not_utf8: "The file is not a UTF-8 text file, so it cannot be a plan file from Beredning. Choose the JSON file that was exported.",
    not_json: |line, column| {
        format!("The file is not a valid JSON file: it goes wrong at line {line}, character {column}.")
    },
    truncated: |line| {
        format!("The file ends in the middle (at line {line}) – it has probably been cut off. Export the plan again or ask the sender to send the file again.")
    },
    wrong_format: "The file is not a plan from Beredning: it lacks the format name \"beredning-plan\".",
    wrong_format_found: |found| {
        format!("The file is not a plan from Beredning: it gives the format \"{found}\" instead of \"beredning-plan\".")
    },
    missing_version: "The file lacks a valid format version, so it cannot be read safely.",
    too_new: |version, current| {
        format!("The file is written in format version {version}, which is newer than this version of Beredning can read (version {current}). Update Beredning, or ask the sender for a file in version {current}.")
    },
    unknown_version: |version| format!("The file gives format version {version}, which does not exist."),
    migration_failed: |version| {
        format!("The file is written in the older format version {version} and could not be upgraded to the current one.")
    },
    omitted: |count| {
        format!(
            "{count} more {} in the file {} not shown here.",
            plural(count, "problem", "problems"),
            if count == 1 { "is" } else { "are" }
        )
    },

    at_place: |place, text| format!("{place}: {text}"),
    number_too_large: |subject| format!("{subject} is too large a number."),
    wrong_type: |subject, expected, found| {
        format!("{subject} must be {expected}, but the file has {found}.")
    },
    unknown_choice: |subject, found, allowed| {
        format!("{subject} has the value \"{found}\", which Beredning does not know. The allowed values are {allowed}.")
    },
    unknown_choice_item: |found, allowed| {
        format!("\"{found}\" is not a value that Beredning knows. The allowed values are {allowed}.")
    },
    missing_field: |subject| format!("{subject} is missing, but is required."),
    duplicate_key: |subject| format!("{subject} appears twice. Only one is allowed."),
    unknown_field_warning: |subject| format!("{subject} is not recognised and is left out."),
    too_deep: |subject, limit| {
        format!("{subject} is nested more than {limit} levels deep, which a plan never is.")
    },
    string_too_long: |subject, chars, limit| {
        format!(
            "{subject} has {} characters, but at most {} characters are allowed.",
            figure(English, chars as f64),
            figure(English, limit as f64)
        )
    },
    out_of_range: |subject, min, max, percent, found| {
        format!(
            "{subject} must be {}–{}{} (the file has {}).",
            figure(English, min),
            figure(English, max),
            if percent { "%" } else { "" },
            figure(English, found)
        )
    },
    negative: |subject, found| {
        format!(
            "{subject} cannot be less than 0 (the file has {}).",
            figure(English, found)
        )
    },
    ends_before_start: |subject, start, end| {
        format!("{subject} ({end}) is before the first year ({start}).")
    },
    unusable_id: |subject, id| {
        format!("{subject} \"{id}\" cannot be used: an id may contain only the letters a–z and A–Z, digits, hyphens and underscores, and at most 100 characters.")
    },
    duplicate_id: |subject, id, first| {
        format!("{subject} \"{id}\" is already used by {first}. Each id may be used only once.")
    },
    not_a_date: |subject, found| {
        format!("{subject} \"{found}\" is not a date written YYYY-MM-DD.")
    },
    version_after_plan: |decided_on, modified| {
        format!("The version was adopted on {decided_on}, after the plan was last changed ({modified}). An adopted version cannot be newer than the plan.")
    },
    nested_versions: "An adopted version may not itself contain adopted versions.",

    expected_number: "a number",
    expected_whole_number: "a whole number",
    expected_text: "text",
    expected_true_false: "true or false",
    expected_list: "a list",
    expected_object: "a group of fields",
    expected_choice: "one of the allowed words",
    expected_other: "a value of another kind",
    found_text: |value| format!("the text \"{value}\""),
    found_number: |value| format!("the number {value}"),
    found_bool: |value| format!("the value {value}"),
    found_null: "an empty value (null)",
    found_list: "a list",
    found_object: "a group of fields",
};
