import { deriveSeed, mulberry32, type Rng } from './rng.js';
import { DISTRICTS, DISTRICT_UNITS, GIVEN, MUNICIPAL_UNITS, STREET_UNITS, SURNAMES, type District } from './vocab.js';

export interface Person {
  readonly name: string;
  readonly phone: string;
}

export interface Department {
  readonly index: number;
  readonly slug: string;
  readonly name: string;
  readonly code: string;
  readonly level: 'municipal' | 'district';
  readonly district: string | null;
  /** The 部门 the unit belongs to, printed as the first row of 收入总表. */
  readonly parentCode: string;
  readonly parentName: string;
  /** First six digits of project codes: 110000 for the city, the district's region code otherwise. */
  readonly region: string;
  /** 行政 units book 行政运行 and 501/502 classes; 事业 units 事业运行 and 505/506. */
  readonly admin: boolean;
  /** 5-digit function prefix: 20103 政府办公厅, 20141 数据事务, 21201 城乡社区管理事务. */
  readonly funcPrefix: string;
  /** 000's 绩效表 rows (goal in column 7) or 002's (empty 其他资金 column, goal in column 8). */
  readonly perfShape: 'A' | 'B';
  /** Rough size in 万元 of one unit of the basic-expenditure templates. */
  readonly scale: number;
  readonly projectBase: number;
  readonly people: readonly Person[];
}

interface Candidate {
  readonly name: string;
  readonly unit: string;
  readonly parent: string;
  readonly district: District | null;
}

/**
 * Every plausible (place, unit kind) name in three tiers (city, district, street), shuffled per tier and
 * then interleaved about 1:2:1 so that small corpora still mix municipal and district departments.
 */
function candidates(rng: Rng): Candidate[] {
  const city: Candidate[] = [];
  const district: Candidate[] = [];
  const street: Candidate[] = [];
  for (const [unit, parent] of MUNICIPAL_UNITS) city.push({ name: `北京市${unit}`, unit, parent: `北京市${parent}`, district: null });
  for (const d of DISTRICTS) {
    for (const [unit, parent] of DISTRICT_UNITS) district.push({ name: `北京市${d[0]}${unit}`, unit, parent: `北京市${d[0]}${parent}`, district: d });
    for (const s of d[3]) {
      for (const [unit, parent] of STREET_UNITS) street.push({ name: `北京市${d[0]}${s}${unit}`, unit, parent: `北京市${d[0]}${parent}`, district: d });
    }
  }
  const tiers: Candidate[][] = [city, district, street].map((t: Candidate[]): Candidate[] => rng.sample(t, t.length));
  const out: Candidate[] = [];
  for (let i = 0; tiers.some((t: Candidate[]): boolean => t.length > 0); i++) {
    const tier: Candidate[] | undefined = [tiers[0], tiers[1], tiers[2], tiers[1]][i % 4];
    const next: Candidate | undefined = tier?.shift();
    if (next) out.push(next);
  }
  return out;
}

const CN_ORDINALS: readonly string[] = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function funcPrefixFor(unit: string): string {
  if (/城市管理|网格|照明|执法/.test(unit)) return '21201';
  if (/大数据|数据|信息/.test(unit)) return '20141';
  return '20103';
}

function person(rng: Rng): Person {
  const name: string = rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.chance(0.7) ? rng.pick([...GIVEN]) : '');
  const phone: string = rng.chance(0.5)
    ? `${rng.pick(['6', '8'])}${rng.int(1000000, 9999999)}`
    : `1${rng.pick(['3', '5', '8'])}${rng.int(100000000, 999999999)}`;
  return { name, phone };
}

/**
 * Builds `count` departments with distinct names and codes. Names come from a seeded shuffle of the
 * candidate pool; past the pool's size a 第二/第三… suffix keeps them distinct.
 */
export function makeDepartments(count: number, seed: number): Department[] {
  const order: Candidate[] = candidates(mulberry32(deriveSeed(seed, 'departments')));
  const parentCodes: Map<string, string> = new Map();
  const unitCounts: Map<string, number> = new Map();
  const out: Department[] = [];
  for (let i = 0; i < count; i++) {
    const base: Candidate = order[i % order.length] as Candidate;
    const round: number = Math.floor(i / order.length);
    const rng: Rng = mulberry32(deriveSeed(seed, 'department', i));
    const name: string = round === 0 ? base.name : `${base.name}第${CN_ORDINALS[round % 10]}分中心`.replace('第分中心', '分中心');
    let parentCode: string | undefined = parentCodes.get(base.parent);
    if (parentCode === undefined) {
      // 3-digit 部门 codes: municipal ones low like 054, district ones spread higher like 063/310.
      parentCode = String((parentCodes.size * 7 + 11) % 900 + 10).padStart(3, '0');
      parentCodes.set(base.parent, parentCode);
    }
    const n: number = (unitCounts.get(parentCode) ?? 0) + 1;
    unitCounts.set(parentCode, n);
    const code: string = `${parentCode}${String(n).padStart(3, '0')}`;
    const d: District | null = base.district;
    out.push({
      index: i,
      slug: `${d ? d[1] : 'beijing'}-${code}`,
      name,
      code,
      level: d ? 'district' : 'municipal',
      district: d ? d[0] : null,
      parentCode,
      parentName: base.parent,
      region: d ? d[2] : '110000',
      admin: !/中心|馆|队/.test(base.unit) || rng.chance(0.3),
      funcPrefix: funcPrefixFor(base.unit),
      perfShape: d ? 'B' : 'A',
      scale: Math.exp(rng.next() * Math.log(60)) / 6,
      projectBase: rng.int(10, 80),
      people: Array.from({ length: rng.int(2, 6) }, (): Person => person(rng)),
    });
  }
  return out;
}
