import { CORPUS_TABLES } from './corpus-tables.ts';
import { DOCUMENT_TABLES } from './files.ts';

/** What the data index says about each kind of file: name, contents and column headers. */
export interface FileDescription {
  file: string;
  title: string;
  description: string;
  columns: string[];
}

export const JSON_FILES: FileDescription[] = [
  {
    file: 'model.json',
    title: '完整文档模型',
    description: '一份预算文本解析后的全部内容，内容与命令 npm run parse 的输出相同（不含解析警告 issues；对象内键的顺序可能不同）：各表的行、合计、项目及绩效指标、核对发现。金额为十进制字符串（万元），每项带源文件行号 line。',
    columns: [],
  },
  {
    file: 'datapackage.json',
    title: '数据包描述',
    description: 'Fiscal Data Package 格式的元数据：列出同目录下的各 CSV（相对路径）及每列的类型；金额列声明为 CNY、factor 10000（1 = 1 万元 = 10,000 元）。可用 Frictionless 等工具直接读取。',
    columns: [],
  },
];

export const DOCUMENT_FILES: FileDescription[] = DOCUMENT_TABLES.map((t) => ({ file: t.file, title: t.title, description: t.description, columns: t.fields.map((f) => f.name) }));

export const CORPUS_FILES: FileDescription[] = CORPUS_TABLES.map((t) => ({
  file: t.file,
  title: t.title,
  description: t.description,
  columns: t.fields.map((f) => f.name),
}));
