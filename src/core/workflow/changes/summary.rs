//! A short "Uppdaterat från föregående version" text written from a comparison: one sentence
//! per kind of item, counts only, in the UI's language (docs/domain.md §6, seed 004's closing
//! section). The user edits it afterwards; it is a start, not a record, so names are left out.

use super::types::PlanChanges;
use crate::core::calc::numfmt::Language;
use crate::core::ActivityStatus;

/// How a kind of item is named, in the singular and the plural.
struct Noun {
    one: &'static str,
    many: &'static str,
}

/// What happened to some of the items: the verb after "1 …" and after "2 …".
struct Verb {
    one: &'static str,
    many: &'static str,
}

/// The words of one language.
struct Words {
    and: &'static str,
    nothing: &'static str,
    initiative: Noun,
    decision: Noun,
    activity: Noun,
    goal: Noun,
    criterion: Noun,
    added: Verb,
    removed: Verb,
    changed: Verb,
    renamed: Verb,
    taken: Verb,
    reweighted: Verb,
    completed: Verb,
    cancelled: Verb,
    started: Verb,
    decided: Verb,
    reopened: Verb,
    /// The count of initiatives whose rank, score or NPV moved.
    figures: fn(usize, &Noun) -> String,
}

const SV: Words = Words {
    and: "och",
    nothing: "Inga ändringar sedan föregående version.",
    initiative: Noun {
        one: "initiativ",
        many: "initiativ",
    },
    decision: Noun {
        one: "beslut",
        many: "beslut",
    },
    activity: Noun {
        one: "aktivitet",
        many: "aktiviteter",
    },
    goal: Noun {
        one: "mål",
        many: "mål",
    },
    criterion: Noun {
        one: "prioriteringskriterium",
        many: "prioriteringskriterier",
    },
    added: Verb {
        one: "tillkom",
        many: "tillkom",
    },
    removed: Verb {
        one: "togs bort",
        many: "togs bort",
    },
    changed: Verb {
        one: "ändrades",
        many: "ändrades",
    },
    renamed: Verb {
        one: "bytte namn",
        many: "bytte namn",
    },
    taken: Verb {
        one: "fattades",
        many: "fattades",
    },
    reweighted: Verb {
        one: "fick ny vikt",
        many: "fick ny vikt",
    },
    completed: Verb {
        one: "genomfördes",
        many: "genomfördes",
    },
    cancelled: Verb {
        one: "avbröts",
        many: "avbröts",
    },
    started: Verb {
        one: "påbörjades",
        many: "påbörjades",
    },
    decided: Verb {
        one: "beslutades",
        many: "beslutades",
    },
    reopened: Verb {
        one: "fick status Ny igen",
        many: "fick status Ny igen",
    },
    figures: |n, noun| {
        format!(
            "Rang, viktad poäng eller nettonuvärde ändrades för {n} {}.",
            if n == 1 { noun.one } else { noun.many }
        )
    },
};

const EN: Words = Words {
    and: "and",
    nothing: "No changes since the previous version.",
    initiative: Noun {
        one: "initiative",
        many: "initiatives",
    },
    decision: Noun {
        one: "decision",
        many: "decisions",
    },
    activity: Noun {
        one: "activity",
        many: "activities",
    },
    goal: Noun {
        one: "goal",
        many: "goals",
    },
    criterion: Noun {
        one: "prioritisation criterion",
        many: "prioritisation criteria",
    },
    added: Verb {
        one: "was added",
        many: "were added",
    },
    removed: Verb {
        one: "was removed",
        many: "were removed",
    },
    changed: Verb {
        one: "was changed",
        many: "were changed",
    },
    renamed: Verb {
        one: "was renamed",
        many: "were renamed",
    },
    taken: Verb {
        one: "was taken",
        many: "were taken",
    },
    reweighted: Verb {
        one: "was given a new weight",
        many: "were given a new weight",
    },
    completed: Verb {
        one: "was completed",
        many: "were completed",
    },
    cancelled: Verb {
        one: "was cancelled",
        many: "were cancelled",
    },
    started: Verb {
        one: "was started",
        many: "were started",
    },
    decided: Verb {
        one: "was decided",
        many: "were decided",
    },
    reopened: Verb {
        one: "went back to New",
        many: "went back to New",
    },
    figures: |n, noun| {
        format!(
            "The rank, weighted score or net present value changed for {n} {}.",
            if n == 1 { noun.one } else { noun.many }
        )
    },
};

/// One sentence about one kind of item: "3 initiativ tillkom, 1 togs bort och 2 ändrades.";
/// None when every count is zero. The noun goes with the first count only.
fn sentence(words: &Words, noun: &Noun, parts: &[(usize, &Verb)]) -> Option<String> {
    let clauses: Vec<String> = parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .enumerate()
        .map(|(i, (n, verb))| {
            let verb = if *n == 1 { verb.one } else { verb.many };
            match (i, *n == 1) {
                (0, true) => format!("{n} {} {verb}", noun.one),
                (0, false) => format!("{n} {} {verb}", noun.many),
                _ => format!("{n} {verb}"),
            }
        })
        .collect();
    let (last, rest) = clauses.split_last()?;
    let text = if rest.is_empty() {
        last.clone()
    } else {
        format!("{} {} {last}", rest.join(", "), words.and)
    };
    Some(format!("{text}."))
}

fn status_count(changes: &PlanChanges, status: ActivityStatus) -> usize {
    changes
        .activity_status
        .iter()
        .filter(|s| s.new == status)
        .count()
}

/// The summary of `changes` in `lang`: a sentence per kind of item that changed, or a sentence
/// saying nothing changed.
pub fn write_summary(changes: &PlanChanges, lang: Language) -> String {
    let w = match lang {
        Language::Swedish => &SV,
        Language::English => &EN,
    };
    let c = changes;
    let new_decisions = c.decisions.iter().filter(|d| d.old.is_none()).count();
    let sentences = [
        sentence(
            w,
            &w.initiative,
            &[
                (c.initiatives_added.len(), &w.added),
                (c.initiatives_removed.len(), &w.removed),
                (c.initiatives_changed.len(), &w.changed),
            ],
        ),
        sentence(
            w,
            &w.decision,
            &[
                (new_decisions, &w.taken),
                (c.decisions.len() - new_decisions, &w.changed),
            ],
        ),
        sentence(
            w,
            &w.activity,
            &[
                (c.activities_added.len(), &w.added),
                (c.activities_removed.len(), &w.removed),
                (status_count(c, ActivityStatus::Genomford), &w.completed),
                (status_count(c, ActivityStatus::Avbruten), &w.cancelled),
                (status_count(c, ActivityStatus::Pagar), &w.started),
                (status_count(c, ActivityStatus::Beslutad), &w.decided),
                (status_count(c, ActivityStatus::Ny), &w.reopened),
                (c.activities_renamed.len(), &w.renamed),
            ],
        ),
        sentence(
            w,
            &w.goal,
            &[
                (c.goals_added.len(), &w.added),
                (c.goals_removed.len(), &w.removed),
                (c.goals_renamed.len(), &w.renamed),
            ],
        ),
        sentence(
            w,
            &w.criterion,
            &[
                (c.criteria_added.len(), &w.added),
                (c.criteria_removed.len(), &w.removed),
                (c.criteria_renamed.len(), &w.renamed),
                (c.criteria_weights.len(), &w.reweighted),
            ],
        ),
        (!c.figures.is_empty()).then(|| (w.figures)(c.figures.len(), &w.initiative)),
    ];
    let text: Vec<String> = sentences.into_iter().flatten().collect();
    if text.is_empty() {
        w.nothing.to_string()
    } else {
        text.join(" ")
    }
}

/// Whether writing `generated` over `current` would lose words the user wrote: the field holds
/// text, and not the same text (spacing aside). An empty field is filled without asking.
pub fn replacing_loses_text(current: &str, generated: &str) -> bool {
    let current = current.trim();
    !current.is_empty() && current != generated.trim()
}
