//! When to remind the person to export a plan, and how full the browser's storage is.

use beredning::core::workflow::backup::{
    days, Reminder, StorageUse, Unexported, REMIND_AFTER_CHANGES,
};

#[test]
fn days_are_counted_from_1970_in_utc() {
    assert_eq!(days("1970-01-01T00:00:00Z"), Some(0.0));
    assert_eq!(days("1970-01-02"), Some(1.0));
    assert_eq!(days("2000-03-01T00:00:00.000Z"), Some(11_017.0));
    // 2024 is a leap year: 29 February is a day.
    assert_eq!(
        days("2024-03-01")
            .zip(days("2024-02-28"))
            .map(|(a, b)| a - b),
        Some(2.0)
    );
    assert_eq!(days("2026-12-04T12:00:00Z").map(|d| d.fract()), Some(0.5));
    for bad in [
        "",
        "2026",
        "2026-13-01",
        "2026-12-00",
        "20x6-12-04",
        "2026-12-04T1x:00:00Z",
        "−2026-12-04",
    ] {
        assert_eq!(days(bad), None, "{bad}");
    }
}

#[test]
fn a_reminder_comes_after_seven_days_of_unexported_changes() {
    let mut u = Unexported::default();
    assert_eq!(u.reminder("2026-12-04T10:00:00Z"), None);
    u.saved("2026-11-20T09:00:00Z", false);
    u.saved("2026-11-26T09:00:00Z", false);
    assert_eq!(u.changes, 2);
    // The oldest unexported change counts, not the latest.
    assert_eq!(u.reminder("2026-11-27T08:59:59Z"), None);
    assert_eq!(u.reminder("2026-11-27T09:00:00Z"), Some(Reminder::Days(7)));
    assert_eq!(u.reminder("2026-12-04T10:00:00Z"), Some(Reminder::Days(14)));
}

#[test]
fn an_export_clears_the_reminder() {
    let mut u = Unexported::default();
    u.saved("2026-11-01T09:00:00Z", false);
    u.saved("2026-12-04T09:00:00Z", true);
    assert_eq!(u, Unexported::default());
    assert_eq!(u.reminder("2026-12-24T09:00:00Z"), None);
}

#[test]
fn many_changes_remind_before_a_week_has_passed() {
    let mut u = Unexported::default();
    for _ in 0..REMIND_AFTER_CHANGES - 1 {
        u.saved("2026-12-04T09:00:00Z", false);
    }
    assert_eq!(u.reminder("2026-12-04T10:00:00Z"), None);
    u.saved("2026-12-04T09:30:00Z", false);
    assert_eq!(
        u.reminder("2026-12-04T10:00:00Z"),
        Some(Reminder::Changes(REMIND_AFTER_CHANGES))
    );
}

#[test]
fn a_reminder_with_an_unreadable_time_falls_back_to_the_count() {
    let u = Unexported {
        since: Some("okänt".into()),
        changes: 3,
    };
    assert_eq!(u.reminder("2026-12-04T10:00:00Z"), None);
}

#[test]
fn storage_warns_from_eighty_percent() {
    let limit = StorageUse::new(0).limit_chars;
    assert!(!StorageUse::new(limit * 79 / 100).nearly_full());
    assert!(StorageUse::new(limit * 80 / 100).nearly_full());
    assert!((StorageUse::new(limit / 4).share() - 0.25).abs() < 1e-12);
}
