// Wiring only: the collections are filled from content/ by src/lib, and any document that
// cannot be understood fails the build with its file:line messages.
import { defineCollection, z } from 'astro:content';
import { json } from './lib/model/schema.ts';
import { departmentSchema } from './lib/model/department.ts';
import { siteEntries } from './lib/site/entries.ts';

const departments = defineCollection({
  loader: () => siteEntries().departments,
  schema: departmentSchema.extend({ id: z.string(), slug: z.string(), years: z.array(z.number()) }),
});

const budgets = defineCollection({
  loader: () => siteEntries().budgets,
  schema: json.document.extend({ id: z.string(), consolidatedInto: z.string().nullable(), crossFindings: z.array(json.finding) }),
});

const projects = defineCollection({
  loader: () => siteEntries().projects,
  schema: z.object({ id: z.string(), code: z.string(), name: z.string(), occurrences: z.array(z.object({ department: z.string(), year: z.number(), file: z.string(), consolidated: z.boolean(), project: json.project })) }),
});

export const collections = { departments, budgets, projects };
