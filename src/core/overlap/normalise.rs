//! Swedish-aware text normalisation for finding the same need under different words
//! (docs/domain.md §7.1): "E-arkivet", "e-arkiv" and "earkiv" must meet, and "och", "för" must
//! not make two texts look alike.
//!
//! Deliberately small and predictable rather than a full Snowball stemmer: the user sees the
//! shared words as the reason for a match, so the rules must be easy to explain.

/// One word of a text: its stem (what is compared) and the word as written (what is shown).
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub stem: String,
    pub surface: String,
    /// 1, or [`TOOL_WORD_WEIGHT`] for a word that names the means rather than the need.
    pub weight: f64,
}

/// Words that carry no need of their own. Written folded (å, ä → a, ö → o), as they are
/// compared after folding.
const STOP_WORDS: &[&str] = &[
    "alla", "allt", "andra", "att", "av", "bade", "bl", "bli", "blir", "da", "de", "dem", "den",
    "denna", "dessa", "det", "detta", "dar", "eller", "en", "ett", "fler", "for", "fran", "ga",
    "genom", "har", "hur", "i", "idag", "in", "inga", "ingen", "inom", "inte", "kan", "kommer",
    "man", "med", "mellan", "men", "mer", "mot", "manga", "nar", "ny", "nya", "nytt", "och", "om",
    "pa", "sa", "samt", "sig", "sin", "sina", "sitt", "ska", "skall", "som", "star", "till",
    "under", "upp", "ut", "utan", "vara", "var", "vi", "vid", "vilka", "vilket", "mm", "ex",
    "finns", "gor", "gora", "behover", "behov", "dag", "dagens", "ocksa", "ar", "hos", "dess",
    "deras", "egen", "egna", "bra", "battre", "mycket", "stor", "stora", "olika", "tva", "far",
    "per", "via", "tar", "tid", "tiden", "lagger", "flera", "ganger", "fungerar", "gang", "lang",
    "langa", "lange", "ofta", "hela", "varje", "annan", "annat", "sker", "gors", "gjorts",
];

/// Words naming the means rather than the need ("e-tjänst för bygglov" and "e-tjänst för
/// färdtjänst" are different needs). They still count, at [`TOOL_WORD_WEIGHT`] of a word.
const TOOL_WORDS: &[&str] = &[
    "digital",
    "digitala",
    "digitalt",
    "digitalisering",
    "etjanst",
    "etjanster",
    "tjanst",
    "tjanster",
    "system",
    "systemet",
    "app",
    "appen",
    "plattform",
    "plattformen",
    "wifi",
    "natverk",
    "tradlost",
    "automatiserad",
    "automatisering",
    "robotisering",
    "infora",
    "inforande",
    "losning",
    "losningar",
    "verktyg",
    "portal",
    "webb",
    "webben",
    "it",
    "ny",
];

/// What a word naming the means counts, against 1 for any other word.
pub const TOOL_WORD_WEIGHT: f64 = 0.35;

/// Endings stripped once, longest first; a stem keeps at least [`MIN_STEM`] letters.
const SUFFIXES: &[&str] = &[
    "heterna", "ningarna", "ningens", "ningen", "ningar", "heten", "heter", "ingen", "arnas",
    "ernas", "ornas", "andet", "erna", "arna", "orna", "aste", "ning", "ings", "ing", "het", "are",
    "ast", "ens", "ets", "ar", "er", "or", "en", "et", "na", "an", "ad", "a", "e", "s",
];

const MIN_STEM: usize = 3;

/// Lower case with å, ä → a, ö → o and accents dropped; a hyphen inside a word joins its parts
/// ("e-arkiv" → "earkiv"); every other non-letter, non-digit separates words.
pub fn fold(text: &str) -> String {
    words(text)
        .iter()
        .map(|w| fold_word(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The words as written: runs of letters and digits, a hyphen between two of them included.
fn words(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let joins = is_hyphen(c)
            && start.is_some()
            && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            out.push(&text[s..at]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().filter(|c| !is_hyphen(*c)) {
        for lower in c.to_lowercase() {
            out.push(match lower {
                'å' | 'ä' | 'à' | 'á' | 'â' | 'æ' => 'a',
                'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'ü' | 'ú' | 'ù' => 'u',
                'í' | 'ì' | 'ï' => 'i',
                other => other,
            });
        }
    }
    out
}

/// The stem of one folded word.
pub fn stem(word: &str) -> String {
    let letters = word.chars().count();
    for suffix in SUFFIXES {
        if word.ends_with(suffix) && letters - suffix.chars().count() >= MIN_STEM {
            return word[..word.len() - suffix.len()].to_string();
        }
    }
    word.to_string()
}

/// The words of a text that can tell one need from another, in order.
pub fn terms(text: &str) -> Vec<Term> {
    words(text)
        .into_iter()
        .filter_map(|surface| {
            let word = fold_word(surface);
            let useless = word.chars().count() < 2
                || STOP_WORDS.contains(&word.as_str())
                || word.chars().all(|c| c.is_ascii_digit());
            let weight = if TOOL_WORDS.contains(&word.as_str()) {
                TOOL_WORD_WEIGHT
            } else {
                1.0
            };
            (!useless).then(|| Term {
                stem: stem(&word),
                surface: surface.to_string(),
                weight,
            })
        })
        .collect()
}
