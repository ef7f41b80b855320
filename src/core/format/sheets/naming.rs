//! Names of exported files: the plan's name in a form every file system and mail filter
//! accepts, and the date, so that exports of the same plan sort by when they were made.

/// Longest slug kept: long enough to recognise a plan, short enough for any file system.
const MAX_SLUG: usize = 60;

/// "Handlingsplan 2019–2021 (utkast)" → "handlingsplan-2019-2021-utkast". Swedish letters lose
/// their dots and rings rather than disappearing; anything else that is not a letter or digit
/// separates words. A name with nothing left becomes `fallback`.
pub fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::with_capacity(name.len().min(MAX_SLUG));
    let mut gap = false;
    for ch in name.chars().flat_map(char::to_lowercase) {
        let ch = match ch {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if ch.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(ch);
            if out.len() >= MAX_SLUG {
                break;
            }
        } else {
            gap = true;
        }
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// "<slug>-<part>-<date>.<extension>", with `part` left out when empty:
/// `file_name("Plan A", "", "plan", "2024-03-12", "json")` is "plan-a-2024-03-12.json".
pub fn file_name(
    plan_name: &str,
    part: &str,
    fallback: &str,
    date: &str,
    extension: &str,
) -> String {
    let mut name = slug(plan_name, fallback);
    let part = slug(part, "");
    if !part.is_empty() {
        name.push('-');
        name.push_str(&part);
    }
    let date: String = date
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    if !date.is_empty() {
        name.push('-');
        name.push_str(&date);
    }
    format!("{name}.{extension}")
}
