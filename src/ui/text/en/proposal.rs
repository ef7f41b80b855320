//! The English texts of proposals and of sharing a small plan as a link.

use super::number;
use crate::ui::text::proposal::ProposalTexts;

pub const PROPOSAL_EN: ProposalTexts = ProposalTexts {
    title: "Submit a proposal",
    intro: &[
        "Here a department, a service or another municipality can describe a need without having a plan of its own. The proposal is sent to whoever prepares the digitalisation initiatives, who adds it to their plan.",
        "Nothing is sent to any server: you download the proposal as a file or copy a link that carries the proposal in itself, and send it as you like, for example by email.",
    ],
    form_heading: "The need",
    title_required: "Give the proposal a title before you send it.",
    send_heading: "Send the proposal",
    send_intro: "Choose a file or a link. Both hold the same details.",
    download: "Download as a file",
    make_link: "Copy link",
    link_label: "Link to the proposal",
    link_hint: "The proposal is in the link after the # sign, which the browser never sends to any server.",
    copied: "The link has been copied. Paste it into an email.",
    copy_failed: "The link could not be copied automatically. Select it in the field and copy it yourself.",
    too_long_for_link: |chars, limit| format!("The proposal makes a link of {} characters, longer than {} characters. Download it as a file instead.", number(chars as f64, 0), number(limit as f64, 0)),
    limit_why: |limit| format!("A link may be at most {} characters: every browser, email program and chat tool should handle addresses that long according to the web's standard (RFC 9110), while longer ones can be cut off on the way.", number(limit as f64, 0)),
    file_done: |name| format!("Saved {name}."),
    save_failed: "The file could not be saved. Try again.",
    file_fallback: "proposal",
    nav_link: "Submit a proposal",
    list_link_intro: "Do you not have a plan of your own? You can still describe a need and send it as a proposal:",

    open_title: "Proposal to add",
    open_intro: "This proposal came with a link or a file. Review it and add it as a new initiative at the Need stage of one of your plans.",
    preview_caption: "The proposal's details",
    not_given: "–",
    warnings_intro: "The proposal has details this version does not know. They are left out:",
    add_heading: "Add to a plan",
    add_plan: "Plan",
    add_button: "Add to the plan",
    no_plans: "There is no plan in this browser yet. Create a plan first and then open the proposal again.",
    added: |title, plan| format!("Added {title} to the plan {plan}."),
    open_added: "Open the new initiative",
    plan_gone: "The plan no longer exists. Choose another.",
    refused_title: "The proposal could not be opened",
    refused_intro: "What came with the link or the file cannot be read as a proposal or a plan from Beredning:",
    nothing_changed: "Nothing has changed in your plans.",
    file_missing: "There is no proposal to show. A proposal from a file is kept only until the page is reloaded; choose the file again on the start page.",

    share_heading: "Share as a link",
    share_intro: "A small plan can be shared as a link instead of a file. The plan is in the link after the # sign and is never sent to any server.",
    share_button: "Share as a link",
    share_label: "Link to the plan",
    share_too_large: |chars, limit| format!("The plan is too large for a link: it makes {} characters, and a link may be at most {} characters. Share the plan as a file instead.", number(chars as f64, 0), number(limit as f64, 0)),
};
