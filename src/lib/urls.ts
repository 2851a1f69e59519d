/** The id of one document's row in the data index (see `urls.dataOf`). */
export const dataAnchor = (dept: string, year: number) => `files-${dept}-${year}`;

/** Every internal URL in one place, so links and routes cannot drift apart. */
export const urls = {
  home: () => '/',
  department: (dept: string) => `/departments/${dept}/`,
  budget: (dept: string, year: number) => `/departments/${dept}/${year}/`,
  year: (year: number) => `/years/${year}/`,
  project: (code: string) => `/projects/${code}/`,
  source: (dept: string, year: number, line?: number | null) => `/sources/${dept}/${year}/${line ? `#L${line}` : ''}`,
  /** The source of a document's 情况说明 (its own file), at one line. */
  narrativeSource: (dept: string, year: number, line?: number | null) => `/sources/${dept}/${year}/narrative/${line ? `#L${line}` : ''}`,
  search: (q?: string) => `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  data: () => '/data/',
  dataFile: (dept: string, year: number, file: string) => `/data/${dept}/${year}/${file}`,
  /** The row of one document's files in the data index. */
  dataOf: (dept: string, year: number) => `/data/#${dataAnchor(dept, year)}`,
  /** A corpus-wide file under /data/. */
  corpusFile: (file: string) => `/data/${file}`,
  about: () => '/about/',
  /** The glossary, at one term's entry (an id of src/lib/site/glossary.ts). */
  glossary: (term?: string) => `/glossary/${term ? `#${term}` : ''}`,
};
