// A large plan in Beredning's stored format (src/core/format.rs: the envelope; src/core/plan.rs,
// initiative.rs, activity.rs, framework.rs, params.rs: the plan), for the benchmark.
//
// Deterministic: the same seed and size give the same bytes, so figures from two runs (or two
// machines) are measured on the same input. Contents are meant to look like a real county's
// backlog rather than filler, because text length and the mix of stages, benefit classes,
// missing must-pass requirements and decisions decide how much work every view does.
//
//   node tests/bench/generate.mjs [--initiatives N] [--seed S] [--out FILE]
//   import { generatePlan, BENCH_PLAN_ID } from './generate.mjs';

import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  ACTIONS,
  OBJECTS,
  UNITS,
  FIRST,
  LAST,
  ROLES,
  PROBLEMS,
  SITUATIONS,
  EQUALITY,
  PARTICIPATION,
  BENEFIT_CASH,
  BENEFIT_TIME,
  BENEFIT_QUAL,
  TIME_USE,
  RISKS,
  FORUMS,
  REASONS,
  STAGES,
  STAGE_WEIGHTS,
  TARGET_GROUPS,
  AREAS,
  STRATEGIES,
  AREA_MAPPING,
  AGENDA,
  CRITERIA,
  GOALS,
  PARAMS,
} from './vocabulary.mjs';


export const BENCH_PLAN_ID = 'bench-plan';
export const FORMAT_ID = 'beredning-plan';
export const FORMAT_VERSION = 4;
/** The roles format version 2 gives SKR's criteria (core::model::framework::CriterionRole). */
const CRITERION_ROLES = {
  Angelägenhet: 'urgency',
  Genomförbarhet: 'effort',
  Nytta: 'benefit',
  Kostnad: 'cost',
  'Strategisk koppling': 'strategic_fit',
};

/** mulberry32: small, fast and good enough to pick words; never Math.random (not seedable). */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const some = (list, lo, hi) => {
    const copy = [...list];
    const n = Math.min(copy.length, int(lo, hi));
    const out = [];
    for (let k = 0; k < n; k++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  /** A v4-shaped UUID: the app's own ids are UUIDs, and id length affects size and hashing. */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, chance, some, uuid };
}

/** Rounds to a figure a person would type: 123 456 becomes 125 000. */
const round = (x, step) => Math.max(step, Math.round(x / step) * step);

function estimate(r, expected, step, rangeChance = 0.3) {
  const e = { expected: round(expected, step) };
  if (r.chance(rangeChance)) {
    e.low = round(expected * 0.6, step);
    e.high = round(expected * 1.5, step);
  }
  return e;
}

function isoDay(r, year) {
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return `${year}-${m}-${d}`;
}

function person(r) {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

function benefit(r, cls) {
  const base = { id: r.uuid() };
  if (cls === 'ekonomisk') {
    Object.assign(base, {
      title: r.pick(BENEFIT_CASH),
      kind: { class: 'ekonomisk', kronor_per_year: estimate(r, r.int(20, 800) * 1000, 5000) },
    });
  } else if (cls === 'frigjord_tid') {
    const time = r.chance(0.7)
      ? { basis: 'cases', cases_per_year: estimate(r, r.int(100, 20000), 50), minutes_per_case: estimate(r, r.int(2, 45), 1, 0.2) }
      : { basis: 'hours', hours_per_year: estimate(r, r.int(50, 3000), 10) };
    Object.assign(base, {
      title: r.pick(BENEFIT_TIME),
      kind: { class: 'frigjord_tid', time, realised_share_percent: r.pick([25, 50, 50, 75, 100]), use_of_time: r.pick(TIME_USE) },
    });
  } else {
    Object.assign(base, {
      title: r.pick(BENEFIT_QUAL),
      kind: { class: 'kvalitativ', description: `${r.pick(BENEFIT_QUAL)} mäts med ${r.pick(['enkät', 'statistik ur verksamhetssystemet', 'stickprov', 'antal klagomål'])}.` },
    });
  }
  Object.assign(base, {
    owner: r.chance(0.8) ? `${person(r)}, ${r.pick(ROLES)}` : '',
    baseline: r.chance(0.4) ? `Mätning ${r.int(2022, 2024)}: ${r.int(5, 95)} ${r.pick(['dagar', 'procent', 'ärenden i veckan'])}` : '',
    target: r.chance(0.4) ? `Halvera till ${r.int(2026, 2028)}` : '',
    measure: r.chance(0.4) ? r.pick(['Handläggningstid i dagar', 'Andel digitala ansökningar', 'Antal samtal per månad', 'Nöjd-kund-index']) : '',
    first_year: r.int(1, 2),
    last_year: r.int(4, 6),
    realised: [],
  });
  return base;
}

function initiative(r, n, goals, criteria) {
  const stageRoll = r.next();
  let acc = 0;
  let stageIndex = STAGES.length - 1;
  for (let k = 0; k < STAGES.length; k++) {
    acc += STAGE_WEIGHTS[k];
    if (stageRoll < acc) { stageIndex = k; break; }
  }
  const stage = STAGES[stageIndex];
  const analysed = stageIndex >= 1;
  // Titles are unique: ACTIONS.length and OBJECTS.length are coprime (29 × 40 = 1 160 pairs),
  // and a running number is added past that so that any size stays unique.
  const title = `${ACTIONS[n % ACTIONS.length]} ${OBJECTS[n % OBJECTS.length]}${n >= ACTIONS.length * OBJECTS.length ? ` ${Math.floor(n / (ACTIONS.length * OBJECTS.length)) + 1}` : ''}`;
  const unit = r.pick(UNITS);
  const year = r.int(2021, 2024);
  const created = `${isoDay(r, year)}T${String(r.int(7, 16)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;

  // 1–3 benefits of distinct classes (analysed initiatives), so that every total in the plan
  // keeps cash, freed time and quality apart.
  const benefits = r
    .some(['ekonomisk', 'frigjord_tid', 'kvalitativ'], analysed ? 1 : 0, analysed ? 3 : 1)
    .map((cls) => benefit(r, cls));
  const investments = [{ year: 0, amount: estimate(r, r.int(50, 3000) * 1000, 10000) }];
  if (r.chance(0.3)) investments.push({ year: 1, amount: estimate(r, r.int(20, 800) * 1000, 10000) });

  // Must-pass requirements: most analysed initiatives meet them all, some miss one or more, so
  // that the ranking has a realistic share of blocked initiatives.
  const scores = {};
  if (analysed || r.chance(0.2)) {
    const partial = r.chance(0.08);
    criteria.forEach((c, k) => {
      if (!partial || k < 3) scores[c.id] = r.int(1, 5);
    });
  }

  const decisions = [];
  if (stageIndex >= 2) {
    const history = r.chance(0.15)
      ? ['aterremitterad', stageIndex >= 3 ? 'prioriterad' : r.pick(['vilande', 'avslagen'])]
      : [stageIndex >= 3 ? 'prioriterad' : r.pick(['prioriterad', 'vilande', 'avslagen', 'aterremitterad'])];
    history.forEach((outcome, k) => {
      decisions.push({
        id: r.uuid(),
        outcome,
        date: isoDay(r, Math.min(2025, year + k + 1)),
        forum: r.pick(FORUMS),
        reason: r.pick(REASONS),
        responsible: outcome === 'prioriterad' ? person(r) : '',
        period: outcome === 'prioriterad' ? `${year + 1}–${year + 2}` : '',
        budget: outcome === 'prioriterad' ? round(r.int(100, 4000) * 1000, 50000) : null,
      });
    });
  }

  return {
    id: r.uuid(),
    title,
    // Every generated initiative starts in the plan's first year (period below), without
    // drawing from the random sequence, so the generated figures stay as they were.
    start_year: 2025,
    stage,
    need: {
      problem: r.chance(0.2) ? `${r.pick(PROBLEMS)} ${r.pick(PROBLEMS)}` : r.pick(PROBLEMS),
      current_situation: r.pick(SITUATIONS),
      target_groups: r.some(TARGET_GROUPS, 1, 3),
      proposing_unit: unit,
      contact: `${person(r)}, ${r.pick(ROLES)}`,
      equality_considerations: r.chance(0.7) ? r.pick(EQUALITY) : '',
      user_participation: r.chance(0.6) ? r.pick(PARTICIPATION) : '',
      verified: analysed ? r.chance(0.92) : r.chance(0.4),
    },
    analysis: {
      goal_ids: analysed || r.chance(0.3) ? r.some(goals, 1, 2).map((g) => g.id) : [],
      area_ids: r.some(AREAS, 0, 2),
      agenda2030: r.some(AGENDA, 0, 2),
      benefits,
      costs: {
        investments,
        running_per_year: estimate(r, r.int(0, 400) * 1000, 5000),
        running_first_year: 1,
        running_last_year: 5,
      },
      risks: r.some(RISKS, 0, analysed ? 2 : 1).map(([description, mitigation]) => ({
        id: r.uuid(),
        description,
        probability: r.int(1, 5),
        consequence: r.int(1, 5),
        mitigation: r.chance(0.7) ? mitigation : '',
      })),
      safe_digitalisation: analysed
        ? {
            personal_data: r.pick(['Inga personuppgifter', 'Personuppgifter om sökande; rättslig grund: myndighetsutövning', 'Känsliga personuppgifter; konsekvensbedömning krävs']),
            security_classification: r.pick(['Klass 1', 'Klass 2', 'Klass 3', '']),
            legal_ethical: r.chance(0.4) ? 'Beslut får inte fattas helt automatiskt; handläggaren granskar.' : '',
          }
        : { personal_data: '', security_classification: '', legal_ethical: '' },
      readiness: Object.fromEntries(
        ['ownership', 'competence', 'it_environment', 'information_handling'].map((k) => [
          k,
          analysed ? { score: r.int(1, 5), comment: r.chance(0.3) ? 'Bedömt i förstudien.' : '' } : { score: 0, comment: '' },
        ]),
      ),
      owner: analysed && r.chance(0.9) ? `${person(r)}, ${r.pick(ROLES)}, ${unit}` : '',
      financing_plan: analysed && r.chance(0.85) ? r.pick(['Ryms i förvaltningens driftbudget från år 2.', 'Investeringsbudget år 0, därefter förvaltningsobjekt.', 'Delfinansieras av länsgemensam samverkan.']) : '',
    },
    scores,
    decisions,
    created,
    modified: created,
  };
}

/**
 * The stored envelope of a plan with `initiatives` initiatives (default 1 000), as the app writes
 * it to localStorage (compact JSON of this object).
 */
export function generatePlan({ initiatives = 1000, seed = 20250101, id = BENCH_PLAN_ID } = {}) {
  const r = prng(seed);
  const goals = GOALS.map(([name, description]) => ({ id: r.uuid(), name, kind: 'effektmal', description }));
  const criteria = CRITERIA.map(([name, weight, description, rubric]) => ({
    id: r.uuid(), name, weight, description, rubric, inverted_wording: name === 'Kostnad',
    role: CRITERION_ROLES[name],
  }));
  const list = Array.from({ length: initiatives }, (_, n) => initiative(r, n, goals, criteria));
  // The handlingsplan: one activity per prioritised initiative, under one of its goals.
  const statusFor = { handlingsplan: ['beslutad', 'pagar'], uppfoljning: ['pagar', 'genomford'], avslutad: ['genomford', 'avbruten'] };
  const activities = list
    .filter((i) => statusFor[i.stage] && i.decisions.at(-1)?.outcome === 'prioriterad')
    .map((i) => {
      const decision = i.decisions.at(-1);
      const status = r.pick(statusFor[i.stage]);
      return {
        id: r.uuid(),
        goal_id: i.analysis.goal_ids[0] ?? null,
        title: i.title,
        period: decision.period,
        responsible: decision.responsible,
        status,
        initiative_id: i.id,
        outcomes: status === 'genomford' ? [{ year: 2025, text: 'Införd i alla enheter; uppföljning av nyttan pågår.' }] : [],
        note: '',
      };
    });
  const modified = '2025-06-01T08:00:00.000Z';
  return {
    format: FORMAT_ID,
    format_version: FORMAT_VERSION,
    app_version: '0.1.0',
    plan: {
      id,
      name: `Stor plan med ${initiatives} initiativ`,
      organisation: { name: 'Bänkeby kommun', kind: 'kommun' },
      period: { start_year: 2025, end_year: 2027 },
      created: '2025-01-01T08:00:00.000Z',
      modified,
      last_exported: null,
      framework: { goals, criteria, strategies: STRATEGIES, lens: 'ds2025', area_mapping: AREA_MAPPING },
      params: PARAMS,
      initiatives: list,
      activities,
    },
  };
}

/** The localStorage index the app writes next to its plans (src/persistence/repository.rs). */
export function indexFor(envelope) {
  const { id, name, modified } = envelope.plan;
  return { format: 'beredning-index', version: 1, plans: [{ id, name, modified }] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const envelope = generatePlan({ initiatives: Number(opt('--initiatives', 1000)), seed: Number(opt('--seed', 20250101)) });
  const text = JSON.stringify(envelope);
  const out = opt('--out', null);
  if (out) {
    writeFileSync(out, text);
    console.log(`${out}: ${Buffer.byteLength(text)} bytes, ${envelope.plan.initiatives.length} initiatives, ${envelope.plan.activities.length} activities`);
  } else {
    process.stdout.write(text);
  }
}
