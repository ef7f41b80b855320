//! Hash routes: every address the app writes is read back to the same place, and unknown
//! addresses lead to "not found" rather than a wrong page.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::workflow::walkthrough::Step;
use beredning::ui::shell::route::{PlanView, Route};

#[test]
fn every_route_round_trips_through_its_address() {
    let mut routes = vec![
        Route::PlanList,
        Route::Plan {
            id: "exempelplan".into(),
        },
        Route::About,
        Route::Accessibility,
        Route::Initiative {
            plan: "p".into(),
            initiative: "i".into(),
            step: None,
        },
    ];
    routes.extend(PlanView::ALL.map(|view| Route::PlanView {
        id: "p".into(),
        view,
    }));
    routes.extend(Step::ALL.map(|s| Route::Initiative {
        plan: "p".into(),
        initiative: "i".into(),
        step: Some(s),
    }));
    for route in routes {
        assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
    }
}

#[test]
fn addresses_as_people_type_them() {
    assert_eq!(Route::parse(""), Route::PlanList);
    assert_eq!(Route::parse("#"), Route::PlanList);
    assert_eq!(Route::parse("#/planer"), Route::PlanList);
    assert_eq!(
        Route::parse("#/plan/abc/"),
        Route::Plan { id: "abc".into() }
    );
    assert_eq!(
        Route::parse("#/plan/p/initiativ/i/prioritering"),
        Route::Initiative {
            plan: "p".into(),
            initiative: "i".into(),
            step: Some(Step::Priority)
        }
    );
    assert_eq!(
        Route::parse("#/plan/p/matris"),
        Route::PlanView {
            id: "p".into(),
            view: PlanView::Matrix
        }
    );
}

#[test]
fn unknown_addresses_are_not_found() {
    for hash in [
        "#/okänd",
        "#/plan/p/okänd",
        "#/plan/p/initiativ/i/okänt-steg",
        "#/plan/p/initiativ/i/behov/mer",
        "#main",
    ] {
        assert_eq!(Route::parse(hash), Route::NotFound, "{hash}");
    }
}
