//! The order of the prioritisation list: stable, blanks last, Swedish text order, and ties that
//! never reshuffle the list when a column header is clicked twice.

use std::borrow::Borrow;
use std::cmp::Ordering;

use super::row::PortfolioRow;

/// What the list can be sorted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortKey {
    Rank,
    Title,
    Stage,
    Score,
    Npv,
    FreedHours,
    Investment,
    HighestRisk,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortDir {
    Asc,
    Desc,
}

/// Sorts in place, stably. Missing values (no rank, no score, no risk, a non-finite figure) go
/// last in both directions, because a blank at the top of a list reads as "best". Equal values
/// keep rank order and then title order whichever way the column is sorted, so the list does
/// not jump about. Works on owned rows and on the references [`apply`](super::apply) returns.
///
/// Titles are turned into collation keys once, and an index is sorted and then applied, so a
/// sort costs one key per row rather than two case conversions per comparison.
pub fn sort<R: Borrow<PortfolioRow>>(rows: &mut [R], key: SortKey, dir: SortDir) {
    let titles: Vec<Vec<u8>> = rows
        .iter()
        .map(|r| collation_key(&r.borrow().title))
        .collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (rows[a].borrow(), rows[b].borrow());
        let title = || {
            titles[a]
                .cmp(&titles[b])
                .then_with(|| ra.title.cmp(&rb.title))
        };
        compare(ra, rb, key, dir, title)
    });
    permute(rows, &order);
}

/// Puts `rows[order[i]]` at position `i` by following cycles, so no row is cloned.
fn permute<T>(rows: &mut [T], order: &[usize]) {
    let mut placed = vec![false; rows.len()];
    for start in 0..rows.len() {
        let mut i = start;
        while !placed[i] {
            placed[i] = true;
            let source = order[i];
            if source == start {
                break;
            }
            rows.swap(i, source);
            i = source;
        }
    }
}

fn compare(
    a: &PortfolioRow,
    b: &PortfolioRow,
    key: SortKey,
    dir: SortDir,
    title: impl Fn() -> Ordering,
) -> Ordering {
    let primary = match key {
        SortKey::Rank => optional(a.rank, b.rank, dir),
        SortKey::Title => directed(title(), dir),
        SortKey::Stage => directed(a.stage.cmp(&b.stage), dir),
        SortKey::Score => optional(number(a.score), number(b.score), dir),
        SortKey::Npv => optional(number(Some(a.npv)), number(Some(b.npv)), dir),
        SortKey::FreedHours => optional(
            number(Some(a.freed_hours)),
            number(Some(b.freed_hours)),
            dir,
        ),
        SortKey::Investment => {
            optional(number(Some(a.investment)), number(Some(b.investment)), dir)
        }
        SortKey::HighestRisk => optional(a.highest_risk, b.highest_risk, dir),
    };
    primary
        .then_with(|| optional(a.rank, b.rank, SortDir::Asc))
        .then_with(title)
        .then_with(|| a.initiative_id.cmp(&b.initiative_id))
}

fn directed(ordering: Ordering, dir: SortDir) -> Ordering {
    match dir {
        SortDir::Asc => ordering,
        SortDir::Desc => ordering.reverse(),
    }
}

/// Present values in the chosen direction, absent ones after them either way.
fn optional<T: PartialOrd>(a: Option<T>, b: Option<T>, dir: SortDir) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => directed(a.partial_cmp(&b).unwrap_or(Ordering::Equal), dir),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// A figure that cannot be compared (NaN, infinite) sorts as missing; −0 is folded into 0.
fn number(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite()).map(|v| v + 0.0)
}

/// Case-insensitive text order with å, ä, ö after z as in Swedish, so titles and unit names sort
/// the way a Swedish reader expects (plain code-point order puts ä before å). Texts that differ
/// only in case are ordered by their code points, so the order is total.
pub fn compare_text(a: &str, b: &str) -> Ordering {
    collation_key(a)
        .cmp(&collation_key(b))
        .then_with(|| a.cmp(b))
}

/// Lower-cased code points, ×4 to leave room for å, ä, ö (and Danish/Norwegian æ, ø) just
/// after z, each written as three big-endian bytes (the largest code point × 4 is below 2²³).
/// Bytes rather than wider integers so that comparing two keys is a single memory compare.
pub(super) fn collation_key(text: &str) -> Vec<u8> {
    fn weight(c: char) -> u32 {
        let z = u32::from('z') * 4;
        match c {
            'å' => z + 1,
            'ä' | 'æ' => z + 2,
            'ö' | 'ø' => z + 3,
            c => u32::from(c) * 4,
        }
    }
    let mut key = Vec::with_capacity(text.len() * 3);
    let mut push = |w: u32| key.extend_from_slice(&w.to_be_bytes()[1..]);
    for c in text.chars() {
        if c.is_ascii() {
            push(u32::from(c.to_ascii_lowercase()) * 4);
        } else {
            c.to_lowercase().map(weight).for_each(&mut push);
        }
    }
    key
}
