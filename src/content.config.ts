// Wiring only: the collections are filled from content/ by src/lib, and any document that
// cannot be understood fails the build with its file:line messages.
import { defineCollection, z } from 'astro:content';
import { json } from './lib/model/schema.ts';
import { departmentSchema } from './lib/model/department.ts';
import { siteEntries } from './lib/site/entries.ts';
import { docSummarySchema } from './lib/corpus/summary.ts';

const departments = defineCollection({
  loader: () => siteEntries().departments,
  schema: departmentSchema.extend({ id: z.string(), slug: z.string(), years: z.array(z.number()) }),
});

const budgets = defineCollection({
  loader: () => siteEntries().budgets,
  schema: docSummarySchema.omit({ projects: true, general: true }).extend({ projectCount: z.number(), consolidatedInto: z.string().nullable(), crossFindings: z.array(json.finding) }),
});

const projects = defineCollection({
  loader: () => siteEntries().projects,
  schema: z.object({ id: z.string(), code: z.string(), name: z.string() }),
});

export const collections = { departments, budgets, projects };
