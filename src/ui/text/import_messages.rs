//! Swedish messages for what is wrong with an imported file. A message names the place in the
//! user's words ("initiativ 3, nytta 2") rather than the file's ("initiatives[2].benefits[1]"),
//! says what the value should be and what the file has, so it can be fixed or reported.
//! Placeholders in braces are filled in by [`message`].

mod wording;

use crate::core::format::problem::{Problem, ProblemKind, Segment};
use crate::core::format::FORMAT_VERSION;
use wording::{expected_text, figure, found_text, location, megabytes, shorten, subject};

pub struct ImportMessagesTexts {
    pub title: &'static str,
    // Where: the whole file, the plan's own fields, and how items and fields are named.
    pub in_file: &'static str,
    pub in_plan: &'static str,
    pub value_subject: &'static str,
    pub unknown_field: &'static str,
    pub score_subject: &'static str,
    pub unknown_list_item: &'static str,
    pub list_item: &'static str,
    /// Collections by their field name: the Swedish noun for one item.
    pub items: &'static [(&'static str, &'static str)],
    /// Field labels by field name; `parent/field` entries win over plain ones.
    pub fields: &'static [(&'static str, &'static str)],
    /// Containers left out of the place because their fields already say enough.
    pub silent: &'static [&'static str],

    // Whole-file problems.
    pub too_large: &'static str,
    pub empty: &'static str,
    pub not_utf8: &'static str,
    pub not_json: &'static str,
    pub truncated: &'static str,
    pub wrong_format: &'static str,
    pub wrong_format_found: &'static str,
    pub missing_version: &'static str,
    pub too_new: &'static str,
    pub unknown_version: &'static str,
    pub migration_failed: &'static str,
    pub omitted: &'static str,

    // Problems at a place: "{place}: " comes first.
    pub at_place: &'static str,
    pub number_too_large: &'static str,
    pub wrong_type: &'static str,
    pub unknown_choice: &'static str,
    pub missing_field: &'static str,
    pub duplicate_key: &'static str,
    pub unknown_field_warning: &'static str,
    pub too_deep: &'static str,
    pub string_too_long: &'static str,
    pub out_of_range: &'static str,
    pub negative: &'static str,
    pub ends_before_start: &'static str,
    pub unusable_id: &'static str,
    pub duplicate_id: &'static str,

    // What a value should be, and what the file has instead.
    pub expected_number: &'static str,
    pub expected_whole_number: &'static str,
    pub expected_text: &'static str,
    pub expected_true_false: &'static str,
    pub expected_list: &'static str,
    pub expected_object: &'static str,
    pub expected_choice: &'static str,
    pub expected_other: &'static str,
    pub found_text: &'static str,
    pub found_number: &'static str,
    pub found_bool: &'static str,
    pub found_null: &'static str,
    pub found_list: &'static str,
    pub found_object: &'static str,
}

pub const IMPORT_MESSAGES_SV: ImportMessagesTexts = ImportMessagesTexts {
    title: "Problem i filen",
    in_file: "filen",
    in_plan: "planen",
    value_subject: "värdet",
    unknown_field: "fältet \"{name}\"",
    score_subject: "bedömningen på kriteriet \"{name}\"",
    unknown_list_item: "post {n} i \"{name}\"",
    list_item: "post {n}",
    items: &[
        ("initiatives", "initiativ"),
        ("benefits", "nytta"),
        ("risks", "risk"),
        ("decisions", "beslut"),
        ("activities", "aktivitet"),
        ("goals", "mål"),
        ("criteria", "kriterium"),
        ("investments", "investering"),
        ("realised", "uppföljt värde"),
        ("outcomes", "utfall"),
        ("rubric", "skalsteg"),
        ("target_groups", "målgrupp"),
        ("goal_ids", "kopplat mål"),
        ("national_areas", "nationellt delmål"),
        ("agenda2030", "hållbarhetsdimension"),
    ],
    fields: &[
        ("format", "formatangivelse"),
        ("format_version", "formatversion"),
        ("app_version", "appversion"),
        ("exported", "exportdatum"),
        ("plan", "planen"),
        ("id", "id"),
        ("name", "namn"),
        ("organisation/name", "organisationens namn"),
        ("organisation/kind", "typ av organisation"),
        ("organisation", "organisation"),
        ("period/start_year", "första år"),
        ("period/end_year", "sista år"),
        ("created", "skapad"),
        ("modified", "senast ändrad"),
        ("last_exported", "senast exporterad"),
        ("framework", "ramverk"),
        ("params", "beräkningsparametrar"),
        ("title", "titel"),
        ("description", "beskrivning"),
        ("kind", "typ"),
        ("benefits/kind", "nyttotyp"),
        ("weight", "vikt"),
        ("inverted_wording", "omvänd formulering"),
        ("monthly_salary", "medelmånadslön"),
        ("uplift", "påslag"),
        ("hours_per_month", "arbetstimmar per månad"),
        ("discount_rate_percent", "diskonteringsränta"),
        ("horizon_years", "kalkylperiod"),
        ("price_year", "prisår"),
        ("value", "värde"),
        ("source", "källa"),
        ("year", "år"),
        ("stage", "steg"),
        ("need", "behov"),
        ("problem", "problem"),
        ("current_situation", "nuläge"),
        ("proposing_unit", "förslagsställande enhet"),
        ("contact", "kontaktperson"),
        ("equality_considerations", "jämställdhet och tillgänglighet"),
        ("user_participation", "användarnas delaktighet"),
        ("verified", "verifierat behov"),
        ("analysis", "analys"),
        ("costs", "kostnader"),
        ("amount", "belopp"),
        ("running_per_year", "löpande kostnad per år"),
        ("expected", "förväntat värde"),
        ("low", "lägsta värde"),
        ("high", "högsta värde"),
        ("class", "nyttoklass"),
        ("kronor_per_year", "kronor per år"),
        ("time", "tidsberäkning"),
        ("basis", "beräkningsgrund"),
        ("cases_per_year", "ärenden per år"),
        ("minutes_per_case", "minuter per ärende"),
        ("hours_per_year", "timmar per år"),
        ("realised_share_percent", "andel realiserad"),
        ("use_of_time", "användning av frigjord tid"),
        ("owner", "ägare"),
        ("baseline", "utgångsvärde"),
        ("target", "målvärde"),
        ("measure", "mått"),
        ("first_year", "första år"),
        ("last_year", "sista år"),
        ("comment", "kommentar"),
        ("probability", "sannolikhet"),
        ("consequence", "konsekvens"),
        ("mitigation", "åtgärd"),
        ("safe_digitalisation", "trygg digitalisering"),
        ("personal_data", "personuppgifter"),
        ("security_classification", "säkerhetsklassning"),
        ("legal_ethical", "juridik och etik"),
        ("readiness", "mognad"),
        ("ownership", "mognad för ägarskap"),
        ("competence", "mognad för kompetens"),
        ("it_environment", "mognad för IT-miljö"),
        ("information_handling", "mognad för informationshantering"),
        ("score", "betyg"),
        ("scores", "bedömningar"),
        ("financing_plan", "finansieringsplan"),
        ("outcome", "beslut"),
        ("date", "datum"),
        ("forum", "forum"),
        ("reason", "motivering"),
        ("responsible", "ansvarig"),
        ("period", "period"),
        ("budget", "budget"),
        ("goal_id", "mål"),
        ("initiative_id", "initiativ"),
        ("status", "status"),
        ("text", "text"),
        ("note", "anteckning"),
        ("initiatives", "initiativen"),
        ("benefits", "nyttorna"),
        ("risks", "riskerna"),
        ("decisions", "besluten"),
        ("activities", "aktiviteterna"),
        ("goals", "målen"),
        ("criteria", "kriterierna"),
        ("investments", "investeringarna"),
        ("realised", "uppföljda värden"),
        ("outcomes", "utfall per år"),
        ("rubric", "skalan"),
        ("target_groups", "målgrupper"),
        ("goal_ids", "kopplade mål"),
        ("national_areas", "nationella delmål"),
        ("agenda2030", "Agenda 2030"),
    ],
    silent: &[
        "plan",
        "framework",
        "params",
        "analysis",
        "costs",
        "organisation",
        "period",
        "readiness",
        "kind",
        "time",
        "scores",
    ],

    too_large: "Filen är för stor ({size}). En planfil får vara högst {limit}.",
    empty: "Filen är tom.",
    not_utf8: "Filen är inte en textfil i UTF-8, så den kan inte vara en planfil från Beredning. Välj den JSON-fil som exporterades.",
    not_json: "Filen är inte en giltig JSON-fil: den blir felaktig på rad {line}, tecken {column}.",
    truncated: "Filen tar slut mitt i (på rad {line}) – den har troligen klippts av. Exportera planen på nytt eller be avsändaren skicka filen igen.",
    wrong_format: "Filen är inte en plan från Beredning: den saknar formatangivelsen \"beredning-plan\".",
    wrong_format_found: "Filen är inte en plan från Beredning: den anger formatet \"{found}\" i stället för \"beredning-plan\".",
    missing_version: "Filen saknar en giltig formatversion, så den kan inte läsas säkert.",
    too_new: "Filen är skriven i formatversion {version}, som är nyare än den här versionen av Beredning kan läsa (version {current}). Uppdatera Beredning, eller be avsändaren om en fil i version {current}.",
    unknown_version: "Filen anger formatversion {version}, som inte finns.",
    migration_failed: "Filen är skriven i den äldre formatversionen {version} och kunde inte uppgraderas till den nuvarande.",
    omitted: "Ytterligare {count} problem i filen visas inte här.",

    at_place: "{place}: {text}",
    number_too_large: "{subject} är ett för stort tal.",
    wrong_type: "{subject} ska vara {expected}, men filen har {found}.",
    unknown_choice: "{subject} har värdet \"{found}\", som Beredning inte känner till. Tillåtna värden är {allowed}.",
    missing_field: "{subject} saknas, men måste finnas.",
    duplicate_key: "{subject} finns två gånger. Bara en får finnas.",
    unknown_field_warning: "{subject} känns inte igen och tas inte med.",
    too_deep: "{subject} ligger inbäddat i fler än {limit} nivåer, vilket en plan aldrig gör.",
    string_too_long: "{subject} har {chars} tecken, men högst {limit} tecken är tillåtna.",
    out_of_range: "{subject} måste vara {min}–{max}{unit} (filen har {found}).",
    negative: "{subject} får inte vara mindre än 0 (filen har {found}).",
    ends_before_start: "{subject} ({end}) är före första år ({start}).",
    unusable_id: "{subject} \"{id}\" går inte att använda: ett id får bara innehålla bokstäverna a–z och A–Z, siffror, bindestreck och understreck, och högst 100 tecken.",
    duplicate_id: "{subject} \"{id}\" används redan av {first}. Varje id får bara användas en gång.",

    expected_number: "ett tal",
    expected_whole_number: "ett heltal",
    expected_text: "en text",
    expected_true_false: "sant eller falskt (true eller false)",
    expected_list: "en lista",
    expected_object: "en grupp av fält",
    expected_choice: "ett av de tillåtna orden",
    expected_other: "ett värde av annat slag",
    found_text: "texten \"{value}\"",
    found_number: "talet {value}",
    found_bool: "värdet {value}",
    found_null: "ett tomt värde (null)",
    found_list: "en lista",
    found_object: "en grupp av fält",
};

/// The message for one problem, as a complete Swedish sentence.
pub fn message(problem: &Problem) -> String {
    let x = &IMPORT_MESSAGES_SV;
    let place = &problem.place;
    let at = |text: String| {
        x.at_place
            .replace("{place}", &location(place))
            .replace("{text}", &text)
    };
    let subject = || subject(place);
    match &problem.kind {
        ProblemKind::TooLarge { bytes, limit } => x
            .too_large
            .replace("{size}", &megabytes(*bytes))
            .replace("{limit}", &megabytes(*limit)),
        ProblemKind::Empty => x.empty.to_string(),
        ProblemKind::NotUtf8 => x.not_utf8.to_string(),
        ProblemKind::NotJson { line, column } => x
            .not_json
            .replace("{line}", &line.to_string())
            .replace("{column}", &column.to_string()),
        ProblemKind::Truncated { line } => x.truncated.replace("{line}", &line.to_string()),
        ProblemKind::WrongFormat { found: None } => x.wrong_format.to_string(),
        ProblemKind::WrongFormat { found: Some(f) } => {
            x.wrong_format_found.replace("{found}", &shorten(f))
        }
        ProblemKind::MissingVersion => x.missing_version.to_string(),
        ProblemKind::TooNew { version } => x
            .too_new
            .replace("{version}", &version.to_string())
            .replace("{current}", &FORMAT_VERSION.to_string()),
        ProblemKind::UnknownVersion { version } => {
            x.unknown_version.replace("{version}", &version.to_string())
        }
        ProblemKind::MigrationFailed { from } => {
            x.migration_failed.replace("{version}", &from.to_string())
        }
        ProblemKind::Omitted { count } => x.omitted.replace("{count}", &count.to_string()),
        ProblemKind::NumberTooLarge => at(x.number_too_large.replace("{subject}", &subject())),
        ProblemKind::WrongType { expected, found } => at(x
            .wrong_type
            .replace("{subject}", &subject())
            .replace("{expected}", expected_text(*expected))
            .replace("{found}", &found_text(found))),
        ProblemKind::UnknownChoice { found, allowed } => {
            let allowed: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
            at(x.unknown_choice
                .replace("{subject}", &subject())
                .replace("{found}", &shorten(found))
                .replace("{allowed}", &allowed.join(", ")))
        }
        ProblemKind::MissingField { .. } => at(x.missing_field.replace("{subject}", &subject())),
        ProblemKind::DuplicateKey { .. } => at(x.duplicate_key.replace("{subject}", &subject())),
        ProblemKind::UnknownField { field } => at(x.unknown_field_warning.replace(
            "{subject}",
            &x.unknown_field.replace("{name}", &shorten(field)),
        )),
        ProblemKind::TooDeep { limit } => at(x
            .too_deep
            .replace("{subject}", &subject())
            .replace("{limit}", &limit.to_string())),
        ProblemKind::StringTooLong { chars, limit } => at(x
            .string_too_long
            .replace("{subject}", &subject())
            .replace("{chars}", &figure(*chars as f64))
            .replace("{limit}", &figure(*limit as f64))),
        ProblemKind::OutOfRange { min, max, found } => {
            let percent = place
                .0
                .iter()
                .any(|s| matches!(s, Segment::Field(f) if f.ends_with("_percent")));
            at(x.out_of_range
                .replace("{subject}", &subject())
                .replace("{min}", &figure(*min))
                .replace("{max}", &figure(*max))
                .replace("{unit}", if percent { " %" } else { "" })
                .replace("{found}", &figure(*found)))
        }
        ProblemKind::Negative { found } => at(x
            .negative
            .replace("{subject}", &subject())
            .replace("{found}", &figure(*found))),
        ProblemKind::EndsBeforeStart { start, end } => at(x
            .ends_before_start
            .replace("{subject}", &subject())
            .replace("{start}", &start.to_string())
            .replace("{end}", &end.to_string())),
        ProblemKind::UnusableId { id } => at(x
            .unusable_id
            .replace("{subject}", &subject())
            .replace("{id}", &shorten(id))),
        ProblemKind::DuplicateId { id, first } => at(x
            .duplicate_id
            .replace("{subject}", &subject())
            .replace("{id}", &shorten(id))
            .replace("{first}", &location(first))),
    }
}
