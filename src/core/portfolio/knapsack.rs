//! 0/1 knapsack for the budget scenario, on plain numbers: exact dynamic programming over costs
//! rounded up to a unit, and a greedy fallback with local improvement.
//!
//! Costs are rounded *up* and the budget *down*, so whatever the unit, a selection the table
//! accepts always fits the real budget. The result is guaranteed optimal only when every cost is
//! a whole number of units; the unit is chosen as fine as the table size allows.

/// The largest table (items × budget cells) built; keeps memory at a few megabytes and the time
/// in milliseconds.
const MAX_CELLS: f64 = 4_000_000.0;

/// One candidate: value to maximise, investment and running cost (both ≥ 0 and finite).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Item {
    pub value: f64,
    pub cost: f64,
    pub running: f64,
}

/// One dimension of the table: costs as whole units and the budget in units.
struct Grid {
    units: Vec<usize>,
    capacity: usize,
    exact: bool,
}

impl Grid {
    fn new(costs: &[f64], budget: f64, unit: f64) -> Self {
        let total: f64 = costs.iter().map(|c| (c / unit).ceil()).sum();
        // No point in a budget larger than everything together.
        let mut capacity = (budget / unit).floor().min(total).max(0.0) as usize;
        // Floating-point division may round up across a whole unit; a few steps back cover
        // it (a capacity so large that they do not is refused by the table size anyway).
        for _ in 0..4 {
            if capacity > 0 && capacity as f64 * unit > budget {
                capacity -= 1;
            }
        }
        Self {
            // `as` saturates, and a cost larger than the capacity never fits anyway.
            units: costs.iter().map(|c| (c / unit).ceil() as usize).collect(),
            capacity,
            exact: costs.iter().all(|c| (c / unit).ceil() * unit == *c),
        }
    }

    fn width(&self) -> f64 {
        self.capacity as f64 + 1.0
    }
}

/// Units to try, finest first: the greatest common divisor of whole-kronor costs (exact with
/// the smallest table), then 1, 2, 5, 10, 20, 50 … kronor.
fn unit_ladder(costs: &[f64]) -> Vec<f64> {
    let whole = costs
        .iter()
        .all(|c| c.fract() == 0.0 && *c >= 0.0 && *c < 9.0e15);
    let gcd = if whole {
        costs.iter().fold(0u64, |g, c| gcd(g, *c as u64))
    } else {
        0
    };
    let mut ladder = Vec::new();
    if gcd > 0 {
        ladder.push(gcd as f64);
    }
    let mut decade = 1.0_f64;
    while decade < 1e300 {
        for step in [1.0, 2.0, 5.0] {
            let unit = step * decade;
            if unit > gcd as f64 {
                ladder.push(unit);
            }
        }
        decade *= 10.0;
    }
    ladder
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// A bit per (item, cell), recording whether the item was taken at that cell.
struct Bits(Vec<u64>);

impl Bits {
    fn new(len: usize) -> Self {
        Self(vec![0; len.div_ceil(64)])
    }
    fn set(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// Exact over the rounded costs. `running_budget` adds a second dimension. Returns the chosen
/// indices and whether the rounding lost nothing; None when no unit keeps the table small.
pub(super) fn dynamic(
    items: &[Item],
    budget: f64,
    running_budget: Option<f64>,
) -> Option<(Vec<usize>, bool)> {
    let n = items.len() as f64;
    let costs: Vec<f64> = items.iter().map(|i| i.cost).collect();
    let running: Vec<f64> = items.iter().map(|i| i.running).collect();
    let ladder_a = unit_ladder(&costs);
    let (mut ia, mut ib) = (0, 0);
    let (mut a, mut b) = (Grid::new(&costs, budget, *ladder_a.first()?), None);
    let ladder_b = running_budget.map(|rb| (unit_ladder(&running), rb));
    if let Some((ladder, rb)) = &ladder_b {
        b = Some(Grid::new(&running, *rb, *ladder.first()?));
    }
    loop {
        let width_b = b.as_ref().map_or(1.0, Grid::width);
        if n * a.width() * width_b <= MAX_CELLS {
            break;
        }
        // Coarsen the dimension with more cells; the other when it cannot coarsen further.
        let coarsen_b = width_b > a.width() || ia + 1 >= ladder_a.len();
        match (&ladder_b, coarsen_b) {
            (Some((ladder, rb)), true) if ib + 1 < ladder.len() => {
                ib += 1;
                b = Some(Grid::new(&running, *rb, ladder[ib]));
            }
            _ if ia + 1 < ladder_a.len() => {
                ia += 1;
                a = Grid::new(&costs, budget, ladder_a[ia]);
            }
            _ => return None,
        }
    }
    let exact = a.exact && b.as_ref().is_none_or(|g| g.exact);
    let b = b.unwrap_or(Grid {
        units: vec![0; items.len()],
        capacity: 0,
        exact: true,
    });
    let (wa, wb) = (a.capacity + 1, b.capacity + 1);
    let cells = wa * wb;
    let mut best = vec![0.0_f64; cells];
    let mut taken = Bits::new(items.len() * cells);
    for (k, item) in items.iter().enumerate() {
        let (ka, kb) = (a.units[k], b.units[k]);
        if ka > a.capacity || kb > b.capacity {
            continue;
        }
        // Downwards in both dimensions, so each cell reads the state before this item.
        for x in (ka..wa).rev() {
            for y in (kb..wb).rev() {
                let with = best[(x - ka) * wb + (y - kb)] + item.value;
                if with > best[x * wb + y] {
                    best[x * wb + y] = with;
                    taken.set(k * cells + x * wb + y);
                }
            }
        }
    }
    let (mut x, mut y) = (a.capacity, b.capacity);
    let mut chosen = Vec::new();
    for k in (0..items.len()).rev() {
        if taken.get(k * cells + x * wb + y) {
            chosen.push(k);
            x -= a.units[k];
            y -= b.units[k];
        }
    }
    chosen.reverse();
    Some((chosen, exact))
}

/// Whether the items fit both budgets, summed in index order as the report sums them.
pub(super) fn fits(items: &[Item], chosen: &[usize], budget: f64, running: Option<f64>) -> bool {
    let cost: f64 = chosen.iter().map(|&k| items[k].cost).sum();
    let run: f64 = chosen.iter().map(|&k| items[k].running).sum();
    cost <= budget && running.is_none_or(|r| run <= r)
}

pub(super) fn value(items: &[Item], chosen: &[usize]) -> f64 {
    chosen.iter().map(|&k| items[k].value).sum()
}

/// How much of the budgets an item uses, so items compare on one scale by value per use.
fn load(item: &Item, budget: f64, running: Option<f64>) -> f64 {
    let share = |cost: f64, limit: f64| if cost > 0.0 { cost / limit } else { 0.0 };
    share(item.cost, budget) + running.map_or(0.0, |r| share(item.running, r))
}

/// Best value per budget share first, then one-for-one swaps and additions until nothing
/// improves (at most a bounded number of sweeps, so time stays predictable). Also compares
/// with the single most valuable item that fits, which greedy order alone can miss.
pub(super) fn greedy(items: &[Item], budget: f64, running: Option<f64>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    let ratio = |k: usize| items[k].value / load(&items[k], budget, running);
    order.sort_by(|&p, &q| ratio(q).total_cmp(&ratio(p)).then(p.cmp(&q)));
    let mut inside = vec![false; items.len()];
    let (mut cost, mut run) = (0.0, 0.0);
    let room = |cost: f64, run: f64| cost <= budget && running.is_none_or(|r| run <= r);
    for &k in &order {
        if room(cost + items[k].cost, run + items[k].running) {
            inside[k] = true;
            cost += items[k].cost;
            run += items[k].running;
        }
    }
    for _sweep in 0..20 {
        let mut improved = false;
        for i in 0..items.len() {
            if !inside[i] {
                continue;
            }
            for j in 0..items.len() {
                let (c, r) = (
                    cost - items[i].cost + items[j].cost,
                    run - items[i].running + items[j].running,
                );
                if !inside[j] && items[j].value > items[i].value && room(c, r) {
                    inside[i] = false;
                    inside[j] = true;
                    (cost, run) = (c, r);
                    improved = true;
                    break;
                }
            }
        }
        for &k in &order {
            if !inside[k] && room(cost + items[k].cost, run + items[k].running) {
                inside[k] = true;
                cost += items[k].cost;
                run += items[k].running;
                improved = true;
            }
        }
        if !improved {
            break;
        }
    }
    let chosen: Vec<usize> = (0..items.len()).filter(|&k| inside[k]).collect();
    let single = (0..items.len())
        .filter(|&k| fits(items, &[k], budget, running))
        .max_by(|&p, &q| items[p].value.total_cmp(&items[q].value).then(q.cmp(&p)));
    match single {
        Some(k) if items[k].value > value(items, &chosen) => vec![k],
        _ => chosen,
    }
}

/// The combination of items with the largest total value within the total and running
/// budgets. Items that cost nothing are always chosen; the rest go to an exact table when it is
/// small enough, and to a greedy search otherwise (and whenever the greedy search finds more
/// than a table with coarse rounding). The result always fits both budgets. Returns which
/// items are in, whether the result is guaranteed best, and whether the greedy search found it.
pub(super) fn select(items: &[Item], budget: f64, running: Option<f64>) -> (Vec<bool>, bool, bool) {
    let free = |it: &Item| it.cost == 0.0 && (running.is_none() || it.running == 0.0);
    let fits_alone = |it: &Item| it.cost <= budget && running.is_none_or(|r| it.running <= r);
    let open: Vec<usize> = (0..items.len())
        .filter(|&k| !free(&items[k]) && fits_alone(&items[k]))
        .collect();
    let open_items: Vec<Item> = open.iter().map(|&k| items[k]).collect();
    let everything: Vec<usize> = (0..open_items.len()).collect();

    let (picked, exact, greedy_used) = if fits(&open_items, &everything, budget, running) {
        (everything, true, false)
    } else {
        let table = match running {
            Some(_) if open_items.len() > MAX_TWO_BUDGET_ITEMS => None,
            _ => dynamic(&open_items, budget, running),
        };
        let greedy = greedy(&open_items, budget, running);
        match table {
            Some((chosen, exact)) if value(&open_items, &chosen) >= value(&open_items, &greedy) => {
                (chosen, exact, false)
            }
            _ => (greedy, false, true),
        }
    };
    let mut inside: Vec<bool> = items.iter().map(free).collect();
    for k in picked {
        if let Some(&index) = open.get(k) {
            inside[index] = true;
        }
    }
    let exact = exact && ensure_fits(items, &mut inside, budget, running);
    (inside, exact, greedy_used)
}

/// With two budgets the table has three dimensions; beyond this many candidates it would have to
/// be so coarse that the greedy search is the better tool.
const MAX_TWO_BUDGET_ITEMS: usize = 60;

/// A last check in real kronor: rounding in sums must not let a selection exceed a budget. Drops
/// the least valuable items until it fits; false when anything had to be dropped.
fn ensure_fits(items: &[Item], inside: &mut [bool], budget: f64, running: Option<f64>) -> bool {
    let values: Vec<f64> = items.iter().map(|i| i.value).collect();
    drop_until_fits(&values, inside, |chosen| {
        fits(items, chosen, budget, running)
    })
}

/// Drops the least valuable chosen item until `fits` holds; false when anything was dropped.
pub(super) fn drop_until_fits(
    values: &[f64],
    inside: &mut [bool],
    fits: impl Fn(&[usize]) -> bool,
) -> bool {
    let mut untouched = true;
    loop {
        let chosen: Vec<usize> = (0..inside.len()).filter(|&k| inside[k]).collect();
        if fits(&chosen) {
            return untouched;
        }
        let worst = chosen.iter().copied().min_by(|&p, &q| {
            let value = |k: usize| values.get(k).copied().unwrap_or(0.0);
            value(p).total_cmp(&value(q))
        });
        match worst {
            Some(k) => inside[k] = false,
            None => return false,
        }
        untouched = false;
    }
}
