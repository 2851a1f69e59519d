import { z } from 'zod';

/** content/<slug>/department.json */
export const departmentSchema = z.object({
  name: z.string().min(1),
  code: z.string().nullable(),
  level: z.enum(['municipal', 'district']),
  district: z.string().nullable(),
  /** Slug of the department whose document consolidates this unit's budget. */
  parent: z.string().nullable(),
  notes: z.string().optional(),
  /**
   * The department this one took over from (renamed, merged, reorganised): its folder where it has
   * one (`slug`), else its name (and code) as the documents print them, so the page can name it
   * without a link.
   */
  predecessor: z
    .object({
      slug: z.string().regex(/^[a-z0-9-]+$/, 'a folder name of lowercase letters, digits and hyphens').optional(),
      name: z.string().min(1).optional(),
      code: z.string().nullable().optional(),
    })
    .strict()
    .refine((p) => p.slug !== undefined || p.name !== undefined, 'a predecessor names its folder ("slug") or its name')
    .optional(),
  /** Where each year's document was published: the official page or PDF a citation points to. */
  publications: z
    .record(
      z.string().regex(/^\d{4}$/, 'a year of four digits'),
      z.object({ url: z.string().url().startsWith('http'), title: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional() }),
    )
    .optional(),
});
export type Predecessor = NonNullable<z.output<typeof departmentSchema>['predecessor']>;
export type Publication = NonNullable<z.output<typeof departmentSchema>['publications']>[string];
export type DepartmentMeta = z.output<typeof departmentSchema>;
export type Department = DepartmentMeta & { slug: string; years: number[] };
