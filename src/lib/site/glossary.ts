/**
 * The budget words the site uses, in plain Chinese: the glossary page (/glossary/) lists them and
 * pages link a term where it appears (components/Term.astro). Ids are URL fragments; keep them.
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  /** Other spellings a page may print for the same thing. */
  also?: readonly string[];
  /** What it means, for a reader who has never read a budget. */
  plain: string;
  /** Where it shows on this site, or how it relates to other terms. */
  note?: string;
  /** Marked where the word is the site's own, not the documents'. */
  siteWord?: boolean;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'department-budget',
    term: '部门预算',
    plain: '一个部门（及其所属单位）一年内全部收入和支出的计划，经本级人民代表大会批准后向社会公开。本站收录的就是各部门公开的预算文本。',
  },
  {
    id: 'wan-yuan',
    term: '万元',
    also: ['亿元'],
    plain: '预算表的金额单位。1 万元 = 10,000 元；1 亿元 = 10,000 万元。',
    note: '本站的精确金额与原文一样以万元为单位、印几位就保留几位；正文中的“约 X 亿元”“X 万元”只是为了方便阅读，点击或悬停可看到原文所印的精确数字。',
  },
  {
    id: 'function',
    term: '支出功能分类',
    also: ['功能分类'],
    plain: '按“钱用来做什么事”给支出分类，例如一般公共服务、教育、社会保障和就业、卫生健康。分三级：类（3 位编码，如 201 一般公共服务支出）、款（5 位，如 20103 政府办公厅（室）及相关机构事务）、项（7 位，如 2010301 行政运行）。',
    note: '编码和名称由财政部每年公布的《政府收支分类科目》统一规定，全国通用，所以不同部门、不同年份可以按同一个类或款比较。预算表只印项的编码和名称，本站按《政府收支分类科目》补上类和款的名称。',
  },
  {
    id: 'economic',
    term: '支出经济分类',
    also: ['经济分类', '政府预算支出经济分类', '部门预算支出经济分类'],
    plain: '按“钱怎么花”给支出分类，例如工资福利、办公经费、委托业务费、设备购置。有两套编码：政府预算支出经济分类（以 5 开头，如 50201 办公经费）和部门预算支出经济分类（以 3 开头，如 30201 办公费），同一笔支出在两套里各有一个编码。',
    note: '功能分类回答“做什么”，经济分类回答“花在什么上”：同一笔“行政运行”的钱，按经济分类可以分成工资、办公费、差旅费等。',
  },
  {
    id: 'basic',
    term: '基本支出',
    also: ['人员经费', '公用经费'],
    plain: '保障一个机构正常运转、完成日常工作所需的钱，包括人员经费（工资、津贴、社会保险缴费等）和公用经费（办公费、水电费、差旅费、公务用车运行费等）。',
    note: '与项目支出相对：基本支出维持机构本身，项目支出用于具体任务。',
  },
  {
    id: 'project',
    term: '项目支出',
    plain: '在基本支出之外，为完成特定工作任务或事业发展目标安排的钱，例如建设和运维一个信息系统、开展一项专项业务。每个项目单独编码、单独列出金额，并有自己的绩效目标。',
  },
  {
    id: 'sangong',
    term: '“三公”经费',
    also: ['三公经费'],
    plain: '用财政拨款安排的三类支出的合称：因公出国（境）费用、公务用车购置及运行维护费、公务接待费。每个部门都须单独公开这三项的预算。',
  },
  {
    id: 'fiscal',
    term: '财政拨款',
    plain: '由本级财政拨给部门的钱，来自一般公共预算、政府性基金预算或国有资本经营预算。与之相对的是部门自己取得的事业收入、经营收入等。',
  },
  {
    id: 'general-budget',
    term: '一般公共预算',
    plain: '政府以税收为主要来源的那本“账”，用于保障机构运转、改善民生、发展经济等。部门预算中的财政拨款大多来自这里。',
    note: '另外两本是政府性基金预算（如土地出让收入安排的支出）和国有资本经营预算。',
  },
  {
    id: 'carry-over',
    term: '结转结余',
    also: ['上年结转结余', '年终结转结余', '上年结转'],
    plain: '以前年度已经安排、但还没有用完的钱。“结转”是还要按原来的用途继续使用的；“结余”是工作已完成或不再进行后剩下的。',
    note: '收支总表收入一方的“上年结转结余”是从上一年带进本年的钱；支出一方的“年终结转结余”是预计留到下一年的钱。',
  },
  {
    id: 'unitemised',
    term: '未列明',
    siteWord: true,
    plain: '原文某张表的合计行印出了一个金额，但表中列出的明细行加起来比合计少；差额在原文中没有分到任何分类或项目。本站把这部分钱显示为灰色的“未列明”方块，使各方块加起来正好等于原文的合计。',
    note: '这通常是因为原文只公开了部分明细（例如只列出了一部分项目或一部分单位），并不说明原文算错了。预算页的“明细与合计核对”一节列出每一处的金额和所在行。',
  },
  {
    id: 'checks',
    term: '明细与合计核对',
    siteWord: true,
    plain: '本站把每张表的明细行加起来，与原文印出的合计比较，也把不同表中应当相同的总数相互比较。结果分三种：原文只印了合计、没有列出全部明细（不是错误）；数字彼此对不上；差额只在四舍五入范围内。',
  },
  {
    id: 'procurement',
    term: '政府采购',
    plain: '部门用财政资金购买货物、工程和服务（在集中采购目录以内或超过采购限额标准的），须按《中华人民共和国政府采购法》规定的方式公开进行。预算中的政府采购表按货物、工程、服务列出计划采购的金额。',
  },
  {
    id: 'purchase-services',
    term: '政府购买服务',
    plain: '政府把属于自身职责、适合由市场提供的服务事项（如热线运营、信息系统运维、课题研究），交给符合条件的企业、社会组织等承担，按服务的数量和质量付费。预算表按《政府购买服务指导性目录》的类别列出。',
  },
  {
    id: 'performance',
    term: '绩效目标',
    also: ['绩效指标'],
    plain: '一个项目或部门计划在预算年度内做成什么、达到什么效果，并用指标衡量：产出指标（数量、质量、时效、成本）、效益指标（社会效益、经济效益等）和满意度指标，每个指标都有目标值。年度结束后据此评价钱花得好不好。',
  },
];

const BY_ID = new Map(GLOSSARY.map((t) => [t.id, t]));

/** A term by id; an unknown id is a programming error, caught when the page is built. */
export function glossaryTerm(id: string): GlossaryTerm {
  const t = BY_ID.get(id);
  if (!t) throw new Error(`no glossary term "${id}"`);
  return t;
}
