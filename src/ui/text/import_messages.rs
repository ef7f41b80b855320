//! Swedish messages for what is wrong with an imported file. A message names the place in the
//! user's words ("initiativ 3, nytta 2") rather than the file's ("initiatives[2].benefits[1]"),
//! says what the value should be and what the file has, so it can be fixed or reported.
//! [`ImportMessagesTexts::message`] puts a problem in these words.

mod fields_sv;
mod message;
pub(super) mod numbers;

use crate::core::calc::numfmt::Language::Swedish;
use numbers::{figure, megabytes};

pub struct ImportMessagesTexts {
    pub title: &'static str,
    // Where: the whole file, the plan's own fields, and how items and fields are named.
    pub in_file: &'static str,
    pub in_plan: &'static str,
    /// The subject when the place is an item of a list rather than a named field.
    pub value_subject: &'static str,
    /// A field the app has no label for, by its name in the file.
    pub unknown_field: fn(&str) -> String,
    /// A score, by the criterion's id in the file.
    pub score_subject: fn(&str) -> String,
    /// An item (from 1) of a list the app has no noun for, and the list's name in the file.
    pub unknown_list_item: fn(usize, &str) -> String,
    /// An item (from 1) of a list of lists.
    pub list_item: fn(usize) -> String,
    /// The noun for one item of a collection, by the collection's name in the file.
    pub item_noun: fn(&str) -> Option<&'static str>,
    /// A field's label by its name in the file and its parent's, which can give it another.
    pub field_label: fn(Option<&str>, &str) -> Option<&'static str>,

    // Whole-file problems.
    /// The file's size and the limit, in bytes.
    pub too_large: fn(u64, u64) -> String,
    pub empty: &'static str,
    pub not_utf8: &'static str,
    /// Line and column, from 1.
    pub not_json: fn(usize, usize) -> String,
    /// The line, from 1.
    pub truncated: fn(usize) -> String,
    pub wrong_format: &'static str,
    /// The format the file names instead.
    pub wrong_format_found: fn(&str) -> String,
    pub missing_version: &'static str,
    /// The file's format version, and the newest this app reads.
    pub too_new: fn(u64, u32) -> String,
    pub unknown_version: fn(u64) -> String,
    pub migration_failed: fn(u32) -> String,
    /// Problems left out of the list.
    pub omitted: fn(usize) -> String,

    /// A problem at a place: the place, then the problem.
    pub at_place: fn(&str, &str) -> String,
    // The subject (a field's label, or [`Self::value_subject`]) comes first.
    pub number_too_large: fn(&str) -> String,
    /// Subject, what it should be, what the file has.
    pub wrong_type: fn(&str, &str, &str) -> String,
    /// Subject, the word in the file, the allowed words as a list.
    pub unknown_choice: fn(&str, &str, &str) -> String,
    /// [`Self::unknown_choice`] for an item of a list, which has no subject of its own.
    pub unknown_choice_item: fn(&str, &str) -> String,
    pub missing_field: fn(&str) -> String,
    pub duplicate_key: fn(&str) -> String,
    pub unknown_field_warning: fn(&str) -> String,
    /// Subject and the nesting limit.
    pub too_deep: fn(&str, usize) -> String,
    /// Subject, its length and the limit, in characters.
    pub string_too_long: fn(&str, usize, usize) -> String,
    /// Subject, smallest and largest allowed, whether they are percentages, the file's value.
    pub out_of_range: fn(&str, f64, f64, bool, f64) -> String,
    pub negative: fn(&str, f64) -> String,
    /// Subject, first year, last year.
    pub ends_before_start: fn(&str, i64, i64) -> String,
    /// Subject and the id.
    pub unusable_id: fn(&str, &str) -> String,
    /// Subject, the id, and the place of its first use.
    pub duplicate_id: fn(&str, &str, &str) -> String,
    /// Subject and the text the file has.
    pub not_a_date: fn(&str, &str) -> String,
    /// The version's decision date and the day the plan was last changed.
    pub version_after_plan: fn(&str, &str) -> String,
    pub nested_versions: &'static str,

    // What a value should be, and what the file has instead.
    pub expected_number: &'static str,
    pub expected_whole_number: &'static str,
    pub expected_text: &'static str,
    pub expected_true_false: &'static str,
    pub expected_list: &'static str,
    pub expected_object: &'static str,
    pub expected_choice: &'static str,
    pub expected_other: &'static str,
    pub found_text: fn(&str) -> String,
    /// A number as the file writes it (with a decimal point).
    pub found_number: fn(&str) -> String,
    pub found_bool: fn(bool) -> String,
    pub found_null: &'static str,
    pub found_list: &'static str,
    pub found_object: &'static str,
}

pub const IMPORT_MESSAGES_SV: ImportMessagesTexts = ImportMessagesTexts {
    title: "Problem i filen",
    in_file: "filen",
    in_plan: "planen",
    value_subject: "värdet",
    unknown_field: |name| format!("fältet \"{name}\""),
    score_subject: |name| format!("bedömningen på kriteriet \"{name}\""),
    unknown_list_item: |n, name| format!("post {n} i \"{name}\""),
    list_item: |n| format!("post {n}"),
    item_noun: fields_sv::item_noun,
    field_label: fields_sv::field_label,

    too_large: |size, limit| {
        format!(
            "Filen är för stor ({}). En planfil får vara högst {}.",
            megabytes(Swedish, size),
            megabytes(Swedish, limit)
        )
    },
    empty: "Filen är tom.",
    not_utf8: "Filen är inte en textfil i UTF-8, så den kan inte vara en planfil från Beredning. Välj den JSON-fil som exporterades.",
    not_json: |line, column| {
        format!("Filen är inte en giltig JSON-fil: den blir felaktig på rad {line}, tecken {column}.")
    },
    truncated: |line| {
        format!("Filen tar slut mitt i (på rad {line}) – den har troligen klippts av. Exportera planen på nytt eller be avsändaren skicka filen igen.")
    },
    wrong_format: "Filen är inte en plan från Beredning: den saknar formatangivelsen \"beredning-plan\".",
    wrong_format_found: |found| {
        format!("Filen är inte en plan från Beredning: den anger formatet \"{found}\" i stället för \"beredning-plan\".")
    },
    missing_version: "Filen saknar en giltig formatversion, så den kan inte läsas säkert.",
    too_new: |version, current| {
        format!("Filen är skriven i formatversion {version}, som är nyare än den här versionen av Beredning kan läsa (version {current}). Uppdatera Beredning, eller be avsändaren om en fil i version {current}.")
    },
    unknown_version: |version| format!("Filen anger formatversion {version}, som inte finns."),
    migration_failed: |version| {
        format!("Filen är skriven i den äldre formatversionen {version} och kunde inte uppgraderas till den nuvarande.")
    },
    omitted: |count| format!("Ytterligare {count} problem i filen visas inte här."),

    at_place: |place, text| format!("{place}: {text}"),
    number_too_large: |subject| format!("{subject} är ett för stort tal."),
    wrong_type: |subject, expected, found| {
        format!("{subject} ska vara {expected}, men filen har {found}.")
    },
    unknown_choice: |subject, found, allowed| {
        format!("{subject} har värdet \"{found}\", som Beredning inte känner till. Tillåtna värden är {allowed}.")
    },
    unknown_choice_item: |found, allowed| {
        format!("\"{found}\" är inte ett värde som Beredning känner till. Tillåtna värden är {allowed}.")
    },
    missing_field: |subject| format!("{subject} saknas, men måste finnas."),
    duplicate_key: |subject| format!("{subject} finns två gånger. Bara en får finnas."),
    unknown_field_warning: |subject| format!("{subject} känns inte igen och tas inte med."),
    too_deep: |subject, limit| {
        format!("{subject} ligger inbäddat i fler än {limit} nivåer, vilket en plan aldrig gör.")
    },
    string_too_long: |subject, chars, limit| {
        format!(
            "{subject} har {} tecken, men högst {} tecken är tillåtna.",
            figure(Swedish, chars as f64),
            figure(Swedish, limit as f64)
        )
    },
    out_of_range: |subject, min, max, percent, found| {
        format!(
            "{subject} måste vara {}–{}{} (filen har {}).",
            figure(Swedish, min),
            figure(Swedish, max),
            if percent { " %" } else { "" },
            figure(Swedish, found)
        )
    },
    negative: |subject, found| {
        format!("{subject} får inte vara mindre än 0 (filen har {}).", figure(Swedish, found))
    },
    ends_before_start: |subject, start, end| {
        format!("{subject} ({end}) är före första år ({start}).")
    },
    unusable_id: |subject, id| {
        format!("{subject} \"{id}\" går inte att använda: ett id får bara innehålla bokstäverna a–z och A–Z, siffror, bindestreck och understreck, och högst 100 tecken.")
    },
    duplicate_id: |subject, id, first| {
        format!("{subject} \"{id}\" används redan av {first}. Varje id får bara användas en gång.")
    },
    not_a_date: |subject, found| {
        format!("{subject} \"{found}\" är inte ett datum skrivet ÅÅÅÅ-MM-DD.")
    },
    version_after_plan: |decided_on, modified| {
        format!("Versionen är fastställd {decided_on}, efter att planen senast ändrades ({modified}). En fastställd version kan inte vara nyare än planen.")
    },
    nested_versions: "En fastställd version får inte själv innehålla fastställda versioner.",

    expected_number: "ett tal",
    expected_whole_number: "ett heltal",
    expected_text: "en text",
    expected_true_false: "sant eller falskt (true eller false)",
    expected_list: "en lista",
    expected_object: "en grupp av fält",
    expected_choice: "ett av de tillåtna orden",
    expected_other: "ett värde av annat slag",
    found_text: |value| format!("texten \"{value}\""),
    found_number: |value| format!("talet {}", value.replace('.', ",")),
    found_bool: |value| format!("värdet {value}"),
    found_null: "ett tomt värde (null)",
    found_list: "en lista",
    found_object: "en grupp av fält",
};
