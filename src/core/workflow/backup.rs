//! Keeping a plan safe when it lives in one browser only: when to remind the person to export,
//! and how full the browser's storage is. Browsers may delete script-written storage (Safari
//! after 7 days without a visit; any browser under storage pressure), and an export is then the
//! only copy (docs/domain.md §8).

use serde::{Deserialize, Serialize};

/// A reminder is shown once the oldest change not in any export is this old…
pub const REMIND_AFTER_DAYS: f64 = 7.0;
/// …or once this many saved changes are not in any export.
pub const REMIND_AFTER_CHANGES: u32 = 100;
/// What browsers give one site for localStorage: about 5 MiB, counted in UTF-16 code units
/// (characters of keys and values) by Chromium and Firefox.
pub const STORAGE_LIMIT_CHARS: usize = 5 * 1024 * 1024;
/// From this share of the limit on, the plan list warns before storage runs full.
pub const STORAGE_WARN_SHARE: f64 = 0.8;

/// The changes to one plan since it was last exported, as kept beside the plan in this browser
/// (not in the plan's file: another municipality's copy has its own history).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Unexported {
    /// When the oldest change not in an export was saved (ISO 8601, UTC).
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub changes: u32,
}

/// Why the person is reminded to export.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reminder {
    /// Changes not exported for this many whole days.
    Days(u32),
    /// This many changes not exported.
    Changes(u32),
}

impl Unexported {
    /// A save of the plan at `now`: counts as a change unless it only recorded an export.
    pub fn saved(&mut self, now: &str, exported_now: bool) {
        if exported_now {
            *self = Self::default();
            return;
        }
        if self.since.is_none() {
            self.since = Some(now.to_string());
        }
        self.changes = self.changes.saturating_add(1);
    }

    /// Whether to remind, and why; the age wins when both hold, as it is the plainer reason.
    pub fn reminder(&self, now: &str) -> Option<Reminder> {
        let age = self
            .since
            .as_deref()
            .and_then(|since| Some(days(now)? - days(since)?));
        match age {
            Some(age) if age >= REMIND_AFTER_DAYS => Some(Reminder::Days(age.floor() as u32)),
            _ if self.changes >= REMIND_AFTER_CHANGES => Some(Reminder::Changes(self.changes)),
            _ => None,
        }
    }
}

/// How full the browser's storage for this app is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageUse {
    pub used_chars: usize,
    pub limit_chars: usize,
}

impl StorageUse {
    pub fn new(used_chars: usize) -> Self {
        Self {
            used_chars,
            limit_chars: STORAGE_LIMIT_CHARS,
        }
    }

    /// The used share, 0–1 (above 1 only if a browser gives more than the usual limit).
    pub fn share(&self) -> f64 {
        self.used_chars as f64 / self.limit_chars as f64
    }

    /// The used share in percent, for the person.
    pub fn percent(&self) -> f64 {
        self.share() * 100.0
    }

    /// Megabytes (MiB, as browsers count their limit) used and given.
    pub fn used_mb(&self) -> f64 {
        self.used_chars as f64 / 1_048_576.0
    }

    pub fn limit_mb(&self) -> f64 {
        self.limit_chars as f64 / 1_048_576.0
    }

    pub fn nearly_full(&self) -> bool {
        self.share() >= STORAGE_WARN_SHARE
    }
}

/// Days since 1970-01-01 of an ISO 8601 UTC time ("2026-12-04T16:08:10.123Z"; the time part may
/// be left out). `None` for anything else: a reminder is then simply not shown.
pub fn days(iso: &str) -> Option<f64> {
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = iso.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let seconds = match iso.get(10..11) {
        Some("T") => number(11..13)? * 3600 + number(14..16)? * 60 + number(17..19)?,
        _ => 0,
    };
    // Days from civil (Howard Hinnant's algorithm), exact for the proleptic Gregorian calendar.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let civil = era * 146_097 + doe - 719_468;
    Some(civil as f64 + seconds as f64 / 86_400.0)
}
