//! Selection under more limits than the knapsack table holds: an investment limit for every
//! calendar year besides the total (and the optional running-cost limit), and the ordering by
//! NPV per invested krona that Swedish appraisal practice uses under a fixed budget
//! (docs/domain.md §5.9).
//!
//! Every limit is checked in real kronor, never rounded, so a selection these functions return
//! always fits.

use super::knapsack::drop_until_fits;

/// One candidate: value to maximise, total investment, running cost a year, and the
/// investment in each limited calendar year (the same slots as [`Limits::yearly`]).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Load {
    pub value: f64,
    pub cost: f64,
    pub running: f64,
    pub by_year: Vec<f64>,
}

/// What is left to spend: total investment, running a year (None: no limit), and per calendar
/// year slot (empty: no yearly limit).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Limits {
    pub budget: f64,
    pub running: Option<f64>,
    pub yearly: Vec<f64>,
}

/// Room used so far, summed in the order items were taken.
#[derive(Clone, Debug)]
struct Used {
    cost: f64,
    running: f64,
    by_year: Vec<f64>,
}

impl Used {
    fn new(limits: &Limits) -> Self {
        Self {
            cost: 0.0,
            running: 0.0,
            by_year: vec![0.0; limits.yearly.len()],
        }
    }

    /// Whether `item` fits beside what is used.
    fn room(&self, item: &Load, limits: &Limits) -> bool {
        // An item that adds nothing to a limit always fits it, even when items kept in by the
        // user's choice already use more than the limit.
        (item.cost <= 0.0 || self.cost + item.cost <= limits.budget)
            && limits
                .running
                .is_none_or(|r| item.running <= 0.0 || self.running + item.running <= r)
            && self
                .by_year
                .iter()
                .zip(&item.by_year)
                .zip(&limits.yearly)
                .all(|((used, add), limit)| *add <= 0.0 || used + add <= *limit)
    }

    fn add(&mut self, item: &Load, sign: f64) {
        self.cost += sign * item.cost;
        self.running += sign * item.running;
        for (used, add) in self.by_year.iter_mut().zip(&item.by_year) {
            *used += sign * add;
        }
    }
}

/// Whether the chosen items together fit every limit.
pub(super) fn fits_all(items: &[Load], chosen: &[usize], limits: &Limits) -> bool {
    let mut used = Used::new(limits);
    for &k in chosen {
        let Some(item) = items.get(k) else {
            return false;
        };
        if !used.room(item, limits) {
            return false;
        }
        used.add(item, 1.0);
    }
    true
}

/// NPV per invested krona: down the list in that order, taking each item that still fits every
/// limit and skipping the ones that do not (ASEK's *nettonuvärdeskvot*, docs/domain.md §5.9).
/// Items without investment come first; ties keep the given order.
pub(super) fn ratio_order(items: &[Load], limits: &Limits) -> Vec<usize> {
    let ratio = |k: usize| {
        let item = &items[k];
        if item.cost > 0.0 {
            item.value / item.cost
        } else {
            f64::INFINITY
        }
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&p, &q| ratio(q).total_cmp(&ratio(p)).then(p.cmp(&q)));
    let mut used = Used::new(limits);
    let mut chosen = Vec::new();
    for k in order {
        if used.room(&items[k], limits) {
            used.add(&items[k], 1.0);
            chosen.push(k);
        }
    }
    chosen.sort_unstable();
    chosen
}

/// The most nodes the exact search visits before it settles for the best found so far.
const MAX_NODES: usize = 400_000;

/// The best combination under every limit by branch and bound: items in value-per-investment
/// order, and a bound that fills what is left of the total budget fractionally (a valid upper
/// bound, since it drops the other limits). Returns the chosen indices and whether the search
/// finished (then the result is the best possible).
pub(super) fn exact_search(items: &[Load], limits: &Limits) -> (Vec<usize>, bool) {
    let ratio = |item: &Load| {
        if item.cost > 0.0 {
            item.value / item.cost
        } else {
            f64::INFINITY
        }
    };
    let mut order: Vec<usize> = (0..items.len()).filter(|&k| items[k].value > 0.0).collect();
    order.sort_by(|&p, &q| {
        ratio(&items[q])
            .total_cmp(&ratio(&items[p]))
            .then(p.cmp(&q))
    });
    let start = ratio_order(items, limits);
    let mut search = Search {
        items,
        limits,
        order,
        best_value: start.iter().map(|&k| items[k].value).sum(),
        best: start,
        taken: Vec::new(),
        nodes: 0,
    };
    let mut used = Used::new(limits);
    let finished = search.visit(0, 0.0, &mut used);
    let mut best = search.best;
    best.sort_unstable();
    (best, finished)
}

struct Search<'a> {
    items: &'a [Load],
    limits: &'a Limits,
    order: Vec<usize>,
    best: Vec<usize>,
    best_value: f64,
    taken: Vec<usize>,
    nodes: usize,
}

impl Search<'_> {
    /// Fractional fill of the remaining total budget from position `at` on.
    fn bound(&self, at: usize, value: f64, cost: f64) -> f64 {
        let mut room = self.limits.budget - cost;
        let mut bound = value;
        for &k in &self.order[at..] {
            let item = &self.items[k];
            if item.cost <= 0.0 || item.cost <= room {
                room -= item.cost;
                bound += item.value;
            } else {
                if item.cost > 0.0 && room > 0.0 {
                    bound += item.value * room / item.cost;
                }
                break;
            }
        }
        bound
    }

    /// False when the node limit stopped the search.
    fn visit(&mut self, at: usize, value: f64, used: &mut Used) -> bool {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return false;
        }
        if value > self.best_value {
            self.best_value = value;
            self.best = self.taken.clone();
        }
        if at >= self.order.len() || self.bound(at, value, used.cost) <= self.best_value {
            return true;
        }
        let k = self.order[at];
        let item = &self.items[k];
        if used.room(item, self.limits) {
            used.add(item, 1.0);
            self.taken.push(k);
            let finished = self.visit(at + 1, value + item.value, used);
            self.taken.pop();
            used.add(item, -1.0);
            if !finished {
                return false;
            }
        }
        self.visit(at + 1, value, used)
    }
}

/// Drops the least valuable items until the selection fits every limit in real kronor; false
/// when anything had to be dropped.
pub(super) fn ensure_fits_all(loads: &[Load], inside: &mut [bool], limits: &Limits) -> bool {
    let values: Vec<f64> = loads.iter().map(|l| l.value).collect();
    drop_until_fits(&values, inside, |chosen| fits_all(loads, chosen, limits))
}
