import type { Department } from './department.js';
import type { Micro } from './money.js';
import { govFor, makeProject, projectCode, type ProjectSpec } from './projects.js';
import type { Rng } from './rng.js';

export interface Line {
  readonly func: string;
  readonly gov: string;
  readonly econ: string;
  readonly amount: Micro;
}

export interface Project {
  readonly spec: ProjectSpec;
  readonly lines: readonly Line[];
  readonly total: Micro;
  /** Funded from 上年结转结余 rather than this year's appropriation. */
  readonly carry: boolean;
}

export interface DocBudget {
  readonly dept: Department;
  readonly year: number;
  readonly basic: readonly Line[];
  readonly projects: readonly Project[];
}

/** What a department carries from one year to the next. */
export interface DeptState {
  active: ProjectSpec[];
  readonly names: Set<string>;
  created: number;
}

/** [function (R = 运行 subject), government class, department class, 万元 at scale 1, probability]. */
const BASIC: readonly (readonly [string, string, string, number, number])[] = [
  ['R', '50101', '30101', 300, 1], ['R', '50101', '30102', 900, 1], ['R', '50101', '30103', 250, 0.9],
  ['R', '50102', '30112', 30, 0.9], ['R', '50199', '30199', 400, 0.6], ['R', '50999', '30399', 60, 0.4],
  ['R', '50901', '30309', 0.1, 0.3], ['R', '50201', '30201', 20, 1], ['R', '50201', '30202', 5, 0.7],
  ['R', '50201', '30205', 2.5, 0.5], ['R', '50201', '30206', 2, 0.7], ['R', '50201', '30207', 5, 0.9],
  ['R', '50201', '3021101', 10, 0.9], ['R', '50201', '30228', 28, 0.9], ['R', '50201', '30229', 25, 0.6],
  ['R', '50201', '30239', 60, 0.9], ['R', '50202', '3021503', 10, 0.7], ['R', '50205', '30226', 5, 0.6],
  ['R', '50206', '30217', 2.3, 0.8], ['R', '50208', '30231', 2.5, 0.8], ['R', '50209', '30213', 10, 0.8],
  ['R', '50299', '30299', 35, 1], ['R', '50306', '31002', 3, 0.3], ['R', '50905', '30302', 0.5, 0.5],
  ['2050803', '50203', '30216', 6, 0.8], ['2080505', '50102', '30108', 180, 1], ['2080506', '50102', '30109', 90, 1],
  ['M', '50102', '30110', 160, 1], ['2101103', '50102', '30111', 50, 0.7], ['2210201', '50103', '30113', 170, 0.6],
  ['2210203', '50101', '30102', 200, 0.4],
];

function basicLines(dept: Department, yearIndex: number, rng: Rng): Line[] {
  const growth: number = dept.scale * Math.pow(1.04, yearIndex);
  const lines: Line[] = [];
  for (const [f, gov, econ, wan, p] of BASIC) {
    if (!rng.chance(p)) continue;
    if (f === '2101103' && !dept.admin) continue;
    const func: string = f === 'R' ? `${dept.funcPrefix}${dept.admin ? '01' : '50'}` : f === 'M' ? (dept.admin ? '2101101' : '2101102') : f;
    const micro: number = Math.round(wan * growth * (0.7 + rng.next() * 0.6) * 1_000_000);
    // Personnel amounts carry cents (…885600); many public amounts are whole hundreds of 元.
    const amount: Micro = gov.startsWith('501') || gov.startsWith('509') || !rng.chance(0.5)
      ? Math.max(100, Math.round(micro / 100) * 100) : Math.max(10_000, Math.round(micro / 10_000) * 10_000);
    lines.push({ func, gov: govFor(dept, gov), econ, amount });
  }
  return lines;
}

function projectFor(spec: ProjectSpec, rng: Rng, carry: boolean): Project {
  const total: Micro = Math.max(10_000, Math.round(spec.base * (0.85 + rng.next() * 0.35) / 100) * 100);
  let left: Micro = total;
  const lines: Line[] = spec.econ.map(([gov, econ, share], i): Line => {
    const amount: Micro = i === spec.econ.length - 1 ? left : Math.round((total * share) / 1000);
    left -= amount;
    return { func: spec.func, gov, econ, amount };
  });
  return { spec, lines: lines.filter((l: Line): boolean => l.amount > 0), total, carry };
}

/**
 * One year of a department: 10–80 projects, most of last year's kept (运转类 almost always, 特定目标类
 * often) so the same project code recurs across years, topped up with new ones.
 */
export function budgetFor(dept: Department, year: number, yearIndex: number, state: DeptState, rng: Rng): DocBudget {
  const target: number = Math.min(80, Math.max(10, Math.round(dept.projectBase * (0.8 + rng.next() * 0.4))));
  const kept: ProjectSpec[] = state.active.filter((s: ProjectSpec): boolean => rng.chance(s.running ? 0.95 : 0.65));
  while (kept.length < target && state.created < 1500) {
    const spec: ProjectSpec = makeProject(dept, rng, state.names);
    spec.code = projectCode(dept, spec, rng.chance(0.3) ? year - 1 : year, state.created++);
    kept.push(spec);
  }
  const active: ProjectSpec[] = kept.length > target ? rng.sample(kept, target) : kept;
  state.active = active;
  const carryIndex: number = rng.chance(0.35) ? rng.int(0, active.length - 1) : -1;
  const projects: Project[] = active.map((s: ProjectSpec, i: number): Project => projectFor(s, rng, i === carryIndex));
  return { dept, year, basic: basicLines(dept, yearIndex, rng), projects };
}
