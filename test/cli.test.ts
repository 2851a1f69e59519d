import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[], cwd = process.cwd()) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(process.cwd(), 'scripts', script), ...args], { cwd, encoding: 'utf8' });

// A file outside content/: a committed document copied to a temporary folder.
const outside = (file: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'outside-'));
  cpSync(file, join(dir, 'doc.txt'));
  return join(dir, 'doc.txt');
};

/** A content folder with the real Dongcheng 2024 document and an empty one (an error). */
const contentWithBadFile = () => {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync('content/dongcheng-city-command-center', join(root, 'good'), { recursive: true });
  mkdirSync(join(root, 'bad'));
  writeFileSync(join(root, 'bad', 'department.json'), JSON.stringify({ name: '坏', code: null, level: 'district', district: null, parent: null }));
  writeFileSync(join(root, 'bad', '2024.txt'), '');
  return root;
};

describe('npm run parse', () => {
  it('prints the model of a file outside content/ with the fields researchers rely on', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', outside('content/citizen-hotline-center/2023.txt')], { encoding: 'utf8' });
    const doc = JSON.parse(out);
    expect([doc.department, doc.year]).toEqual([null, 2023]);
    expect([doc.summary.incomeTotal, doc.summary.expenditureTotal]).toEqual(['20627.9459', '20627.9459']);
    expect([doc.expenditure.total, doc.expenditure.basic, doc.expenditure.project]).toEqual(['20627.9459', '13902.938928', '6725.006972']);
    const bluebook = doc.projects.find((p: { code: string }) => p.code === '11000022T000000438794');
    expect(bluebook).toMatchObject({ name: '接诉即办蓝皮书', total: '37.3', goal: '出版接诉即办蓝皮书', line: 313 });
    expect(bluebook.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', level3: '撰写理论研究文章', operator: '≥', value: '20', unit: '篇', direction: '正向指标' });
    expect([doc.sangong.total, doc.procurement.total]).toEqual(['23.321597', '4258.030601']);
    expect(doc.findings.length).toBeGreaterThan(0);
    expect(doc.unplaced).toEqual([]);
  });

  it('takes department and year from flags', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', outside('content/citizen-hotline-center/2026.txt'), '--department', 'citizen-hotline-center', '--year', '2026'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ department: 'citizen-hotline-center', year: 2026 });
  });

  it('prints one model per line (JSON Lines) for several files, in the order given', () => {
    const files = ['content/dongcheng-city-command-center/2024.txt', 'content/citizen-hotline-center/2023.txt'];
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...files], { encoding: 'utf8' });
    const lines = out.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).file)).toEqual(files);
  });
});

describe('npm run validate', () => {
  it('passes on the committed content', () => {
    const r = run('validate.ts', ['content']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 documents \(0 with a 情况说明\), 4 departments, \d+ projects; 0 errors/);
    expect(r.stdout).toContain('content/citizen-hotline-center/2026.txt:95: finding [rows-vs-total] 支出总表');
  });

  it('fails with file:line and no stack trace on a bad file, and still reads the others', () => {
    const root = contentWithBadFile();
    writeFileSync(join(root, 'bad', 'notes.md'), 'x');
    const r = run('validate.ts', [root]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${root}/bad/2024.txt:1: error [empty-file] expected a budget document, found an empty file`);
    expect(r.stdout).toContain(`${root}/bad/notes.md:1: warning [unknown-file]`);
    expect(r.stdout).toContain(`== ${root}/good/2024.txt  (北京市东城区城市管理指挥中心, 2024; 14 tables, 23 projects)`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run build', () => {
  it('fails before rendering anything when a document cannot be understood, with file:line', () => {
    const root = contentWithBadFile();
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    // The cache outside the output folder, which Astro empties before it renders.
    const cache = mkdtempSync(join(tmpdir(), 'cache-'));
    const r = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root, OUT_DIR: out, ASTRO_CACHE_DIR: cache } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`1 error(s) in ${root}\n${root}/bad/2024.txt:1: error [empty-file] expected a budget document, found an empty file\n`);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

describe('npm run build with a 情况说明', () => {
  // A committed document, and a 情况说明 written for this test (不是任何部门的真实文本) in a
  // narrative folder of its own (NARRATIVE_DIR), as CI builds the real budgets.
  it('shows it on the budget page by section, each paragraph linked to its line on a source page of its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('content/chaoyang-city-command-center', join(root, 'chaoyang-city-command-center'), { recursive: true });
    const narrative = mkdtempSync(join(tmpdir(), 'narrative-'));
    mkdirSync(join(narrative, 'chaoyang-city-command-center'));
    writeFileSync(
      join(narrative, 'chaoyang-city-command-center', '2026.txt'),
      ['测试用的情况说明 2026 年度部门预算信息公开', '一、部门情况说明', '（一）本部门职责情况', '测试文本<b>不是</b>标记，第一段写到这', '- 3 -', '', '里结束。', '二、收入预算情况说明', '收入预算 1 万元。', ''].join('\n'),
    );
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    // The cache outside the output folder, which Astro empties before it renders.
    const cache = mkdtempSync(join(tmpdir(), 'cache-'));
    const r = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root, NARRATIVE_DIR: narrative, OUT_DIR: out, ASTRO_CACHE_DIR: cache } });
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(join(out, 'departments/chaoyang-city-command-center/2026/index.html'), 'utf8');
    expect(page).toContain('<h2 id="explanation">部门预算情况说明</h2>');
    expect(page).toContain('<a href="#explanation">部门预算情况说明</a><ol class="sub"><li><a href="#explanation-1">部门情况</a></li><li><a href="#explanation-2">收入预算情况</a></li></ol>');
    expect(page).toMatch(/<details id="explanation-1" open> <summary><h3>一、部门情况说明<\/h3><\/summary>\s*<h4>（一）本部门职责情况<\/h4>/);
    expect(page).toContain('<p>测试文本&lt;b&gt;不是&lt;/b&gt;标记，第一段写到这里结束。 <a class="muted" href="/sources/chaoyang-city-command-center/2026/narrative/#L4" aria-label="情况说明原文第 4 行">[4]</a></p>');
    const source = readFileSync(join(out, 'sources/chaoyang-city-command-center/2026/narrative/index.html'), 'utf8');
    expect(source).toContain('<li id="L4">测试文本&lt;b&gt;不是&lt;/b&gt;标记，第一段写到这</li>');
    const crawl = run('crawl.ts', [out]);
    expect(crawl.stdout + crawl.stderr).toMatch(/0 broken/);
    expect(crawl.status).toBe(0);
  }, 300_000);
});
