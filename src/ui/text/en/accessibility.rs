//! The English accessibility statement, in the structure of DIGG's model statement. It says
//! exactly what the Swedish statement says: only what the tests show, and what is untested.

use crate::ui::text::accessibility::{AccessibilityTexts, StatementSection};

pub const ACCESSIBILITY_EN: AccessibilityTexts = AccessibilityTexts {
    title: "Accessibility statement",
    intro: &[
        "The organisation that publishes Beredning is responsible for the service. We want as many people as possible to be able to use it. This page describes how Beredning meets the Swedish Act (2018:1937) on accessibility to digital public services (lagen om tillgänglighet till digital offentlig service), which known shortcomings there are and how you can report problems so that we can fix them.",
    ],
    how_accessible: StatementSection {
        heading: "How accessible is the service?",
        paragraphs: &[
            "We know that parts of the service are not fully accessible, or have not been tried in every way needed. See the section on content that is not accessible below.",
        ],
        items: &[],
    },
    cannot_use: StatementSection {
        heading: "What can you do if you cannot use parts of the service?",
        paragraphs: &[
            "If you need content from Beredning in another format, for example a plan as a text document or read aloud, contact us and we will help you. A plan can also be exported as a JSON file, a CSV file or an Excel file and read in other programs.",
        ],
        items: &[],
    },
    report: StatementSection {
        heading: "Report shortcomings in the service's accessibility",
        paragraphs: &[
            "We are always working to improve the service's accessibility. If you find problems that are not described on this page, or if you think we do not meet the requirements of the law, tell us so that we know the problem exists.",
        ],
        items: &[],
    },
    placeholder_label: "Placeholder",
    placeholder: "Here the organisation that publishes Beredning fills in its email address, its telephone number and how soon it answers. This text is a placeholder and must be replaced before the service is published.",
    supervision: StatementSection {
        heading: "Supervision",
        paragraphs: &[
            "The Agency for Digital Government (Myndigheten för digital förvaltning, DIGG) is responsible for supervising the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact the Agency for Digital Government and tell them.",
        ],
        items: &[],
    },
    supervision_link_intro: "The Agency for Digital Government's website:",
    supervision_link: "digg.se",
    technical: StatementSection {
        heading: "Technical information about the service's accessibility",
        paragraphs: &[
            "The service is partially compliant with the Act (2018:1937) on accessibility to digital public services, because of the shortcomings and the untested parts described below. The aim is level AA of WCAG 2.1 (Web Content Accessibility Guidelines).",
        ],
        items: &[],
    },
    not_accessible: StatementSection {
        heading: "Content that is not accessible",
        paragraphs: &["This is what we know of, or have not tried:"],
        items: &[
            "The service has not been tested with screen readers (for example NVDA, JAWS, VoiceOver or TalkBack), with voice control or with screen magnification beyond the browser's own zoom. Shortcomings that show only with such assistive technology may therefore exist.",
            "The service has not been tested by people with disabilities.",
            "The automated tests run only in the Chromium browser. Firefox, Safari and mobile browsers have not been tried in the same way.",
            "High contrast mode (Windows contrast themes) has been tried by emulating it in Chromium, not in Windows.",
            "Files the service makes (Excel, CSV, JSON and the printed decision brief) have not been reviewed for accessibility.",
            "In English, the automated tests check every view with axe-core, but not every state as in Swedish, and the English texts have not been reviewed by English-speaking users.",
            "Automated checks find only some of all accessibility shortcomings. That they find no errors does not mean that the service is fully accessible.",
        ],
    },
    testing: StatementSection {
        heading: "How we tested the service",
        paragraphs: &[
            "We have made our own review of the service with automated tests that run before every new version:",
        ],
        items: &[
            "Every view and every state the tests reach (forms, dialogs, error messages, empty and filled lists) is checked with the tool axe-core against the rules of WCAG 2.0 and 2.1 at levels A and AA.",
            "The workflow of an initiative – need, analysis, prioritisation and decision – is carried out with the keyboard only.",
            "Every view is shown at a width of 320 CSS pixels (the same as 400% zoom) and must then not scroll sideways.",
            "With emulated high contrast mode (forced-colors), the tests check that the points of the priority matrix and the focus indicator are visible.",
        ],
    },
    dated: "The statement was last updated on 4 December 2026. The service was last assessed on 4 December 2026.",
};
