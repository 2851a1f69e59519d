/** Every internal URL in one place, so links and routes cannot drift apart. */
export const urls = {
  home: () => '/',
  department: (dept: string) => `/departments/${dept}/`,
  budget: (dept: string, year: number) => `/departments/${dept}/${year}/`,
  year: (year: number) => `/years/${year}/`,
  project: (code: string) => `/projects/${code}/`,
  source: (dept: string, year: number, line?: number | null) => `/sources/${dept}/${year}/${line ? `#L${line}` : ''}`,
  search: (q?: string) => `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  data: () => '/data/',
  dataFile: (dept: string, year: number, file: string) => `/data/${dept}/${year}/${file}`,
  /** A corpus-wide file under /data/. */
  corpusFile: (file: string) => `/data/${file}`,
  about: () => '/about/',
  /** The glossary, at one term's entry (an id of src/lib/site/glossary.ts). */
  glossary: (term?: string) => `/glossary/${term ? `#${term}` : ''}`,
};
