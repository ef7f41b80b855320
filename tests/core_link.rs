//! Proposals and plans carried by a link or a file: the round trip, every malformed link and
//! document refused with a Swedish message and nothing opened, and a fuzz of the fragment
//! decoder.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use beredning::core::content::example::example_plan;
use beredning::core::format::link::{
    decode, encode, link, LinkError, MAX_INFLATED_BYTES, MAX_URL_CHARS,
};
use beredning::core::format::problem::ProblemKind;
use beredning::core::format::proposal::{Proposal, PROPOSAL_FORMAT_ID};
use beredning::core::format::shared::{open_bytes, open_link, OpenError, Shared};
use beredning::core::model::initiative::{Need, TargetGroup};
use beredning::core::model::Plan;
use beredning::core::Stage;
use beredning::ui::text::open_error_messages;
use proptest::prelude::*;

fn proposal() -> Proposal {
    Proposal {
        title: "E-arkiv för <script>alert(1)</script> socialtjänsten".into(),
        need: Need {
            problem: "Pappersakter tar plats & tid; \"sök\" går inte.".into(),
            current_situation: "Akterna arkiveras i källaren.".into(),
            target_groups: vec![TargetGroup::Medarbetare, TargetGroup::Invanare],
            proposing_unit: "Socialförvaltningen".into(),
            contact: "Anna Andersson, anna@example.se".into(),
            verified: true,
            ..Need::default()
        },
    }
}

fn opened_proposal(shared: Shared) -> Proposal {
    match shared {
        Shared::Proposal(read) => read.value.proposal,
        Shared::Plan(_) => panic!("a plan, not a proposal"),
    }
}

/// Refused, with at least one message, each a Swedish sentence without serde's jargon.
fn refused(result: Result<Shared, OpenError>) -> Vec<String> {
    let error = result.expect_err("must be refused");
    let messages = open_error_messages(&error);
    assert!(!messages.is_empty());
    for m in &messages {
        assert!(m.ends_with('.'), "{m}");
        assert!(
            !m.contains("invalid type") && !m.contains(" at line "),
            "{m}"
        );
    }
    messages
}

fn link_of(json: &str) -> String {
    encode(json)
}

#[test]
fn a_proposal_survives_the_link_and_the_file_unchanged() {
    let p = proposal();
    let data = encode(&p.to_json(false));
    assert!(data
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(opened_proposal(open_link(&data).unwrap()), p);
    // Script in a text is kept as the literal text it is; the page renders it as text.
    assert!(opened_proposal(open_link(&data).unwrap())
        .title
        .contains("<script>alert(1)</script>"));
    let file = p.to_json(true);
    assert!(file.contains(PROPOSAL_FORMAT_ID));
    assert_eq!(opened_proposal(open_bytes(file.as_bytes()).unwrap()), p);
    // A typical proposal makes a short link.
    assert!(data.len() < 1_000, "{}", data.len());
}

#[test]
fn the_import_warm_up_reads_a_sound_plan_the_whole_way() {
    // The idle warm-up (ui/shell/lazy.rs) must pass every check, or it would leave the
    // validation and the preview's data cold.
    use beredning::core::format::shared::{warm_up, warm_up_file};
    assert!(warm_up(&warm_up_file(3)));
    assert!(warm_up(&warm_up_file(15)));
}

#[test]
fn an_added_proposal_is_a_new_initiative_in_the_behov_stage() {
    let plan = Plan::blank("p".into(), "Plan", "2025-01-01T00:00:00Z");
    let i = proposal().into_initiative(&plan, "new".into(), "now");
    assert_eq!(i.stage, Stage::Behov);
    assert_eq!(i.need.proposing_unit, "Socialförvaltningen");
    assert!(!i.need.verified, "the strategist verifies the need");
    assert_eq!(i.start_year, plan.period.start_year);
}

#[test]
fn a_small_plan_travels_by_link_and_is_imported_with_every_check() {
    let plan = Plan::blank("p1".into(), "Liten plan", "2025-01-01T00:00:00Z");
    let data = encode(&beredning::core::format::to_json(&plan, None, false));
    match open_link(&data).unwrap() {
        Shared::Plan(imported) => assert_eq!(imported.plan, plan),
        Shared::Proposal(_) => panic!("a plan"),
    }
    // The example plan (Region Västmanland's handlingsplan) no longer fits in a link: seed 002's
    // complete bilaga 1 and bilaga 2 and its fastställd 2018–2019 version make it too long, and
    // it travels as a file. Its five initiatives with the plan's framework do fit; with those
    // initiatives repeated the plan stops fitting at the count printed here: an upper bound,
    // since copies compress better than different initiatives do.
    let prefix = "https://kommun.example.se/beredning/#/oppna/";
    let whole = example_plan();
    let data = encode(&beredning::core::format::to_json(&whole, None, false));
    println!("example plan: link data {} characters", data.len());
    assert_eq!(
        link(prefix, &data),
        Err(prefix.chars().count() + data.len()),
        "the whole example is refused with its length"
    );
    let mut example = whole;
    example.versions.clear();
    example.revised_from = None;
    example.activities.clear();
    let data = encode(&beredning::core::format::to_json(&example, None, false));
    println!(
        "example plan without activities and versions: {} initiatives, link data {} characters",
        example.initiatives.len(),
        data.len()
    );
    assert_eq!(
        link(prefix, &data),
        Ok(format!("{prefix}{data}")),
        "{}",
        data.len()
    );
    let mut grown = example.clone();
    let mut n = 0;
    loop {
        let mut copy = example.initiatives[n % example.initiatives.len()].clone();
        copy.id = format!("copy-{n}");
        grown.initiatives.push(copy);
        n += 1;
        let data = encode(&beredning::core::format::to_json(&grown, None, false));
        if let Err(chars) = link(prefix, &data) {
            assert_eq!(chars, prefix.chars().count() + data.len());
            println!(
                "stops fitting at {} initiatives ({} characters)",
                grown.initiatives.len(),
                data.len()
            );
            break;
        }
    }
    assert!(grown.initiatives.len() < 200);
}

#[test]
fn malformed_links_are_refused_with_their_reason() {
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("abc+def"), Err(LinkError::NotBase64));
    assert_eq!(decode("abc%20def"), Err(LinkError::NotBase64));
    assert_eq!(decode("abc=="), Err(LinkError::NotBase64));
    // One character too many for base64's groups of four.
    assert_eq!(decode("A"), Err(LinkError::NotBase64));
    // Valid base64 of bytes that are not deflate data.
    let garbage = URL_SAFE_NO_PAD.encode([0xFFu8, 0xFE, 0x00, 0x12, 0x99, 0x07, 0x07]);
    assert_eq!(decode(&garbage), Err(LinkError::BadCompression));
    // Cut off in the middle.
    let whole = encode(&proposal().to_json(false));
    let cut = whole.len() / 2 / 4 * 4;
    assert_eq!(decode(&whole[..cut]), Err(LinkError::BadCompression));
    let long = "A".repeat(MAX_URL_CHARS + 1);
    assert_eq!(
        decode(&long),
        Err(LinkError::TooLong {
            chars: MAX_URL_CHARS + 1,
            limit: MAX_URL_CHARS
        })
    );
    for bad in ["", "abc+def", "A", &garbage, &long] {
        refused(open_link(bad));
    }
}

#[test]
fn a_decompression_bomb_stops_at_the_limit() {
    // 20 MB of spaces compresses to a link of about 27 000 characters; 2 MB to one that fits.
    let bomb = encode(&" ".repeat(2 * MAX_INFLATED_BYTES));
    assert!(bomb.len() <= MAX_URL_CHARS, "{}", bomb.len());
    assert_eq!(
        decode(&bomb),
        Err(LinkError::TooLarge {
            limit: MAX_INFLATED_BYTES
        })
    );
    let messages = refused(open_link(&bomb));
    assert!(messages[0].contains("1\u{a0}000\u{a0}000"), "{messages:?}");
}

fn proposal_json(body: &str) -> String {
    format!(
        r#"{{"format":"{PROPOSAL_FORMAT_ID}","format_version":1,"app_version":"x","proposal":{body}}}"#
    )
}

fn problems(json: &str) -> Vec<ProblemKind> {
    match open_link(&link_of(json)) {
        Err(OpenError::Problems(p)) => p.into_iter().map(|p| p.kind).collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn malformed_proposals_are_refused_like_a_plan_import() {
    // Wrong types.
    assert!(matches!(
        problems(&proposal_json(r#"{"title":5}"#))[0],
        ProblemKind::WrongType { .. }
    ));
    assert!(matches!(
        problems(&proposal_json(r#"{"title":"t","need":"x"}"#))[0],
        ProblemKind::WrongType { .. }
    ));
    // A target group that does not exist.
    assert!(matches!(
        problems(&proposal_json(
            r#"{"title":"t","need":{"target_groups":["hackare"]}}"#
        ))[0],
        ProblemKind::UnknownChoice { .. }
    ));
    // An over-long text.
    let long = "x".repeat(20_001);
    assert!(matches!(
        problems(&proposal_json(&format!(r#"{{"title":"{long}"}}"#)))[0],
        ProblemKind::StringTooLong { .. }
    ));
    // A key twice.
    assert!(matches!(
        problems(&proposal_json(r#"{"title":"a","title":"b"}"#))[0],
        ProblemKind::DuplicateKey { .. }
    ));
    // No title.
    assert!(matches!(
        problems(&proposal_json(r#"{"title":"  "}"#))[0],
        ProblemKind::MissingField { .. }
    ));
    // Too new, and not JSON at all (then read as a plan, which says what it is).
    let newer =
        proposal_json(r#"{"title":"t"}"#).replace("\"format_version\":1", "\"format_version\":2");
    assert!(matches!(problems(&newer)[0], ProblemKind::TooNew { .. }));
    assert!(matches!(
        problems("<script>alert(1)</script>")[0],
        ProblemKind::NotJson { .. }
    ));
    assert!(matches!(
        problems(r#"{"format":"annat"}"#)[0],
        ProblemKind::WrongFormat { .. }
    ));
    // Nesting far past any proposal.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    refused(open_link(&link_of(&deep)));
    // Unknown fields are warnings, not kept.
    match open_link(&link_of(&proposal_json(r#"{"title":"t","extra":1}"#))).unwrap() {
        Shared::Proposal(read) => assert!(matches!(
            read.warnings[0].kind,
            ProblemKind::UnknownField { .. }
        )),
        Shared::Plan(_) => panic!(),
    }
    for bad in [
        r#"{"title":5}"#,
        r#"{"title":"a","title":"b"}"#,
        r#"{"title":""}"#,
    ] {
        refused(open_link(&link_of(&proposal_json(bad))));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_fragment_is_answered_without_panic(data in ".{0,300}") {
        match open_link(&data) {
            Ok(_) => {}
            Err(error) => prop_assert!(!open_error_messages(&error).is_empty()),
        }
    }

    #[test]
    fn any_base64url_of_any_bytes_is_answered(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let data = URL_SAFE_NO_PAD.encode(&bytes);
        if let Err(error) = open_link(&data) {
            prop_assert!(open_error_messages(&error).iter().all(|m| !m.is_empty()));
        }
    }

    #[test]
    fn any_deflated_bytes_are_answered(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let data = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bytes, 6));
        if let Err(error) = open_link(&data) {
            prop_assert!(open_error_messages(&error).iter().all(|m| !m.is_empty()));
        }
    }
}
